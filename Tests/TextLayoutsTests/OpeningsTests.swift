import Testing

@testable import TextLayouts
import DateReading

/// A file's first lines that are no title (`LayoutReader+Opening`): weak and short openings,
/// overlines and kickers, a messaging channel's forward line, people's given names.
@Suite struct OpeningsTests {
    private let english = DateRecognizer(language: "en", keepsTime: false)

    private func read(_ text: String) throws -> TextLayout {
        try #require(LayoutReader(dates: english).read(text))
    }

    private let prose = "Work began on Monday at the port, the authority said in a statement, and will last until May."

    // MARK: - How weak an opening is

    @Test(arguments: [
        ("Reuters      Media type: Print", LayoutReader.Opening.weak), ("Worth reading:", .weak), ("À lire :", .weak),
        ("Carmen Ortiz", .weak), ("Sarah Collins  10:42 AM", .weak), ("Lucía Martín 09:15", .weak),
        ("Correction, March 1: An earlier version of this article misstated the minister's name.", .weak),
        ("Rettifica: in una versione precedente il nome del ministro era errato.", .weak),
        ("Anmerkung der Redaktion: Dieser Artikel wurde am 3. März aktualisiert.", .weak),
        ("Fe de errores: una versión anterior atribuía la cita al alcalde.", .weak),
        ("Correção: uma versão anterior deste texto errava o nome do ministro.", .weak),
        ("Rectificatif : une version précédente de cet article donnait un mauvais chiffre.", .weak),
        ("Visit Austria", .short), ("Google Alerts", .short), ("Brexit: what next", .short),
    ])
    func openings(_ line: String, _ opening: LayoutReader.Opening) {
        #expect(LayoutReader.opening(line) == opening)
    }

    @Test(arguments: [
        "Le Brexit : ce qui change pour les pêcheurs bretons",
        "Correction officers strike over pay in Lyon prisons",
        "Update your passwords now, security experts warn",
        "Sarah Collins wins the Boston marathon at 10:42",
    ])
    func noWeakOpening(_ line: String) {
        #expect(LayoutReader.opening(line) == nil)
    }

    /// A person's name and a two-word title have the same form; the given name tells them apart.
    @Test func aLonePersonGivesWayToTheTitleButATwoWordTitleStays() throws {
        let person = try read("Carmen Ortiz\n\nTourism grows in the Alps\n\n\(prose)\n")
        #expect(person.title == "Tourism grows in the Alps")
        let title = try read("Visit Austria\n\n\(prose)\n")
        #expect(title.title == "Visit Austria")
        #expect(title.body == [prose])
    }

    /// The post's author stays in the body (`LayoutReader.read`: "they stay in the body"); a
    /// person's name is no publication.
    @Test
    func aLonePersonAboveTheTitleIsNoSource() throws {
        let layout = try read("Carmen Ortiz\n\nTourism grows in the Alps\n\n\(prose)\n")
        #expect(layout.title == "Tourism grows in the Alps")
        #expect(layout.source == nil)
        #expect(layout.body == ["Carmen Ortiz", prose])
    }

    /// `GivenNames` names `Vancouver Sun` as a name it tells from a person's; `sun` is in the list.
    @Test
    func aNewspapersNameIsNoPerson() {
        #expect(!GivenNames.holdsGivenName("Vancouver Sun"))
        #expect(LayoutReader.opening("Vancouver Sun") == .short)
    }

    @Test func aTwoWordTitleWithABylineStaysTheTitle() throws {
        let layout = try read("Visit Austria\nBy Jane Doe\n\n\(prose)\n")
        #expect(layout.title == "Visit Austria")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.body == [prose])
    }

    /// A colleague's lead-in above a blank line is a lead-in as one right above the title is (stop 45;
    /// it stayed in the body before): no title, and no part of the article's text.
    @Test func aColonEndingLeadInAboveABlankLineGivesWay() throws {
        let layout = try read("Seen in the papers today:\n\nPort deal signed at last\n\nBy Jane Doe\n\n\(prose)\n")
        #expect(layout.title == "Port deal signed at last")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.body == [prose])
    }

    @Test
    func aRowInColumnsGivesWay() throws {
        let layout = try read("Reuters      Media type: Print\n\nPort deal signed at last\nBy Jane Doe | Reuters\n\n\(prose)\n")
        #expect(layout.title == "Port deal signed at last")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
    }

