import DateReading
import Testing

@testable import TextLayouts

/// Stop 39's reader changes, part two: a colleague's note quoting the headline after a greeting,
/// in the German perfect, naming the piece's author after its noun (`HeadlineNotes`), and the text
/// any other JSON document carries (`JSONTexts`: a Jupyter notebook's Markdown cell, a chat
/// export's HTML message), a JSON record still read by `JSONRecords`.
@Suite struct NotesAndAttributionsJSONTests {
    private static func dates(_ language: String) -> DateRecognizer { NotesAndAttributionsTests.dates(language) }

    private func read(_ text: String, language: String = "en") throws -> TextLayout {
        try #require(LayoutReader(dates: Self.dates(language)).read(text))
    }

    private func note(_ line: String, _ language: String) throws -> HeadlineNotes.Note {
        try #require(HeadlineNotes.read(line, dates: Self.dates(language)))
    }

    static let lead = "Harbour Holdings said it had completed the sale of its container terminal to a Danish investor for 40 mln dlrs."
    static let second = "The company said the terminal would keep its staff and its name under the new owner, and that the proceeds would reduce its debt."
    static let third = "The sale is expected to close in the second quarter, subject to the approval of the port authority."

    // MARK: - 4. HeadlineNotes: greetings, the German perfect, the piece's noun

    @Test(arguments: [
        ("en", "Hi all — Reuters ran “Harbour Holdings sells terminal”, an unsigned piece, on February 26, 1987.",
         "Harbour Holdings sells terminal", "Reuters", [String](), "1987-02-26"),
        ("pt", "Olá a todos — o Reuters publicou «O porto foi vendido», uma peça não assinada, em 26 de fevereiro de 1987.",
         "O porto foi vendido", "Reuters", [], "1987-02-26"),
        ("es", "Hola a todos: Reuters publicó «El puerto se vende», una pieza de Patti Domm, el 26 de febrero de 1987.",
         "El puerto se vende", "Reuters", ["Patti Domm"], "1987-02-26"),
        ("de", "Hallo zusammen — Reuters hat am 26. Februar 1987 „Der Hafen ist verkauft“ gebracht, ein Stück von Cal Mankowski. Text unten.",
         "Der Hafen ist verkauft", "Reuters", ["Cal Mankowski"], "1987-02-26"),
    ] as [(String, String, String, String, [String], String)])
    func aNoteAfterAGreetingGivesPublisherTitleAuthorsAndDay(
        _ language: String, _ line: String, _ title: String, _ source: String, _ authors: [String], _ date: String
    ) throws {
        let note = try note(line, language)
        #expect(note.title == title)
        #expect(note.source == source)
        #expect(note.authors == authors)
        #expect(note.date?.iso == date)
    }

    @Test func theGermanPerfectIsALooseNote() throws {
        let note = try note("Hallo zusammen — Reuters hat am 26. Februar 1987 „Der Hafen ist verkauft“ gebracht.", "de")
        #expect(note.title == "Der Hafen ist verkauft")
        #expect(note.source == "Reuters")
        #expect(note.isLoose)
    }

    @Test(arguments: [
        ("it", "Ciao a tutti — il Corriere della Sera ha pubblicato «Il porto è venduto» il 26 febbraio 1987.", "Corriere della Sera"),
        ("fr", "Bonjour à tous — gofeminin a publié « Le port est vendu » le 26 février 1987.", "gofeminin"),
        ("fr", "Bonjour à tous — Le Monde diplomatique a publié « Le port est vendu » le 26 février 1987.", "Le Monde diplomatique"),
    ])
    func aMastheadsFormOrOneWordAfterAGreetingIsThePublisher(_ language: String, _ line: String, _ source: String) throws {
        let note = try note(line, language)
        #expect(note.source == source)
        #expect(note.date?.iso == "1987-02-26")
    }

