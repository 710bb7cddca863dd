/// Groups body lines into paragraphs.
///
/// Contract: blocks are separated by blank lines (and by Markdown rules such as `---`). Inside a
/// block, if most lines end like sentences, each line is its own paragraph (the seed's one
/// paragraph per line); otherwise the block is hard-wrapped prose and its lines are joined with
/// single spaces (none after a word's hyphen: `state-` / `owned`), except that an indented line (two spaces or a tab, as in Reuters wire copy)
/// starts a new paragraph. Paragraphs are trimmed and never empty. Pure; never fails.
package enum Paragraphs {
    /// - Parameter lines: body lines as written (leading whitespace kept, used for indentation).
    package static func build(_ lines: some Sequence<String>) -> [String] {
        var paragraphs: [String] = []
        var block: [(text: String, indented: Bool)] = []
        // The first line of the block being read: a block of one line (a paragraph per line, as
        // in the seed) is appended as it is, without the block array.
        var first: String?
        for line in lines {
            let trimmed = LineBytes.trimmed(line)
            if trimmed.isEmpty || isRule(trimmed) {
                if let single = first, block.isEmpty {
                    paragraphs.append(single)
                } else if !block.isEmpty {
                    split(block, into: &paragraphs)
                    block.removeAll(keepingCapacity: true)
                }
                first = nil
            } else if let opening = first, block.isEmpty {
                // The opening line's indentation is never asked (`split` starts a paragraph with it).
                block.append((opening, false))
                block.append((trimmed, isIndented(line)))
            } else if first == nil {
                first = trimmed
            } else {
                block.append((trimmed, isIndented(line)))
            }
        }
        if let single = first, block.isEmpty { paragraphs.append(single) } else { split(block, into: &paragraphs) }
        return paragraphs
    }

    /// Appends the paragraphs of one block.
    private static func split(_ block: [(text: String, indented: Bool)], into paragraphs: inout [String]) {
        let inner = block.dropLast()
        if block.count <= 1 || inner.reduce(0, { $0 + (endsLikeSentence($1.text) ? 1 : 0) }) * 2 >= inner.count {
            for line in block { paragraphs.append(line.text) }
            return
        }
        let first = paragraphs.count
        for line in block {
            if line.indented || paragraphs.count == first {
                paragraphs.append(line.text)
            } else if endsWithWordHyphen(paragraphs[paragraphs.count - 1]), line.text.first?.isLowercase == true {
                paragraphs[paragraphs.count - 1] += line.text  // `state-` / `owned`: a word broken at its hyphen
            } else {
                // In place, without the `" " + line.text` copy.
                paragraphs[paragraphs.count - 1].append(" ")
                paragraphs[paragraphs.count - 1].append(line.text)
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
        guard let first = line.first, "-*_=─━═—".contains(first) else { return false }
        return line.allSatisfy { $0 == first } && line.count >= 3
    }
}
