import Testing

@testable import TextLayouts
import DateReading

/// A record's cells between tabs on the first line (`RecordLines`), a text in which no
/// line could be a title at first (`LayoutReader.rescued`), and a Markdown table of fields at the
/// top (`MarkdownFieldTables`).
@Suite struct RescuedReadingsTests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private static let body = String(repeating: "The government announced on Tuesday a new plan to cut emissions by half before 2030, officials said. ", count: 3)
        + "\n\n" + String(repeating: "Opposition parties criticised the plan as too slow and called for a vote in parliament next month. ", count: 3)

    @Test func aRecordsCellsBetweenTabsOnTheFirstLine() throws {
        let layout = try #require(read("Plan to cut emissions unveiled\tJane Doe\t05/03/2024\n\n" + Self.body))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "2024-03-05")
    }

    @Test func aTitleNamingItsSiteAndDayBetweenBarsIsNoRecord() {
        #expect(RecordLines.read("Plan to cut emissions unveiled | DW | 10.06.2013", dates: dates) == nil)
        // A print header's parts lined up by a run of tabs: two parts, no record.
        #expect(RecordLines.read("OSIRIS – Communication – USAGE INTERNE\t\tRevue de presse – 2 février 2026", dates: dates) == nil)
        #expect(RecordLines.read("Plan to cut emissions unveiled\tDW\t10.06.2013", dates: dates)?.title == "Plan to cut emissions unveiled")
    }

    @Test func aHeadlineInCapitalsRunningIntoTheText() throws {
        let layout = try #require(read("PLAN TO CUT EMISSIONS UNVEILED — " + Self.body))
        #expect(layout.title == "PLAN TO CUT EMISSIONS UNVEILED")
        #expect(layout.body.first?.hasPrefix("The government announced") == true)
    }

    @Test func aSentenceAloneStaysRejected() {
        #expect(read(String(repeating: "The government announced on Tuesday a new plan to cut emissions by half before 2030. ", count: 4)) == nil)
        #expect(LayoutReader.runInCapitals("EU — US TALKS — the text") == nil)
    }

    @Test func aMarkdownTableOfFieldsIsReadAsLabelledFields() throws {
        let layout = try #require(read("| Title | Author | Date |\n|---|---|---|\n| Plan to cut emissions unveiled | Jane Doe | 2024-03-05 |\n\n" + Self.body))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "2024-03-05")
        let rows = MarkdownFieldTables.labelled(["| Titre | Plan dévoilé |", "| Auteur | Jane Doe |", "", "Texte."])
        #expect(rows == ["Titre: Plan dévoilé", "Auteur: Jane Doe", "", "", "Texte."])
        let data = ["| Country | GDP |", "|---|---|", "| France | 2.9 |"]
        #expect(MarkdownFieldTables.labelled(data) == data)
    }
}
