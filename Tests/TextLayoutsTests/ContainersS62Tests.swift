import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// Stop 63's containers (`DeskServices`): an OpenProject work package over API v3, a Firebird archive queried with
/// `isql-fb` in list mode, an Umbraco item over the Delivery API, a listmonk campaign, a Grist record over REST, an
/// Etherpad pad over its HTTP API, a mailbox read with s-nail and a Zammad ticket's articles; for each a dated article,
/// an undated and unsigned one in another language, and a look-alike holding no article (refused, or left to the other
/// readers). The services' moments (a work package's creation, update and due day, an entry TIMESTAMP, an item's
/// creation, a campaign's sending, a record's entry, a pad's last edit, a mail's, a ticket's), the colleagues who
/// entered, clipped, edited, forwarded or were assigned the clipping, a subject's desk prefix and the services' names
/// are never the article's.
@Suite struct ContainersS62Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    /// What `DeskServices` makes of the text under its first line's command.
    private func servicePrint(_ text: String) -> DeskFetches.Print? {
        DeskServices.print(text, words: DeskExports.commandWords(ConsoleRecords.firstLine(text)), dates: dates)
    }

    private static let english = (title: "Plan to cut emissions unveiled", sentences: EmissionsArticle.sentences)
    private static let french = EmissionsArticle.french
    private static let frenchText = french.sentences.joined(separator: "\n\n")
    private static let german = (
        title: "Stahlkocher fordern Hilfe vom Staat",
        sentences: ["Die Stahlhersteller haben die Bundesregierung am Mittwoch um Unterstützung beim Umbau ihrer Hochöfen gebeten, teilte der Verband mit.",
                    "Ohne staatliche Hilfe seien in Duisburg und Salzgitter tausende Arbeitsplätze gefährdet, hieß es weiter aus der Branche."])
    private static let germanText = german.sentences.joined(separator: "\n\n")
    private static let spanish = (
        title: "Las siderúrgicas piden ayuda al Estado",
        text: "Los productores de acero pidieron el miércoles al Gobierno un apoyo para transformar sus altos hornos, indicó la federación.\n\n"
            + "Sin ayuda pública, miles de empleos estarían amenazados en Asturias y en el País Vasco, según la misma fuente.")
    private static let url = "https://www.theguardian.com/environment/2024/mar/13/emissions-plan"

    private static func expectRefused(_ text: String, _ print: DeskFetches.Print?, _ layout: TextLayout?) {
        #expect(print.map { $0.record == nil } == true)
        #expect(layout == nil)
    }

    // MARK: OpenProject

    private static func workPackage(subject: String, raw: String) -> String {
        let package: [String: Any] = [
            "_type": "WorkPackage", "id": 2898, "subject": subject,
            "description": ["format": "markdown", "raw": raw, "html": "<p>…</p>"],
            "startDate": "2024-03-20", "dueDate": "2024-03-21", "createdAt": "2024-03-20T07:08:11.458Z", "updatedAt": "2024-03-20T07:22:10.326Z",
            "_links": ["author": ["href": "/api/v3/users/3", "title": "Carmen Ortiz"],
                       "assignee": ["href": "/api/v3/users/36", "title": "Hélène Roux"],
                       "project": ["href": "/api/v3/projects/9", "title": "Press review"]],
        ]
        return "$ curl -s -u \"apikey:$OP_TOKEN\" https://projects.desk.example.org/api/v3/work_packages/2898 | jq .\n"
            + EmissionsArticle.json(package) + "\n"
    }

    @Test func anOpenProjectWorkPackageGivesThePastedArticleNotTheTask() throws {
        let a = Self.english
        let text = workPackageText(["**\(a.title)**", "", "*The Guardian*, 13 March 2024", "By Jane Doe", "", EmissionsArticle.text, "", Self.url])
        let layout = try #require(read(Self.workPackage(subject: "Press review: \(a.title)", raw: text)))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Undated and unsigned, in French: the work package's days and colleagues are the desk's.
        let f = Self.french
        let undated = try #require(read(Self.workPackage(subject: "Revue de presse : \(f.title)",
            raw: workPackageText(["**\(f.title)**", "", "*Le Monde*", "", Self.frenchText]))))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A task's description pasting no article: refused.
        let task = Self.workPackage(subject: "Press review: Monday", raw: "Collect the clippings on the steel plan.\n\n- [ ] Le Monde\n- [ ] FAZ")
        Self.expectRefused(task, servicePrint(task), read(task))
    }

    private func workPackageText(_ lines: [String]) -> String { lines.joined(separator: "\n") }

    // MARK: isql-fb

    private static func isql(_ rows: [(String, String)], body: String?) -> String {
        var lines = ["$ isql-fb -u REVUE -p \"$ISC_PASSWORD\" archiv.desk.example.org:/srv/firebird/presse.fdb",
                     "Database: archiv.desk.example.org:/srv/firebird/presse.fdb, User: REVUE", "SQL> SET LIST ON;",
                     "SQL> SELECT * FROM COUPURES WHERE ID = 34090;", ""]
        lines += rows.map { $0.0.padding(toLength: 32, withPad: " ", startingAt: 0) + $0.1 }
        if let body { lines += [body, ""] }
        return (lines + ["SQL> QUIT;"]).joined(separator: "\n") + "\n"
    }

    @Test func aFirebirdListPrintGivesTheRowsArticleNotTheEntry() throws {
        let a = Self.english
        let layout = try #require(read(Self.isql([("ID", "34090"), ("PAPER", "The Guardian"), ("HEADLINE", a.title), ("AUTHORS", "Jane Doe; John Roe"),
                                                  ("PUBLISHED", "2024-03-13"), ("PAGE", "14"), ("ENTERED", "2024-03-20 18:41:42.1858"),
                                                  ("ENTERED_BY", "CORTIZ"), ("BODY", "16:889")], body: EmissionsArticle.text)))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Undated and unsigned, in German: `<null>` states none, the entry TIMESTAMP is the archive's.
        let g = Self.german
        let undated = try #require(read(Self.isql([("ID", "34091"), ("ZEITUNG", "Handelsblatt"), ("TITEL", g.title), ("AUTOREN", "<null>"),
                                                   ("ERSCHIENEN", "<null>"), ("SEITE", "3"), ("ERFASST", "2024-03-20 18:41:42.1858"),
                                                   ("ERFASST_VON", "HMATOS"), ("TEXT", "1a:3f")], body: Self.germanText)))
        #expect(undated.title == g.title)
        #expect(undated.source == "Handelsblatt")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A users table's row: no article, refused; a tabular print (no `SET LIST ON`) is not this reader's.
        let users = Self.isql([("ID", "7"), ("LOGIN", "CORTIZ"), ("NAME", "Carmen Ortiz"), ("CREATED", "2024-03-20 18:41:42.1858")], body: nil)
        Self.expectRefused(users, servicePrint(users), read(users))
        #expect(servicePrint("$ isql-fb presse.fdb\nSQL> SELECT ID, TITEL FROM COUPURES;\n\n  ID TITEL\n==== =====\n   1 Test\n") == nil)
    }

    // MARK: Umbraco

    private static func umbraco(name: String, type: String = "pressClipping", properties: [String: Any]) -> String {
        let item: [String: Any] = [
            "contentType": type, "name": name, "createDate": "2024-03-20T18:47:30.9035010", "updateDate": "2024-03-20T19:00:45.3419119",
            "route": ["path": "/revue-de-presse/plan/", "startItem": ["id": "a96624d8-c4fa-b0a0-1c94-d183f6522b1d", "path": "intranet"]],
            "id": "7715a142-da4f-8e5d-bfa3-6d6ed2d5ba8d", "properties": properties, "cultures": [String: Any](),
        ]
        return "$ curl -s -H \"Api-Key: $UMBRACO_KEY\" https://intranet.desk.example.org/umbraco/delivery/api/v2/content/item/7715a142 | jq .\n"
            + EmissionsArticle.json(item) + "\n"
    }

    @Test func anUmbracoItemGivesItsPropertiesArticleNotTheCMSs() throws {
        let a = Self.english
        let markup = a.sentences.map { "<p>\($0)</p>" }.joined()
        let layout = try #require(read(Self.umbraco(name: a.title, properties: [
            "outlet": "The Guardian", "publicationDate": "2024-03-13T00:00:00", "writers": ["Jane Doe"], "clippedBy": "Carmen Ortiz",
            "sourceUrl": Self.url, "bodyText": ["markup": markup, "blocks": [Any]()],
        ])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Undated and unsigned, in Spanish: a null day and no writers, the clipper no author.
        let s = Self.spanish
        let undated = try #require(read(Self.umbraco(name: s.title, properties: [
            "outlet": "El País", "publicationDate": NSNull(), "writers": [String](), "clippedBy": "Hugo Matos",
            "bodyText": ["markup": s.text.split(separator: "\n").filter { !$0.isEmpty }.map { "<p>\($0)</p>" }.joined(), "blocks": [Any]()],
        ])))
        #expect(undated.title == s.title)
        #expect(undated.source == "El País")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A query's answer (`{"total": …, "items": […]}`): its first item holding an article.
        let query = "$ curl -s https://intranet.desk.example.org/umbraco/delivery/api/v2/content?filter=contentType:pressClipping | jq .\n"
            + EmissionsArticle.json(["total": 1, "items": [["contentType": "pressClipping", "name": a.title, "createDate": "2024-03-20T18:47:30",
                                                           "route": ["path": "/plan/"], "properties": ["outlet": "The Guardian", "bodyText": ["markup": markup]]]]])
        let queried = try #require(read(query))
        #expect(queried.title == a.title)
        #expect(queried.source == "The Guardian")
        #expect(queried.published == nil)
        // An event's item holding no article: refused.
        let event = Self.umbraco(name: "Conférence de rédaction", type: "event", properties: ["room": "B 204", "startsAt": "2024-03-21T09:00:00"])
        Self.expectRefused(event, servicePrint(event), read(event))
    }

    // MARK: listmonk

    private static func campaign(subject: String, body: String) -> String {
        let data: [String: Any] = [
            "id": 277, "created_at": "2024-03-20T18:55:26.023988+01:00", "updated_at": "2024-03-20T19:02:06.428100+01:00",
            "lists": [["id": 3, "name": "Press review – management"]], "name": "Press alert 2024-03-20", "subject": subject,
            "from_email": "Press review <revue@desk.example.org>", "body": body, "send_at": "2024-03-20T19:01:26.079898+01:00",
            "status": "finished", "content_type": "richtext", "template_id": 1, "messenger": "email",
        ]
        return "$ curl -s -u \"revue:$LISTMONK_TOKEN\" https://lists.desk.example.org/api/campaigns/277 | jq .\n"
            + EmissionsArticle.json(["data": data]) + "\n"
    }

    @Test func aListmonkCampaignGivesItsBodysArticleNotTheAlert() throws {
        let a = Self.english
        let body = "<h2>\(a.title)</h2>\n<p><em>The Guardian, 13 March 2024</em></p>\n<p>By Jane Doe</p>\n"
            + a.sentences.map { "<p>\($0)</p>" }.joined(separator: "\n") + "\n<p><a href=\"\(Self.url)\">\(Self.url)</a></p>"
        let layout = try #require(read(Self.campaign(subject: "Press alert: \(a.title)", body: body)))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Undated and unsigned, in German, the alert's prefix its own.
        let g = Self.german
        let undated = try #require(read(Self.campaign(subject: "Pressealarm: \(g.title)",
            body: "<h2>\(g.title)</h2>\n<p><em>Handelsblatt</em></p>\n" + g.sentences.map { "<p>\($0)</p>" }.joined(separator: "\n"))))
        #expect(undated.title == g.title)
        #expect(undated.source == "Handelsblatt")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A campaign announcing a meeting: no article, refused.
        let notice = Self.campaign(subject: "Press alert: no review on Friday", body: "<p>No review on Friday, the desk is closed.</p>")
        Self.expectRefused(notice, servicePrint(notice), read(notice))
    }

    // MARK: Grist

    private static func grist(_ fields: [String: Any]) -> String {
        "$ curl -s -H \"Authorization: Bearer $GRIST_KEY\" 'https://grist.desk.example.org/api/docs/7h1vlJFe9jDUFKrkNfE3hl/tables/Coupures/records' | jq .\n"
            + EmissionsArticle.json(["records": [["id": 473, "fields": fields]]]) + "\n"
    }

    @Test func aGristRecordGivesItsArticleWithTheListsNames() throws {
        let a = Self.english
        let layout = try #require(read(Self.grist([
            "Headline": a.title, "Paper": "The Guardian", "Writers": ["L", "Jane Doe", "John Roe"], "Published": 1_710_288_000,
            "Body": EmissionsArticle.text, "Link": Self.url, "Added_by": "Carmen Ortiz", "Added_at": 1_710_950_400,
        ])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Undated and unsigned, in French: null cells state none, the entry moment is the table's.
        let f = Self.french
        let undated = try #require(read(Self.grist([
            "Titre": f.title, "Journal": "Le Monde", "Auteurs": NSNull(), "Parution": NSNull(), "Texte": Self.frenchText,
            "Ajoute_par": "Hugo Matos", "Ajoute_le": 1_710_950_400,
        ])))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A record of a contacts table: no article, refused.
        let contact = Self.grist(["Name": "Carmen Ortiz", "Email": "cortiz@desk.example.org", "Team": ["L", "Revue", "Web"]])
        Self.expectRefused(contact, servicePrint(contact), read(contact))
    }

    // MARK: Etherpad

    private static func pad(_ text: String) -> String {
        let base = "https://pad.desk.example.org/api/1.3.0"
        return (["$ PAD=revue-2024-03-20", "$ curl -s \"\(base)/getText?apikey=$EP_KEY&padID=$PAD\" | jq .",
                 EmissionsArticle.json(["code": 0, "message": "ok", "data": ["text": text]]),
                 "$ curl -s \"\(base)/getLastEdited?apikey=$EP_KEY&padID=$PAD\" | jq .",
                 EmissionsArticle.json(["code": 0, "message": "ok", "data": ["lastEdited": 1_710_950_400_123]]),
                 "$ curl -s \"\(base)/listAuthorsOfPad?apikey=$EP_KEY&padID=$PAD\"",
                 "{\"code\":0,\"message\":\"ok\",\"data\":{\"authorIDs\":[\"a.80d4kbwt7m7ccpv8\",\"a.lg67pgfd6r6xiz96\"]}}",
                 "$ for id in a.80d4kbwt7m7ccpv8 a.lg67pgfd6r6xiz96; do curl -s \"\(base)/getAuthorName?apikey=$EP_KEY&authorID=$id\"; echo; done",
                 "{\"code\":0,\"message\":\"ok\",\"data\":\"Carmen Ortiz\"}", "{\"code\":0,\"message\":\"ok\",\"data\":\"Hugo Matos\"}"])
            .joined(separator: "\n") + "\n"
    }

    @Test func anEtherpadPadGivesThePastedArticleNotItsAuthors() throws {
        let a = Self.english
        let layout = try #require(read(Self.pad([a.title, "The Guardian, 13 March 2024", "By Jane Doe", "", EmissionsArticle.text, "",
                                                 "-- C. Ortiz: for tomorrow's review, please check the figures", ""].joined(separator: "\n"))))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Undated and unsigned, in Spanish: the pad's last edit and its authors are the desk's.
        let s = Self.spanish
        let undated = try #require(read(Self.pad([s.title, "El País", "", s.text, "", "-- H. Matos: para el resumen de mañana, revisad las cifras", ""]
            .joined(separator: "\n"))))
        #expect(undated.title == s.title)
        #expect(undated.source == "El País")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A pad of meeting notes: no article, refused.
        let notes = Self.pad("Réunion du 20 mars\n- revue de presse\n- planning\n")
        Self.expectRefused(notes, servicePrint(notes), read(notes))
    }

    // MARK: s-nail

    private static func mailbox(subject: String, body: [String]?) -> String {
        var lines = ["$ s-nail -f ~/Mail/revue", "s-nail version v14.9.24.  Type `?' for help", "\"/home/revue/Mail/revue\": 3 messages 1 new",
                     "    1 Stefan Krüger      2024-03-20 10:47   39/1314  Re: Tomorrow's review",
                     "    2 Hélène Roux        2024-03-20 11:34   55/2198  Planning",
                     ">N  3 Carmen Ortiz       2024-03-20 20:18   32/1622  \(subject)"]
        if let body {
            lines += ["? p 3", "[-- Message  3 -- 32 lines, 1622 bytes --]:", "Date: Wed, 20 Mar 2024 20:18:29 +0100",
                      "From: Carmen Ortiz <cortiz@desk.example.org>", "To: revue@desk.example.org", "Subject: \(subject)",
                      "Content-Type: text/plain; charset=utf-8", ""] + body
        }
        return (lines + ["? q", "Held 3 messages in /home/revue/Mail/revue"]).joined(separator: "\n") + "\n"
    }

    @Test func anSNailMailboxGivesTheForwardedArticleNotTheMail() throws {
        let a = Self.english
        let layout = try #require(read(Self.mailbox(subject: "Fwd: \(a.title)", body: [
            "For tomorrow's review, see below.", "", "---------- Forwarded message ---------", a.title, "The Guardian, 13 March 2024", "By Jane Doe", "",
            EmissionsArticle.text, "", Self.url])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Undated and unsigned, in German: the summary's days, the `Date` and the sender are the mailbox's.
        let g = Self.german
        let undated = try #require(read(Self.mailbox(subject: "WG: \(g.title)", body: [
            "Für den Spiegel morgen, siehe unten.", "", "---------- Weitergeleitete Nachricht ----------", g.title, "Handelsblatt", "", Self.germanText])))
        #expect(undated.title == g.title)
        #expect(undated.source == "Handelsblatt")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // The summary alone, or a message pasting no article: refused.
        let summary = Self.mailbox(subject: "Planning", body: nil)
        Self.expectRefused(summary, servicePrint(summary), read(summary))
        let planning = Self.mailbox(subject: "Planning", body: ["Meeting moved to Thursday at ten.", "", "Carmen"])
        Self.expectRefused(planning, servicePrint(planning), read(planning))
    }

    // MARK: Zammad

    private static func ticket(subject: String, body: String) -> String {
        let first: [String: Any] = [
            "id": 455730, "ticket_id": 35376, "type_id": 1, "from": "Stefan Krüger <skruger@desk.example.org>", "to": "revue@desk.example.org",
            "subject": subject, "content_type": "text/plain", "body": body, "internal": false, "created_at": "2024-03-20T08:38:55.585Z",
            "type": "email", "sender": "Customer", "created_by": "skruger@desk.example.org",
        ]
        let note: [String: Any] = [
            "id": 455734, "ticket_id": 35376, "type_id": 10, "from": "Carmen Ortiz", "subject": NSNull(), "content_type": "text/html",
            "body": "<p>Thanks, it goes into tomorrow's review.</p>", "internal": true, "created_at": "2024-03-20T09:16:39.531Z",
            "type": "note", "sender": "Agent", "created_by": "cortiz@desk.example.org",
        ]
        return "$ curl -s -H \"Authorization: Token token=$ZAMMAD_TOKEN\" 'https://support.desk.example.org/api/v1/ticket_articles/by_ticket/35376?expand=true' | jq .\n"
            + EmissionsArticle.json([first, note]) + "\n"
    }

    @Test func aZammadTicketGivesTheForwardedArticleNotTheTicket() throws {
        let a = Self.english
        let layout = try #require(read(Self.ticket(subject: "Fwd: \(a.title)", body: [
            "For tomorrow's review, see below.", "", "---------- Forwarded message ---------", a.title, "The Guardian, 13 March 2024", "By Jane Doe", "",
            EmissionsArticle.text, "", Self.url].joined(separator: "\n"))))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Undated and unsigned, in French.
        let f = Self.french
        let undated = try #require(read(Self.ticket(subject: "TR : \(f.title)", body: [
            "Pour la revue de demain, voir ci-dessous.", "", "-------- Message transféré --------", f.title, "Le Monde", "", Self.frenchText]
            .joined(separator: "\n"))))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A support request pasting no article: refused.
        let request = Self.ticket(subject: "Printer on floor 2", body: "The printer on floor 2 is jammed again, can someone look?")
        Self.expectRefused(request, servicePrint(request), read(request))
    }
}