    @Test func aGermanPerfectGoingOnIntoAnotherClauseIsNoNote() {
        #expect(HeadlineNotes.read("Das ZDF hat am Sonntag „Der Schwarm“ gebracht, hier die Kritik aus unserer Zeitung:",
                                   dates: Self.dates("de")) == nil)
    }

    @Test func aGreetingNoteAboveTheTextGivesItsFieldsThroughTheReader() throws {
        let layout = try read("Hi all — Reuters ran “Harbour Holdings sells terminal”, an unsigned piece, on February 26, 1987.\n\n"
                              + Self.lead + "\n\n" + Self.second + "\n")
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.source == "Reuters")
        #expect(layout.authors.isEmpty)
        #expect(layout.published?.iso == "1987-02-26")
        #expect(layout.body.first == Self.lead)
    }

    @Test func aGermanPerfectNoteAboveTheTextGivesItsAuthorThroughTheReader() throws {
        let layout = try read("Hallo zusammen — Reuters hat am 26. Februar 1987 „Der Hafen ist verkauft“ gebracht, ein Stück von Cal Mankowski. "
                              + "Text unten.\n\n" + Self.lead + "\n\n" + Self.second + "\n", language: "de")
        #expect(layout.title == "Der Hafen ist verkauft")
        #expect(layout.source == "Reuters")
        #expect(layout.authors == ["Cal Mankowski"])
        #expect(layout.published?.iso == "1987-02-26")
    }

    // MARK: - 5. JSONTexts

    /// A code cell's output longer than any Markdown cell: the analyst's, never the article's.
    private static let output = String(repeating: "0.125, 0.250, 0.375, 0.500\\n", count: 40)

    private static let notebook = #"""
        {"cells": [
         {"cell_type": "markdown", "metadata": {}, "source": ["## Clip under review\n", "\n", "### Harbour Holdings sells terminal\n", "\n",
          "Reuters – 26 February 1987\n", "\n", "By Jane Doe\n", "\n", "\#(lead)\n", "\n", "\#(second)\n"]},
         {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": ["import pandas as pd\n", "df = pd.read_csv('clips.csv')"],
          "outputs": [{"output_type": "stream", "name": "stdout", "text": ["\#(output)"]}]},
         {"cell_type": "markdown", "metadata": {}, "source": "Checked against the wire: the figures match."}
        ],
         "metadata": {"kernelspec": {"display_name": "Python 3", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
        """#

    @Test func aNotebooksLongestMarkdownCellIsTheTextWithoutTheSectionHeading() throws {
        #expect(Self.output.utf8.count > 600)
        let plain = try #require(JSONTexts.plain(Self.notebook))
        #expect(plain == ["### Harbour Holdings sells terminal", "Reuters – 26 February 1987", "By Jane Doe", Self.lead, Self.second]
            .joined(separator: "\n\n"))
    }

    @Test func aHeadingOverTextIsKept() throws {
        // A heading over the text, no deeper heading under it: the heading stays (the cell is 300 bytes or more).
        let markdown = ###"{"cells": [{"cell_type": "markdown", "source": "## Harbour Holdings sells terminal\n\n\###(Self.lead)\n\n\###(Self.second)\n\n\###(Self.third)\n"}]}"###
        let plain = try #require(JSONTexts.plain(markdown))
        #expect(plain == ["## Harbour Holdings sells terminal", Self.lead, Self.second, Self.third].joined(separator: "\n\n"))
    }

    @Test func aNotebookIsReadWholeThroughTheReader() throws {
        let layout = try read(Self.notebook)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-02-26")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.body == [Self.lead, Self.second])
    }

    private static let teams = #"""
        {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats('19:abc')/messages", "@odata.count": 2, "value": [
         {"id": "1709542800000", "messageType": "message", "createdDateTime": "2026-03-04T09:00:00Z",
          "from": {"user": {"id": "8f2c", "displayName": "Ana Costa"}},
          "body": {"contentType": "html", "content": "<div><p>Harbour Holdings sells terminal</p><p>Reuters – 26 February 1987</p><p>\#(lead)</p><p>\#(second)</p></div>"}},
         {"id": "1709542900000", "messageType": "message", "createdDateTime": "2026-03-04T09:01:40Z",
          "from": {"user": {"id": "51aa", "displayName": "Ben Ortiz"}},
          "body": {"contentType": "html", "content": "<p>Thanks, filed.</p>"}}
        ]}
        """#

    @Test func aChatExportsLongestStringIsItsHTMLMessageMadeLines() throws {
        let plain = try #require(JSONTexts.plain(Self.teams))
        #expect(plain == ["Harbour Holdings sells terminal", "Reuters – 26 February 1987", Self.lead, Self.second].joined(separator: "\n\n"))
    }

    @Test func aChatExportIsReadWholeThroughTheReader() throws {
        let layout = try read(Self.teams)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-02-26")
        #expect(layout.authors.isEmpty)
        #expect(layout.body == [Self.lead, Self.second])
    }

    @Test func jsonTextsTakesOnlyJSONWithEnoughText() {
        // Not JSON; JSON whose longest string is under 300 bytes; a document that does not open with a brace or bracket.
        #expect(JSONTexts.plain("Harbour Holdings sells terminal\n\n" + Self.lead) == nil)
        #expect(JSONTexts.plain(#"{"value": [{"body": {"content": "<p>Thanks, filed.</p>"}}]}"#) == nil)
        #expect(JSONTexts.plain(#"{"value": "\#(Self.lead)"#) == nil)
        #expect(JSONTexts.plain("x " + #"{"value": "\#(Self.lead) \#(Self.second) \#(Self.lead)"}"#) == nil)
    }

    @Test func aJSONDocumentOfTooManyObjectsIsNotParsed() throws {
        // 50,000 `{`, `[` and `,` at most: Foundation's objects for 4 MiB of `{},` took 447 MiB. A channel's
        // export padded with 1,000 objects still reads; with 25,000, or 60,000 numbers, it is left to the other readers.
        func padded(_ count: Int) -> String {
            String(Self.teams.dropLast(1)) + ", \"padding\": [" + Array(repeating: "{}", count: count).joined(separator: ",") + "]}"
        }
        let plain = try #require(JSONTexts.plain(padded(1_000)))
        #expect(plain == JSONTexts.plain(Self.teams))
        #expect(JSONTexts.plain(padded(25_000)) == nil)
        let numbers = String(Self.teams.dropLast(1)) + ", \"padding\": [" + Array(repeating: "0", count: 60_000).joined(separator: ",") + "]}"
        #expect(JSONTexts.plain(numbers) == nil)
    }

    @Test func aJSONRecordIsStillReadByItsKeys() throws {
        let record = #"""
            {"headline": "Harbour Holdings sells terminal", "byline": "Jane Doe", "datePublished": "1987-02-26T10:00:00Z",
             "publisher": {"@type": "Organization", "name": "Reuters"},
             "articleBody": "\#(Self.lead)\n\n\#(Self.second)\n\nThe sale is expected to close in the second quarter, subject to the approval of the port authority and the competition regulator."}
            """#
        let layout = try read(record)
        #expect(layout.title == "Harbour Holdings sells terminal")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-02-26")
        #expect(layout.body.first == Self.lead)
    }
}
