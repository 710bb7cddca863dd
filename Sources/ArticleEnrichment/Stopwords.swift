import TextToolkit

/// Function words per language (generated from the `stop-words` PyPI package, see
/// scripts/generate_stopwords.py), folded. Immutable; unknown or nil language → English.
package enum Stopwords {
    package static let sets: [String: Set<String>] = data.mapValues { Set($0.split(whereSeparator: \.isWhitespace).map(String.init)) }

    package static func set(for language: String?) -> Set<String> {
        language.flatMap { sets[$0] } ?? sets["en"]!
    }

    /// Per language, the words of `sets` whose NFC is ASCII, keyed by those bytes: an ASCII
    /// word is in `set(for:)` exactly when its bytes are in this table (`String` equality is
    /// equality of NFC forms), found without hashing a `String`.
    package static let asciiTables: [String: ByteKeyTable] = sets.mapValues { words in
        var table = ByteKeyTable(capacity: words.count)
        for word in words {
            var normal = TextFolding.nfc(word)
            guard normal.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            normal.withUTF8 { table.insert($0, id: 0) }
        }
        return table
    }

    /// `asciiTables` for the language `set(for:)` picks.
    package static func asciiTable(for language: String?) -> ByteKeyTable {
        language.flatMap { asciiTables[$0] } ?? asciiTables["en"]!
    }
}
