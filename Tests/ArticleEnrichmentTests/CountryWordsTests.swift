import Testing

@testable import ArticleEnrichment
import TextToolkit

/// `CountryNames.words` reads UTF-8 bytes and folds ASCII words bytewise: it must cut and fold
/// exactly as the scalar-by-scalar reading it replaced (kept here as the reference).
@Suite struct CountryWordsTests {
    private static let texts = [
        "", "Côte d'Ivoire", "Les États-Unis et la RDC", "ÉTATS-UNIS", "Kelvin \u{212A}elvin",
        "e\u{301}tats Unis", "Ελλάδα και Κύπρος", "Россия, США", "日本と中国", "emoji 🇫🇷 France!",
        "République démocratique du Congo", "ǅemal Ǆ ǆ", "ß STRASSE Straße", "a1b2 C3",
    ]

    private struct Reference: Equatable {
        var folded: String
        var capitalised: Bool
        var allCapitals: Bool
    }

    /// The previous implementation: Unicode scalars of the `String`, folded with `TextFolding`.
    private static func reference(_ text: String) -> [Reference] {
        var words: [Reference] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard CountryNames.isLetter(scalars[index]) else {
                scalars.formIndex(after: &index)
                continue
            }
            let start = index
            var allCapitals = true
            while index < scalars.endIndex, CountryNames.isLetter(scalars[index]) {
                if allCapitals { allCapitals = CountryNames.isUppercase(scalars[index]) }
                scalars.formIndex(after: &index)
            }
            words.append(Reference(
                folded: TextFolding.fold(scalars: scalars[start..<index]),
                capitalised: CountryNames.isUppercase(scalars[start]), allCapitals: allCapitals))
        }
        return words
    }

    @Test(arguments: texts)
    func wordsMatchTheScalarReading(_ text: String) {
        let words = CountryNames.words(text).map {
            Reference(folded: $0.folded(in: text), capitalised: $0.capitalised, allCapitals: $0.allCapitals)
        }
        #expect(words == Self.reference(text))
    }

    @Test func unknownLanguagesUseTheEnglishTable() {
        #expect(CountryNames.table(for: "xx").codes == CountryNames.table(for: "en").codes)
        #expect(CountryNames.table(for: nil).codes == CountryNames.table(for: "en").codes)
        #expect(CountryNames.table(for: "fr").displays.contains("Allemagne"))
    }
}

@Suite struct LatinLetterTests {
    /// `CountryNames.isLetter`'s table-free answer for U+0080…U+024F is the property's.
    @Test func latinLettersAreAlphabetic() {
        for value in UInt32(0x80)..<0x250 {
            let scalar = Unicode.Scalar(value)!
            #expect(CountryNames.isLetter(scalar) == scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
        }
    }
}
