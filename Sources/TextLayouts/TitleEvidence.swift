import TextToolkit

/// What the body says about the title: a headline names what its first paragraphs tell
/// (`COMPUTER TERMINAL SYSTEMS COMPLETES SALE` over `Computer Terminal Systems Inc said it has
/// completed the sale …`), a carrier's heading, a banner or a sender's line does not.
///
/// Contract: `betterTitle(than:judged:)` returns the index of a line that shares words with
/// the lead when `title` shares none. The lead is the first paragraph of prose among the first
/// 80 lines other than the title's own (a line of sixteen words or more, not metadata, ending
/// a sentence, or of twelve wrapped onto a next line of prose: not a button, a stub of three
/// words or metadata; or a narrow column's three lines of 24 bytes or more, fifteen words, half of
/// them lowercase) and the three lines after it, its first 600 characters. Words are compared
/// by their first five letters with ASCII capitals lowered (`completes` / `completed`), words of
/// five letters or more only. The line returned (its heading marks and an issue tracker's key
/// set aside):
/// - stands above the lead and can be a title: no sentence end, three to thirty words, no
///   metadata, not in columns;
/// - stands on its own: above it a blank line, metadata, the file's start, a line of one word
///   (a slug or a kicker), a button (`[Read the article]`) or the line `title` was read from when it holds a clock
///   time (`Sarah Collins  01/03/1987 15:59`, a post's header); under it a blank line, metadata
///   (an unknown label's line too: `Status: Open`), a note of one short sentence or the lead;
/// - shares two such words with the lead or more and at least a third of its own, or one of
///   its own two;
/// - is not repeated whole in parentheses in the lead (a dateline's source).
/// Among several, the one sharing most, the first of equals. Nil when `title` shares a word
/// with the lead, or when no line qualifies. Pure; reads at most 80 lines.
enum TitleEvidence {
    static func betterTitle(than title: String, judged: JudgedLines) -> Int? {
        let lines = judged.lines
        guard let lead = leadIndex(judged, title: title) else { return nil }
        // The lead's first 600 characters or so: a headline's words come early in it, and lowering the case of a whole paragraph is dear.
        var budget = 600
        var leadText: [String] = []
        for line in lines[lead..<min(lines.count, lead + 4)] where budget > 0 {
            leadText.append(lowered(line.utf8.count > budget ? String(line.prefix(budget)) : line))
            budget -= line.utf8.count
        }
        // Most titles share a word with the lead: found by a byte search, before any set is built.
        let titleStems = stems(lowered(title))
        if titleStems.contains(where: { stem in leadText.contains { LineBytes.contains($0, bytes: String(stem)) } }) {
            return nil
        }
        var leadStems = Set<Substring>()
        for line in leadText { leadStems.formUnion(stems(line)) }
        guard !leadStems.isEmpty, titleStems.isDisjoint(with: leadStems) else { return nil }
        var best: (index: Int, shared: Int)?
        for index in 0..<lead where !lines[index].isEmpty {
            let line = lines[index]
            guard LayoutReader.isTitleLike(line), !LayoutReader.endsLikeSentence(line), !LayoutReader.isInColumns(line),
                (3...30).contains(LineBytes.spaceSeparatedCount(line)), let first = line.first, !first.isLowercase,
                let last = line.last, !",;-–".contains(last), judged.facts(index) == nil,
                // Standing on its own: no line of a wrapped paragraph (a standfirst) above or under it,
                // but a slug or kicker of one word may stand above it and the lead right under it.
                index == 0 || lines[index - 1].isEmpty || judged.facts(index - 1) != nil
                    || LineBytes.spaceSeparatedCount(lines[index - 1]) == 1 || isButton(lines[index - 1])
                    || hasClockTime(lines[index - 1]) && LayoutReader.headingText(lines[index - 1]) == title,
                index + 1 == lead || lines[index + 1].isEmpty || judged.facts(index + 1) != nil
                    || LayoutReader.isUnknownLabel(lines[index + 1]) || isNote(lines[index + 1])
            else { continue }
            let text = lowered(LayoutReader.withoutTicketKey(LayoutReader.headingText(line)))
            // A name the lead's dateline gives in parentheses (`BERLIN (Le Monde diplomatique) -`) is its source.
            let inParentheses = "(" + text + ")"
            if leadText.contains(where: { LineBytes.contains($0, bytes: inParentheses) }) { continue }
            let own = stems(text)
            let shared = own.intersection(leadStems).count
            // Two words shared, a third of its own; or its only long word but one (`OHIO MATTRESS <OMT> MAY HAVE LOWER 1ST QTR NET`).
            guard shared >= 2 ? shared * 3 >= own.count : shared == 1 && own.count <= 2 else { continue }
            if shared > (best?.shared ?? 0) { best = (index, shared) }
        }
        return best?.index
    }

