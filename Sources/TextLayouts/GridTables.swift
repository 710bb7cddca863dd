import TextToolkit

/// A table drawn in ASCII by a converter (pandoc's grid tables, a word processor's "save as
/// text", a database shell): rows between border lines of `+`, `-` and `=`, cells between `|`,
/// a long value wrapped inside its cell over several lines.
///
/// A table of two columns is a sheet of labelled fields (`| Title | …`, `| Datum | 26. Februar
/// 1987 |`): each row becomes one `Label: value` line, the pieces of a wrapped cell joined by
/// spaces, so that the labels are read as any labelled field is. A table of another shape
/// states no field: its rows become lines of cells three spaces apart (columns, which no title
/// is). The border lines are left out.
///
/// Contract: `labelled` returns `lines` unchanged unless one of them is a border line (`+---+`,
/// two `+` at least); every line outside a table, and a line of more than 64 KiB, is kept as it is. Pure.
enum GridTables {
    static func labelled(_ lines: [String]) -> [String] {
        guard lines.contains(where: isBorder) else { return lines }
        var out: [String] = []
        out.reserveCapacity(lines.count)
        var row: [[String]] = []  // the current row's cells, each a list of pieces
        var inTable = false
        func flush() {
            guard !row.isEmpty else { return }
            let cells = row.map { $0.filter { !$0.isEmpty }.joined(separator: " ") }
            if cells.count == 2, !cells[0].isEmpty, !cells[1].isEmpty, !cells[0].hasSuffix(":") {
                out.append(cells[0] + ": " + cells[1])
            } else if cells.contains(where: { !$0.isEmpty }) {
                out.append(cells.filter { !$0.isEmpty }.joined(separator: "   "))
            }
            row = []
        }
        for line in lines {
            if isBorder(line) {
                flush()
                inTable = true
                continue
            }
            if inTable, let cells = cells(of: line) {
                // A row whose first cell is blank continues the row above (a value wrapped in its cell).
                if row.isEmpty || row.count != cells.count || !cells[0].isEmpty {
                    flush()
                    row = cells.map { [$0] }
                } else {
                    for (index, cell) in cells.enumerated() { row[index].append(cell) }
                }
                continue
            }
            flush()
            inTable = false
            out.append(line)
        }
        flush()
        return out
    }

    /// `+--------+----+`, `+=====+====+`: `+` first and last, two at least, only `-`, `=`, `+` and `:`.
    private static func isBorder(_ line: String) -> Bool {
        let text = LineBytes.trimmed(line)
        guard text.utf8.count >= 3, text.utf8.first == 0x2B, text.utf8.last == 0x2B else { return false }
        return text.utf8.allSatisfy { $0 == 0x2B || $0 == 0x2D || $0 == 0x3D || $0 == 0x3A }
    }

    /// `| Titel  | COMPUTER TERMINAL |` → [`Titel`, `COMPUTER TERMINAL`]; nil for a line not between `|`.
    private static func cells(of line: String) -> [String]? {
        // A line of more than 64 KiB is no row (10 MiB of `|` made ten million cells).
        guard line.utf8.count <= 64 << 10 else { return nil }
        let text = LineBytes.trimmed(line)
        guard text.utf8.count >= 2, text.utf8.first == 0x7C, text.utf8.last == 0x7C else { return nil }
        return text.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false).map { LineBytes.trimmed($0) }
    }
}
