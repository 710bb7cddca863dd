import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// review_s50's look-alikes for stop 50's rules: a gallery's count over the article's own byline and day (the pictures
/// did not copy), a related list whose items carry their own writers or days, an agency's acronym in a byline's
/// parentheses, a Notion page of bulleted sentences, a Wiki.js page that is the desk's own note.
@Suite struct ReviewS50Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    private static let text = EmissionsArticle.text
    private static let title = "Plan to cut emissions unveiled"

    // MARK: - GalleryCaptions: a count line over the byline and day

    @Test(arguments: [
        (["Bild 1 von 12", "Von Jan Petersen", "4. März 2026"], ["Jan Petersen"], "2026-03-04"),
        (["Image 1 of 9", "By Sarah Kim", "March 6, 2026"], ["Sarah Kim"], "2026-03-06"),
        (["Foto 1 de 15", "Texto: Joana Reis", "4 de março de 2026"], ["Joana Reis"], "2026-03-04"),
    ])
    func aGallerysCountOverTheBylineLeavesTheBylineAndDay(head: [String], authors: [String], day: String) throws {
        let layout = try #require(read([Self.title, ""] + head + ["", Self.text]))
        #expect(layout.title == Self.title)
        #expect(layout.authors == authors)
        #expect(layout.published?.iso == day)
    }

    @Test func aGallerysCaptionsWithTheirCreditsStaySkipped() throws {
        let layout = try #require(read([
            "The Scotsman", "", Self.title, "",
            "Image 1 of 2", "Edinburgh, 4 March 2026: Victoria Street at dawn. Photo: Mary Hughes/PA", "",
            "Image 2 of 2", "Edinburgh, 3 March 2026: gritters on the Royal Mile. Photo: Tom Hale", "",
            "By Sarah Kim", "5 March 2026", "", Self.text,
        ]))
        #expect(layout.authors == ["Sarah Kim"])
        #expect(layout.published?.iso == "2026-03-05")
        #expect(GalleryCaptions.isPictureCredit("Foto: Ana Gil"))
        #expect(GalleryCaptions.isPictureCredit("Paul Martin/AFP"))
        #expect(!GalleryCaptions.isPictureCredit("Von Jan Petersen"))
    }

    // MARK: - RelatedLists: items with their own writers or days

    @Test(arguments: [
        ["Mehr zum Thema", "Neue ICE-Strecke verzögert sich", "Von Jonas Weber", "Pendler warten auf mehr Züge", "Von Lena Vogt"],
        ["Leia também", "Porto estuda limite a alojamentos", "Por Rui Almeida", "Sintra fecha acesso a autocarros", "Por Ana Lima"],
        ["Read more", "Gas prices ease in Europe", "March 1, 2026", "Why the pound is rising", "February 27, 2026"],
    ])
    func aRelatedListsItemsKeepTheirOwnCredits(foot: [String]) throws {
        let layout = try #require(read([Self.title, "", Self.text, ""] + foot))
        #expect(layout.authors == [])
        #expect(layout.published == nil)
        #expect(!layout.body.joined(separator: "\n").contains(foot[1]))
    }

    @Test func aRelatedListsClosingCreditUnderHeadlinesStillStays() throws {
        let layout = try #require(read([
            Self.title, "", Self.text, "", "Lesen Sie auch", "Insektensterben: Was Gärten tun können", "Die Rückkehr des Feldhamsters",
            "Von Jonas Weber",
        ]))
        #expect(layout.authors == ["Jonas Weber"])
    }

    // MARK: - Bylines.withoutPictureCredits: an agency's acronym

    @Test func anAgencysAcronymInABylinesParenthesesIsNoPictureRole() throws {
        #expect(Bylines.withoutPictureCredits("Karim Benali (MAP)") == "Karim Benali (MAP)")
        #expect(Bylines.withoutPictureCredits("Hélène Roux (texte), Paul Martin (carte)") == "Hélène Roux (texte)")
        #expect(Bylines.withoutPictureCredits("Hélène Roux (texte), Paul Martin (Map)") == "Hélène Roux (texte)")
        let layout = try #require(read([Self.title, "", "Par Karim Benali (MAP)", "5 mars 2026", "", Self.text]))
        #expect(layout.authors == ["Karim Benali"])
        #expect(layout.published?.iso == "2026-03-05")
    }

    // MARK: - NotionPages: bulleted sentences, a refused page

    private func rich(_ text: String) -> [[String: Any]] { [["type": "text", "plain_text": text]] }

    @Test func aNotionPageOfBulletedSentencesIsAnArticle() throws {
        let page: [String: Any] = ["object": "page", "properties": [
            "Name": ["type": "title", "title": rich(Self.title)],
            "Date": ["type": "date", "date": ["start": "2026-03-05"]],
        ]]
        let blocks: [Any] = [
            "Trains between Leeds and Manchester will run every 15 minutes from May.",
            "The last train from London to Edinburgh leaves half an hour later.",
            "Sunday services are extended on eight lines.",
        ].map { ["type": "bulleted_list_item", "bulleted_list_item": ["rich_text": rich($0)]] }
        var value = page
        value["blocks"] = blocks
        let layout = try #require(read([EmissionsArticle.json(value)]))
        #expect(layout.title == Self.title)
        #expect(layout.published?.iso == "2026-03-05")
        // The same sentences as a meeting's (a workflow's status, or a to-do among them) stay refused, and no JSON
        // line becomes a title.
        var meeting = page
        meeting["properties"] = (page["properties"] as! [String: Any]).merging(["Statut": ["type": "status", "status": ["name": "Terminé"]]]) { a, _ in a }
        meeting["blocks"] = blocks
        #expect(NotionPages.record(in: meeting, rest: "", dates: dates) == nil)
        #expect(read([EmissionsArticle.json(meeting)]) == nil)
        var toDo = page
        toDo["blocks"] = blocks + [["type": "to_do", "to_do": ["rich_text": rich("Send the figures")]]]
        #expect(NotionPages.record(in: toDo, rest: "", dates: dates) == nil)
    }

    // MARK: - KeptPages: the desk's own wiki page

    @Test func aWikiPageWithoutAnArticleKeepsItsName() throws {
        let page: [String: Any] = [
            "id": 41, "path": "style/dates", "title": "Style guide: dates and numbers", "contentType": "markdown",
            "content": "## Dates\n\nWrite 5 March 2026, never 5th March or March 5.\n\n## Numbers\n\nSpell out one to nine; use figures from 10.\n",
            "authorName": "Hélène Roux", "isPublished": true,
        ]
        let layout = try #require(read([EmissionsArticle.json(["data": ["pages": ["single": page]]])]))
        #expect(layout.title == "Style guide: dates and numbers")
        #expect(layout.source == nil)
        // A page holding a pasted article's head still gives the article's title.
        var pasted = page
        pasted["content"] = "# \(Self.title)\n\n*Le Monde · 5 mars 2026*\n\nPar Julien Marchal\n\n\(Self.text)\n"
        let article = try #require(read([EmissionsArticle.json(["data": ["pages": ["single": pasted]]])]))
        #expect(article.title == Self.title)
        #expect(article.source == "Le Monde")
    }
}
