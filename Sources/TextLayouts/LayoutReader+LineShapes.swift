import TextToolkit

/// The shapes of a single line that `LayoutReader` (and the readers beside it) judge titles
/// and sentence ends by. Pure.
extension LayoutReader {
    /// Short enough for a title (200 characters, 40 words), with at least two letters; or a share
    /// sheet's sentence around a quoted title, however long (`TitleWrappers.shared`).
    package static func isTitleLike(_ line: String) -> Bool {
        let text = headingText(line)
        guard !text.isEmpty, TextFolding.hasAtMost(text, 200), LineBytes.spaceSeparatedCount(text) <= 40 else {
            return TitleWrappers.shared(line) != nil
        }
        return hasTwoLetters(text)
    }

    /// `text.lazy.filter(\.isLetter).prefix(2).count == 2`, read from the bytes while they are
    /// ASCII: an ASCII byte followed by another (or by the end) is a Character of its own (only
    /// CR LF joins two ASCII scalars, and CR is no letter), a letter exactly when it is A–Z or
    /// a–z. Once a byte from 0x80 is in sight, the Characters decide.
    private static func hasTwoLetters(_ text: String) -> Bool {
        let fromBytes = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var letters = 0
            for index in 0..<bytes.count {
                if bytes[index] >= 0x80 || index + 1 < bytes.count && bytes[index + 1] >= 0x80 { return nil }
                if ASCII.isLetter(bytes[index]) {
                    letters += 1
                    if letters == 2 { return true }
                }
            }
            return false
        }
        if let fromBytes, let answer = fromBytes { return answer }
        return text.lazy.filter(\.isLetter).prefix(2).count == 2
    }

    private static let bullets: Set<Character> = ["►", "▶", "▸", "•", "■", "▪", "●", "◆", "→"]

    package static func endsLikeSentence(_ line: some StringProtocol) -> Bool {
        // Most lines end with an ASCII Character, read from the bytes (`…` is not ASCII).
        if let byte = LineBytes.lastLoneASCII(line) { return byte == 0x2E || byte == 0x21 || byte == 0x3F }
        guard let last = line.last else { return false }
        return ".!?…".contains(last)
    }

    /// Ends with one period (a sentence), not with an ellipsis `...`.
    package static func endsWithPeriod(_ line: String) -> Bool {
        line.hasSuffix(".") && !line.hasSuffix("...")
    }

    /// `Title <https://…>`: a newsletter's title without the address of its link.
    static func withoutLink(_ title: String) -> String {
        guard title.utf8.last == 0x3E, LineBytes.contains(title, bytes: " <http"), let open = title.lastIndex(of: "<")
        else { return title }
        return LineBytes.trimmed(title[..<open])
    }

    /// `UPDATE 3-Title`, `REFILE-Title`, `CORRECTED-Title`, `RPT-Title`, `WRAPUP 2-Title`, `EXCLUSIVE-Title`: a wire's
    /// version slugs before the headline go (a numbered one before anything but a space, a bare
    /// one before anything but a space or a lowercase letter);
    /// any other title as it is.
    static func withoutWireSlug(_ title: String) -> String {
        var rest = Substring(title)
        // `CORRECTED-UPDATE 1-Title`: slugs in a row, three at most.
        for _ in 0..<3 {
            guard let lead = rest.utf8.first, lead == 0x55 || lead == 0x52 || lead == 0x43 || lead == 0x57 || lead == 0x45,
                let dash = rest.utf8.prefix(16).firstIndex(of: 0x2D)
            else { break }
            let words = rest[..<dash].split(separator: " ")
            guard let word = words.first, Self.wireSlugs.contains(String(word)),
                words.count == 1 || words.count == 2 && words[1].allSatisfy({ $0.isASCII && $0.isNumber }) && words[0] != "REFILE"
            else { break }
            let after = rest[rest.utf8.index(after: dash)...]
            // A numbered slug (`UPDATE 1-`) is one whatever follows; a bare one not before a lowercase letter.
            guard let next = after.utf8.first, next != 0x20, words.count == 2 || next &- 0x61 >= 26 else { break }
            rest = after
        }
        return rest.utf8.count == title.utf8.count ? title : String(rest)
    }

    private static let wireSlugs: Set<String> = ["UPDATE", "REFILE", "CORRECTED", "RPT", "WRAPUP", "EXCLUSIVE"]

    /// `[PRESS-7806] Title`: an issue tracker's key before a ticket's title (capitals, then
    /// digits or capitals, a dash and digits, in brackets) goes; any other title as it is.
    static func withoutTicketKey(_ title: String) -> String {
        guard title.utf8.first == 0x5B, let close = title.utf8.firstIndex(of: 0x5D) else { return title }
        let key = title.utf8[title.utf8.index(after: title.utf8.startIndex)..<close]
        guard let dash = key.lastIndex(of: 0x2D), let first = key.first, first &- 0x41 < 26,
            key[..<dash].allSatisfy({ $0 &- 0x41 < 26 || $0 &- 0x30 < 10 }),
            key[key.index(after: dash)...].count >= 1, key[key.index(after: dash)...].allSatisfy({ $0 &- 0x30 < 10 })
        else { return title }
        let rest = LineBytes.trimmed(title[title.index(after: close)...])
        return rest.isEmpty ? title : rest
    }

    /// `[Reuters] Title`: a press review names the publication before the title. The name and the
    /// title, or nil.
    static func bracketedSource(_ title: String) -> (name: String, title: String)? {
        guard title.utf8.first == 0x5B, let close = title.firstIndex(of: "]") else { return nil }
        let name = LineBytes.trimmed(title[title.index(after: title.startIndex)..<close])
        let rest = LineBytes.trimmed(title[title.index(after: close)...])
        guard !rest.isEmpty, TextFolding.hasAtMost(name, 60), WireAgencies.isAgency(name) || ClippingFacts.isMasthead(name)
        else { return nil }
        return (name, rest)
    }

    /// `3/12  Title [Le Monde]`: a numbered press review's item (its number among the review's,
    /// the title, the publication in brackets at the end), or `Title [Reuters]` with a wire
    /// agency's or a publication's name (`isPublication`; not a generic word alone) in the brackets;
    /// never a tag (`[Video]`, `[Updated]`, `[Press Release]`, a kicker or a section). The name
    /// and the title, or nil.
    static func trailingBracketedSource(_ title: String) -> (name: String, title: String)? {
        guard title.utf8.last == 0x5D, let open = title.utf8.lastIndex(of: 0x5B) else { return nil }
        let name = LineBytes.trimmed(title[title.utf8.index(after: open)..<title.utf8.index(before: title.utf8.endIndex)])
        var rest = Substring(title[..<open])
        let numbered = reviewNumberLength(rest)
        if numbered > 0 { rest = rest.dropFirst(numbered) }
        let text = LineBytes.trimmed(rest)
        let folded = TextFolding.fold(name)
        guard !text.isEmpty, !name.isEmpty, TextFolding.hasAtMost(name, 60), ClippingFacts.isMasthead(name),
            !bracketTags.contains(folded), !ExportLines.isKicker(folded), !ExportLines.isSectionWord(folded),
            numbered > 0 || WireAgencies.isAgency(name)
                || isPublication(name) && (LineBytes.words(name).count >= 2 || !genericPublicationWords.contains(folded))
        else { return nil }
        return (name, text)
    }

    /// What brackets after a headline tag it with (folded): its form or state, no publication.
    private static let bracketTags: Set<String> = [
        "video", "videos", "photo", "photos", "audio", "podcast", "live", "update", "updated", "watch", "review",
        "press release", "sponsored", "advertisement", "ad", "paid post", "gallery", "interview", "opinion", "analysis",
        "tv", "radio", "breaking", "breaking news", "exclusive", "en direct", "mis a jour", "aktualisiert", "actualizado",
        "aggiornato", "atualizado", "communique", "pressemitteilung", "comunicado", "comunicato", "kommentar", "tribune",
    ]

    /// The length in characters of `3/12  ` opening `text` (one to three digits, a slash, one to
    /// three digits, spaces), or 0.
    private static func reviewNumberLength(_ text: Substring) -> Int {
        let bytes = Array(text.utf8.prefix(10))
        var index = 0
        func digits() -> Bool {
            let start = index
            while index < bytes.count, bytes[index] &- 0x30 < 10 { index += 1 }
            return (1...3).contains(index - start)
        }
        guard digits(), index < bytes.count, bytes[index] == 0x2F else { return 0 }
        index += 1
        guard digits(), index < bytes.count, bytes[index] == 0x20 else { return 0 }
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        return index
    }

    /// The line without Markdown heading marks (`# Title #`, and a numbered heading's number:
    /// `### 1. Title`), bold markers (`**Title**`), a mailing service's heading mark (`** Title`,
    /// the text part of a newsletter) or a newsletter's bullet (`► Title`, `• Title`, `■ Title`:
    /// the mark and a space).
    package static func headingText(_ line: String) -> String {
        // A Character equal to `#` or `*` starts with its byte, every bullet with 0xE2: without
        // one of them first, no marks.
        if let first = line.utf8.first, first != 0x23, first != 0x2A, first != 0xE2 { return LineBytes.trimmed(line) }
        var text = Substring(line)
        if let first = text.first, bullets.contains(first), text.dropFirst().first == " " {
            return TextFolding.trimmed(text.dropFirst(2))
        }
        if text.hasPrefix("#") {
            text = text.drop { $0 == "#" }
            // A closing run of `#` is cut by its bytes first: a `#` after a `#` is a Character of
            // its own (a Character walk per call took 4.5 s on a heading's run of ten million `#`).
            var end = text.utf8.endIndex
            while end > text.utf8.startIndex, text.utf8[text.utf8.index(before: end)] == 0x23 {
                let before = text.utf8.index(before: end)
                guard before > text.utf8.startIndex, text.utf8[text.utf8.index(before: before)] == 0x23 else { break }
                end = before
            }
            text = text[..<end]
            // `index(before:)`, not `dropLast()`, which measures the rest each time (a heading's run of a million `#`).
            while text.hasSuffix("#") { text = text[..<text.index(before: text.endIndex)] }
            // `### 1. Title`: a numbered heading's number goes.
            let trimmed = text.drop { $0 == " " }
            let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
            if (1...2).contains(digits.count), trimmed.dropFirst(digits.count).hasPrefix(". "), trimmed.count > digits.count + 3 {
                text = trimmed.dropFirst(digits.count + 2)
            }
        }
        if text.hasPrefix("**"), text.hasSuffix("**"), text.count > 4 {
            text = text.dropFirst(2).dropLast(2)
        } else if text.hasPrefix("** "), !text.dropFirst(3).contains("*") {
            text = text.dropFirst(3)
        }
        return TextFolding.trimmed(text)
    }
}
