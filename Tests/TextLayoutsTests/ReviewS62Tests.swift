import Testing

@testable import TextLayouts
import DateReading

/// What review_s62 (look-alikes and targets of stop 56's rules, after their fixes) found, and the
/// row a desk pastes above a clipping: a keyed subject naming a masthead without a publication's
/// word beside its day and writers, a section's key in it, hyphenated mastheads, an introduction's
/// words that name no writer, a `Beitrag` introduction, tables of other rows printed by xsv, gron
/// or cqlsh, WP-CLI printing a comment, and a spreadsheet's row of publication, day, writers and page.
@Suite struct ReviewS62Tests {
    private let dates = DateRecognizer(language: nil)
    private static let title = "Plan to cut emissions unveiled"
    private static let text = EmissionsArticle.text

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    @Test func aKeyedMastheadWithoutAPublicationsWordStandsBesideItsDayAndWriters() {
        let reader = LayoutReader(dates: dates)
        let keyed = reader.keyedSubject("OUEST-FRANCE 18/03/2026 – Camille Lefort, Paul Morvan – À Nantes, le pont fermé aux voitures")
        #expect(keyed?.source == "OUEST-FRANCE")
        #expect(keyed?.authors == ["Camille Lefort", "Paul Morvan"])
        #expect(keyed?.date?.iso == "2026-03-18")
        #expect(keyed?.title == "À Nantes, le pont fermé aux voitures")
        #expect(reader.keyedSubject("HERALDO DE ARAGÓN 19/03/2026 — Lucía Gil — Zaragoza amplía el horario")?.source == "HERALDO DE ARAGÓN")
        // A town's or a topic's banner and its day keys no writer: no publication.
        #expect(reader.keyedSubject("ZARAGOZA 19/03/2026 – Zaragoza amplía el horario de las bibliotecas") == nil)
        #expect(reader.keyedSubject("BREXIT – Theresa May – Talks resume in Brussels") == nil)
    }

    @Test func aSectionsOrATownsKeyIsNoPartOfTheHeadline() {
        let reader = LayoutReader(dates: dates)
        #expect(reader.keyedSubject("LE MONDE 12/03/2026 – Économie – Lyon prolonge le métro")?.title == "Lyon prolonge le métro")
        #expect(reader.keyedSubject("MÄRKISCHE ALLGEMEINE 12.03.2026 – Potsdam – Neuer Radweg am Havelufer")?.title == "Neuer Radweg am Havelufer")
    }

    @Test func aHyphenatedMastheadNamesAPublication() {
        #expect(LayoutReader.namesPublication("RHEIN-ZEITUNG"))
        #expect(LayoutReader.namesPublication("Nice-Matin"))
        #expect(!LayoutReader.namesPublication("Rhein-Main"))
    }

    @Test func anIntroductionsWordsThatNameNoWriterVoidNothing() {
        for line in ["Article de la rubrique Économie paru dans Le Monde le 3 mars 2026 :",
                     "Artikel von dpa, erschienen in der Ostsee-Zeitung am 3. März 2026:"]
        {
            let facts = ArticleIntros.read(line, dates: dates)
            #expect(facts?.authors == [], "\(line)")
            #expect(facts?.date?.iso == "2026-03-03", "\(line)")
        }
        #expect(ArticleIntros.read("Beitrag von Jonas Petersen, erschienen in der Ostsee-Zeitung am 3. März 2026:", dates: dates)?
            .authors == ["Jonas Petersen"])
        #expect(ArticleIntros.read("Articolo di Giulia Neri uscito su La Stampa l'11 marzo 2026:", dates: dates)?.date?.iso == "2026-03-11")
    }

    @Test func aTablesOtherRowsPrintedByADumpHoldNoArticle() {
        let events = ["$ xsv slice -i 3 events.csv | xsv flatten", "event_id     118", "title        Cardiff Market late-night opening",
                      "date         2026-06-12",
                      "description  Stalls stay open until 10pm with live music under the restored roof. Street food traders join the regular stallholders for the evening, and entry is free for everyone."]
        #expect(DeskFetches.holdsNoArticle(events.joined(separator: "\n"), dates: dates))
        let package = ["$ gron package.json", "json = {};", "json.author = \"Rhys Morgan\";",
                       "json.description = \"Scrapes the council's market notices and posts a summary to the newsroom chat.\";",
                       "json.name = \"market-notices-bot\";", "json.version = \"1.4.2\";"]
        #expect(DeskFetches.holdsNoArticle(package.joined(separator: "\n"), dates: dates))
        let comment = ["$ wp comment get 318 --format=yaml", "comment_ID: \"318\"", "comment_author: Bernard L.",
                       "comment_content: |", "  Deux cents places supprimées avenue Salengro, personne ne nous a demandé notre avis."]
        #expect(DeskFetches.holdsNoArticle(comment.joined(separator: "\n"), dates: dates))
        let article = ["$ gron article.json", "json = {};", "json.title = \"\(Self.title)\";", "json.author = \"Jane Doe\";",
                       "json.date = \"2026-03-11\";", "json.text = \"\(Self.text.replacingOccurrences(of: "\n", with: "\\n"))\";"]
        let print = DeskFetches.print(article.joined(separator: "\n"), first: ConsoleRecords.firstLine(article.joined(separator: "\n")), dates: dates)
        #expect(print?.record?.title == Self.title)
        #expect(print?.record?.date?.iso == "2026-03-11")
    }

    @Test func aSpreadsheetsRowAboveTheArticleStatesItsFields() throws {
        let row = try #require(read(["Boing Boing\t07.09.2017\tDoctorow, Cory\tS. 27", "", Self.title, "", Self.text]))
        #expect(row.title == Self.title)
        #expect(row.source == "Boing Boing")
        #expect(row.authors == ["Cory Doctorow"])
        #expect(row.published?.iso == "2017-09-07")
        let paged = try #require(read(["El País\t\tp. 3", "", Self.title, "", Self.text]))
        #expect(paged.title == Self.title)
        #expect(paged.source == "El País")
        // A desk's banner and its clipping day: the desk's own line, no publication.
        let banner = PastedRows.labelled(["CLIPPING DE IMPRENSA\t\tsegunda-feira, 2 de fevereiro de 2026", "", Self.title], dates: dates)
        #expect(banner.first == "CLIPPING DE IMPRENSA\t\tsegunda-feira, 2 de fevereiro de 2026")
        // A header row over data rows is a table's.
        let table = ["Data\tPublicação\tTítulo", "07.09.2017\tPúblico\t\(Self.title)"]
        #expect(PastedRows.labelled(table, dates: dates) == table)
    }
}
