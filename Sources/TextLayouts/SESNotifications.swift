import Foundation
import TextToolkit

/// A mail Amazon SES received and posted through SNS to an endpoint, the notification kept whole:
/// `{"Type": "Notification", "TopicArn": …, "Message": "…"}` whose `Message` is a JSON string with
/// `notificationType` `Received`, `mail` (`commonHeaders`: the sender, the mail's own `date`, its
/// subject), `receipt` (SES's verdicts) and `content`, the raw MIME mail. The notification's,
/// the receipt's and the mail's moments and people are the carrier's and the sender's, never the
/// article's; SES is no publication.
///
/// Contract: `body` takes a parsed value: an SNS notification (`Type` `Notification`, a
/// `Message` string opening with `{`) whose message parses (`JSONTexts.parsed`'s bounds) into an
/// object with a `content` string and a `mail` object (`notificationType` `Received` when it
/// states one); the mail's body as its reader shows it (CR LF made LF, a quoted-printable or
/// base64 text part decoded by `MailBodies`), without its header block and its signature (`-- `). Nil for any other value
/// (a bounce's or a delivery's notification, SNS's own messages, a mail without a body) and for a
/// body without a letter or digit. Pure.
enum SESNotifications {
    static func body(_ value: Any) -> String? {
        guard let note = value as? [String: Any], note["Type"] as? String == "Notification",
            let message = (note["Message"] as? String).flatMap({ JSONTexts.parsed($0) }) as? [String: Any],
            message["mail"] is [String: Any], let content = message["content"] as? String,
            (message["notificationType"] ?? message["eventType"]).map({ $0 as? String == "Received" }) ?? true
        else { return nil }
        let mail = MailBodies.decoded(content.utf8.contains(0x0D) ? GraphMessages.withLineFeeds(content) : content)
        // The header block ends at the first blank line (a mail without headers is its body).
        let body: Substring
        if MailHeaders.isMailHeader(String(mail.prefix(while: { $0 != "\n" }).prefix(200))), let blank = mail.range(of: "\n\n") {
            body = mail[blank.upperBound...]
        } else {
            body = mail[...]
        }
        guard body.utf8.contains(where: { ASCII.isLetter($0) || ASCII.isDigit($0) || $0 >= 0x80 }) else { return nil }
        return unsigned(String(body))
    }

    /// The body without the sender's signature (`MailHeaders.withoutSignature`: from the last `-- ` line near the end).
    static func unsigned(_ body: String) -> String {
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last.map({ LineBytes.trimmed($0).isEmpty }) == true { lines.removeLast() }
        return MailHeaders.withoutSignature(lines).joined(separator: "\n")
    }
}
