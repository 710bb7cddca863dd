import Testing

@testable import TextLayouts
import DateReading

/// The thirty-second batch's plain-text forms: a publication's disclosure of its owner at the foot, a colleague's
/// recommendation box above a rule over the article.
@Suite struct DeskNotesS54Tests {
    private let dates = DateRecognizer(language: nil)

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    private static let text = EmissionsArticle.text
    private static let title = "Plan to cut emissions unveiled"

    @Test(arguments: [
        ("Disclosure: The Guardian, like The Observer, belongs to the Scott Trust.", "The Guardian"),
        ("Transparenzhinweis: Der Tagesspiegel gehört wie die Zeit zur Holtzbrinck-Gruppe.", "Der Tagesspiegel"),
        ("Transparence : Le Monde appartient, comme Télérama, au groupe Le Monde.", "Le Monde"),
        ("Nota de transparencia: El País, como Cadena SER, pertenece al grupo PRISA.", "El País"),
        ("Trasparenza: la Repubblica, come La Stampa, fa parte del gruppo GEDI.", "la Repubblica"),
    ])
    func aDisclosureNamesThePublicationThatPrintedIt(line: String, source: String) {
        #expect(DisclosureNotes.publication(line) == source)
    }

    @Test(arguments: [
        "Disclosure: The author owns shares in the company mentioned.",
        "Disclosure: this article was written with support from the Pulitzer Center.",
        "The Guardian, like The Observer, belongs to the Scott Trust.",
        "Transparenzhinweis: Die Deutsche Bahn gehört zu den Anzeigenkunden dieser Zeitung.",
        "Trasparenza: Stellantis, come questo giornale, fa parte del gruppo Exor.",
    ])
    func otherDisclosuresNameNoPublication(line: String) {
        #expect(DisclosureNotes.publication(line) == nil)
    }

    @Test func aDisclosureAtTheFootGivesTheSource() throws {
        let layout = try #require(read([
            Self.title, "By Jane Doe", "March 4, 2026", "", Self.text, "",
            "Disclosure: The Guardian, like The Observer, belongs to the Scott Trust. Ann Lee, a trustee, chairs the charity named here.",
        ]))
        #expect(layout.source == "The Guardian")
        #expect(layout.authors == ["Jane Doe"])
    }

    @Test(arguments: [
        ["OUR PICK OF THE WEEK", "Recommended by Sarah Collins, February 5, 2026", "“Worth reading in full before Thursday's meeting.”"],
        ["LESETIPP DER WOCHE", "Empfohlen von Rui Almeida, 12. Februar 2019"],
        ["Consigliato da Carmen Ortiz, 3 marzo 1987"],
    ])
    func aRecommendationBoxAboveARuleIsNoneOfTheArticlesFields(box: [String]) throws {
        let layout = try #require(read(box + ["", "———", "", Self.title, "Reuters, 26 February 1987", "", Self.text]))
        #expect(layout.title == Self.title)
        #expect(layout.source == "Reuters")
        #expect(layout.published?.iso == "1987-02-26")
        #expect(layout.authors.isEmpty)
    }

    @Test func aMastheadInCapitalsOverARuleIsNoRecommendationBox() {
        #expect(RuledNotes.articleStart(["LE FIGARO", "", "———", "", Self.title, "", Self.text]) == nil)
    }

    @Test(arguments: [
        ("Mit Ingrid Dahl sprach Cal Mankowski.", ["Cal Mankowski"]),
        ("Ingrid Dahl a répondu aux questions de Jon Porter.", ["Jon Porter"]),
        ("Anders Holm respondió a las preguntas de Jeremy Clift.", ["Jeremy Clift"]),
        ("Anders Holm ha risposto alle domande di Michael Hingston.", ["Michael Hingston"]),
        ("Ingrid Dahl respondeu às perguntas de Korinna Hennig.", ["Korinna Hennig"]),
        ("Richard Adams spoke with Anders Holm.", ["Richard Adams"]),
    ])
    func anInterviewsClosingCreditNamesItsWriter(line: String, authors: [String]) throws {
        #expect(Bylines.interviewers(line) == authors)
        let layout = try #require(read([Self.title, "", Self.text, "", line]))
        #expect(layout.authors == authors)
    }

    @Test(arguments: [
        "The minister spoke with reporters after the vote.",
        "Mit dem Zug sprach sich die Mehrheit für den Ausbau aus.",
        "Le ministre a répondu aux questions de la commission des finances.",
    ])
    func proseIsNoInterviewCredit(line: String) {
        #expect(Bylines.interviewers(line) == nil)
    }

    @Test func aNewsPostsLineCountIsNoFieldAndItsBylineUnderThePostersNoteSigns() throws {
        let layout = try #require(read([
            "Path: news.example.net!not-for-mail", "From: Rui Almeida <rui.almeida@example.net>", "Newsgroups: it.politica",
            "Subject: " + Self.title, "Date: Sun, 8 Mar 2026 14:38:24 +0100", "Message-ID: <421cb2f1b2ca@news.example.net>",
            "Organization: Example Net", "Lines: 61", "User-Agent: slrn/1.0.3 (Linux)", "", "Articolo interessante, per la discussione.",
            "", "Di Cal Mankowski", "", Self.text,
        ]))
        #expect(layout.title == Self.title)
        #expect(layout.authors == ["Cal Mankowski"])
    }
}
