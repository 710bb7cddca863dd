import Testing

@testable import TextLayouts
import DateReading

/// Files that are another program's output: delimited exports (`DelimitedExport`) and a screen
/// reader's speech log (`SpokenPages`).
@Suite struct ExportFormsTests {
    private let english = DateRecognizer(language: "en", keepsTime: false)
    private let italian = DateRecognizer(language: "it", keepsTime: false)

    // MARK: - Delimited exports

    @Test func aSemicolonExportIsReadDayFirstWithItsTextColumn() throws {
        let text = """
            Fecha;Titular;Medio;Autor;URL;Texto
            "03/02/2026";"El puerto de Valencia amplía su terminal";"El País";"Javier Ruiz";"https://elpais.example/puerto";"El puerto aprobó el martes la ampliación; costará 1.200 millones.

            Las obras empezarán en otoño."

            """
        let layout = try #require(DelimitedExport.read(text, dates: english))
        #expect(layout.title == "El puerto de Valencia amplía su terminal")
        #expect(layout.authors == ["Javier Ruiz"])
        #expect(layout.published?.iso == "2026-02-03")
        #expect(layout.source == "El País")
        #expect(layout.site == "El País")
        #expect(layout.body == ["El puerto aprobó el martes la ampliación; costará 1.200 millones.", "Las obras empezarán en otoño."])
        // The reader takes the export before anything else.
        #expect(LayoutReader(dates: english).read(text) == layout)
    }

    @Test func aCommaExportFollowsTheCallersDateOrderAndTakesTheTextAfterTheRecord() throws {
        let text = "Date,Headline,Outlet,Influencer,URL\n"
            + #"02/03/2026,"Port deal signed, at last ""for good""",Reuters,Jane Doe,https://example.org/port"# + "\n"
            + "Work began on Monday.\n\nIt ends in May.\n"
        let layout = try #require(DelimitedExport.read(text, dates: english))
        #expect(layout.title == "Port deal signed, at last \"for good\"")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.published?.iso == "2026-02-03")
        #expect(layout.source == "Reuters")
        #expect(layout.body == ["Work began on Monday.", "It ends in May."])
    }

    @Test func aTabSeparatedExportInItalian() throws {
        let text = "\u{FEFF}Data\tTitolo\tTestata\tAutore\tTesto\n"
            + "03/02/2026\tIl porto di Genova cresce ancora\tIl Secolo Esempio\tGiulia Bianchi; Paolo Verdi\t"
            + "Il traffico di container è salito del 5% a gennaio.\n"
        let layout = try #require(DelimitedExport.read(text, dates: italian))
        #expect(layout.title == "Il porto di Genova cresce ancora")
        #expect(layout.authors == ["Giulia Bianchi", "Paolo Verdi"])
        #expect(layout.published?.iso == "2026-02-03")
        #expect(layout.source == "Il Secolo Esempio")
        #expect(layout.body == ["Il traffico di container è salito del 5% a gennaio."])
    }

    @Test func aHeaderOfFortyNamesFullOfCommasIsStillAHeader() throws {
        // The header's bound (1,640 delimiters of any kind) leaves room for 40 tab-separated names of
        // commas; a first line of more is prose or a hostile file, and is not folded name by name.
        let filler = (3..<40).map { _ in String(repeating: "a,", count: 19) + "a" }
        let text = (["Data", "Titolo", "Testata"] + filler).joined(separator: "\t") + "\n"
            + "03/02/2026\tIl porto di Genova cresce ancora\tIl Secolo Esempio\n"
        #expect(text.utf8.filter { $0 == 0x2C }.count > 700)
        let layout = try #require(DelimitedExport.read(text, dates: italian))
        #expect(layout.title == "Il porto di Genova cresce ancora")
        #expect(layout.source == "Il Secolo Esempio")
        let prose = String(repeating: "a, ", count: 2_000) + "\nText.\n"
        #expect(DelimitedExport.read(prose, dates: italian) == nil)
    }

    @Test func aSourceThatIsAWebAddressIsNone() throws {
        let text = "Date;Title;Source;Author\n2026-02-03;Port deal signed;https://example.org/port;Jane Doe\nWork began on Monday.\n"
        let layout = try #require(DelimitedExport.read(text, dates: english))
        #expect(layout.title == "Port deal signed")
        #expect(layout.source == nil)
        #expect(layout.published?.iso == "2026-02-03")
    }

