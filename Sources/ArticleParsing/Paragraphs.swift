/// Groups body lines into paragraphs.
///
/// Contract: blocks are separated by blank lines (and by Markdown rules such as `---`). Inside a
/// block, if most lines end like sentences, each line is its own paragraph (the seed's one
/// paragraph per line); otherwise the block is hard-wrapped prose and its lines are joined with
/// single spaces. Paragraphs are trimmed and never empty. Pure; never fails.
enum Paragraphs {
    static func build(_ lines: [String]) -> [String] {
        var paragraphs: [String] = []
        var block: [String] = []
        for line in lines {
            let trimmed = TextFolding.trimmed(line)
            if trimmed.isEmpty || isRule(trimmed) {
                paragraphs.append(contentsOf: split(block))
                block = []
            } else {
                block.append(trimmed)
            }
        }
        paragraphs.append(contentsOf: split(block))
        return paragraphs
    }

    private static func split(_ block: [String]) -> [String] {
        guard block.count > 1 else { return block }
        let inner = block.dropLast()
        let sentenceEnds = inner.filter(endsLikeSentence).count
        if sentenceEnds * 2 >= inner.count { return block }
        return [block.joined(separator: " ")]
    }

    private static func endsLikeSentence(_ line: String) -> Bool {
        guard let last = line.last else { return false }
        return ".!?:…»\"”)".contains(last)
    }

    /// `---`, `***`, `___`, `===` and longer: a thematic break, treated as a blank line.
    static func isRule(_ line: String) -> Bool {
        line.count >= 3 && Set(line).count == 1 && "-*_=".contains(line.first!)
    }
}
