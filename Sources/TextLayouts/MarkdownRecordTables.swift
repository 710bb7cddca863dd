import TextToolkit

/// A sheet of records converted to a Markdown table (markitdown's, pandas' `to_markdown`): `|
/// Date | Publication | Headline | Text |`, a rule row (`| --- | --- |`), then a row per record,
/// perhaps under a heading (`## Press review`).
///
/// Contract: `delimited` takes a text whose first non-empty lines are headings (`#`) and then
/// such a table of three columns at least, one of them the text's (`DelimitedExport.isTextColumn`: a tracker
/// sheet holds the article), and returns its header and first record as
/// tab-separated lines (`\|` a bar in its cell, a cell's tabs made spaces, pandas' `NaN` and `nan` empty)
/// followed by the lines under the table (the text, when no column holds it) for `DelimitedExport`;
/// nil for any other text, or when a table row is longer than 64 KiB. Pure.
enum MarkdownRecordTables {
    static func delimited(_ text: String) -> String? {
        var rows: [[String]] = []
        let lines = LineBytes.lines(text)
        var index = 0
        while index < lines.count {
            let trimmed = LineBytes.trimmed(lines[index])
            index += 1
            if rows.isEmpty, trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard trimmed.hasPrefix("|"), trimmed.hasSuffix("|"), trimmed.count >= 2, TextFolding.hasAtMost(trimmed, 64 * 1024) else { return nil }
            rows.append(cells(trimmed.dropFirst().dropLast()).map { cell in
                let value = LineBytes.trimmed(cell).replacingOccurrences(of: "\t", with: " ")
                return value == "NaN" || value == "nan" ? "" : value
            })
            if rows.count == 3 { break }
        }
        guard rows.count == 3, rows[0].count >= 3, rows[1].count == rows[0].count, rows[0].contains(where: DelimitedExport.isTextColumn),
            rows[1].allSatisfy({ cell in !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" } })
        else { return nil }
        // The table's other rows are other records; what follows the table is the text when no column holds it.
        while index < lines.count, LineBytes.trimmed(lines[index]).hasPrefix("|") { index += 1 }
        let rest = lines[index...].joined(separator: "\n")
        return rows[0].joined(separator: "\t") + "\n" + rows[2].joined(separator: "\t") + "\n" + rest
    }

    /// A row's cells between its outer bars: split at each `|` not escaped (`\|` is a bar in a cell, written as one).
    private static func cells(_ row: Substring) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in row {
            if escaped {
                cell.append(character == "|" ? "|" : "\\")
                if character != "|" { cell.append(character) }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(character)
            }
        }
        if escaped { cell.append("\\") }
        cells.append(cell)
        return cells
    }
}