    @Test func aChatPostHeaderGivesWayToThePastedArticle() throws {
        let layout = try read("""
            Sarah Collins  10:42 AM
            Worth a look for the morning review

            Port deal signed at last
            By Jane Doe | Reuters | March 3, 2026

            \(prose)

            """)
        #expect(layout.title == "Port deal signed at last")
        #expect(layout.authors == ["Jane Doe"])
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "2026-03-03")
    }

    @Test(arguments: [
        ("Correction, March 1: An earlier version of this article misstated the minister's name.", "Port deal signed at last",
         "By Jane Doe"),
        ("Rettifica: in una versione precedente di questo articolo il nome del ministro era errato.",
         "Il porto di Genova cresce ancora", "Di Giulia Bianchi"),
        ("Anmerkung der Redaktion: Dieser Artikel wurde nach Erscheinen um eine Stellungnahme ergänzt.",
         "Hamburger Hafen wächst wieder", "Von Jana Weber"),
    ])
    func aNoticeAboveTheTitleGivesWay(_ notice: String, _ title: String, _ byline: String) throws {
        let layout = try read("\(notice)\n\n\(title)\n\(byline)\n\n\(prose)\n")
        #expect(layout.title == title)
        #expect(layout.authors.count == 1)
        #expect(layout.body.first == notice)
    }

    @Test func aPublicationsNameRightAboveTheTitleFoundUnderAWeakOpening() throws {
        let layout = try read("Carmen Ortiz\n\nPúblico\nO porto de Lisboa bate recorde\n\n\(prose)\n")
        #expect(layout.title == "O porto de Lisboa bate recorde")
        #expect(layout.source == "Público")
    }

    // MARK: - Overlines and kickers

    @Test(arguments: ["EN DIRECT", "OPINION", "Exklusiv", "Meinung", "Análisis", "Ao vivo"])
    func aKickerAboveTheTitleStatesNothing(_ kicker: String) throws {
        let layout = try read("\(kicker)\nGrève à la SNCF : le trafic perturbé ce jeudi\nPar Claire Martin\n\n\(prose)\n")
        #expect(layout.title == "Grève à la SNCF : le trafic perturbé ce jeudi")
        #expect(layout.authors == ["Claire Martin"])
        #expect(layout.source == nil)
        #expect(layout.body == [prose])
    }

    @Test func aPublicationsNameAboveTheTitleIsTheSource() throws {
        let layout = try read("Le Monde\nLa réforme des retraites adoptée au Sénat\nPar Claire Martin\n\n\(prose)\n")
        #expect(layout.title == "La réforme des retraites adoptée au Sénat")
        #expect(layout.source == "Le Monde")
        #expect(layout.authors == ["Claire Martin"])
    }

    @Test func kickersAreFoldedGenreWordsOnly() {
        for word in ["live", "en direct", "opinion", "editorial", "exklusiv", "ultima hora", "in diretta", "opiniao"] {
            #expect(ExportLines.isKicker(word), "\(word)")
        }
        for word in ["LIVE", "live music", "reuters", "le monde", "economie"] {
            #expect(!ExportLines.isKicker(word), "\(word)")
        }
    }

    /// `ClippingFacts.combined` names `OPINION | Le Monde` and `Reuters — LIVE` as its cases.
    @Test
    func aGenreBesideThePublicationStatesOnlyThePublication() throws {
        let facts = ClippingFacts(dates: english)
        let opinion = try #require(facts.facts("OPINION | Le Monde"))
        #expect(opinion.source == "Le Monde")
        #expect(opinion.authors.isEmpty)
        #expect(opinion.date == nil)
    }

    @Test func aPublicationBesideAGenreIsTheSource() throws {
        let live = try #require(ClippingFacts(dates: english).facts("Reuters — LIVE"))
        #expect(live.source == "Reuters")
        #expect(live.authors.isEmpty)
    }

    @Test
    func aGenreAndPublicationLineAboveTheTitle() throws {
        let layout = try read("OPINION | Le Monde\nLa réforme des retraites adoptée au Sénat\nPar Claire Martin\n\n\(prose)\n")
        #expect(layout.title == "La réforme des retraites adoptée au Sénat")
        #expect(layout.source == "Le Monde")
        #expect(layout.authors == ["Claire Martin"])
    }

    // MARK: - A messaging channel's forward

    @Test func forwardedFromNamesTheChannel() {
        #expect(ClippingFacts.forwardedFrom("Forwarded from Reuters") == "Reuters")
        #expect(ClippingFacts.forwardedFrom("Weitergeleitet von Tagesschau") == "Tagesschau")
        #expect(ClippingFacts.forwardedFrom("Inoltrato da ANSA") == "ANSA")
        #expect(ClippingFacts.forwardedFrom("Transféré depuis Le Monde") == "Le Monde")
        #expect(ClippingFacts.forwardedFrom("Forwarded from") == nil)
        #expect(ClippingFacts.forwardedFrom("Forwarded messages are read by the desk") == nil)
    }

    @Test func aPublicationsChannelIsTheSourceAPersonsNone() throws {
        let facts = ClippingFacts(dates: english)
        #expect(try #require(facts.facts("Forwarded from Reuters")).source == "Reuters")
        #expect(try #require(facts.facts("Reenviado de El País")).source == "El País")
        let person = try #require(facts.facts("Weitergeleitet von Anna Schmidt"))
        #expect(person.source == nil)
        #expect(person.authors.isEmpty)
    }

    // MARK: - Given names

    @Test func givenNames() {
        for name in ["Carmen Ortiz", "Jean-Pierre Dupont", "J. Smith", "Lucía Martín", "João Silva", "Awa Diop", "Jürgen Klein"] {
            #expect(GivenNames.holdsGivenName(name), "\(name)")
        }
        for name in ["Visit Austria", "Skateboard MSM", "Google Alerts", "Le Monde"] {
            #expect(!GivenNames.holdsGivenName(name), "\(name)")
        }
    }
}
