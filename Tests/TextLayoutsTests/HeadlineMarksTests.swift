import Testing

@testable import TextLayouts
import DateReading

/// Stop 44's marks around a headline and a text: a genre's kicker on the headline's line, the
/// day in parentheses after it, a correspondent's signature with the town, a converter's
/// leftovers (`<!-- image -->`, `GLYPH<…>`).
@Suite struct HeadlineMarksTests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private static let body = String(repeating: "The government announced on Tuesday a new plan to cut emissions by half before 2030, officials said. ", count: 3)
        + "\n\n" + String(repeating: "Opposition parties criticised the plan as too slow and called for a vote in parliament next month. ", count: 3)

    @Test func aGenresKickerBeforeTheHeadline() throws {
        for head in ["ANALYSIS: Plan to cut emissions unveiled", "Kommentar | Plan to cut emissions unveiled", "Il Punto — Plan to cut emissions unveiled"] {
            let layout = try #require(read(head + "\nBy Jane Doe\n\n" + Self.body))
            #expect(layout.title == "Plan to cut emissions unveiled")
        }
        #expect(LayoutReader.withoutKicker("Zugverkehr: Im ICE nach Barcelona") == nil)
        #expect(LayoutReader.withoutKicker("Opinion") == nil)
        // A live page's, a letters page's kicker, and a word that may be the subject, stay.
        #expect(LayoutReader.withoutKicker("Live: Storm Eunice batters southern England") == nil)
        #expect(LayoutReader.withoutKicker("Leserbriefe: Zum Thema Tempolimit") == nil)
        #expect(LayoutReader.withoutKicker("Breaking: the Olympic debut of a street dance") == nil)
    }

    @Test func theDayInParenthesesAfterTheHeadline() throws {
        let layout = try #require(read("Plan to cut emissions unveiled (5.3.2024)\nReuters\n\n" + Self.body))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.published?.iso == "2024-03-05")
        // A year alone, or an update's day, is no such day.
        let reader = LayoutReader(dates: dates)
        #expect(reader.withoutDay("Best films (2019)") == nil)
        #expect(reader.withoutDay("Plan (Updated 3 March 2019)") == nil)
    }

    @Test func aCorrespondentsSignatureWithTheTown() throws {
        let layout = try #require(read("Plan to cut emissions unveiled\n\n" + Self.body + "\n\nJane Doe, Bruselas\n"))
        #expect(layout.authors == ["Jane Doe"])
        // A name over a stamp or a town among the first lines: the writer.
        for stamp in ["Bruselas - 05 MAR 2024 - 18:42 CET", "Brussels"] {
            let text = "Reuters\n\nPlan to cut emissions unveiled\n\nA plan to halve emissions was unveiled on Tuesday in Brussels by the government.\n\n"
                + "Jane Doe\n" + stamp + "\n\n" + Self.body
            #expect(read(text)?.authors == ["Jane Doe"])
        }
        // A name alone at the foot is still not believed on its own.
        let alone = try #require(read("Plan to cut emissions unveiled\n\n" + Self.body + "\n\nJane Doe\n"))
        #expect(alone.authors.isEmpty)
    }

    @Test func aConvertersLeftoversAreNoText() throws {
        let layout = try #require(read("<!-- image -->\n\n## Plan to cut emissions unveiled\n\nBy Jane Doe\n\n" + Self.body
            + "\n\n<!-- image -->\n\nGLYPH<c=3,font=/ABCDEF+Wingdings-Regular> Photo: John Roe\n"))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(ClippingFacts.withoutHeadingMarks("## Reuters") == "Reuters")
        #expect(ClippingFacts.withoutHeadingMarks("#Brexit") == "#Brexit")
        #expect(ConverterLeftovers.cleaned(["<!-- a --> text <!-- b -->", "GLYPH<c=1> Photo"]) == ["<!-- a --> text <!-- b -->", "Photo"])
    }
}
