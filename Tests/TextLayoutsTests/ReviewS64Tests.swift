import Testing

@testable import TextLayouts
import DateReading

/// What review_s64 (look-alikes and targets of stop 58's rules) found and stop 59 mended: a newsletter keyed like a
/// masthead names no publication even when its name holds a paper's word; an agency's name of several words closes an
/// agency's credit; a bracketed podcast, infographic or correction tag names no publication; a weekday left before a short
/// year's date is no part of the publication's name; a pasted row's day keeps the row's order; an office's title under a
/// signature, a picture agency, a map or a legal notice at the foot, and a site's section for local news name no
/// publication.
@Suite struct ReviewS64Tests {
    private let dates = DateRecognizer(language: nil)
    private static let text = EmissionsArticle.text

    private func read(_ lines: [String]) -> TextLayout? {
        LayoutReader(dates: dates).read(lines.joined(separator: "\n"))
    }

    @Test func aNewsletterKeyedLikeAMastheadNamesNoPublication() throws {
        for (banner, title) in [("RASSEGNA STAMPA 10/04/2026 – Chiara Rinaldi", "Bari, il lungomare di San Girolamo avrà una pista ciclabile"),
                                ("DAILY BRIEFING 10/04/2026 – Fiona Innes", "Plan to cut emissions unveiled")]
        {
            let keyed = try #require(read([banner + " – " + title, "", Self.text]))
            #expect(keyed.title == title, "\(banner)")
            #expect(keyed.source == nil, "\(banner)")
            #expect(keyed.authors.isEmpty, "\(banner)")
        }
    }

    @Test func anAgencysCreditNamesAnAgencyOfSeveralWords() {
        #expect(LayoutReader.isAgencyCredit("Con información de Europa Press"))
        #expect(LayoutReader.isAgencyCredit("Mit Material von dpa"))
        #expect(!LayoutReader.isAgencyCredit("Con información de la alcaldía"))
    }

    @Test func aBracketedTagNamesNoPublication() throws {
        for tag in ["Podcast", "Infografia", "Corrected"] {
            let tagged = try #require(read(["Plan to cut emissions unveiled [\(tag), 09/04/2026]", "By Callum Fraser", "9 April 2026", "", Self.text]))
            #expect(tagged.source == nil, "\(tag)")
            #expect(tagged.published?.iso == "2026-04-09", "\(tag)")
        }
    }

    @Test func aWeekdayBeforeAShortYearIsNoPartOfThePublication() throws {
        let foot = try #require(read(["Plan to cut emissions unveiled", "By Callum Fraser", "", Self.text, "", "The Press and Journal, Thu 09/04/26, p. 7"]))
        #expect(foot.source == "The Press and Journal")
        #expect(foot.published?.iso == "2026-04-09")
    }

    @Test func aPastedRowsDayKeepsTheRowsOrder() {
        let lines = PastedRows.labelled(["Le Bien Public\t09/04/2026\tBernard, Élodie\tp. 6", "", "Titre", "", "Texte."], dates: dates)
        #expect(lines.contains("Date: 2026-04-09"))
        #expect(lines.contains("Publication: Le Bien Public"))
    }

    @Test func anOfficeAPictureAgencyAMapOrALegalNoticeAtTheFootNamesNoPublication() throws {
        for foot in [["Marta Suárez", "Concejala de Deportes", "09/04/2026"], ["Giulia Ferrante", "Assessora alla Mobilità", "09/04/2026"],
                     ["Getty Images"], ["Google Maps"], ["Aviso Legal"]]
        {
            let clipped = try #require(read(["Plan to cut emissions unveiled", "By Callum Fraser", "", Self.text, ""] + foot))
            #expect(clipped.source == nil, "\(foot)")
        }
        let paper = try #require(read(["Plan to cut emissions unveiled", "By Callum Fraser", "", Self.text, "", "Süddeutsche Zeitung"]))
        #expect(paper.source == "Süddeutsche Zeitung")
    }

    @Test func aPressReleasesParenthesisedReferenceGivesItsDayOnly() {
        let judge = ClippingFacts(dates: dates)
        for line in ["(Nota de imprensa, 09/04/2026)", "(Communiqué de presse, 9 avril 2026)", "(Pressemitteilung der Stadt Regensburg, 09.04.2026)"] {
            let facts = judge.facts(line)
            #expect(facts?.date?.iso == "2026-04-09", "\(line)")
            #expect(facts?.source == nil, "\(line)")
        }
    }

    @Test func underscoresMarkEmphasisAsAsterisksDo() {
        #expect(ClippingFacts.withoutInnerEmphasis("_Le Bien Public_, 9 avril 2026") == "Le Bien Public, 9 avril 2026")
        #expect(ClippingFacts.withoutInnerEmphasis("see file_name_here and my_var") == "see file_name_here and my_var")
        #expect(ClippingFacts.withoutInnerEmphasis("*Le Monde*, 3 mars 1987") == "Le Monde, 3 mars 1987")
    }

    @Test func aSitesSectionForLocalNewsNamesNoPublication() {
        for line in ["Published on 9 April 2026 in Local News", "Veröffentlicht am 9. April 2026 in Stadtgeschehen",
                     "Pubblicato il 9 aprile 2026 in Bari e Provincia"]
        {
            let facts = ArticleIntros.publishingSentence(line, dates: dates)
            #expect(facts?.source == nil, "\(line)")
        }
        #expect(ArticleIntros.publishingSentence("Pubblicato il 9 aprile 2026 in La Provincia", dates: dates)?.source == "La Provincia")
    }
}
