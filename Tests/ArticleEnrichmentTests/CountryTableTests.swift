import Testing

@testable import ArticleEnrichment

/// The `String`-keyed table `CountryNames.Table` replaced (built with `split`, `Character`s and
/// `joined`): the byte-keyed table must answer every key and prefix as it does.
struct ReferenceCountryTable {
    var codes: [String] = []
    var displays: [String] = []
    var names: [String: CountryNames.Name] = [:]
    var prefixes: Set<String> = []

    init(_ lines: String) {
        for line in lines.split(separator: "\n") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 3 else { continue }
            let entry = codes.count
            codes.append(fields[0])
            displays.append(fields[1])
            for alias in fields.dropFirst(2) {
                let words = CountryNames.words(alias).map { $0.folded(in: alias) }
                guard !words.isEmpty else { continue }
                let letters = alias.filter(\.isLetter)
                let acronym = letters.count >= 2 && letters.allSatisfy(\.isUppercase)
                names[words.joined(separator: " ")] = CountryNames.Name(entry: entry, acronym: acronym)
                for end in 1..<words.count { prefixes.insert(words[..<end].joined(separator: " ")) }
            }
        }
    }
}

@Suite struct CountryTableTests {
    static let languages = ["fr", "en", "de", "es", "it", "pt"]

    @Test(arguments: languages)
    func answersAsTheStringKeyedTable(_ language: String) {
        let data = CountryNames.data[language]!
        let reference = ReferenceCountryTable(data)
        let table = CountryNames.Table(data)
        #expect(table.codes == reference.codes)
        #expect(table.displays == reference.displays)
        for (key, name) in reference.names {
            let found = table.name(forKey: Array(key.utf8)[...])
            #expect(found?.entry == name.entry && found?.acronym == name.acronym, "\(key)")
        }
        for prefix in reference.prefixes { #expect(table.isPrefix(Array(prefix.utf8)[...]), "\(prefix)") }
        // Keys that are no name nor prefix, and spellings equal only as `String`s.
        for key in ["", "x", "etats", "etats unis d", "france france", "republique democratique du"] {
            #expect((table.name(forKey: Array(key.utf8)[...]) == nil) == (reference.names[key] == nil), "\(key)")
            #expect(table.isPrefix(Array(key.utf8)[...]) == reference.prefixes.contains(key), "\(key)")
        }
    }

    /// A key is found under any canonically equivalent spelling (`String` equality): the
    /// folded `가` is its conjoining jamo, found as written either way.
    @Test func equivalentSpellingsFindTheSameName() {
        let table = CountryNames.Table("XX\tX\t가 나라\n")
        let reference = ReferenceCountryTable("XX\tX\t가 나라\n")
        for key in ["가 나라", "\u{1100}\u{1161} 나라"] {
            #expect(table.name(forKey: Array(key.utf8)[...])?.entry == 0)
            #expect(reference.names[key]?.entry == 0)
        }
        #expect(table.isPrefix(Array("\u{1100}\u{1161}".utf8)[...]))
        #expect(table.name(forKey: Array("\u{1100}".utf8)[...]) == nil)
    }
}
