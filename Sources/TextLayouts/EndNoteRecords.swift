import DateReading
import HTMLTree
import TextToolkit

/// A record of an EndNote library exported as XML (`<xml><records><record>`): `titles/title` the
/// headline, `secondary-title` the publication (the library's `database` name, the
/// `remote-database-name` and `source-app` are no source), each `contributors/authors/author`
/// written family name first (`Roux, Hélène`), `dates/pub-dates/date` the day as typed (`March
/// 3`, with `dates/year` when it names none; `02/26/1987`), never the `access-date`, and the
/// `abstract` (with `research-notes`) the text.
///
/// Contract: `read` takes the document's root and returns the first `record` holding a
/// `ref-type` and a title that is not empty, with its abstract as the text; nil for any other
/// document, or when the record holds no text. Pure.
enum EndNoteRecords {
    static func read(_ root: XMLElement, dates: DateRecognizer) -> XMLRecords.Record? {
        guard root.name == "xml", let entry = root.first("record"), entry.first("ref-type") != nil,
            let title = entry.first("titles")?.first("title").map({ LineBytes.trimmed($0.allText) }), !title.isEmpty
        else { return nil }
        let text = ["abstract", "research-notes"].compactMap { entry.first($0).map { LineBytes.trimmed($0.allText) } }
            .filter { !$0.isEmpty }.joined(separator: "\n\n")
        guard !text.isEmpty else { return nil }
        var record = XMLRecords.Record(title: title, rest: text)
        record.authors = (entry.first("contributors")?.first("authors")?.all("author") ?? [])
            .map { RISRecord.given(first: LineBytes.trimmed($0.allText)) }.filter { !$0.isEmpty }
        record.source = (entry.first("titles")?.first("secondary-title") ?? entry.first("periodical")?.first("full-title"))
            .map { LineBytes.trimmed($0.allText) }.flatMap { $0.isEmpty ? nil : $0 }
        if let day = entry.first("dates")?.first("pub-dates")?.first("date").map({ LineBytes.trimmed($0.allText) }), !day.isEmpty {
            let year = entry.first("dates")?.first("year").map { LineBytes.trimmed($0.allText) } ?? ""
            // `March 3` names no year: the record's `year` completes it.
            let typed = day.contains(where: \.isNumber) && LineBytes.holdsYear(day) || year.isEmpty ? day : day + " " + year
            record.date = dates.firstDate(in: typed)?.date
        }
        return record
    }
}
