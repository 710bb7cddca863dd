import TextToolkit

/// What the body says about the title: a headline names what its first paragraphs tell
/// (`COMPUTER TERMINAL SYSTEMS COMPLETES SALE` over `Computer Terminal Systems Inc said it has
/// completed the sale …`), a carrier's heading, a banner or a sender's line does not.
///
/// Contract: `betterTitle(than:in:judged:)` returns the index of a line that shares words with
/// the lead when `title` shares none: the lead is the first paragraph of prose among the first
/// 80 lines (a line of twelve words or more, not metadata, ending a sentence or wrapped onto
/// the next line) and the three lines after it; words are compared by their first five letters
/// folded (`completes` / `completed`), words of five letters or more only. The line returned
/// stands above the lead, can be a title (no sentence end, three to forty words, no metadata,
/// not in columns) and shares two such words with the lead or more, and at least a third of its
/// own; among several, the one sharing most, the first of equals. Nil when `title` shares a
/// word with the lead, or when no line qualifies. Pure; reads at most 80 lines.
enum TitleEvidence {
    static func betterTitle(than title: String, judged: JudgedLines) -> Int? {
        let lines = judged.lines
        guard let lead = leadIndex(judged) else { return nil }
        var leadStems = Set<Substring>()
        let leadText = lines[lead..<min(lines.count, lead + 4)].map { TextFolding.fold($0) }
        for line in leadText { leadStems.formUnion(stems(line)) }
        guard !leadStems.isEmpty, stems(TextFolding.fold(title)).isDisjoint(with: leadStems) else { return nil }
        var best: (index: Int, shared: Int)?
        for index in 0..<lead where !lines[index].isEmpty {
            let line = lines[index]
            guard LayoutReader.isTitleLike(line), !LayoutReader.endsLikeSentence(line), !LayoutReader.isInColumns(line),
                (3...30).contains(LineBytes.spaceSeparatedCount(line)), let first = line.first, !first.isLowercase,
                let last = line.last, !",;-–".contains(last), judged.facts(index) == nil,
                index == 0 || lines[index - 1].isEmpty || judged.facts(index - 1) != nil,
                lines[index + 1].isEmpty || judged.facts(index + 1) != nil
            else { continue }
            let own = stems(TextFolding.fold(LayoutReader.headingText(line)))
            let shared = own.intersection(leadStems).count
            guard shared >= 2, shared * 3 >= own.count else { continue }
            if shared > (best?.shared ?? 0) { best = (index, shared) }
        }
        return best?.index
    }

    /// The first line of prose among the first 80 (see the contract), or nil.
    private static func leadIndex(_ judged: JudgedLines) -> Int? {
        let lines = judged.lines
        for index in lines.indices.prefix(80) where LineBytes.spaceSeparatedCount(lines[index]) >= 12 {
            let wrapped = index + 1 < lines.count && !lines[index + 1].isEmpty
            guard LayoutReader.endsLikeSentence(lines[index]) || wrapped, judged.facts(index) == nil else { continue }
            return index
        }
        return nil
    }

    /// The first five letters of each word of five letters or more in a folded line.
    private static func stems(_ folded: String) -> Set<Substring> {
        var out = Set<Substring>()
        for word in folded.split(whereSeparator: { !$0.isLetter }) where word.count >= 5 { out.insert(word.prefix(5)) }
        return out
    }
}
