import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// Stop 64's platforms (`DeskPlatforms`): a Plone news item over plone.restapi, a Vikunja task over its API, a Supabase
/// row over PostgREST, Apple Notes read with `osascript`, an olmOCR page's Dolma record, sqlite-utils' JSON rows, a
/// Liferay structured content over headless-delivery and a Docspell item with its attachment's text; for each a dated
/// article, an undated and unsigned one in another language, and look-alikes holding no article (refused). The
/// platforms' moments (Plone's `effective`, a task's `due_date`, an entry moment, a note's dates, a record's `added`,
/// Liferay's `datePublished`, Docspell's `created`), the colleagues who saved, entered or were assigned the clipping,
/// a task's desk prefix and the platforms' and OCR engine's names are never the article's.
@Suite struct ContainersS64PlatformsTests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    /// What `DeskPlatforms` makes of the text under its first line's command.
    private func platformPrint(_ text: String) -> DeskFetches.Print? {
        DeskPlatforms.print(text, words: DeskExports.commandWords(ConsoleRecords.firstLine(text)), dates: dates)
    }

    private static let english = (title: "Plan to cut emissions unveiled", sentences: EmissionsArticle.sentences)
    private static let french = EmissionsArticle.french
    private static let german = (
        title: "Stahlkocher fordern Hilfe vom Staat",
        sentences: ["Die Stahlhersteller haben die Bundesregierung am Mittwoch um Unterstützung beim Umbau ihrer Hochöfen gebeten, teilte der Verband mit.",
                    "Ohne staatliche Hilfe seien in Duisburg und Salzgitter tausende Arbeitsplätze gefährdet, hieß es weiter aus der Branche."])
    private static let spanish = (
        title: "Las siderúrgicas piden ayuda al Estado",
        sentences: ["Los productores de acero pidieron el miércoles al Gobierno un apoyo para transformar sus altos hornos, indicó la federación.",
                    "Sin ayuda pública, miles de empleos estarían amenazados en Asturias y en el País Vasco, según la misma fuente."])
    private static let italian = (
        title: "Le acciaierie chiedono aiuto allo Stato",
        sentences: ["I produttori di acciaio hanno chiesto mercoledì al governo un sostegno per trasformare i loro altiforni, ha indicato la federazione.",
                    "Senza aiuti pubblici, migliaia di posti di lavoro sarebbero minacciati a Taranto e a Piombino, secondo la stessa fonte."])
    private static let portuguese = (
        title: "Siderurgias pedem ajuda ao Estado",
        sentences: ["Os produtores de aço pediram na quarta-feira ao Governo um apoio para transformar os seus altos-fornos, indicou a federação.",
                    "Sem ajuda pública, milhares de empregos estariam ameaçados em Sines e no Seixal, segundo a mesma fonte."])
    private static let url = "https://www.theguardian.com/environment/2024/mar/13/emissions-plan"

    private static func html(_ paragraphs: [String]) -> String { paragraphs.map { "<p>\($0)</p>" }.joined() }

    private static func expectRefused(_ print: DeskFetches.Print?, _ layout: TextLayout?) {
        #expect(print.map { $0.record == nil } == true)
        #expect(layout == nil)
    }

    // MARK: Plone

    private static func plone(type: String = "News Item", title: String, description: String, data: String) -> String {
        let url = "https://intranet.desk.example.org/press-review/2024/\(title.lowercased().replacingOccurrences(of: " ", with: "-"))"
        let item: [String: Any] = [
            "@id": url, "@type": type, "UID": "c666ec47d1ef2a2a89d960ebe18e7564", "created": "2024-03-20T17:10:45+00:00",
            "creators": ["cortiz"], "contributors": [String](), "description": description, "effective": "2024-03-20T18:49:09+00:00",
            "modified": "2024-03-20T21:07:20+00:00", "review_state": "published", "subjects": ["Press review"],
            "parent": ["@id": "https://intranet.desk.example.org/press-review/2024", "@type": "Folder", "title": "Press review 2024"],
            "text": ["content-type": "text/html", "data": data, "encoding": "utf-8"], "title": title, "type_title": type,
        ]
        return "$ curl -s -H \"Accept: application/json\" -u \"revue:$PLONE_PASSWORD\" \(url) | jq .\n" + EmissionsArticle.json(item) + "\n"
    }

    @Test func aPloneNewsItemGivesItsArticleNotTheIntranets() throws {
        let a = Self.english
        let layout = try #require(read(Self.plone(title: a.title, description: "The Guardian, 13 March 2024",
                                                  data: Self.html(["By Jane Doe and John Roe"] + a.sentences))))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Undated and unsigned, in French (the description in the desk's German): Plone's days and creator are the desk's.
        let f = Self.french
        let undated = try #require(read(Self.plone(title: f.title, description: "Le Monde", data: Self.html(f.sentences))))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // The description in German naming a day in German: read as the publication's line.
        let g = Self.german
        let german = try #require(read(Self.plone(title: g.title, description: "Handelsblatt, 6. März 2024", data: Self.html(["Von Peter Amende"] + g.sentences))))
        #expect(german.source == "Handelsblatt")
        #expect(german.published?.iso == "2024-03-06")
        #expect(german.authors == ["Peter Amende"])
        // A folder, and a page holding a short notice: no article, refused.
        let folder = Self.plone(type: "Folder", title: "Press review 2024", description: "", data: "")
        Self.expectRefused(platformPrint(folder), read(folder))
        let notice = Self.plone(type: "Document", title: "Holiday rota", description: "", data: "<p>Please enter your days off by Friday.</p>")
        Self.expectRefused(platformPrint(notice), read(notice))
    }

    // MARK: Vikunja

    private static func vikunja(title: String, description: String) -> String {
        let user: [String: Any] = ["id": 21, "name": "Sarah Collins", "username": "scollins", "created": "2023-02-04T19:53:09+01:00"]
        let task: [String: Any] = [
            "id": 2326, "title": title, "description": description, "done": false, "done_at": "0001-01-01T00:00:00Z",
            "due_date": "2024-03-21T11:00:00+01:00", "project_id": 20, "start_date": "0001-01-01T00:00:00Z", "end_date": "0001-01-01T00:00:00Z",
            "assignees": [["id": 56, "name": "Giulia Bianchi", "username": "gbianchi"]], "labels": [["id": 8, "title": "Press review"]],
            "identifier": "#236", "index": 236, "percent_done": 0, "created": "2024-03-20T19:53:09+01:00", "updated": "2024-03-20T19:57:41+01:00",
            "created_by": user,
        ]
        return "$ curl -s -H \"Authorization: Bearer $VIKUNJA_TOKEN\" https://tasks.desk.example.org/api/v1/tasks/2326 | jq .\n"
            + EmissionsArticle.json(task) + "\n"
    }

    @Test func aVikunjaTaskGivesThePastedArticleNotTheTask() throws {
        let a = Self.english
        let layout = try #require(read(Self.vikunja(title: "Summarise: \(a.title)", description: "<p><strong>\(a.title)</strong></p>"
            + Self.html(["The Guardian, 13 March 2024", "By Jane Doe"] + a.sentences) + "<p><a href=\"\(Self.url)\">\(Self.url)</a></p>")))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Undated and unsigned, in Spanish, under the desk's French prefix; the headline holding a colon itself.
        let s = Self.spanish
        let headline = "Acero: " + s.title
        let undated = try #require(read(Self.vikunja(title: "Résumer : \(headline)", description: Self.html([headline, "El País"] + s.sentences))))
        #expect(undated.title == headline)
        #expect(undated.source == "El País")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A task with no pasted article: refused.
        let task = Self.vikunja(title: "Press review: Monday", description: "<p>Collect the clippings on the steel plan.</p><ul><li>Le Monde</li><li>FAZ</li></ul>")
        Self.expectRefused(platformPrint(task), read(task))
    }

    // MARK: PostgREST

    private static func postgrest(table: String, rows: [[String: Any]]) -> String {
        "$ curl -s \"https://abcdefghijklmnopqrst.supabase.co/rest/v1/\(table)?id=eq.4&select=*\" -H \"apikey: $SUPABASE_KEY\" | jq .\n"
            + EmissionsArticle.json(rows) + "\n"
    }

    @Test func aSupabaseRowGivesItsArticleNotTheEntry() throws {
        let a = Self.english
        let layout = try #require(read(Self.postgrest(table: "clippings", rows: [[
            "id": 4, "headline": a.title, "paper": "The Guardian", "authors": ["Jane Doe", "John Roe"], "published_on": "2024-03-13",
            "page": 14, "body": EmissionsArticle.text, "url": Self.url, "entered_by": "cortiz@desk.example.org",
            "entered_at": "2024-03-20T18:41:42.185811+00:00",
        ]])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Undated and unsigned, in Italian: the entry moment and its colleague are the table's.
        let i = Self.italian
        let undated = try #require(read(Self.postgrest(table: "ritagli", rows: [[
            "id": 5, "titolo": i.title, "testata": "Corriere della Sera", "autori": [String](), "data_pubblicazione": NSNull(),
            "testo": i.sentences.joined(separator: "\n\n"), "inserito_da": "gbianchi@desk.example.org", "inserito_il": "2024-03-20T18:41:42+00:00",
        ]])))
        #expect(undated.title == i.title)
        #expect(undated.source == "Corriere della Sera")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A profiles table's row: no article, refused.
        let profile = Self.postgrest(table: "profiles", rows: [[
            "id": 4, "full_name": "Carmen Ortiz", "title": "Desk editor", "email": "cortiz@desk.example.org",
            "bio": "Carmen Ortiz joined the desk in 2019 after ten years at a regional daily, where she covered city hall and the courts.",
            "created_at": "2024-03-20T07:08:11.458+00:00",
        ]])
        Self.expectRefused(platformPrint(profile), read(profile))
    }

    // MARK: Apple Notes

    private static func note(name: String, dates: String, text: [String]?) -> String {
        let of = "note 3 of folder \"Revue de presse\""
        var lines = ["$ osascript -e 'tell application \"Notes\" to get {name, creation date, modification date} of \(of)'", "\(name), \(dates)"]
        if let text { lines += ["$ osascript -e 'tell application \"Notes\" to get plaintext of \(of)'"] + text }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func anAppleNoteGivesThePastedArticleNotTheNotesDates() throws {
        let f = Self.french
        let stamp = "date jeudi 21 mars 2024 à 10:12:07, date jeudi 21 mars 2024 à 10:40:51"
        let layout = try #require(read(Self.note(name: f.title, dates: stamp, text: [f.title, "Le Monde, 13 mars 2024", "Par Anne Martin", ""]
            + [f.sentences.joined(separator: "\n\n"), "", "https://www.lemonde.fr/economie/article/2024/03/13/acier"])))
        #expect(layout.title == f.title)
        #expect(layout.authors == ["Anne Martin"])
        #expect(layout.source == "Le Monde")
        #expect(layout.published?.iso == "2024-03-13")
        // Undated and unsigned, in Portuguese, under an English desk's Notes.
        let p = Self.portuguese
        let undated = try #require(read(Self.note(name: p.title, dates: "date Thursday, March 21, 2024 at 10:12:07 AM, date Thursday, March 21, 2024 at 10:40:51 AM",
                                                  text: [p.title, "Público", ""] + p.sentences)))
        #expect(undated.title == p.title)
        #expect(undated.source == "Público")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A note of minutes, an empty note, and the name and dates alone: no article, refused.
        let minutes = Self.note(name: "Conférence de rédaction", dates: stamp, text: [
            "Conférence de rédaction du 21 mars", "Présents : C. Ortiz, H. Roux, G. Bianchi", "",
            "- Revue de presse : garder l'acier et les émissions en tête, relancer Le Monde pour les droits de reproduction",
            "- Dossier retraites : H. Roux reprend la chronologie et vérifie les chiffres du ministère avant vendredi",
            "- Stagiaires : planning des permanences à compléter, deux créneaux libres le samedi matin",
            "- Divers : la réunion de la semaine prochaine est avancée à mardi, salle B, à neuf heures trente",
        ])
        Self.expectRefused(platformPrint(minutes), read(minutes))
        let empty = Self.note(name: "Nouvelle note", dates: stamp, text: [""])
        Self.expectRefused(platformPrint(empty), read(empty))
        let named = Self.note(name: f.title, dates: stamp, text: nil)
        Self.expectRefused(platformPrint(named), read(named))
        // The note's HTML body (`get body of`), a `<div>` a line: the publication's line under the headline, in Italian.
        let i = Self.italian
        let body = "$ osascript -e 'tell application \"Notes\" to get body of note 1 of folder \"Rassegna stampa\"'\n"
            + "<div><h1>\(i.title)</h1></div>\n<div>La Stampa, 13 marzo 2024</div>\n<div>Di Paolo Ferri</div>\n<div><br></div>\n"
            + i.sentences.map { "<div>\($0)</div>" }.joined(separator: "\n<div><br></div>\n") + "\n"
        let html = try #require(read(body))
        #expect(html.title == i.title)
        #expect(html.source == "La Stampa")
        #expect(html.published?.iso == "2024-03-13")
        #expect(html.authors == ["Paolo Ferri"])
    }

    // MARK: olmOCR

    private static func dolma(_ text: String) -> String {
        let record: [String: Any] = [
            "id": "fba8dc4c10e52cc74e18125f9ae6e2ce50b86a2b", "text": text, "source": "olmocr", "added": "2024-03-22", "created": "2024-03-22",
            "metadata": ["Source-File": "/srv/archiv/scans/004/lYCaaVPh9b.pdf", "olmocr-version": "0.1.67", "pdf-total-pages": 1],
            "attributes": ["pdf_page_numbers": [[0, text.utf8.count, 1]]],
        ]
        return "$ jq . workspace/results/output_c6682f72e0fb55e185968c479ddc431940444360.jsonl\n" + EmissionsArticle.json(record) + "\n"
    }

    @Test func anOlmOCRPageGivesItsFoliosPublicationAndDayNotTheArchives() throws {
        let g = Self.german
        let layout = try #require(read(Self.dolma((["HANDELSBLATT – MITTWOCH, 13. MÄRZ 2024 – S. 9", g.title, "Von Peter Amende und Anna Keller"]
            + g.sentences).joined(separator: "\n\n"))))
        #expect(layout.title == g.title)
        #expect(layout.authors == ["Peter Amende", "Anna Keller"])
        #expect(layout.source?.lowercased() == "handelsblatt")
        #expect(layout.published?.iso == "2024-03-13")
        // Undated and unsigned, in English: the folio names the publication and the page alone.
        let a = Self.english
        let undated = try #require(read(Self.dolma((["THE GUARDIAN – P. 12", a.title] + a.sentences).joined(separator: "\n\n"))))
        #expect(undated.title == a.title)
        #expect(undated.source?.lowercased() == "the guardian")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        #expect(DeskPlatforms.folio("LE MONDE – MARDI 3 MARS 1987 – P. 12", dates: dates)?.date?.iso == "1987-03-03")
        #expect(DeskPlatforms.folio("Le monde entier – une histoire", dates: dates) == nil)
        // A scanned table of figures: no article, refused.
        let table = Self.dolma("| Year | Tonnes |\n|---|---|\n| 2022 | 1.2 |\n| 2023 | 1.1 |")
        Self.expectRefused(platformPrint(table), read(table))
    }

    // MARK: sqlite-utils

    private static func sqliteUtils(table: String, row: [String: Any]) -> String {
        ["$ sqlite-utils tables revue.db --counts", "[{\"table\": \"\(table)\", \"count\": 4012}]",
         "$ sqlite-utils query revue.db \"select * from \(table) where id = 4\" --json-cols", EmissionsArticle.json([row])].joined(separator: "\n") + "\n"
    }

    @Test func sqliteUtilsRowsGiveTheArticleNotTheEntry() throws {
        let a = Self.english
        let layout = try #require(read(Self.sqliteUtils(table: "clippings", row: [
            "id": 4, "headline": a.title, "paper": "The Guardian", "authors": ["Jane Doe"], "published_on": "2024-03-13", "body": EmissionsArticle.text,
            "entered_by": "cortiz", "entered_at": "2024-03-20 18:41:42",
        ])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Without `--json-cols` the writers are a JSON string; in German, undated.
        let g = Self.german
        let plain = try #require(read(Self.sqliteUtils(table: "ausschnitte", row: [
            "id": 5, "titel": g.title, "zeitung": "Handelsblatt", "autoren": "[\"Peter Amende\", \"Anna Keller\"]", "erschienen_am": NSNull(),
            "text": g.sentences.joined(separator: "\n\n"), "erfasst_von": "hroux", "erfasst_am": "2024-03-20 18:41:42",
        ])))
        #expect(plain.title == g.title)
        #expect(plain.authors == ["Peter Amende", "Anna Keller"])
        #expect(plain.source == "Handelsblatt")
        #expect(plain.published == nil)
        // A listing of tables alone, and a users table's row: no article, refused.
        let tables = "$ sqlite-utils tables revue.db --counts\n[{\"table\": \"clippings\", \"count\": 4012}, {\"table\": \"users\", \"count\": 9}]\n"
        Self.expectRefused(platformPrint(tables), read(tables))
        let users = Self.sqliteUtils(table: "users", row: ["id": 4, "login": "cortiz", "name": "Carmen Ortiz", "created": "2024-03-20 18:41:42"])
        Self.expectRefused(platformPrint(users), read(users))
    }

    // MARK: Liferay

    private static func liferay(title: String, fields: [(String, String, String, String)]) -> String {
        let contentFields: [[String: Any]] = fields.map { label, name, type, data in
            ["contentFieldValue": ["data": data], "dataType": type, "label": label, "name": name, "nestedContentFields": [Any](), "repeatable": false]
        }
        let content: [String: Any] = [
            "contentFields": contentFields, "contentStructureId": 33969, "creator": ["contentType": "UserAccount", "name": "Sarah Collins", "id": 20843],
            "dateCreated": "2024-03-20T08:11:42Z", "dateModified": "2024-03-20T09:13:23Z", "datePublished": "2024-03-20T08:11:42Z", "description": "",
            "friendlyUrlPath": "plan", "id": 335516, "title": title,
        ]
        return "$ curl -s -u \"revue@desk.example.org:$LIFERAY_PASSWORD\" https://intranet.desk.example.org/o/headless-delivery/v1.0/structured-contents/335516 | jq .\n"
            + EmissionsArticle.json(content) + "\n"
    }

    @Test func aLiferayStructuredContentGivesItsFieldsArticleNotTheCMSs() throws {
        let a = Self.english
        let layout = try #require(read(Self.liferay(title: a.title, fields: [
            ("Publication", "Publication", "string", "The Guardian"), ("Publication date", "PublicationDate", "date", "2024-03-13"),
            ("Authors", "Authors", "string", "Jane Doe, John Roe"), ("Text", "Text", "html", Self.html(a.sentences)), ("Link", "Link", "string", Self.url),
        ])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Undated and unsigned, in Spanish, the fields labelled in the desk's Spanish and named by Liferay's generated ids.
        let s = Self.spanish
        let undated = try #require(read(Self.liferay(title: s.title, fields: [
            ("Medio", "Text12345678", "string", "El País"), ("Fecha de publicación", "Date23456789", "date", ""),
            ("Autores", "Text34567890", "string", ""), ("Texto", "RichText45678901", "html", Self.html(s.sentences)),
        ])))
        #expect(undated.title == s.title)
        #expect(undated.source == "El País")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A structured content of another kind (an event's venue and hours): no article, refused.
        let event = Self.liferay(title: "Open day", fields: [("Venue", "Venue", "string", "Room B"), ("Hours", "Hours", "string", "9:00-17:00")])
        Self.expectRefused(platformPrint(event), read(event))
    }

    // MARK: Docspell

    private static func docspell(name: String, org: String?, itemDate: Any, content: String?) -> String {
        let item: [String: Any] = [
            "id": "FYqr5KcLERY-mTqBCkJrnke-2JkYHNGxj8Y-7Evd2AoKHas", "name": name, "source": "webapp", "direction": "incoming", "state": "confirmed",
            "created": 1_710_958_304_600, "updated": 1_710_958_483_063, "itemDate": itemDate, "dueDate": NSNull(),
            "corrOrg": org.map { ["id": "4HdcGo9v8BN", "name": $0] as Any } ?? NSNull(), "corrPerson": NSNull(),
            "folder": ["id": "8byHbSoBQte", "name": "Press review"], "attachments": [["id": "YghG7c7Pkzg", "name": "scan.pdf", "contentType": "application/pdf"]],
            "tags": [["id": "tFZkb2nnYif", "name": "Press review", "created": 1_710_958_304_600]],
        ]
        var text = "$ curl -s -H \"X-Docspell-Auth: $DS_TOKEN\" https://docs.desk.example.org/api/v1/sec/item/FYqr5KcLERY | jq .\n" + EmissionsArticle.json(item) + "\n"
        if let content {
            let meta: [String: Any] = ["content": content, "labels": [Any](), "proposals": ["corrOrg": [Any](), "itemDate": [Any]()]]
            text += "$ curl -s -H \"X-Docspell-Auth: $DS_TOKEN\" https://docs.desk.example.org/api/v1/sec/attachment/YghG7c7Pkzg/meta | jq .\n"
                + EmissionsArticle.json(meta) + "\n"
        }
        return text
    }

    @Test func aDocspellItemGivesItsCorrespondentAndItemDateNotDocspells() throws {
        let a = Self.english
        // 13 March 2024 at midnight in Paris (23:00 UTC the evening before): the nearest UTC day.
        let layout = try #require(read(Self.docspell(name: a.title, org: "The Guardian", itemDate: 1_710_284_400_000,
            content: (["The Guardian · 13 March 2024", "", a.title, "By Jane Doe", ""] + a.sentences).joined(separator: "\n"))))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Undated and unsigned, in Italian, the item named after its scan: the text's own head.
        let i = Self.italian
        let undated = try #require(read(Self.docspell(name: "scan_2807.pdf", org: "La Stampa", itemDate: NSNull(),
            content: ([i.title, ""] + i.sentences).joined(separator: "\n"))))
        #expect(undated.title == i.title)
        #expect(undated.source == "La Stampa")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // The scan's name again, its text opening with the correspondent's name above the headline, in Portuguese.
        let p = Self.portuguese
        let above = try #require(read(Self.docspell(name: "scan_2808.pdf", org: "Público", itemDate: NSNull(),
            content: (["Público", "", p.title, "Por Joana Pires", ""] + p.sentences).joined(separator: "\n"))))
        #expect(above.title == p.title)
        #expect(above.source == "Público")
        #expect(above.authors == ["Joana Pires"])
        #expect(above.published == nil)
        // The item alone (its text not printed), and an invoice's text: no article, refused.
        let alone = Self.docspell(name: a.title, org: "The Guardian", itemDate: 1_710_284_400_000, content: nil)
        Self.expectRefused(platformPrint(alone), read(alone))
        let invoice = Self.docspell(name: "Invoice 2024-118", org: "Print Shop GmbH", itemDate: 1_710_284_400_000,
                                    content: "Invoice 2024-118\nQty 2  Toner  89.00\nTotal 178.00 EUR\nIBAN DE12 3456")
        Self.expectRefused(platformPrint(invoice), read(invoice))
    }
}
