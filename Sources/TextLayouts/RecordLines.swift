import DateReading
import TextToolkit

/// A database's or spreadsheet's record copied as one line above the text, its cells between
/// semicolons in whatever order the export chose (`Reuters ; 26/02/1987 ; Cal Mankowski ; TITLE`,
/// `1987-02-26 ; Reuters ; TITLE ; Patti Domm`, `06/10/2017 ;  ; Title ; `): each cell is judged by
/// its form: a date, a wire agency, a masthead holding no given name, a line of names, a masthead, and the title.
///
/// Contract: `read(_:dates:)` takes a line of three to eight cells (between two semicolons or
/// more, else three cells or more between runs of tabs; each cell at most 300 bytes), at least one of them empty or a date alone; it returns the date (a
/// cell that is a date and nothing else), the authors (a cell that is a line of names), the
/// source (a wire agency or masthead's name, or a cell of at most four words when a longer one
/// remains) and the title (the longest cell left; the names' cell when no other is), or nil
/// when the line is no such record or no cell is left for a title. Numeric dates are read day
/// first, as in every semicolon export (`DelimitedExport`). Pure.
enum RecordLines {
    struct Record {
        var title: String
        var date: CalendarDate?
        var authors: [String] = []
        var source: String?
    }

    static func read(_ line: String, dates: DateRecognizer) -> Record? {
        guard let cells = cells(of: line), (3...8).contains(cells.count), cells.allSatisfy({ $0.utf8.count <= 300 }) else { return nil }
        // Semicolons are the spreadsheet separator of desks writing dates day first (as `DelimitedExport`), and tabs.
        let dates = DateRecognizer(language: "fr", keepsTime: dates.keepsTime)
        var record = Record(title: "")
        var left: [String] = []
        var namesCell: String?
        var plain = false
        for cell in cells {
            if cell.isEmpty {
                plain = true
            } else if record.date == nil, let date = dates.dateLine(cell) {
                record.date = date
                plain = true
            } else if record.source == nil, TextFolding.hasAtMost(cell, 60), WireAgencies.isAgency(cell) {
                record.source = cell
            } else if record.source == nil, TextFolding.hasAtMost(cell, 60), ClippingFacts.isMasthead(cell),
                !GivenNames.holdsGivenName(cell)
            {
                record.source = cell
            } else if record.authors.isEmpty, LineBytes.spaceSeparatedCount(cell) <= 8, let names = Bylines.names(cell), !names.isEmpty {
                record.authors = names
                namesCell = cell
            } else if record.source == nil, TextFolding.hasAtMost(cell, 60), ClippingFacts.isMasthead(cell) {
                record.source = cell
            } else {
                left.append(cell)
            }
        }
        // A title may read as names (in capitals) or as a masthead (`Ein Albtraum`): with no other cell left, it is the title.
        if left.isEmpty, let namesCell {
            left = [namesCell]
            record.authors = []
        } else if left.isEmpty, let source = record.source, !WireAgencies.isAgency(source) {
            left = [source]
            record.source = nil
        }
        guard plain, !left.isEmpty else { return nil }
        let title = left.max { $0.count < $1.count }!
        left.removeAll { $0 == title }
        if record.source == nil, let short = left.first(where: { LineBytes.spaceSeparatedCount($0) <= 4 }) { record.source = short }
        record.title = title
        return record
    }

    /// The cells between semicolons (two or more), else between runs of tabs (three cells or
    /// more); nil for any other line. (Not between ` | `: a page's title names its site and day that way,
    /// `Title | DW | 10.06.2013`.)
    private static func cells(of line: String) -> [String]? {
        // Most first lines hold neither separator: found on the bytes before any is counted.
        guard line.utf8.count <= 2_400, LineBytes.contains(line, 0x3B) || LineBytes.contains(line, 0x09) else { return nil }
        var semicolons = 0, tabs = 0
        for byte in line.utf8 {
            if byte == 0x3B { semicolons += 1 } else if byte == 0x09 { tabs += 1 }
        }
        if semicolons >= 2 { return line.split(separator: ";", omittingEmptySubsequences: false).map { LineBytes.trimmed($0) } }
        // A run of tabs is a gap that lines a print header's parts up (`OSIRIS – USAGE INTERNE<TAB><TAB>Revue de presse`), one separator.
        if tabs >= 2 {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: true).map { LineBytes.trimmed($0) }
            return cells.count >= 3 ? cells : nil
        }
        return nil
    }
}
