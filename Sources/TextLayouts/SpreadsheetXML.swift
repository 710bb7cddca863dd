import HTMLTree
import TextToolkit

/// A sheet saved as Excel's XML Spreadsheet 2003 (`<Workbook>` of `urn:schemas-microsoft-com:office:spreadsheet`):
/// the first worksheet's table, its rows made the comma-separated text a delimited export is (the header row's
/// names bare, without commas; every other cell quoted, RFC 4180), for `DelimitedExport` to read by its header row. The workbook's `DocumentProperties` (who
/// saved it, when) are never read.
///
/// Contract: `delimited` takes the document's root; a cell's `ss:Index` (1-based) moves it to that column,
/// the columns it skips left empty; a cell's text is its `Data` element's (line breaks kept, references
/// already decoded by the XML reader). At most 200 rows and 60 columns are read. Nil unless the root is a
/// `Workbook` whose first table has two rows or more. Pure.
enum SpreadsheetXML {
    static func delimited(_ root: XMLElement) -> String? {
        guard root.name == "workbook", let table = root.first("worksheet")?.first("table") else { return nil }
        let rows = table.children.filter { $0.name == "row" }.prefix(200)
        guard rows.count >= 2 else { return nil }
        let lines = rows.enumerated().map { number, row -> String in
            var cells: [String] = []
            for cell in row.children where cell.name == "cell" {
                if let index = cell.attributes["index"].flatMap({ Int($0) }), index - 1 > cells.count, index <= 60 {
                    cells += Array(repeating: "", count: index - 1 - cells.count)
                }
                guard cells.count < 60 else { break }
                cells.append(cell.first("data")?.allText ?? "")
            }
            // The header row's names as written (a name is no value: no comma in it), the records' cells quoted.
            guard number > 0 else { return cells.map { LineBytes.trimmed($0.filter { $0 != "," && $0 != "\n" && $0 != "\"" }) }.joined(separator: ",") }
            return cells.map { "\"" + $0.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" }
                .joined(separator: ",")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