    @Test(arguments: [
        // A title with commas: no field names.
        "Rwanda, Kenya and Uganda sign a power deal, officials say\n\nWork began on Monday, the ministers said.\n",
        // One field named only (`Title`): no header.
        "Title;Notes;Remarks\nPort deal signed;a;b\n",
        // No title column.
        "Date;Author;Source\n2026-02-03;Jane Doe;Reuters\n",
        // A field longer than 40 characters: prose, not a header.
        "Title, date and source of every article we publish today, checked twice\nBody.\n",
        // Two columns only.
        "Title;Date\nPort deal signed;2026-02-03\n",
    ])
    func noExport(_ text: String) {
        #expect(DelimitedExport.read(text, dates: english) == nil)
    }

    @Test func aCommaSeparatedTitleStaysTheTitle() throws {
        let layout = try #require(LayoutReader(dates: english).read(
            "Rwanda, Kenya and Uganda sign a power deal, officials say\n\nWork began on Monday, the ministers said.\n"))
        #expect(layout.title == "Rwanda, Kenya and Uganda sign a power deal, officials say")
        #expect(layout.body == ["Work began on Monday, the ministers said."])
    }

    // MARK: - Screen-reader speech logs

    @Test func anEnglishSpeechLogIsLabelled() {
        let lines = ["banner landmark", "link, The Guardian", "navigation landmark", "link, World", "main landmark",
                     "heading level 1, Port deal signed", "graphic, Cranes at the port", "By Jane Doe", "Work began on Monday."]
        // The first link is the logo (the publication); the menu's links after it state nothing.
        #expect(SpokenPages.labelled(lines) == ["Source: The Guardian", "Title: Port deal signed", "By Jane Doe",
                                                "Work began on Monday."])
    }

    @Test(arguments: [
        (["Banner Orientierungspunkt", "Link, Süddeutsche Zeitung", "Hauptbereich Orientierungspunkt",
          "Überschrift Ebene 1, Hamburger Hafen wächst", "Grafik, Containerschiffe"],
         ["Source: Süddeutsche Zeitung", "Title: Hamburger Hafen wächst"]),
        (["bannière repère", "lien, Le Monde", "principal repère", "titre niveau 1, Le port de Dakar s'agrandit"],
         ["Source: Le Monde", "Title: Le port de Dakar s'agrandit"]),
        (["banner marco", "link, Folha Exemplo", "principal marco", "cabeçalho nível 1, Porto de Santos bate recorde",
          "gráfico, Navios no cais"],
         ["Source: Folha Exemplo", "Title: Porto de Santos bate recorde"]),
        (["banner punto de referencia", "vínculo, El País", "encabezado nivel 1, El puerto de Valencia crece"],
         ["Source: El País", "Title: El puerto de Valencia crece"]),
        (["banner punto di riferimento", "collegamento, La Stampa", "intestazione livello 1, Il porto di Genova cresce"],
         ["Source: La Stampa", "Title: Il porto di Genova cresce"]),
    ])
    func speechLogsInOtherLanguages(_ lines: [String], _ expected: [String]) {
        #expect(SpokenPages.labelled(lines) == expected)
    }

    @Test(arguments: [
        // No landmark among the first three non-empty lines.
        ["Port deal signed", "", "link, Reuters", "By Jane Doe", "banner landmark", "heading level 1, Port deal signed"],
        // A landmark but no level-1 heading within 12 lines.
        ["banner landmark", "link, Reuters", "heading level 2, Port deal signed", "Work began on Monday."],
        // Prose that mentions a landmark is no landmark's line.
        ["The old lighthouse was declared a national landmark on Monday by the heritage board.", "heading level 1, Lighthouse"],
    ])
    func noSpeechLog(_ lines: [String]) {
        #expect(SpokenPages.labelled(lines) == lines)
    }

    @Test func aSpeechLogIsReadAsAnArticle() throws {
        let layout = try #require(LayoutReader(dates: english).read("""
            banner landmark
            link, The Guardian
            main landmark
            heading level 1, Port deal signed
            graphic, Cranes at the port
            By Jane Doe

            Work began on Monday at the port, the authority said in a statement on Tuesday.

            """))
        #expect(layout.title == "Port deal signed")
        #expect(layout.source == "The Guardian")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.body == ["Work began on Monday at the port, the authority said in a statement on Tuesday."])
    }
}
