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

/// `PlaceFinder` (words read one at a time, ASCII words that start no name skipped on their
/// bytes) finds what reading every word and looking each capitalised one up finds.
@Suite struct PlaceFinderReferenceTests {
    /// The reading before the skip: every word of the text, each capitalised one looked up.
    static func reference(_ texts: [String], language: String) -> [Place] {
        let table = ReferenceCountryTable(CountryNames.data[language] ?? CountryNames.data["en"]!)
        var mentions: [Int: Int] = [:]
        var firstSeen: [Int: Int] = [:]
        var order = 0
        for text in texts {
            let words = CountryNames.words(text)
            var index = 0
            while index < words.count {
                defer { order += 1 }
                var key = ""
                var found: (Int, Int)?
                if words[index].capitalised {
                    for end in index..<min(words.count, index + 12) {
                        let folded = words[end].folded(in: text)
                        key += key.isEmpty ? folded : " " + folded
                        if let name = table.names[key], !name.acronym || words[index...end].allSatisfy(\.allCapitals) {
                            found = (name.entry, end - index + 1)
                        }
                        if !table.prefixes.contains(key) { break }
                    }
                }
                guard let (entry, length) = found else {
                    index += 1
                    continue
                }
                mentions[entry, default: 0] += 1
                if firstSeen[entry] == nil { firstSeen[entry] = order }
                index += length
            }
        }
        return mentions.keys
            .sorted { mentions[$0]! != mentions[$1]! ? mentions[$0]! > mentions[$1]! : firstSeen[$0]! < firstSeen[$1]! }
            .map { Place(code: table.codes[$0], name: table.displays[$0], mentions: mentions[$0]!) }
    }

    /// Every alias of every country, as written, in capitals, in lowercase and run together.
    @Test(arguments: ["fr", "en", "de", "es", "it", "pt", "ru"])
    func everyAliasIsFoundAsByTheReference(_ language: String) {
        let lines = (CountryNames.data[language] ?? CountryNames.data["en"]!).split(separator: "\n")
        let aliases = lines.flatMap { $0.split(separator: "\t").dropFirst(2).map(String.init) }
        let texts = [
            aliases.joined(separator: ". "), aliases.joined(separator: " et ").uppercased(),
            aliases.joined(separator: " ").lowercased(), "Le Congo, la République démocratique du Congo et l'Ouganda.",
        ] + aliases.map { "Selon \($0) (AFP) – \($0)’s USA RDC" }
        #expect(PlaceFinder(language: language).places(title: texts[3], body: texts) == Self.reference([texts[3]] + texts, language: language))
    }
}
