import TextToolkit

/// What the body says about the title: a headline names what its first paragraphs tell
/// (`COMPUTER TERMINAL SYSTEMS COMPLETES SALE` over `Computer Terminal Systems Inc said it has
/// completed the sale …`), a carrier's heading, a banner or a sender's line does not.
///
/// Contract: `betterTitle(than:in:judged:)` returns the index of a line that shares words with
/// the lead when `title` shares none: the lead is the first paragraph of prose among the first
/// 80 lines (a line of twelve words or more, not metadata, ending a sentence or wrapped onto
/// the next line) and the three lines after it, its first 600 characters; words are compared by their first five letters
/// with ASCII capitals lowered (`completes` / `completed`), words of five letters or more only. The line returned
/// stands above the lead, can be a title (no sentence end, three to forty words, no metadata,
/// not in columns) and shares two such words with the lead or more, and at least a third of its
/// own; among several, the one sharing most, the first of equals. Nil when `title` shares a
/// word with the lead, or when no line qualifies. Pure; reads at most 80 lines.
enum TitleEvidence {
    static func betterTitle(than title: String, judged: JudgedLines) -> Int? {
        let lines = judged.lines
        guard let lead = leadIndex(judged) else { return nil }
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
                index == 0 || lines[index - 1].isEmpty || judged.facts(index - 1) != nil,
                lines[index + 1].isEmpty || judged.facts(index + 1) != nil
            else { continue }
            let own = stems(lowered(LayoutReader.headingText(line)))
            let shared = own.intersection(leadStems).count
            guard shared >= 2, shared * 3 >= own.count else { continue }
            if shared > (best?.shared ?? 0) { best = (index, shared) }
        }
        return best?.index
    }

    /// The first line of prose among the first 80 (see the contract), or nil.
    private static func leadIndex(_ judged: JudgedLines) -> Int? {
        let lines = judged.lines
        for index in lines.indices.prefix(80) {
            let line = lines[index]
            // The cheap tests first: the length, the last byte (`.`, `!`, `?`, or `…`'s last), a line below.
            guard line.utf8.count >= 50, let last = line.utf8.last else { continue }
            let ends = last == 0x2E || last == 0x21 || last == 0x3F || last == 0xA6 && LayoutReader.endsLikeSentence(line)
            let wrapped = index + 1 < lines.count && !lines[index + 1].isEmpty
            guard ends || wrapped, LineBytes.spaceSeparatedCount(line) >= 12, judged.facts(index) == nil else { continue }
            return index
        }
        return nil
    }

    /// The line with its ASCII capitals lowered (`COMPLETES` → `completes`); other letters as
    /// they are: Unicode's full lowering of a paragraph costs more than the rest of this test.
    private static func lowered(_ line: String) -> String {
        String(decoding: line.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
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
