import CCLD2
import TextToolkit

/// Identifies an article's language with Compact Language Detector 2 (Google's CLD2, Debian's
/// `libcld2`), a naive-Bayes classifier over character quadgrams and words trained on web text
/// for 83 languages.
///
/// Contract: returns an ISO 639-1 code (`fr`, `en`, `de`, `es`, `pt`, `it`, and any other
/// language CLD2 knows that has a two-letter code), or nil when the sample has fewer than
/// `minimumWords` words, when CLD2 does not call its answer reliable, or when the top language
/// covers less than `minimumPercent` of the scored text. Only the first `sampleBytes` bytes of
/// UTF-8 are classified (cut on a character boundary), which bounds the cost at a few tens of
/// microseconds per article whatever its size.
///
/// Pure: CLD2's tables are compiled into the library, so nothing is read from disk, no state is
/// kept between calls, and it is safe from any thread. Same text, same answer.
package struct LanguageGuesser: Sendable {
    package var minimumWords: Int
    package var minimumPercent: Int32
    package var sampleBytes: Int

    package init(minimumWords: Int = 8, minimumPercent: Int32 = 50, sampleBytes: Int = 4096) {
        (self.minimumWords, self.minimumPercent, self.sampleBytes) = (minimumWords, minimumPercent, sampleBytes)
    }

    package func guess(_ text: String) -> String? {
        var text = text
        // The sample is read in place: CLD2's shim copies it (NUL-padded) itself.
        let verdict = text.withUTF8 { utf8 -> presswatch_cld2_result? in
            var cut = min(utf8.count, sampleBytes)
            if utf8.count > sampleBytes {
                while cut > 0, utf8[cut] & 0xC0 == 0x80 { cut -= 1 }
            }
            let sample = UnsafeBufferPointer(rebasing: utf8[..<cut])
            guard Self.wordCount(sample, upTo: minimumWords) >= minimumWords else { return nil }
            return sample.withMemoryRebound(to: CChar.self) { chars in
                presswatch_cld2_detect(chars.baseAddress, Int32(chars.count))
            }
        }
        guard let verdict, verdict.reliable != 0, verdict.percent >= minimumPercent else { return nil }
        let code = withUnsafeBytes(of: verdict.code) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        return Self.iso639_1(code)
    }

    /// Runs of bytes that are not ASCII space, punctuation or digits and contain a letter (any
    /// other non-ASCII byte counts as one), and each character from U+3000 to U+DFFF (CJK,
    /// kana, hangul: scripts written without spaces between words, where a run would be a
    /// whole sentence): a cheap word count for the threshold.
    package static func wordCount(_ utf8: [UInt8]) -> Int {
        utf8.withUnsafeBufferPointer { wordCount($0, upTo: .max) }
    }

    /// `wordCount`, which stops counting at `limit` (the threshold is all `guess` asks).
    static func wordCount(_ utf8: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> Int {
        var words = 0
        var inWord = false
        var ideographTail = 0  // continuation bytes left of a character counted on its own
        for byte in utf8 {
            if words >= limit { break }
            if ideographTail > 0, byte & 0xC0 == 0x80 {
                ideographTail -= 1
                continue
            }
            ideographTail = 0
            if (0xE3...0xED).contains(byte) {  // lead byte of U+3000...U+DFFF
                words += 1
                inWord = false
                ideographTail = 2
                continue
            }
            let letter = byte >= 0x80 || ASCII.isLetter(byte)
            if letter, !inWord { words += 1 }
            inWord = letter || (inWord && (byte == 0x27 || byte == 0x2D))
        }
        return words
    }

    /// CLD2's code → ISO 639-1: `zh-Hant` → `zh`, legacy `iw`/`jw` → `he`/`jv`; nil for
    /// `un` (unknown), `xx-…` (unknown script) and three-letter codes.
    package static func iso639_1(_ code: String) -> String? {
        let base = code.prefix { $0 != "-" }
        guard base.count == 2, base.allSatisfy({ $0.isASCII && $0.isLowercase }), base != "un", base != "xx"
        else { return nil }
        switch base {
        case "iw": return "he"
        case "jw": return "jv"
        default: return String(base)
        }
    }
}
