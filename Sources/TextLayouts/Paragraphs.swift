/// Groups body lines into paragraphs.
///
/// Contract: blocks are separated by blank lines (and by Markdown rules such as `---`). Inside a
/// block, if most lines end like sentences, each line is its own paragraph (the seed's one
/// paragraph per line); otherwise the block is hard-wrapped prose and its lines are joined with
/// single spaces (none after a word's hyphen: `state-` / `owned`), except that an indented line (two spaces or a tab, as in Reuters wire copy)
/// starts a new paragraph. Paragraphs are trimmed and never empty. Pure; never fails.
package enum Paragraphs {
    /// - Parameter lines: body lines as written (leading whitespace kept, used for indentation).
    ///
    /// A block is kept as the range of its lines (read again by `split`), not copied into an
    /// array: a file of millions of short lines is one block of millions (10 MiB of `a` lines
    /// took 100 MiB for the array, and its regrowth copies).
    package static func build<Lines: Collection<String>>(_ lines: Lines) -> [String] {
        var paragraphs: [String] = []
        var blockStart = lines.startIndex
        var blockCount = 0
        // Lines of the block ending like a sentence, and whether its last line does.
        var sentenceEnds = 0
        var lastEnds = false
        var index = lines.startIndex
        while index != lines.endIndex {
            let trimmed = LineBytes.trimmed(lines[index])
            if trimmed.isEmpty || isRule(trimmed) {
                split(lines[blockStart..<index], count: blockCount, innerSentenceEnds: sentenceEnds - (lastEnds ? 1 : 0), into: &paragraphs)
                blockCount = 0
                sentenceEnds = 0
            } else {
                if blockCount == 0 { blockStart = index }
                blockCount += 1
                lastEnds = endsLikeSentence(trimmed)
                if lastEnds { sentenceEnds += 1 }
            }
            lines.formIndex(after: &index)
        }
        split(lines[blockStart..<index], count: blockCount, innerSentenceEnds: sentenceEnds - (lastEnds ? 1 : 0), into: &paragraphs)
        return paragraphs
    }

    /// Appends the paragraphs of one block: `count` lines (none blank), of which the ones but the
    /// last ending like a sentence are `innerSentenceEnds`. Nothing when `count` is 0.
    private static func split<Lines: Collection<String>>(
        _ block: Lines, count: Int, innerSentenceEnds: Int, into paragraphs: inout [String]
    ) {
        guard count > 0 else { return }
        if count <= 1 || innerSentenceEnds * 2 >= count - 1 {
            for line in block { paragraphs.append(LineBytes.trimmed(line)) }
            return
        }
        let first = paragraphs.count
        for line in block {
            let text = LineBytes.trimmed(line)
            if paragraphs.count == first || isIndented(line) {
                paragraphs.append(text)
            } else if endsWithWordHyphen(paragraphs[paragraphs.count - 1]), text.first?.isLowercase == true {
                paragraphs[paragraphs.count - 1] += text  // `state-` / `owned`: a word broken at its hyphen
            } else {
                // In place, without the `" " + text` copy.
                paragraphs[paragraphs.count - 1].append(" ")
                paragraphs[paragraphs.count - 1].append(text)
            }
        }
    }

    /// `state-`: a letter and a hyphen end the line (a word wrapped at its hyphen).
    private static func endsWithWordHyphen(_ text: String) -> Bool {
        // The Character before the last one, found from the end (`dropLast()` on a String
        // counted every Character: quadratic over a paragraph joined from a million such lines).
        guard text.utf8.last == 0x2D else { return false }
        let last = text.index(before: text.endIndex)
        return last > text.startIndex && text[text.index(before: last)].isLetter
    }

    private static func endsLikeSentence(_ line: String) -> Bool {
        // An ASCII last byte after an ASCII byte other than CR is a Character of its own (only
        // CR, and Prepend scalars, which are not ASCII, join the scalar after them), and a
        // Character of one ASCII scalar equals only itself: read without Characters.
        if let byte = LineBytes.lastLoneASCII(line) {
            return byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3A || byte == 0x22 || byte == 0x29
        }
        guard let last = line.last else { return false }
        return ".!?:…»\"”)".contains(last)
    }

    /// Two spaces or a tab open the line. A Character equal to a space or a tab starts with its
    /// byte, so a line whose first byte is neither is not indented (read without Characters).
    private static func isIndented(_ line: String) -> Bool {
        guard let byte = line.utf8.first, byte == 0x20 || byte == 0x09 else { return false }
        return line.hasPrefix("  ") || line.hasPrefix("\t")
    }

    /// `---`, `***`, `___`, `===`, `───`, `═══` and longer: a thematic break, treated as a blank line.
    package static func isRule(_ line: String) -> Bool {
        // A Character equal to one of the marks starts with its byte: any other first byte is no rule.
        guard let byte = line.utf8.first, byte == 0x2D || byte == 0x2A || byte == 0x5F || byte == 0x3D || byte == 0xE2 else {
            return false
        }
        // Bytes all equal to the first ASCII one: as many Characters equal to it (each ASCII
        // scalar but CR is a Character of its own); an ASCII byte differing from it starts a
        // Character that is not it. Only a non-ASCII byte needs the Characters.
        if byte < 0x80 {
            var same = true
            for other in line.utf8 where other != byte {
                if other < 0x80 { return false }
                same = false
                break
            }
            if same { return line.utf8.count >= 3 }
        }
        guard let first = line.first, "-*_=─━═—".contains(first) else { return false }
        return line.allSatisfy { $0 == first } && line.count >= 3
    }
}
