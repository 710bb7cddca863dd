/// Country names per language, built once from the generated `CountryNames.data` (Debian
/// iso-codes, see scripts/generate_countries.py) into lookup tables of folded word sequences.
///
/// Contract: immutable after first use; `table(for:)` never fails (unknown or nil language →
/// English). A name is a key of folded words (`États-Unis` → `etats unis`); acronyms written in
/// capitals in the data (`RDC`, `USA`) only match capitals in the text.
enum CountryNames {
    struct Name: Sendable {
        var entry: Int
        var acronym: Bool
    }

    struct Table: Sendable {
        var codes: [String] = []
        var displays: [String] = []
        var names: [String: Name] = [:]
        /// Every proper prefix of a key, so a scan can stop as soon as no name can follow.
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
                    names[words.joined(separator: " ")] = Name(entry: entry, acronym: acronym)
                    for end in 1..<words.count { prefixes.insert(words[..<end].joined(separator: " ")) }
                }
            }
        }
    }

    static let tables: [String: Table] = data.mapValues(Table.init)

    static func table(for language: String?) -> Table {
        language.flatMap { tables[$0] } ?? tables["en"]!
    }

    /// A word of the text: where it is (Unicode scalar indices) and how it was written.
    struct Word {
        var range: Range<String.Index>
        var capitalised: Bool
        var allCapitals: Bool

        /// The word folded for lookup (done on demand: most words never need it).
        func folded(in text: String) -> String {
            TextFolding.fold(scalars: text.unicodeScalars[range])
        }
    }

    /// Runs of letters; everything else separates words (`d'Ivoire` → `d`, `ivoire`).
    /// Works on Unicode scalars (the text is NFC), which is several times faster than Characters.
    static func words(_ text: String) -> [Word] {
        var words: [Word] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard isLetter(scalars[index]) else {
                scalars.formIndex(after: &index)
                continue
            }
            let start = index
            var allCapitals = true
            while index < scalars.endIndex, isLetter(scalars[index]) {
                if allCapitals { allCapitals = isUppercase(scalars[index]) }
                scalars.formIndex(after: &index)
            }
            words.append(Word(range: start..<index, capitalised: isUppercase(scalars[start]), allCapitals: allCapitals))
        }
        return words
    }

    /// An upper-case scalar, with an ASCII fast path.
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x41...0x5A).contains(scalar.value) }
        return scalar.properties.isUppercase
    }

    /// A letter, with an ASCII fast path.
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) }
        return scalar.properties.isAlphabetic
    }
}
