import Foundation
import Testing

@testable import TextLayouts
import DateReading

/// Stop 62's containers (`DeskShells`): a Word file `file` describes and antiword prints, a synced folder's conflict
/// copy `cat` prints after `ls -l` (with `diff -u` of the two copies), a document arangosh prints, SQL*Plus's CSV
/// markup, a Trilium note over ETAPI, a mail `mu view` prints and a Threema chat export; for each a dated article, an
/// undated and unsigned one in another language, and a look-alike holding no article (refused, or left to the other
/// readers). The tools' moments (a document's creation, a file's, a saving, an entry, a note's, a mail's, a chat's), the
/// colleagues who wrote the document, saved, entered, forwarded or pasted the clipping and the tools' names are never
/// the article's.
@Suite struct ContainersS61Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: dates).read(text)
    }

    /// What `DeskShells` makes of the text under its first line's command.
    private func shellPrint(_ text: String) -> DeskFetches.Print? {
        DeskShells.print(text, words: DeskExports.commandWords(ConsoleRecords.firstLine(text)), dates: dates)
    }

    private static let english = (title: "Plan to cut emissions unveiled", sentences: EmissionsArticle.sentences)
    private static let french = EmissionsArticle.french
    private static let frenchText = french.sentences.joined(separator: "\n\n")
    private static let german = (
        title: "Stahlkocher fordern Hilfe vom Staat",
        sentences: ["Die Stahlhersteller haben die Bundesregierung am Mittwoch um Unterstützung beim Umbau ihrer Hochöfen gebeten, teilte der Verband mit.",
                    "Ohne staatliche Hilfe seien in Duisburg und Salzgitter tausende Arbeitsplätze gefährdet, hieß es weiter aus der Branche."])
    private static let germanText = german.sentences.joined(separator: "\n\n")

    // MARK: file and antiword

    private static func wordFile(_ name: String, converter: String, printed: [String]) -> String {
        (["$ file \(name)",
          "\(name): Composite Document File V2 Document, Little Endian, Os: Windows, Version 10.0, Code page: 1252, Title: Pressespiegel, "
            + "Author: Carmen Ortiz, Template: Normal.dotm, Last Saved By: Hugo Matos, Revision Number: 3, Name of Creating Application: "
            + "Microsoft Office Word, Create Time/Date: Thu Mar 21 09:12:00 2024, Last Saved Time/Date: Thu Mar 21 09:16:00 2024, "
            + "Number of Pages: 1, Security: 0",
          "$ \(converter) \(name)"] + printed).joined(separator: "\n") + "\n"
    }

    @Test func aWordFileGivesTheConvertedArticleNotTheDocumentsSummary() throws {
        let a = Self.english
        let layout = try #require(read(Self.wordFile("Revue/2024-03-21_guardian.doc", converter: "antiword",
            printed: [a.title, "The Guardian, 13 March 2024", "By Jane Doe", "", EmissionsArticle.text, ""])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // catdoc of an undated, unsigned German clipping: the document's author and times are none of its fields.
        let g = Self.german
        let undated = try #require(read(Self.wordFile("Revue/stahl.doc", converter: "catdoc",
            printed: [g.title, "Handelsblatt", "", Self.germanText])))
        #expect(undated.title == g.title)
        #expect(undated.source == "Handelsblatt")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A form with no prose: no article, refused.
        let form = Self.wordFile("Revue/urlaub.doc", converter: "antiword", printed: ["Urlaubsantrag", "", "Name:", "Von:", "Bis:", "Unterschrift:"])
        #expect(shellPrint(form).map { $0.record == nil } == true)
        #expect(read(form) == nil)
        // `file` alone: not this reader's.
        #expect(shellPrint("$ file notes.txt\nnotes.txt: UTF-8 Unicode text\n") == nil)
    }

    // MARK: A synced folder

    private static func synced(_ copy: [String], diff: [String]) -> String {
        let conflict = "plan.sync-conflict-20240315-105012-ABCDEFG.md"
        return (["$ ls -l --time-style=long-iso ~/Sync/Revue/", "total 8",
                 "-rw-r--r-- 1 revue revue   812 2024-03-15 10:51 plan.md",
                 "-rw-r--r-- 1 revue revue   809 2024-03-15 10:50 \(conflict)",
                 "$ cat ~/Sync/Revue/\(conflict)"] + copy + diff).joined(separator: "\n") + "\n"
    }

    @Test func aSyncthingConflictCopyGivesItsArticleNotTheColleaguesNotes() throws {
        let a = Self.english
        let copy = ["# \(a.title)", "", "The Guardian — 13 March 2024", "By Jane Doe", "", EmissionsArticle.text, "",
                    "Note (H. Matos): held back, already covered"]
        let diff = ["$ diff -u ~/Sync/Revue/plan.md ~/Sync/Revue/plan.sync-conflict-20240315-105012-ABCDEFG.md",
                    "--- /home/revue/Sync/Revue/plan.md\t2024-03-15 10:51:56.749361830 +0100",
                    "+++ /home/revue/Sync/Revue/plan.sync-conflict-20240315-105012-ABCDEFG.md\t2024-03-15 10:50:12.000000000 +0100",
                    "@@ -8 +8 @@", "-Note (C. Ortiz): for the morning review", "+Note (H. Matos): held back, already covered"]
        let layout = try #require(read(Self.synced(copy, diff: diff)))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        #expect(!layout.body.contains { $0.contains("Matos") })
        // Undated and unsigned, in French, no diff after it.
        let f = Self.french
        let undated = try #require(read(Self.synced(["# \(f.title)", "", "Le Monde", "", Self.frenchText], diff: [])))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A shopping list printed: not this reader's (left to the others).
        #expect(shellPrint(Self.synced(["# Einkauf", "", "- Milch", "- Brot"], diff: [])) == nil)
    }

    // MARK: arangosh

    private static func arango(_ key: String, _ fields: [(String, String)]) -> String {
        let prompt = "arango.desk.example.org:8529@revue> "
        let lines = ["{ "] + fields.enumerated().map { index, field in
            "  \"\(field.0)\" : \(field.1)" + (index < fields.count - 1 ? ", " : " ")
        } + ["}"]
        return (["$ arangosh --server.endpoint ssl://arango.desk.example.org:8529 --server.database revue --quiet",
                 "Please specify a password: ", "\(prompt)db.clips.document(\"\(key)\")"] + lines + [prompt]).joined(separator: "\n") + "\n"
    }

    private static func quoted(_ text: String) -> String {
        EmissionsArticle.json([text]).dropFirst().dropLast().description
    }

    @Test func anArangoDocumentGivesItsFieldsNotItsSaving() throws {
        let a = Self.english
        let layout = try #require(read(Self.arango("48211", [
            ("_key", "\"48211\""), ("_id", "\"clips/48211\""), ("_rev", "\"_hX1---\""), ("outlet", "\"The Guardian\""),
            ("headline", Self.quoted(a.title)), ("authors", "[ \n    \"Jane Doe\", \n    \"John Roe\" \n  ]"),
            ("published", "\"2024-03-13\""), ("text", Self.quoted(EmissionsArticle.text)),
            ("savedAt", "\"2024-03-20T09:12:41Z\""), ("savedBy", "\"Ingrid Dahl\""),
        ])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe", "John Roe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // `published` null, `authors` empty, in German: `savedAt` is the desk's moment, `savedBy` no writer.
        let g = Self.german
        let undated = try #require(read(Self.arango("48212", [
            ("_key", "\"48212\""), ("outlet", "\"Handelsblatt\""), ("headline", Self.quoted(g.title)), ("authors", "[ ]"),
            ("published", "null"), ("text", Self.quoted(Self.germanText)), ("savedAt", "\"2024-03-20T09:12:41Z\""),
            ("savedBy", "\"Ingrid Dahl\""),
        ])))
        #expect(undated.title == g.title)
        #expect(undated.source == "Handelsblatt")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A user's document: no article, refused.
        let user = Self.arango("7", [("_key", "\"7\""), ("user", "\"idahl\""), ("name", "\"Ingrid Dahl\""), ("role", "\"editor\"")])
        #expect(shellPrint(user).map { $0.record == nil } == true)
        #expect(read(user) == nil)
    }

    // MARK: SQL*Plus

    private static func sqlplus(_ header: [String], _ row: String?) -> String {
        (["$ cat clip.sql", "SET MARKUP CSV ON QUOTE ON", "SET LONG 100000", "SET FEEDBACK OFF",
          "SELECT \(header.map { $0.lowercased() }.joined(separator: ", ")) FROM clips WHERE id = 4711;", "EXIT",
          "$ sqlplus -S revue/\"$ORA_PW\"@ARCHIV @clip.sql", "", header.map { "\"\($0)\"" }.joined(separator: ",")]
            + (row.map { [$0] } ?? ["no rows selected"])).joined(separator: "\n") + "\n"
    }

    @Test func sqlPlusCSVGivesTheRowsOracleDayNotItsEntry() throws {
        let g = Self.german
        let header = ["ID", "ZEITUNG", "TITEL", "AUTOREN", "ERSCHIENEN", "ERFASST", "ERFASST_VON", "TEXT"]
        let layout = try #require(read(Self.sqlplus(header,
            "4711,\"Handelsblatt\",\"\(g.title)\",\"Jana Berg; Tom Weller\",\"03-MAR-87\",\"05-MAR-26 10.12.07.000000 AM\",\"C. ORTIZ\",\"\(Self.germanText)\"")))
        #expect(layout.title == g.title)
        #expect(layout.authors == ["Jana Berg", "Tom Weller"])
        #expect(layout.source == "Handelsblatt")
        #expect(layout.published?.iso == "1987-03-03")
        // Italian columns, an empty day and no writers: the entry TIMESTAMP is none.
        let it = ["ID", "TESTATA", "TITOLO", "AUTORI", "PUBBLICATO", "INSERITO", "INSERITO_DA", "TESTO"]
        let title = "Le acciaierie chiedono aiuto allo Stato"
        let text = "I produttori di acciaio hanno chiesto mercoledì al governo un sostegno per trasformare i loro altiforni, ha indicato la federazione.\n\n"
            + "Senza un aiuto pubblico migliaia di posti di lavoro sarebbero minacciati a Taranto e a Terni, secondo la stessa fonte."
        let undated = try #require(read(Self.sqlplus(it, "4712,\"Corriere della Sera\",\"\(title)\",,,\"05-MAR-26 10.12.07.000000 AM\",\"C. ORTIZ\",\"\(text)\"")))
        #expect(undated.title == title)
        #expect(undated.source == "Corriere della Sera")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // No row found: refused.
        #expect(read(Self.sqlplus(header, nil)) == nil)
        #expect(DeskShells.oracleDay("03-MAR-87")?.iso == "1987-03-03")
        #expect(DeskShells.oracleDay("29-FEB-24")?.iso == "2024-02-29")
        #expect(DeskShells.oracleDay("3 March 1987") == nil)
    }

    // MARK: Trilium

    private static func trilium(_ title: String, content: String?) -> String {
        let note: [String: Any] = [
            "noteId": "JIcuHoEsfb48", "isProtected": false, "title": title, "type": "text", "mime": "text/html",
            "dateCreated": "2024-03-20 16:53:17.931+0100", "utcDateCreated": "2024-03-20 15:53:17.931Z",
            "attributes": [["type": "label", "name": "clipType", "value": "page"],
                           ["type": "label", "name": "pageUrl", "value": "https://www.theguardian.com/emissions-plan"]],
        ]
        let base = "https://notes.desk.example.org/etapi/notes/JIcuHoEsfb48"
        var lines = ["$ curl -s -H \"Authorization: $TRILIUM_TOKEN\" \(base) | jq .", EmissionsArticle.json(note)]
        if let content { lines += ["$ curl -s -H \"Authorization: $TRILIUM_TOKEN\" \(base)/content", content] }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func aTriliumNoteGivesItsContentsArticleNotTheClipping() throws {
        let a = Self.english
        let paragraphs = a.sentences.map { "<p>\($0)</p>" }.joined()
        let layout = try #require(read(Self.trilium("\(a.title) | The Guardian",
            content: "<p><em>The Guardian · 13 March 2024</em></p><p>By Jane Doe</p>" + paragraphs)))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // A headline holding a bar itself: only the ending naming the content's publication goes.
        let barred = try #require(read(Self.trilium("Climate | \(a.title) | The Guardian",
            content: "<p><em>The Guardian · 13 March 2024</em></p>" + paragraphs)))
        #expect(barred.title == "Climate | \(a.title)")
        #expect(barred.source == "The Guardian")
        #expect(barred.published?.iso == "2024-03-13")
        // Undated and unsigned, in French: the note's days are the clipper's.
        let f = Self.french
        let undated = try #require(read(Self.trilium("\(f.title) | Le Monde",
            content: "<p><em>Le Monde</em></p>" + f.sentences.map { "<p>\($0)</p>" }.joined())))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // The note alone, its content not printed: no article, refused.
        let bare = Self.trilium("\(a.title) | The Guardian", content: nil)
        #expect(shellPrint(bare).map { $0.record == nil } == true)
        #expect(read(bare) == nil)
    }

    // MARK: mu

    private static func mu(_ subject: String, date: String, body: [String]) -> String {
        (["$ mu view ~/Maildir/revue/cur/1710925961.M455592P50600.desk,U=2961:2,S", "From: Hugo Matos <hmatos@desk.example.org>",
          "To: revue@desk.example.org", "Subject: \(subject)", "Date: \(date)", ""] + body + ["", "-- ", "Hugo Matos", "Sent from the desk"])
            .joined(separator: "\n") + "\n"
    }

    @Test func aMailMuViewsGivesThePastedArticleNotTheForward() throws {
        let a = Self.english
        let layout = try #require(read(Self.mu("Fwd: \(a.title)", date: "Wed 20 Mar 2024 09:12:41 AM CET",
            body: ["Worth a look for tomorrow's review.", "", a.title, "The Guardian, 13 March 2024", "By Jane Doe", "", EmissionsArticle.text, "",
                   "https://www.theguardian.com/environment/2024/mar/13/emissions-plan"])))
        #expect(layout.title == a.title)
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "The Guardian")
        #expect(layout.published?.iso == "2024-03-13")
        // Undated and unsigned, in French, the mail's date in the desk's locale.
        let f = Self.french
        let undated = try #require(read(Self.mu("TR : \(f.title)", date: "mer. 20 mars 2024 09:12:41 CET",
            body: ["À voir pour la revue de demain.", "", f.title, "Le Monde", "", Self.frenchText])))
        #expect(undated.title == f.title)
        #expect(undated.source == "Le Monde")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A note about a meeting: not this reader's.
        #expect(shellPrint(Self.mu("Réunion", date: "mer. 20 mars 2024 09:12:41 CET", body: ["La réunion est déplacée à jeudi."])) == nil)
    }

    // MARK: Threema

    private static func threema(_ messages: [String]) -> String {
        "$ cat 'messages-Carmen Ortiz.txt'\n" + messages.joined(separator: "\r\n") + "\r\n"
    }

    @Test func aThreemaChatGivesThePastedArticleNotTheChat() throws {
        let g = Self.german
        let layout = try #require(read(Self.threema([
            "<<< 5. März 2026 um 10:12:07 MEZ: Für den Pressespiegel:",
            "<<< 5. März 2026 um 10:13:41 MEZ: " + [g.title, "Handelsblatt, 13. März 2024", "Von Jana Berg", "", Self.germanText].joined(separator: "\n"),
            ">>> 5. März 2026 um 10:19:02 MEZ: Danke, kommt morgen rein.",
        ])))
        #expect(layout.title == g.title)
        #expect(layout.authors == ["Jana Berg"])
        #expect(layout.source == "Handelsblatt")
        #expect(layout.published?.iso == "2024-03-13")
        // Undated and unsigned, in Spanish.
        let title = "Las siderúrgicas piden ayuda al Estado"
        let text = "Los productores de acero pidieron el miércoles al Gobierno un apoyo para transformar sus altos hornos, indicó la federación.\n\n"
            + "Sin ayuda pública, miles de empleos estarían amenazados en Asturias y en el País Vasco, según la misma fuente."
        let undated = try #require(read(Self.threema([
            "<<< 5. marzo 2026 a 10:12:07 CET: Para el resumen:",
            "<<< 5. marzo 2026 a 10:13:41 CET: " + [title, "El País", "", text].joined(separator: "\n"),
        ])))
        #expect(undated.title == title)
        #expect(undated.source == "El País")
        #expect(undated.authors.isEmpty)
        #expect(undated.published == nil)
        // A chat of short messages: no article, refused.
        let chat = Self.threema(["<<< 5. März 2026 um 10:12:07 MEZ: Kommst du heute?", ">>> 5. März 2026 um 10:14:00 MEZ: Ja, um elf."])
        #expect(shellPrint(chat).map { $0.record == nil } == true)
        #expect(read(chat) == nil)
    }
}
