import Testing

@testable import TextLayouts
import DateReading

/// An article nested in a larger document: an Org-mode review whose entry is a sub-heading with
/// its properties drawer (`OrgEntries`).
@Suite struct NestedEntriesTests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    private static let body = String(repeating: "The government announced on Tuesday a new plan to cut emissions by half before 2030, officials said. ", count: 3)
        + "\n\n" + String(repeating: "Opposition parties criticised the plan as too slow and called for a vote in parliament next month. ", count: 3)

    private static let review = """
        #+TITLE: Press review — week 10
        #+AUTHOR: Hélène Roux
        #+DATE: <2024-03-08 Fri>

        * TODO Clippings to file
        ** Plan to cut emissions unveiled
        :PROPERTIES:
        :SOURCE:   Reuters
        :PUBLISHED: [2024-03-05 Tue]
        :BYLINE:   Jane Doe
        :CAPTURED: [2024-03-08 Fri 13:50]
        :END:

        \(body)

        * Other mentions                                        :minor:
        - [[https://www.example.org/other-story][The Other Paper]]

        """

    @Test func anOrgSubHeadingWithItsDrawerIsTheArticle() throws {
        let layout = try #require(read(Self.review))
        #expect(layout.title == "Plan to cut emissions unveiled")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "2024-03-05")
        #expect(layout.source == "Reuters")
        // The review's next section is not the article's text.
        #expect(!layout.body.contains { $0.contains("Other mentions") || $0.contains("example.org") })
    }

    @Test func theEntryEndsAtTheNextHeadingOfItsLevelOrAbove() {
        let lines = ["* A", ":PROPERTIES:", ":SOURCE: Reuters", ":END:", "text", "** deeper", "more", "* Next", "other"]
        #expect(OrgEntries.labelled(lines) == ["Title: A", "Source: Reuters", "", "text", "** deeper", "more"])
        // Without a drawer under a heading, the lines stay as they are.
        #expect(OrgEntries.labelled(["** A", "text"]) == ["** A", "text"])
    }
}
