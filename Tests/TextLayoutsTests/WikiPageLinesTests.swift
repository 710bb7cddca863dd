import Testing

@testable import TextLayouts
import DateReading

/// A clipping pasted into a wiki page: the page's information line (who made and edited the
/// page) and a row of labelled fields apart by ` | ` (`Medium: FAZ.NET | Autor: B`).
@Suite struct WikiPageLinesTests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private static let body = String(repeating: "The government announced on Tuesday a new plan to cut emissions by half before 2030, officials said. ", count: 3)
        + "\n\n" + String(repeating: "Opposition parties criticised the plan as too slow and called for a vote in parliament next month. ", count: 3)

    @Test func aPagesEditorsAreNoAuthors() throws {
        let text = "Pages / Communication / Press review 2024\n\nPlan to cut emissions unveiled\n\n"
            + "Created by Jane Doe, last modified by John Roe on 15 Mar 2024\n\nPublication: Reuters | Published: March 5, 2024\n\n" + Self.body
        let layout = try #require(read(text))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors.isEmpty)
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2024-03-05")
        for line in ["Erstellt von Jane Doe, zuletzt geändert von John Roe am 15 März 2024",
                     "Créé par Jane Doe, dernière modification par John Roe le 3 juil. 2024",
                     "Creato da Jane Doe, ultima modifica di John Roe il 17 feb 2024"] {
            #expect(ExportLines.isPageInfo(line))
        }
        // A sentence about creating something is none.
        #expect(!ExportLines.isPageInfo("Created by Jane Doe in 2019, the fund has since grown fivefold."))
    }

    @Test func labelledFieldsApartByABar() throws {
        let text = "Plan to cut emissions unveiled\n\nMedium: FAZ.NET | Autor: Jane Doe\n\n" + Self.body
        let layout = try #require(read(text))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "FAZ.NET")
        // One label, a bar in its value: the value whole.
        let title = try #require(read("Titel: Plan | Europe\n\n" + Self.body))
        #expect(title.title == "Plan | Europe")
    }
}