    /// The first line of prose among the first 80 (see the contract), or nil.
    /// A standfirst read as the title, above the headline (a magazine's page: kicker, standfirst,
    /// headline, credits): `title` ends like a sentence and the lead opens with it; the headline is
    /// the first line between them that can be a title (no sentence end, two to thirty words, not
    /// metadata) with a blank line above and under it. Its index, or nil. Pure.
    static func headlineUnderStandfirst(_ title: String, judged: JudgedLines) -> Int? {
        let lines = judged.lines
        guard LayoutReader.endsLikeSentence(title), title.utf8.count >= 24,
            let titleLine = lines.prefix(20).firstIndex(where: { LayoutReader.headingText($0) == title })
        else { return nil }
        // The lead: the first line below of 50 bytes or more that opens with the standfirst's words.
        let foldedTitle = TextFolding.fold(title)
        guard let lead = lines[(titleLine + 1)...].prefix(20).firstIndex(where: {
            $0.utf8.count > title.utf8.count && TextFolding.fold($0).hasPrefix(foldedTitle)
        }) else { return nil }
        return ((titleLine + 1)..<lead).first { index in
            let line = lines[index]
            return !line.isEmpty && LayoutReader.isTitleLike(line) && !LayoutReader.endsLikeSentence(line)
                && (2...30).contains(LineBytes.spaceSeparatedCount(line)) && judged.facts(index) == nil
                && lines[index - 1].isEmpty && (index + 1 == lines.count || lines[index + 1].isEmpty)
        }
    }

    private static func leadIndex(_ judged: JudgedLines, title: String) -> Int? {
        let lines = judged.lines
        for index in lines.indices.prefix(80) {
            let line = lines[index]
            // The cheap tests first: the length, the last byte (`.`, `!`, `?`, or `…`'s last), a line below.
            guard line.utf8.count >= 24, let last = line.utf8.last else { continue }
            // Wrapped onto a line of prose, not onto a button (`[Leer el artículo]`) or a stub.
            let wrapped = index + 1 < lines.count && !lines[index + 1].isEmpty && lines[index + 1].utf8.first != 0x5B
                && LineBytes.spaceSeparatedCount(lines[index + 1]) >= 4 && judged.facts(index + 1) == nil
            if line.utf8.count < 50 {
                // A narrow column (`Diamond Shamrock Corp said that` / `effective today it had cut its contract`):
                // three lines of prose, mostly lowercase words, none of them metadata.
                if wrapped, isNarrowProse(judged, at: index) { return index }
                continue
            }
            let ends = last == 0x2E || last == 0x21 || last == 0x3F || last == 0xA6 && LayoutReader.endsLikeSentence(line)
            // A paragraph of one line needs sixteen words (`You can read it free until March 17, 1987, no subscription needed.` is none).
            guard ends || wrapped, LineBytes.spaceSeparatedCount(line) >= (wrapped ? 12 : 16), judged.facts(index) == nil,
                LayoutReader.headingText(line) != title
            else { continue }
            return index
        }
        return nil
    }

    /// `[Read the article]`: a mail's button, copied as its label in brackets.
    private static func isButton(_ line: String) -> Bool {
        line.utf8.first == 0x5B && line.utf8.last == 0x5D && LineBytes.spaceSeparatedCount(line) <= 6
    }

