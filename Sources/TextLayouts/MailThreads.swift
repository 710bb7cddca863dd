import TextToolkit

/// A clipping passed on by mail with a colleague's note above it: a reply quoting the article
/// (`Thanks, added.`, then `On Wed, 4 Feb 2026 at 07:04, Jane Doe <…> wrote:` and the article
/// in `> ` lines), or a forward whose banner (`-----Original Message-----`) comes under a note
/// (`Please add this one to tomorrow's review.`, `Sarah`).
///
/// Contract: `withoutReplyNote` returns the lines with the note and the reply's attribution
/// line left out and the quoted lines unquoted (one level of `>` and the space after it), when
/// an attribution line (ending with `:` after a sender's address or a `wrote` phrase in one of
/// six languages) within the first 15 lines is followed by quoted lines; else, when a
/// forwarded-message banner stands within the first 8 non-empty lines under short lines only
/// (120 characters at most), the lines from the banner on (the lines under it below a forward's
/// `Subject:` line when one stands above it and no headline of its own opens the forwarded
/// text); else the article quoted whole among a
/// page's lines (`QuotedArticles`). Every other file is returned unchanged. The lines dropped are a note to colleagues, never the article's. Pure.
package enum MailThreads {
    package static func withoutReplyNote(_ lines: [String]) -> (lines: [String], language: String?) {
        if let (attribution, language) = replyAttribution(lines) {
            return (lines[(attribution + 1)...].map(unquoted), language)
        }
        if let banner = bannerUnderNote(lines) {
            // A forward's subject above the banner names the article when its headline was not pasted.
            // (`isSubject` finds the colon's byte; a mark joined to it leaves no `:` Character: no subject.)
            let subject = lines[..<banner].first { line in
                isSubject(line) && line.firstIndex(of: ":").map { ClippingLabels.isForward(LineBytes.trimmed(line[line.index(after: $0)...])) } == true
            }
            guard let subject, !headlinePasted(lines[(banner + 1)...], subject: subject) else { return (Array(lines[banner...]), nil) }
            return ([subject, ""] + lines[(banner + 1)...], nil)
        }
        if let quoted = QuotedArticles.article(in: lines) { return (quoted, nil) }
        return (lines, nil)
    }

    /// Whether the forwarded text names its headline itself: it opens with the original's headers
    /// (`From:`, its own subject among them), or with the subject's words, or with a short line (150
    /// characters at most) of four words or more, no sentence and no year (`Reuters – February 26,
    /// 1987` and `Reuters` alone name the publication, not the headline).
    private static func headlinePasted(_ forwarded: ArraySlice<String>, subject: String) -> Bool {
        guard let first = forwarded.first(where: { !$0.isEmpty }), TextFolding.hasAtMost(first, 150), first.utf8.last != 0x2E else { return false }
        if let colon = first.utf8.prefix(14).firstIndex(of: 0x3A), first.utf8[..<colon].allSatisfy({ $0 != 0x20 }) { return true }
        if TextFolding.fold(subject).hasSuffix(TextFolding.fold(first)) { return true }
        guard LineBytes.words(first).count >= 4 else { return false }
        let bytes = Array(first.utf8)
        let dated = bytes.indices.dropLast(3).contains { start in
            (bytes[start] == 0x31 && bytes[start + 1] == 0x39 || bytes[start] == 0x32 && bytes[start + 1] == 0x30)
                && bytes[start + 2] &- 0x30 < 10 && bytes[start + 3] &- 0x30 < 10
        }
        return !dated
    }

    /// `Subject: …` and its translations (`Betreff:`, `Objet :`, `Asunto:`, `Oggetto:`, `Assunto:`).
    private static func isSubject(_ line: String) -> Bool {
        guard let colon = line.utf8.prefix(12).firstIndex(of: 0x3A) else { return false }
        return subjectLabels.contains(TextFolding.fold(LineBytes.trimmed(line[..<colon])))
    }

    private static let subjectLabels: Set<String> = ["subject", "betreff", "objet", "asunto", "oggetto", "assunto"]

    /// `> text` → `text`, `>` → empty; any other line as it is.
    private static func unquoted(_ line: String) -> String {
        guard line.utf8.first == 0x3E else { return line }
        let rest = line.dropFirst()
        return String(rest.first == " " ? rest.dropFirst() : rest)
    }

    /// The `wrote` phrase of each language's mail clients, folded.
    private static let wrotePhrases = [
        ("wrote:", "en"), ("a ecrit :", "fr"), ("a ecrit:", "fr"), ("schrieb", "de"), ("escribio:", "es"),
        ("ha scritto:", "it"), ("escreveu:", "pt"),
    ]

    /// The index of a reply's attribution line among the first 15 lines, with a quoted line
    /// (`>`) among the next two non-empty ones, and the language of its `wrote` phrase (the
    /// desk's, whose numeric dates the quoted article follows); nil otherwise.
    private static func replyAttribution(_ lines: [String]) -> (index: Int, language: String?)? {
        for index in lines.indices.prefix(15) where lines[index].utf8.last == 0x3A && lines[index].utf8.first != 0x3E {
            let line = lines[index]
            let folded = TextFolding.fold(line)
            let language = wrotePhrases.first(where: { LineBytes.contains(folded, bytes: $0.0) })?.1
            guard language != nil || LineBytes.contains(line, 0x40) else { continue }
            let next = lines[(index + 1)...].lazy.filter { !$0.isEmpty }.prefix(2)
            if next.contains(where: { $0.utf8.first == 0x3E }) { return (index, language) }
        }
        return nil
    }

    /// Words of a forwarded-message banner (`-----Original Message-----`, `---------- Forwarded
    /// message ---------`), folded; a line of marks around other words (`-=daMax=-`) is none.
    private static let bannerWords = ["message", "nachricht", "mensaje", "messaggio", "mensagem", "forwarded",
                                      "weitergeleitet", "transfere", "reenviado", "inoltrato", "encaminhad"]

    /// The index of a forwarded-message banner among the first 8 non-empty lines, under at least
    /// one line and only short ones; nil otherwise.
    private static func bannerUnderNote(_ lines: [String]) -> Int? {
        var filled = 0
        for index in lines.indices where !lines[index].isEmpty {
            if ClippingLabels.isBanner(lines[index]) {
                let folded = TextFolding.fold(lines[index])
                return filled > 0 && bannerWords.contains(where: { LineBytes.contains(folded, bytes: $0) }) ? index : nil
            }
            guard TextFolding.hasAtMost(lines[index], 120) else { return nil }
            filled += 1
            if filled == 8 { return nil }
        }
        return nil
    }
}
