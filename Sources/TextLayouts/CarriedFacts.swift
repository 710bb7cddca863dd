import DateReading

/// What a carrier above an article states about it (a journal's cover page, a reading list's
/// item, a reference manager's record, a Pandoc title block, a colleague's note, a record's
/// cells): the title and the fields it names, and the line where the article's own text starts.
/// `LayoutReader.read(under:_:)` reads that text with the title known; the carrier's fields win
/// over what the text states (its authors only when it names some).
struct CarriedFacts {
    var title: String
    var authors: [String] = []
    var date: CalendarDate?
    var source: String?
    /// The index, in the file's lines, of the first line of the article's text.
    var bodyStart: Int
}
