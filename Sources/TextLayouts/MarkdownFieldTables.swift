import TextToolkit

/// A Markdown table of the article's fields at the top of a text (`| Title | Author | Date |`,
/// `|---|---|---|`, `| Plan unveiled | Jane Doe | 2024-03-05 |`; or rows of `| Label | value |`),
/// as a desk's template or a converter writes one: its fields become `Label: value` lines, read
/// as any labelled field is (a table row is never a title).
///
/// Contract: `labelled` looks at the first table (lines opening and closing with `|`, a rule row
/// of `-`, `:` and spaces left out; a line of more than 64 KiB ends it) among the first 20 lines: a header row whose every cell is a
/// label `ClippingLabels` knows over exactly one row of as many values, or rows of two cells of
/// which two at least are labelled; the table's lines are replaced by the `Label: value` lines
/// (an empty value left out) and a blank line. Any other text comes back unchanged. Pure.
enum MarkdownFieldTables {
    static func labelled(_ lines: [String]) -> [String] {
        guard let start = lines.prefix(20).firstIndex(where: { $0.utf8.first == 0x7C }),
            let fields = fields(lines[start...])
        else { return lines }
        return Array(lines[..<start]) + fields.lines + [""] + Array(lines[fields.end...])
    }

    /// A Markdown table of fields at the top: `| Title | Author | Date |`, `|---|---|---|`, one row
    /// of values (each header a field's label), or rows of `| Label | value |`: the `Label: value`
    /// lines, and the index after the table.
    private static func fields(_ lines: ArraySlice<String>) -> (lines: [String], end: Int)? {
        var rows: [[String]] = []
        var end = lines.startIndex
        // A row of more than 64 KiB is no row of fields (a line of 10 MiB of `|` made ten million cells: 2.5 s, 580 MiB).
        while end < lines.endIndex, end - lines.startIndex < 30, lines[end].utf8.count <= 64 << 10 {
            let line = LineBytes.trimmed(lines[end])
            guard line.hasPrefix("|"), line.hasSuffix("|"), line.utf8.count >= 3 else { break }
            let cells = line.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false).map { LineBytes.trimmed($0) }
            if !cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { rows.append(cells) }
            end += 1
        }
        guard rows.count >= 2 else { return nil }
        func isLabel(_ cell: String) -> Bool { ClippingLabels.parse(cell + ": x") != nil }
        if rows.count == 2, rows[0].count >= 2, rows[0].count == rows[1].count, rows[0].allSatisfy(isLabel) {
            return (zip(rows[0], rows[1]).map { "\($0): \($1)" }, end)
        }
        if rows.allSatisfy({ $0.count == 2 }), rows.filter({ isLabel($0[0]) }).count >= 2 {
            return (rows.filter { !$0[1].isEmpty }.map { "\($0[0]): \($0[1])" }, end)
        }
        return nil
    }
}
