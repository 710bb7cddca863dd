import Testing
import TextToolkit

@testable import ArticleEnrichment

/// `AmountToken.aroundNumbers` (a text read scalar by scalar, only around its numbers) gives
/// the tokens `tokenize` (the whole text by Characters) gives there, and the same amounts.
@Suite struct AmountTokenTests {
    private static let texts = [
        "Le groupe a levé 820 millions $ auprès de 15 investisseurs, dont US$ 4,5 mil millones.",
        "It paid $1.2 billion, or about USD 4.5 million of euros, in 2023 to 5 000 000 people.",
        "Die Firma zahlte 2,5 Millionen Euro und 30 Mio. Dollar an Anleger im Jahr 2024.",
        "Plain words only, no number anywhere in this sentence at all.",
        "15 milliards de FCFA d’aide et 3 d'euros; R$ 10 e € 30m para 7 bn",
    ]

    /// Texts of random pieces that numbers, words and symbols are cut from (seeded: the same
    /// texts every run).
    static func randomTexts() -> [String] {
        let pieces = [
            "1", "20", "5 000", "1.250", "2,5", "3.", ",", ".", " ", "  ", "\u{A0}", "\u{202F}", "\t", "\n", "$", "€",
            "US", "R", "millions", "bn", "mil", "de", "d", "’", "'", "dollars", "Euro", "FCFA", "francs", "cfa", "USD",
            "millones", "dólares", "£", "k", "m", "Mio", "of", "kenyan", "shillings", "CFA", "F",
            "é", "Ébène", "Straße", "–", "«", "»", "(", ")", "[", "]", "٣", "G", "x", "…", "%",
        ]
        var state: UInt64 = 42
        func next() -> Int {  // a linear congruential generator (Knuth's MMIX constants)
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        return (0..<400).map { _ in (0..<next() % 24).map { _ in pieces[next() % pieces.count] }.joined() }
    }

    /// `aroundNumbers` gives, for each number, the tokens `tokenize` gives around it.
    @Test func tokensAroundNumbersAreTheTokenizedOnes() {
        for text in Self.texts + Self.randomTexts() where TextPieces.readsByScalars(text) {
            let full = AmountToken.tokenize(text)
            let numbers = full.indices.filter { if case .number = full[$0].kind { true } else { false } }
            var windows: [(tokens: [AmountToken], index: Int)] = []
            AmountToken.aroundNumbers(text, every: true) { windows.append(($0, $1)) }
            #expect(windows.count == numbers.count, "\(text)")
            for (number, window) in zip(numbers, windows) {
                let lower = max(0, number - AmountToken.wordsBefore)
                let expected = full[lower...min(full.count - 1, number + AmountToken.wordsAfter)]
                #expect(window.index == number - lower, "\(text)")
                #expect(window.tokens.map(\.range) == expected.map(\.range), "\(text)")
                #expect(window.tokens.map { String(describing: $0.kind) } == expected.map { String(describing: $0.kind) }, "\(text)")
            }
        }
    }

    /// Reading around numbers (and skipping those with no possible currency) finds the amounts
    /// that tokenising the whole text finds.
    @Test(arguments: ["fr", "en", "es"])
    func amountsAroundNumbersAreTheTokenizedOnes(_ language: String) {
        let finder = AmountFinder(language: language)
        for text in Self.texts + Self.randomTexts() {
            #expect(finder.amounts(in: text) == finder.amounts(in: text, aroundNumbers: false), "\(text)")
        }
    }

    @Test func amountsAreFoundAsBefore() {
        #expect(AmountFinder(language: "fr").amounts(in: Self.texts[0]).map(\.value) == [820_000_000, 4_500_000_000])
        #expect(AmountFinder(language: "en").amounts(in: Self.texts[1]).map(\.currency) == ["USD", "USD"])
    }

    /// A number of 309 digits and more reads as infinity, which JSON cannot hold (the index
    /// would fail to encode): it is not an amount.
    @Test func aNumberTooLargeForADoubleIsNotAnAmount() {
        let text = "Le budget atteint " + String(repeating: "9", count: 400) + " $ selon le rapport, et 820 millions $ ailleurs."
        let amounts = AmountFinder(language: "fr").amounts(in: text)
        #expect(amounts.allSatisfy { $0.value.isFinite })
        #expect(amounts.map(\.value) == [820_000_000])
    }

    /// Only the first 256 KiB of text are read for amounts; a cut falls on a character boundary.
    @Test func amountsAreReadInTheFirst256KiBOnly() {
        let filler = String(repeating: "é", count: AmountFinder.maximumBytes / 2 - 10)
        let paragraphs = [filler + " 820 millions $ puis 15 milliards de FCFA plus loin dans le texte."]
        let amounts = AmountFinder(language: "fr").amounts(in: paragraphs)
        #expect(amounts.map(\.value) == [820_000_000])
        #expect(AmountFinder.prefix(of: "aéb", bytes: 2) == "a")
        #expect(AmountFinder.prefix(of: "aéb", bytes: 3) == "aé")
    }
}
