import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// review_s52's look-alikes for stop 51's rules: disclosure notes whose subject is an advertiser, a member, a sponsor or
/// the writer; a front page quoted amid a history piece's prose; `Met Office` as a mail's sender; a poem titled
/// `Lines: …`; a pick's price under a recommendation box's rule; a Prismic event page, a psql events row, a HAR
/// capture whose first answer is the site's config; `dem Deutschen Ärzteportal`; `author: "Jonas Weber, Kiel"`.
@Suite struct ReviewS52Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    private static let text = EmissionsArticle.text
    private static let title = "Plan to cut emissions unveiled"

    // MARK: - DisclosureNotes: only a publication owned by a group

    @Test(arguments: [
        "Disclosure: Amazon, like several other retailers mentioned here, advertises on this site.",
        "Disclosure: The reporter is part of a community garden scheme in Leeds.",
        "Transparenzhinweis: Unser Autor gehört zum Beirat der Stiftung.",
        "Transparenzhinweis: Die Lufthansa gehört wie die Deutsche Bahn zu den Kunden unserer Vermarktungstochter.",
        "Transparence : Free, comme les trois autres opérateurs, appartient à la Fédération française des télécoms.",
        "Nota de transparencia: Telefónica, como otras empresas del Ibex, pertenece a la asociación que organiza el foro.",
        "Nota de transparencia: El periodista, como el resto de invitados, viajó a cargo de Renfe.",
        "Trasparenza: Unicredit, come molte banche, fa parte degli sponsor del festival.",
        "Nota de transparência: O jornalista, tal como os restantes convidados, viajou a convite da TAP.",
    ])
    func aDisclosureOfAnAdvertiserMemberSponsorOrWriterNamesNoSource(line: String) throws {
        #expect(DisclosureNotes.publication(line) == nil)
        let layout = try #require(read([Self.title, "By Jane Doe", "March 4, 2026", "", Self.text, "", line]))
        #expect(layout.source == nil)
    }

    @Test(arguments: [
        ("Disclosure: The Washington Post is owned by Jeff Bezos.", "The Washington Post"),
        ("Transparenzhinweis: Die Welt gehört zur Axel Springer SE.", "Die Welt"),
        ("Transparence : Le Figaro appartient au groupe Dassault.", "Le Figaro"),
        ("Nota de transparencia: El Mundo pertenece a Unidad Editorial.", "El Mundo"),
        ("Trasparenza: La Repubblica fa parte del gruppo Gedi.", "La Repubblica"),
        ("Nota de transparência: O Público pertence à Sonae.", "Público"),
        ("Nota de transparência: O Expresso, tal como a SIC, pertence ao grupo Impresa.", "Expresso"),
        ("Disclosure: The Telegraph, like The Spectator, belongs to a fund controlled by RedBird IMI.", "The Telegraph"),
        ("Disclosure: Reuters, like Financial Times, belongs to the Meridian Media Group. Ann Lee, a board member, chairs it.", "Reuters"),
    ])
    func aPublicationOwnedByAGroupIsTheSource(line: String, source: String) {
        #expect(DisclosureNotes.publication(line) == source)
    }

    // MARK: - A print reference amid the prose

    @Test(arguments: [
        (["Cuando el Congreso fue asaltado", "", "Por Manuel Ruiz", "", "La portada del día siguiente se agotó en dos horas.", "",
          "El País, edición del martes, veinticuatro de febrero de mil novecientos ochenta y uno", "",
          "Hoy la hemeroteca la guarda enmarcada en la entrada."], nil as String?),
        (["Die Woche der Titelbilder", "", "Von Felix Krämer", "", "7. März 2026", "",
          "Am meisten diskutiert wurde in dieser Woche ein Cover der Konkurrenz.", "", "Aus: Focus Nr. 10/2026 vom 2. März 2026", "",
          "Es zeigt den Kanzler als Dirigenten eines Orchesters ohne Musiker."], "2026-03-07"),
        (["Las portadas de este viernes", "", "Por Lucía Ortega", "", "6 de marzo de 2026", "",
          "La reforma fiscal domina las primeras páginas de los diarios nacionales.", "", "El Mundo, edición del 6 de marzo de 2026", "",
          "El diario abre con la rebaja del IVA de la luz."], "2026-03-06"),
    ])
    func aPrintReferenceBetweenParagraphsIsNoSourceOrDay(lines: [String], day: String?) throws {
        let layout = try #require(read(lines))
        #expect(layout.source == nil)
        #expect(layout.published?.iso == day)
    }

    @Test func anEditionLineUnderTheTitleStillGivesTheSource() throws {
        let layout = try #require(read([
            Self.title, "", "El País, edición del martes, veinticuatro de febrero de mil novecientos ochenta y uno", "", Self.text,
        ]))
        #expect(layout.source == "El País")
        #expect(layout.published?.iso == "1981-02-24")
    }

    // MARK: - ExportLines.isBureau: an institution's `Office`

    @Test func anInstitutionsOfficeIsNoBureau() throws {
        #expect(!ExportLines.isBureau("Met Office"))
        #expect(!ExportLines.isBureau("Home Office"))
        #expect(ExportLines.isBureau("Northern office"))
        #expect(ExportLines.isBureau("Paris office"))
        #expect(ExportLines.isBureau("Tokyo bureau"))
        #expect(ClippingFacts.mailsFromOwnDomain("Met Office", "Met Office <pressoffice@metoffice.gov.uk>"))
        #expect(!ClippingFacts.mailsFromOwnDomain("Northern office", "Northern office <north@example.org>"))
        let layout = try #require(read([
            "From: Met Office <pressoffice@metoffice.example>", "To: newsdesk@example.org", "Subject: Amber warning for snow",
            "Date: Thu, 5 Mar 2026 10:00:00 +0000", "", "Amber warning for snow in northern Scotland", "",
            "Up to 30 cm of snow is expected above 300 metres from Friday evening.", "", "Travel disruption is likely.",
        ]))
        #expect(layout.source == "Met Office")
    }

    // MARK: - `Lines:` a count only with its number

    @Test func aPoemTitledLinesKeepsItsTitle() throws {
        #expect(ClippingLabels.parse("Lines: 14")?.field == .ignored)
        #expect(ClippingLabels.parse("Lines: on the closing of the pit") == nil)
        let layout = try #require(read([
            "Lines: on the closing of the pit", "", "By Ellie Green", "", "March 4, 2026", "",
            "They took the winding wheel down in the rain,", "and nobody came out to watch it go.", "",
            "The village hall kept one spoke of it, painted black.",
        ]))
        #expect(layout.title == "Lines: on the closing of the pit")
    }

    // MARK: - RuledNotes: a pick's price is no article's head

    @Test func aPicksPriceUnderTheRuleIsNoOwnHead() {
        let guide = [
            "I MIGLIORI PANETTONI ARTIGIANALI", "", "Selezionato da Chiara Galli, 3 marzo 2026", "", "---", "", "Il vincitore", "",
            "Pasticceria Marchesi, 45 euro", "", "Lievitazione di 72 ore, canditi d'arancia di Sicilia, una cupola perfetta.",
        ]
        #expect(RuledNotes.articleStart(guide, dates: dates) == nil)
        let box = [
            "LA RECOMENDACIÓN", "Seleccionado por Carlos Vega", "", "---", "", "Los últimos pastores trashumantes de la Mesta",
            "Por Elena Marín", "El Diario Vasco, 1 de marzo de 2026", "", "Cada junio, doscientas ovejas cruzan la Cañada Real.",
        ]
        #expect(RuledNotes.articleStart(box, dates: dates) == 4)
    }

    // MARK: - Containers that hold no article are refused

    @Test func aPrismicEventPageIsRefused() {
        let event = """
            {"id": "Zxrenc", "uid": "rencontre", "type": "evenement", "first_publication_date": "2026-02-01T10:00:00+0000",
             "last_publication_date": "2026-03-02T10:00:00+0000",
             "data": {"titre": [{"type": "heading1", "text": "Rencontre avec les lecteurs", "spans": []}], "date": "2026-03-20",
                      "lieu": "Médiathèque de Nantes",
                      "description": [{"type": "paragraph", "text": "La rédaction répond à vos questions sur la couverture des municipales.", "spans": []}]}}
            """
        #expect(LayoutReader(dates: dates).read(event) == nil)
        let article = event.replacingOccurrences(of: "\"evenement\"", with: "\"article\"")
        #expect(LayoutReader(dates: dates).read(article)?.title == "Rencontre avec les lecteurs")
    }

    @Test func aPsqlRowOfAnEventsTableIsRefused() {
        let row = [
            "newsdesk=> \\x", "Expanded display is on.", "newsdesk=> SELECT * FROM events WHERE id = 412;",
            "-[ RECORD 1 ]+--------------------------------------------------",
            "id           | 412",
            "title        | Readers' panel: covering the ferry crisis",
            "description  | An evening with the transport team.     +",
            "             | Free, booking required.",
            "starts_at    | 2026-03-20 18:30:00+00",
            "venue        | Glasgow Film Theatre",
            "organiser    | Anna Price", "", "newsdesk=> ",
        ]
        #expect(PsqlRecords.read(row.joined(separator: "\n"), dates: dates) == nil)
        #expect(read(row) == nil)
        #expect(PsqlRecords.opensSession("newsdesk=> \\x\n"))
        #expect(!PsqlRecords.opensSession("From: Carlos Vega <carlos@example.es>\n\nnewsdesk=> \\x\n"))
    }

    @Test func aFirestoreCommentIsRefused() {
        let comment = """
            {"name": "projects/deskapp/databases/(default)/documents/articles/a81/comments/c77",
             "fields": {"author": {"stringValue": "Dave Hollis"},
                        "text": {"stringValue": "Typical. The ferry was late again this morning and nobody told us why."},
                        "createdAt": {"timestampValue": "2026-03-06T07:45:00Z"}},
             "createTime": "2026-03-10T08:00:00.123456Z", "updateTime": "2026-03-10T08:05:00.654321Z"}
            """
        #expect(LayoutReader(dates: dates).read(comment) == nil)
    }

    @Test func aHARCapturesArticleAnswerAfterTheSitesConfigIsRead() throws {
        func entry(_ url: String, _ answer: String) -> String {
            let quoted = String(data: try! JSONSerialization.data(withJSONObject: [answer], options: []), encoding: .utf8)!.dropFirst().dropLast()
            return """
                {"request": {"method": "GET", "url": "\(url)"}, "response": {"status": 200, "content": {"mimeType": "application/json", "text": \(quoted)}}}
                """
        }
        let config = #"{"title": "Beispiel-Zeitung", "locale": "de-DE", "paywall": {"enabled": true}, "updated": "2026-03-01"}"#
        let article = #"{"headline": "Kiel bekommt eine Seilbahn", "author": "Jana Roth", "outlet": "Kieler Nachrichten", "published": "2026-03-05", "body": "Die Stadt baut eine Seilbahn über die Förde. Sie soll 2029 fahren und täglich 12.000 Menschen befördern."}"#
        let har = """
            {"log": {"version": "1.2", "creator": {"name": "Firefox"}, "entries": [\(entry("https://x.example/api/config", config)), \(entry("https://x.example/api/article/1", article))]}}
            """
        let layout = try #require(LayoutReader(dates: dates).read(har))
        #expect(layout.title == "Kiel bekommt eine Seilbahn")
        #expect(layout.authors == ["Jana Roth"])
        #expect(layout.source == "Kieler Nachrichten")
    }

    // MARK: - OriginNotes.nominative: neuter names of sites and broadcasters

    @Test func aNeuterPortalsNominative() {
        #expect(OriginNotes.nominative("dem Deutschen Ärzteportal") == "Deutsches Ärzteportal")
        #expect(OriginNotes.nominative("dem Bayerischen Fernsehen") == "Bayerisches Fernsehen")
        #expect(OriginNotes.nominative("dem Westdeutschen Rundfunk") == "Westdeutscher Rundfunk")
    }

    // MARK: - Front matter: a writer and their town

    @Test func aFrontMattersAuthorWithATownIsOneWriter() throws {
        let layout = try #require(LayoutReader(dates: dates).read("""
            ---
            title: "Kiel verbietet Kreuzfahrtschiffe ohne Landstrom"
            author: "Jonas Weber, Kiel"
            date: 2026-03-05
            ---

            Ab 2027 dürfen nur noch Schiffe mit Landstromanschluss am Ostseekai festmachen. Die Reedereien haben zwei Jahre Zeit.
            """))
        #expect(layout.authors == ["Jonas Weber"])
        let parsed = FrontMatter.Parsed(fields: ["author": "Rosa Mendes, Pedro"], lists: [:], body: "")
        #expect(parsed.list("author") == ["Pedro Rosa Mendes"])
        let two = FrontMatter.Parsed(fields: ["author": "Jonas Weber, Lena Vogt"], lists: [:], body: "")
        #expect(two.list("author") == ["Jonas Weber", "Lena Vogt"])
    }
}
