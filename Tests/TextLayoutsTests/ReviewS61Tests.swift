import Testing

@testable import TextLayouts
import DateReading

/// What review_s61 (look-alikes of stop 56's own rules) found, fixed: a column's or a genre's name after a headline's
/// em dash, a press release's heading in capitals, an editor's correction in brackets, an event in a headline's
/// parenthesis, a party after a quoted politician's name, a page's own moment in a terminal dump, a forum member's
/// quote and a WordPress page are none of what the rules read.
@Suite struct ReviewS61Tests {
    private let dates = DateRecognizer(language: nil)
    private static let title = "Plan to cut emissions unveiled"
    private static let text = EmissionsArticle.text

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    @Test func aColumnsNameAfterTheHeadlinesDashIsNoPublication() {
        for column in ["The Long Read", "Tribune", "Das Interview", "Il Punto", "La Chronique"] {
            #expect(LayoutReader.closingPublication("\(Self.title) — \(column)") == nil, "\(column)")
        }
        #expect(LayoutReader.closingPublication("\(Self.title) — Le Monde")?.source == "Le Monde")
    }

    @Test func aPressReleasesOrABoardsHeadingIsNoKeyedPublication() {
        let reader = LayoutReader(dates: dates)
        #expect(reader.keyedSubject("PRESS RELEASE 19/03/2026 – City opens new bridge") == nil)
        #expect(reader.keyedSubject("AUFSICHTSRAT RSAG 17.03.2026 – Beschlüsse der Sitzung") == nil)
        #expect(reader.keyedSubject("THE GUARDIAN 19/03/2026 – City opens new bridge")?.source == "THE GUARDIAN")
    }

    @Test func anEditorsCorrectionInBracketsNamesNoPublication() {
        #expect(BracketedTrailers.read("[Correction, 20/03/2026, p. 2]", dates: dates, alone: true)?.source == nil)
        #expect(BracketedTrailers.read("[Rectificatif, 20/03/2026]", dates: dates, alone: true)?.source == nil)
    }

    @Test func anEventInAHeadlinesParenthesisIsNoPublicationButAPaperIs() throws {
        let paper = try #require(read(["\(Self.title) (South Wales Echo, March 19, 2026)", "", Self.text]))
        #expect(paper.title == Self.title)
        #expect(paper.source == "South Wales Echo")
        #expect(paper.published?.iso == "2026-03-19")
        for event in ["Fashion Week", "Earth Day", "Super Tuesday"] {
            let layout = try #require(read(["\(Self.title) (\(event), March 3, 2026)", "", Self.text]))
            #expect(layout.source == nil, "\(event)")
        }
    }

    @Test func aPartyAfterAQuotedPoliticiansNameSignsNothing() {
        #expect(read([Self.title, "", Self.text, "", "Eva-Maria Kröger (Linke)"])?.authors == [])
        #expect(read([Self.title, "", Self.text, "", "Eva-Maria Kröger (in Rostock)"])?.authors == ["Eva-Maria Kröger"])
    }

    @Test func aPagesOwnMomentInADumpIsNoByline() {
        let denied = ["$ lynx -dump https://www.example.org/x", "", "Access Denied", "", "19/03/2026 10:41:07 UTC", "",
                      "You don't have permission to access this page on this server. Reference number eighteen.",
                      "Please contact the site's owner if you think this is an error."]
        #expect(TerminalSessions.isDumpWithoutArticle(denied.joined(separator: "\n"), dates: dates))
    }

    @Test func aForumMembersQuoteOrAWordPressPageHoldsNoArticle() {
        let reply = #"{"id": 733, "name": "Rita", "username": "rita_s", "created_at": "2026-03-19T15:40:00Z", "post_number": 4, "topic_id": 120, "cooked": "<aside class=\"quote\"><blockquote><p>Finalmente uma ponte</p><p>Eu atravesso todos os dias a ponte de Santa Clara com os miúdos e é perigosíssimo, os carros passam muito depressa e o passeio é estreito.</p></blockquote></aside><p>Concordo.</p>", "raw": "[quote=\"joao_m, post:2, topic:120\"]\nFinalmente uma ponte\n\nEu atravesso todos os dias a ponte de Santa Clara com os miúdos e é perigosíssimo, os carros passam muito depressa e o passeio é estreito.\n[/quote]\n\nConcordo."}"#
        #expect(read(["$ curl -s https://forum.example.pt/posts/733.json", reply]) == nil)
        let page = ["$ wp post get 2 --format=yaml", "ID: 2", "post_author: \"1\"", "post_date: \"2025-09-01 10:00:00\"", "post_title: À propos",
                    "post_type: page", "post_status: publish", "post_content: |", "  <!-- wp:paragraph -->",
                    "  <p>Ce blog rassemble les articles de presse sur les mobilités à Nantes et dans la métropole, classés par thème et par date, pour les adhérents de l'association.</p>",
                    "  <!-- /wp:paragraph -->"]
        #expect(read(page) == nil)
    }
}
