import TextToolkit

/// Turns a Markdown body into the plain lines `LayoutReader` reads: one block per paragraph.
///
/// Contract: headings lose their `#` marks and become paragraphs of their own (with
/// `markingTitle`, a heading on the first line keeps `# `, so the layout reader can take it as
/// the title); list items
/// (`-`, `*`, `+`, `1.`) and block quotes lose their markers, each item being its own paragraph;
/// inline emphasis (`*`, `**`, `_`, `__`, `~~`) and code backticks are removed; links
/// `[text](url)` and `[text][ref]` become their text, autolinks `<https://…>` their address;
/// images `![alt](src)`, fenced code blocks, HTML comments and link reference definitions are
/// dropped. Hard-wrapped paragraph lines stay together. Pure; never fails.
package enum MarkdownText {
    package static func plain(_ markdown: String, markingTitle: Bool = true) -> String {
        var output: [String] = []
        var inFence = false
        var inComment = false
        var sawContent = false
        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = TextFolding.trimmed(rawLine)
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            if inFence { continue }
            if inComment || line.hasPrefix("<!--") {
                inComment = !line.contains("-->")
                continue
            }
            if isReferenceDefinition(line) { continue }
            if line.hasPrefix("#"), let heading = heading(line) {
                output += ["", sawContent || !markingTitle ? heading : "# " + heading, ""]
                sawContent = true
                continue
            }
            var text = line
            // All quote marks at once: one `>` and one trim at a time was quadratic on a `>>>…` line.
            if text.hasPrefix(">") { text = TextFolding.trimmed(text.drop { $0 == ">" || $0.isWhitespace }) }
            if let item = listItem(text) {
                output += ["", inline(item), ""]
            } else {
                let indent = rawLine.prefix { $0 == " " || $0 == "\t" }
                output.append(text.isEmpty ? "" : String(indent) + inline(text))
            }
            if !text.isEmpty { sawContent = true }
        }
        return output.joined(separator: "\n")
    }

    /// `## Title ##` → `Title`; nil for `#hashtag` (no space after the marks).
    private static func heading(_ line: String) -> String? {
        let marks = line.prefix { $0 == "#" }
        guard marks.count <= 6, line.dropFirst(marks.count).first == " " else { return nil }
        var text = Substring(line.dropFirst(marks.count))
        while text.hasSuffix("#") { text = text.dropLast() }
        return inline(TextFolding.trimmed(text))
    }

    /// The text of `- item`, `* item`, `+ item`, `1. item`, `1) item`; nil otherwise.
    private static func listItem(_ line: String) -> String? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            let rest = TextFolding.trimmed(line.dropFirst(2))
            return rest.isEmpty || Paragraphs.isRule(line) ? nil : rest
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count) else { return nil }
        let after = line.dropFirst(digits.count)
        guard let marker = after.first, marker == "." || marker == ")", after.dropFirst().first == " " else { return nil }
        return TextFolding.trimmed(after.dropFirst(2))
    }

    /// `[ref]: https://…` lines.
    private static func isReferenceDefinition(_ line: String) -> Bool {
        guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return false }
        return line[line.index(after: close)...].hasPrefix(":")
    }

    /// Inline Markdown removed from one line. Linear in the line's length whatever it holds
    /// (runs of `[`, `![`, `[a](`, `<`): every "where is the next `]`, `)` or `>`" is a lookup in
    /// tables built once per line, never a scan (issue 11: such runs used to take quadratic time).
    package static func inline(_ line: String) -> String {
        let characters = Array(line)
        let marks = NextMarks(characters)
        var result = ""
        inline(characters, 0..<characters.count, marks, into: &result)
        return result
    }

    private static func inline(_ c: [Character], _ range: Range<Int>, _ marks: NextMarks, into result: inout String) {
        let end = range.upperBound
        var i = range.lowerBound
        while i < end {
            let character = c[i]
            if character == "!", i + 1 < end, c[i + 1] == "[", let (_, after) = link(c, at: i + 1, end: end, marks) {
                i = after  // image: dropped
            } else if character == "[", let (label, after) = link(c, at: i, end: end, marks) {
                inline(c, label, marks, into: &result)  // a label holds no `]`: no deeper nesting
                i = after
            } else if character == "<", startsAutolink(c, at: i + 1, end: end), marks.angle[i] < end {
                result += String(c[(i + 1)..<marks.angle[i]])
                i = marks.angle[i] + 1
            } else if character == "`" || character == "~" && i + 1 < end && c[i + 1] == "~" {
                i += character == "~" ? 2 : 1
            } else if character == "*" || character == "_",
                isEmphasisMark(before: i > range.lowerBound ? c[i - 1] : " ", after: i + 1 < end ? c[i + 1] : " ")
            {
                i += 1
            } else {
                result.append(character)
                i += 1
            }
        }
    }

    /// For each position, where the next `]`, `)` and `>` are (the count when there is none).
    private struct NextMarks {
        var bracket: [Int]
        var paren: [Int]
        var angle: [Int]

        init(_ c: [Character]) {
            bracket = Array(repeating: c.count, count: c.count + 1)
            paren = bracket
            angle = bracket
            for i in stride(from: c.count - 1, through: 0, by: -1) {
                bracket[i] = c[i] == "]" ? i : bracket[i + 1]
                paren[i] = c[i] == ")" ? i : paren[i + 1]
                angle[i] = c[i] == ">" ? i : angle[i + 1]
            }
        }
    }

    private static let http: [Character] = ["h", "t", "t", "p"]
    private static let mailto: [Character] = ["m", "a", "i", "l", "t", "o", ":"]

    /// `http…` or `mailto:` at `i`.
    private static func startsAutolink(_ c: [Character], at i: Int, end: Int) -> Bool {
        guard i < end, c[i] == "h" || c[i] == "m" else { return false }
        let prefix = c[i] == "h" ? http : mailto
        guard i + prefix.count <= end else { return false }
        for k in 0..<prefix.count where c[i + k] != prefix[k] { return false }
        return true
    }

    /// `[text](url)` or `[text][ref]` starting at `i`: the label's range and where the link ends.
    private static func link(_ c: [Character], at i: Int, end: Int, _ marks: NextMarks) -> (Range<Int>, Int)? {
        guard c[i] == "[" else { return nil }
        let close = marks.bracket[i]
        let after = close + 1
        guard close < end, after < end else { return nil }
        let closing: Int
        switch c[after] {
        case "(": closing = marks.paren[after]
        case "[": closing = marks.bracket[after]
        default: return nil
        }
        guard closing < end else { return nil }
        return ((i + 1)..<close, closing + 1)
    }

    /// `*`/`_` next to a letter on one side and not between two letters or digits (so `snake_case`
    /// and `2*3` stay).
    private static func isEmphasisMark(before: Character, after: Character) -> Bool {
        let wordBefore = before.isLetter || before.isNumber
        let wordAfter = after.isLetter || after.isNumber
        if wordBefore && wordAfter { return false }
        return !(before.isWhitespace && after.isWhitespace)
    }
}
