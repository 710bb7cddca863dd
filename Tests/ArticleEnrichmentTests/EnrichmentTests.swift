import Testing

@testable import ArticleEnrichment
import TextToolkit

/// Places (iso-codes country names), amounts and keywords.
@Suite struct EnrichmentTests {
    @Test(arguments: [
        ("Avec près de 820 millions $ d’investissements", "fr", "820 millions $", 820_000_000.0, "USD"),
        ("The firm raised $1.2 billion from investors.", "en", "$1.2 billion", 1_200_000_000, "USD"),
        ("It paid €30m for the stake.", "en", "€30m", 30_000_000, "EUR"),
        ("Un budget de 15 milliards de FCFA est prévu.", "fr", "15 milliards de FCFA", 15_000_000_000, "XOF"),
        ("Le projet coûte 2,5 millions d'euros.", "fr", "2,5 millions d'euros", 2_500_000, "EUR"),
        ("Le projet coûte 2,5 millions d’euros.", "fr", "2,5 millions d’euros", 2_500_000, "EUR"),
        ("a loan of USD 4.5 million", "en", "USD 4.5 million", 4_500_000, "USD"),
        ("un prêt de 1,2 milliard de francs CFA", "fr", "1,2 milliard de francs CFA", 1_200_000_000, "XOF"),
        ("Er kostet 3,5 Milliarden Euro.", "de", "3,5 Milliarden Euro", 3_500_000_000, "EUR"),
        ("costará 200 millones de dólares", "es", "200 millones de dólares", 200_000_000, "USD"),
        ("custará 5 mil milhões de euros", "pt", "5 mil milhões de euros", 5_000_000_000, "EUR"),
        ("un investimento di 40 milioni di euro", "it", "40 milioni di euro", 40_000_000, "EUR"),
        ("un chèque de 5 000 €", "fr", "5 000 €", 5_000, "EUR"),
        ("revenue of 1,250,000.50 dollars", "en", "1,250,000.50 dollars", 1_250_000.5, "USD"),
        ("a US$ 3 million grant", "en", "US$ 3 million", 3_000_000, "USD"),
        ("R$ 10 milhões", "pt", "R$ 10 milhões", 10_000_000, "BRL"),
        ("£5bn deal", "en", "£5bn", 5_000_000_000, "GBP"),
        ("1.250.000 Euro", "de", "1.250.000 Euro", 1_250_000, "EUR"),
    ])
    func amounts(_ text: String, _ language: String, _ span: String, _ value: Double, _ currency: String) {
        let found = AmountFinder(language: language).amounts(in: text)
        #expect(found == [Amount(text: span, value: value, currency: currency)], "\(found)")
    }

    @Test(arguments: [
        ("Il a 820 ans et mesure 30 m.", "fr"), ("In 2026, 16 projects cost more.", "en"),
        ("He was mad at 5 pm.", "en"), ("Le taux est de 3,5 %.", "fr"),
    ])
    func numbersWithoutCurrencyAreNotAmounts(_ text: String, _ language: String) {
        #expect(AmountFinder(language: language).amounts(in: text).isEmpty)
    }

    @Test func placesCountMentionsInTheArticlesLanguage() {
        let body = [
            "Le Rwanda et le Japon ont signé un accord. Kigali et Tokyo saluent le Rwanda.",
            "La République démocratique du Congo (RDC) et les États-Unis observent. La Côte d’Ivoire aussi.",
        ]
        let places = PlaceFinder(language: "fr").places(title: "Le Rwanda discute avec le Japon", body: body)
        #expect(places.map(\.code) == ["RW", "JP", "CD", "US", "CI"])
        #expect(places.first == Place(code: "RW", name: "Rwanda", mentions: 3))
        #expect(places.first { $0.code == "CD" }?.mentions == 2)
        #expect(!places.contains { $0.code == "CG" })  // inside the longer CD name
    }

    @Test(arguments: [
        ("de", "Ruanda und Japan vertiefen ihre Zusammenarbeit mit Deutschland.", ["RW", "JP", "DE"]),
        ("es", "Ruanda y Japón firman un acuerdo con España.", ["RW", "JP", "ES"]),
        ("pt", "Ruanda e Japão assinam um acordo com o Brasil.", ["RW", "JP", "BR"]),
        ("it", "Ruanda e Giappone firmano un accordo con l’Italia.", ["RW", "JP", "IT"]),
        ("en", "Rwanda and Japan signed a deal; the turkey and chile sauce were served.", ["RW", "JP"]),
    ])
    func placesInOtherLanguages(_ language: String, _ text: String, _ codes: [String]) {
        #expect(PlaceFinder(language: language).places(title: "", body: [text]).map(\.code) == codes)
    }

    /// An accented word and its ASCII spelling fold to one stem (ASCII stems are kept by their
    /// bytes, others by `String`): counted together, so the term reaches a score of 2; in
    /// either order. An ASCII stop word in capitals is still a stop word.
    @Test(arguments: [["Le café ouvre.", "Le cafe ferme."], ["Le cafe ferme.", "Le café ouvre."]])
    func keywordsMergeAnAccentedWordWithItsASCIISpelling(_ body: [String]) {
        #expect(KeywordExtractor(language: "fr").keywords(title: "", body: body) == ["cafe"])
        #expect(KeywordExtractor(language: "en").keywords(title: "THE", body: ["THE THE"]).isEmpty)
    }

    /// Canonically equivalent spellings (KELVIN SIGN) still count as one word, whichever
    /// comes first, although ASCII words are looked up by their bytes.
    @Test(arguments: [["Kelvin.", "\u{212A}elvin."], ["\u{212A}elvin.", "Kelvin."]])
    func keywordsMergeCanonicallyEquivalentWords(_ body: [String]) {
        let keywords = KeywordExtractor(language: "en").keywords(title: "Temperatures", body: body)
        #expect(keywords.count == 1)
        #expect(keywords.first.map { $0 == "Kelvin" } == true)
    }
}
