import TextToolkit

/// A sheet's range as the Google Sheets API returns it (`GET /v4/spreadsheets/{id}/values/{range}`:
/// `{"range": "'Revue de presse'!A1:H2", "majorDimension": "ROWS", "values": [["Date", "Média", "Titre",
/// …], ["03/03/1987", "Le Figaro", …]]}`, or `values:batchGet`'s first of its `valueRanges`): its rows made
/// the comma-separated text a delimited export is (the header row's names bare, every other cell quoted,
/// RFC 4180), for `DelimitedExport` to read by its header row, as `SpreadsheetXML` does for a saved sheet.
///
/// Contract: `delimited` takes a parsed value: an object with a `values` list of rows (lists of
/// strings, numbers read as written) and a `majorDimension` (`COLUMNS` turned into rows), or a
/// `valueRanges` list whose first item is one; a row's trailing empty cells, which the API leaves
/// out, are empty; the header row names a source or a text column (`RecordKeys`). At most 200 rows and 60 columns are read. Nil for any other value, and for fewer
/// than two rows. Pure.
enum SheetValues {
    static func delimited(_ value: Any) -> String? {
        guard var range = value as? [String: Any] else { return nil }
        if range["values"] == nil, let first = (range["valueRanges"] as? [Any])?.first as? [String: Any] { range = first }
        guard let dimension = range["majorDimension"] as? String, let values = range["values"] as? [Any] else { return nil }
        var rows: [[String]] = values.prefix(200).map { row in
            ((row as? [Any]) ?? []).prefix(60).map { cell in
                (cell as? String) ?? (cell as? Int).map(String.init) ?? (cell as? Double).map { String($0) } ?? ""
            }
        }
        if dimension == "COLUMNS" {
            let width = rows.map(\.count).max() ?? 0
            rows = (0..<min(width, 200)).map { index in rows.prefix(60).map { index < $0.count ? $0[index] : "" } }
        }
        guard rows.count >= 2, !rows[0].isEmpty else { return nil }
        // A tracker names the publication or holds the text (a budget's `Date, Title, Amount, Paid by` is no clipping's).
        guard rows[0].contains(where: { [.source, .text].contains(RecordKeys.field($0)) }) else { return nil }
        let lines = rows.enumerated().map { number, cells -> String in
            // The header row's names as written (a name is no value: no comma in it), the records' cells quoted.
            guard number > 0 else { return cells.map { LineBytes.trimmed($0.filter { $0 != "," && $0 != "\n" && $0 != "\"" }) }.joined(separator: ",") }
            return cells.map { "\"" + $0.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" }
                .joined(separator: ",")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
