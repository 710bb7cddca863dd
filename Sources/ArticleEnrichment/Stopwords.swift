/// Function words per language (generated from the `stop-words` PyPI package, see
/// scripts/generate_stopwords.py), folded. Immutable; unknown or nil language → English.
package enum Stopwords {
    package static let sets: [String: Set<String>] = data.mapValues { Set($0.split(whereSeparator: \.isWhitespace).map(String.init)) }

    package static func set(for language: String?) -> Set<String> {
        language.flatMap { sets[$0] } ?? sets["en"]!
    }
}
