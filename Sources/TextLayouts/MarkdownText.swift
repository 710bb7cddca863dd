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
        var output = OutputLines()
        var inFence = false
        var inComment = false
        var sawContent = false
        var lines = MarkdownLines(markdown)
        while let rawLine = lines.next() {
            let line = LineBytes.trimmed(rawLine)
            // The `hasPrefix` below are asked only when the line's first byte is the prefix's or
            // not ASCII: an ASCII first byte opens a Character whose decomposition starts with
            // it, so it differs from the prefix's first Character (a non-ASCII one may equal it:
            // U+1FEF decomposes to a backtick).
            let lead = line.utf8.first ?? 0
            let any = lead >= 0x80
            if (lead == 0x60 || any) && line.hasPrefix("```") || (lead == 0x7E || any) && line.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            if inFence { continue }
            if inComment || (lead == 0x3C || any) && line.hasPrefix("<!--") {
                inComment = !line.contains("-->")
                continue
            }
            if (lead == 0x5B || any), isReferenceDefinition(line) { continue }
            if (lead == 0x23 || any), line.hasPrefix("#"), let heading = heading(line) {
                output.appendBlock(heading, prefix: sawContent || !markingTitle ? "" : "# ")
                sawContent = true
                continue
            }
            var text = line
            // All quote marks at once: one `>` and one trim at a time was quadratic on a `>>>…` line.
            if (lead == 0x3E || any), text.hasPrefix(">") { text = TextFolding.trimmed(text.drop { $0 == ">" || $0.isWhitespace }) }
            if let item = listItem(text) {
                output.appendBlock(inline(item))
            } else if text.isEmpty {
                output.append("")
            } else {
                // Only a space or tab byte can open a Character equal to a space or a tab.
                let lead = rawLine.utf8.first
                output.append(inline(text), prefix: lead == 0x20 || lead == 0x09 ? rawLine.prefix { $0 == " " || $0 == "\t" } : "")
            }
            if !text.isEmpty { sawContent = true }
        }
        return output.text
    }

    /// The output lines joined by `\n` as they come, in UTF-8 (no String per line).
    private struct OutputLines {
        private var bytes: [UInt8] = []
        private var isEmpty = true

        var text: String { String(decoding: bytes, as: UTF8.self) }

        mutating func append(_ line: String, prefix: Substring = "") {
            if !isEmpty { bytes.append(0x0A) }
            isEmpty = false
            if !prefix.isEmpty { bytes += prefix.utf8 }
            bytes += line.utf8
        }

        /// A paragraph of its own: an empty line on each side.
        mutating func appendBlock(_ line: String, prefix: Substring = "") {
            append("")
            append(line, prefix: prefix)
            append("")
        }
    }

    /// `## Title ##` → `Title`; nil for `#hashtag` (no space after the marks). Read on the bytes:
    /// a `#` or space byte is that Character unless a scalar next to it joins it (`MarkdownClusters`).
    private static func heading(_ line: String) -> String? {
        var copy = line  // shares `line`'s storage: `withUTF8` copies only a non-contiguous string
        let cut = copy.withUTF8 { bytes -> Range<Int>? in
            var marks = 0
            while marks < bytes.count, bytes[marks] == 0x23 { marks += 1 }
            guard marks <= 6, marks < bytes.count, bytes[marks] == 0x20,
                !MarkdownClusters.joinsPrevious(bytes, at: marks + 1)
            else { return nil }
            var end = bytes.count
            // Trailing marks; the space after the opening ones stops the loop.
            while bytes[end - 1] == 0x23, !MarkdownClusters.joinsNext(bytes, before: end - 1) { end -= 1 }
            return marks..<end
        }
        guard let cut else { return nil }
        let utf8 = line.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: cut.lowerBound)
        return inline(LineBytes.trimmed(line[start..<utf8.index(start, offsetBy: cut.count)]))
    }

    /// The text of `- item`, `* item`, `+ item`, `1. item`, `1) item`; nil otherwise.
    private static func listItem(_ line: String) -> String? {
        // Any other first byte opens a Character equal to none of `-*+` nor an ASCII digit (no
        // scalar decomposes canonically to one of them): most lines are turned down here.
        guard let byte = line.utf8.first, byte == 0x2D || byte == 0x2A || byte == 0x2B || byte &- 0x30 < 10 else { return nil }
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            let rest = LineBytes.trimmed(line.dropFirst(2))
            return rest.isEmpty || Paragraphs.isRule(line) ? nil : rest
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count) else { return nil }
        let after = line.dropFirst(digits.count)
        guard let marker = after.first, marker == "." || marker == ")", after.dropFirst().first == " " else { return nil }
        return LineBytes.trimmed(after.dropFirst(2))
    }

    /// `[ref]: https://…` lines.
    private static func isReferenceDefinition(_ line: String) -> Bool {
        guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return false }
        return line[line.index(after: close)...].hasPrefix(":")
    }

    /// Inline Markdown removed from one line (`MarkdownInline`): linear time whatever the line holds
    /// (issue 11: runs of `[`, `![`, `[a](`, `<` used to take quadratic time), memory the output's.
    package static func inline(_ line: String) -> String {
        MarkdownInline.plain(line)
    }
}
