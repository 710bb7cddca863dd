import Synchronization
import TextToolkit

/// Function words per language (generated from the `stop-words` PyPI package, see
/// scripts/generate_stopwords.py), folded. Unknown or nil language → English.
///
/// Contract: each language's words are built on its first use (cut from `data` at ASCII
/// whitespace bytes), under a `Mutex` (safe from any thread), and never change after.
package enum Stopwords {
    /// One language's stop words, as `String`s and, for the words whose NFC is ASCII, by those
    /// bytes: an ASCII word is in `set` exactly when its bytes are in `ascii` (`String`
    /// equality is equality of NFC forms), found without hashing a `String`.
    package struct Words: Sendable {
        package var set: Set<String> = []
        package var ascii = ByteKeyTable(capacity: 512)
    }

    private static let built = Mutex<[String: Words]>([:])

    package static func words(for language: String?) -> Words {
        let key = language.flatMap { data[$0] == nil ? nil : $0 } ?? "en"
        return built.withLock { languages in
            if let words = languages[key] { return words }
            let words = Self.words(in: data[key]!)
            languages[key] = words
            return words
        }
    }

    package static func set(for language: String?) -> Set<String> { words(for: language).set }

    private static func words(in text: String) -> Words {
        var words = Words()
        var text = text
        text.withUTF8 { utf8 in
            // The data's whitespace is ASCII (space, LF): `split(whereSeparator: \.isWhitespace)`.
            for word in utf8.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) }) {
                let written = String(decoding: word, as: UTF8.self)
                words.set.insert(written)
                var normal = TextFolding.nfc(written)
                if normal.utf8.allSatisfy({ $0 < 0x80 }) { normal.withUTF8 { words.ascii.insert($0, id: 0) } }
            }
        }
        return words
    }
}
