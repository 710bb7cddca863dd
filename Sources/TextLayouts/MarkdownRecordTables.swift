import TextToolkit

/// A sheet of records converted to a Markdown table (markitdown's, pandas' `to_markdown`): `|
/// Date | Publication | Headline | Text |`, a rule row (`| --- | --- |`), then a row per record,
/// perhaps under a heading (`## Press review`).
///
/// Contract: `delimited` takes a text whose first non-empty lines are headings (`#`) and then
/// such a table of three columns at least, and returns its header and first record as
/// tab-separated lines (`\|` a bar in its cell, a cell's tabs made spaces, pandas' `NaN` and `nan` empty) for
/// `DelimitedExport`; nil for any other text. Only the table's first 64 KiB of lines are read. Pure.
enum MarkdownRecordTables {
    static func delimited(_ text: String) -> String? {
        var rows: [[String]] = []
        for line in LineBytes.lines(String(text.prefix(64 * 1024))) {
            let trimmed = LineBytes.trimmed(line)
            if rows.isEmpty, trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard trimmed.hasPrefix("|"), trimmed.hasSuffix("|"), trimmed.count >= 2 else { break }
            rows.append(cells(trimmed.dropFirst().dropLast()).map { cell in
                let value = LineBytes.trimmed(cell).replacingOccurrences(of: "\t", with: " ")
                return value == "NaN" || value == "nan" ? "" : value
            })
            if rows.count == 3 { break }
        }
        guard rows.count == 3, rows[0].count >= 3, rows[1].count == rows[0].count,
            rows[1].allSatisfy({ cell in !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" } })
        else { return nil }
        return rows[0].joined(separator: "\t") + "\n" + rows[2].joined(separator: "\t") + "\n"
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