    /// `¿Para el resumen de mañana?`, `Translated with DeepL, checked by Jane Doe on 5 March.`: a
    /// note of one sentence, fifteen words at most (a lead has more).
    private static func isNote(_ line: String) -> Bool {
        guard let last = line.utf8.last, last == 0x3F || last == 0x2E || last == 0x21 else { return false }
        return LineBytes.spaceSeparatedCount(line) <= 15
    }

    /// `15:59` somewhere in the line: a post's header (`Sarah Collins  01/03/1987 15:59`).
    private static func hasClockTime(_ line: String) -> Bool {
        let bytes = Array(line.utf8)
        return bytes.indices.dropFirst().dropLast(2).contains { index in
            bytes[index] == 0x3A && bytes[index - 1] &- 0x30 < 10 && bytes[index + 1] &- 0x30 < 10 && bytes[index + 2] &- 0x30 < 10
        }
    }

    /// Whether the line at `index` and the two under it are each 24 bytes or more, free of
    /// metadata, and hold fifteen words or more, at least half of them opening in lowercase.
    private static func isNarrowProse(_ judged: JudgedLines, at index: Int) -> Bool {
        let lines = judged.lines
        guard index + 2 < lines.count else { return false }
        var words = 0
        var lowercase = 0
        for line in lines[index...(index + 2)] {
            guard line.utf8.count >= 24 else { return false }
            for word in line.split(separator: " ") {
                words += 1
                if let first = word.first, first.isLowercase { lowercase += 1 }
            }
        }
        guard words >= 15, lowercase * 2 >= words else { return false }
        return (index...(index + 2)).allSatisfy { judged.facts($0) == nil }
    }

    /// The line with its ASCII capitals lowered (`COMPLETES` → `completes`); other letters as
    /// they are: Unicode's full lowering of a paragraph costs more than the rest of this test.
    /// Written straight into the result from the contiguous bytes (the view's generic `map`, then
    /// a repairing decode, cost some ten instructions a byte); only ASCII bytes change, so the
    /// UTF-8 stays as valid as it was.
    private static func lowered(_ line: String) -> String {
        line.utf8.withContiguousStorageIfAvailable { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for index in 0..<bytes.count {
                    let byte = bytes[index]
                    buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                }
                return bytes.count
            }
        } ?? String(decoding: line.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// The first five letters of each word of five letters or more in a lowercased line.
    private static func stems(_ lowered: String) -> Set<Substring> {
        if let read = scalarStems(lowered) { return read }
        var out = Set<Substring>()
        for word in lowered.split(whereSeparator: { !$0.isLetter }) where word.count >= 5 { out.insert(word.prefix(5)) }
        return out
    }

    /// `stems` of a line read scalar by scalar when each scalar is a Character of its own
    /// (`TextPieces.readsByScalars`; CR LF, one Character, is no letter either way): a word is a
    /// run of letter scalars (`TextPieces.isLetter`, what `Character.isLetter` asks of its first
    /// scalar), its first five Characters its first five scalars. Nil for any other line.
    private static func scalarStems(_ lowered: String) -> Set<Substring>? {
        guard TextPieces.readsByScalars(lowered) else { return nil }
        let utf8 = lowered.utf8
        let runs: [Range<Int>]? = utf8.withContiguousStorageIfAvailable { bytes in
            var runs: [Range<Int>] = []
            var start = -1
            var scalars = 0
            var fifthEnd = 0
            var offset = 0
            while offset < bytes.count {
                let (scalar, length) = UTF8Scalars.decode(bytes, at: offset)
                if TextPieces.isLetter(scalar) {
                    if start < 0 { (start, scalars) = (offset, 0) }
                    scalars += 1
                    if scalars == 5 { fifthEnd = offset + length }
                } else if start >= 0 {
                    if scalars >= 5 { runs.append(start..<fifthEnd) }
                    start = -1
                }
                offset += length
            }
            if start >= 0, scalars >= 5 { runs.append(start..<fifthEnd) }
            return runs
        }
        guard let runs else { return nil }
        var out = Set<Substring>()
        for run in runs {
            let lower = utf8.index(utf8.startIndex, offsetBy: run.lowerBound)
            out.insert(lowered[lower..<utf8.index(lower, offsetBy: run.count)])
        }
        return out
    }
}
