import TextToolkit

/// A text enclosed whole in a wrapper that states nothing about the article: a clear-signed
/// OpenPGP message (`-----BEGIN PGP SIGNED MESSAGE-----`), a patch mail adding the clipping to a
/// repository (`git format-patch`, opening `From <commit hash>`, or `diff --git`: the added
/// file's lines under `@@ -0,0 +1,N @@`), a mail returned to its sender (a bounce, the mail
/// system's report naming `MAILER-DAEMON`, `postmaster` or `multipart/report`: the message under
/// `Content-Type: message/rfc822`).
///
/// What the wrapper says is the sender's, the committer's or the mail system's (a signer, a
/// commit's author and day, a bounce's day): never the article's, so only the enclosed text is
/// read. Contract: each function returns the enclosed text, or nil when the text is not wrapped
/// that way (or encloses fewer than three lines). Pure.
enum EnclosedTexts {
    /// The enclosed text of a wrapper `text` opens with (its first byte `lead`), or nil.
    static func unwrapped(_ text: String, lead: UInt8?) -> String? {
        // A mail a webhook posted (`POST /hooks/inbound HTTP/1.1`, a `multipart/form-data` body): the mail's text.
        if lead == 0x50, let posted = HTTPRequests.posted(text) { return posted }
        switch lead {
        case 0x2D: return signedMessage(text)
        case 0x46, 0x64: return addedFile(text) ?? returnedMessage(text)  // `From <hash> …`, `From: …`, `diff --git`
        default:
            // A bounce opens with the mail system's headers (`Return-Path:`, `Date:`, …).
            // The colon within a header's first 40 bytes is looked for before any `String` is made.
            guard lead.map(ASCII.isLetter) == true, let colon = LineBytes.index(of: 0x3A, within: 40, in: text),
                text.utf8[..<colon].allSatisfy({ $0 != 0x0A }), let end = text.utf8.firstIndex(of: 0x0A),
                MailHeaders.isMailHeader(String(Substring(text.utf8[..<end])))
            else { return nil }
            return returnedMessage(text)
        }
    }

    /// A clear-signed message's text: its armour header (`Hash: SHA256`), the signature block
    /// and the dash-escaping (`- -- ` for `-- `) taken off.
    static func signedMessage(_ text: String) -> String? {
        guard text.utf8.starts(with: "-----BEGIN PGP SIGNED MESSAGE-----".utf8) else { return nil }
        var lines = LineBytes.lines(text).dropFirst()
        // Armour headers (`Hash: SHA256`) up to the first blank line.
        while let first = lines.first, !LineBytes.trimmed(first).isEmpty { lines = lines.dropFirst() }
        guard let end = lines.firstIndex(where: { $0.hasPrefix("-----BEGIN PGP SIGNATURE-----") }) else { return nil }
        let body = lines[..<end].map { $0.hasPrefix("- ") ? String($0.dropFirst(2)) : $0 }
        return body.filter { !LineBytes.trimmed($0).isEmpty }.count >= 3 ? body.joined(separator: "\n") : nil
    }

    /// A patch adding one file (`--- /dev/null`, then `@@ -0,0 +1,N @@`): the file's lines.
    static func addedFile(_ text: String) -> String? {
        // `From <commit hash> Mon Sep 17 00:00:00 2001` (git format-patch) or `diff --git`: an article quoting a diff opens otherwise.
        guard text.hasPrefix("diff --git ") || text.hasPrefix("From ") && text.utf8.count > 46 && text.utf8.dropFirst(5).prefix(40).allSatisfy({
            $0 &- 0x30 < 10 || $0 &- 0x61 < 6
        }),
            LineBytes.contains(text, bytes: "\n@@ -0,0 +1")
        else { return nil }
        let lines = LineBytes.lines(text)
        guard let hunk = lines.firstIndex(where: { $0.hasPrefix("@@ -0,0 +1") }), hunk > 0,
            lines[..<hunk].contains(where: { $0.hasPrefix("+++ ") })
        else { return nil }
        let added = lines[(hunk + 1)...].prefix { $0.hasPrefix("+") }.map { String($0.dropFirst()) }
        return added.filter { !LineBytes.trimmed($0).isEmpty }.count >= 3 ? added.joined(separator: "\n") : nil
    }

    /// A bounce's returned message: the text of the mail under its `Content-Type: message/rfc822`
    /// line (the part's own headers and the returned mail's headers left out), when that mail
    /// opens with a mail's headers.
    static func returnedMessage(_ text: String) -> String? {
        guard LineBytes.contains(text, bytes: "message/rfc822") else { return nil }
        let lines = LineBytes.lines(text)
        guard let type = lines.firstIndex(where: { TextFolding.fold(LineBytes.trimmed($0)).hasPrefix("content-type: message/rfc822") })
        else { return nil }
        // A mail system's report (`MAILER-DAEMON`, `postmaster`, `multipart/report`): a reply attaching a mail is none.
        let report = lines[..<type].contains { line in
            let folded = TextFolding.fold(line)
            return folded.contains("mailer-daemon") || folded.contains("postmaster") || folded.contains("multipart/report")
                || folded.contains("delivery-status")
        }
        guard report else { return nil }
        // The part's own headers end at a blank line; the returned message's headers follow.
        guard let blank = lines[type...].firstIndex(where: { LineBytes.trimmed($0).isEmpty }),
            let start = lines[blank...].firstIndex(where: { !LineBytes.trimmed($0).isEmpty }),
            MailHeaders.isMailHeader(LineBytes.trimmed(lines[start]))
        else { return nil }
        // The returned mail's headers are its sender's (a colleague's subject, the day it was sent): its text alone.
        guard let body = lines[start...].firstIndex(where: { LineBytes.trimmed($0).isEmpty }) else { return nil }
        let rest = lines[body...]
        return rest.filter { !LineBytes.trimmed($0).isEmpty }.count >= 3 ? rest.joined(separator: "\n") : nil
    }
}
