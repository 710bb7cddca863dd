import Synchronization
import TextToolkit

/// Country names per language, from the generated `CountryNames.data` (Debian iso-codes, see
/// scripts/generate_countries.py), as lookup tables of folded word sequences.
///
/// Contract: each language's table (`Table`) is built on its first use, under a `Mutex` (safe
/// from any thread), and never changes after; `table(for:)` never fails (unknown or nil language
/// → English). A name is a key of folded words (`États-Unis` → `etats unis`); acronyms written in
/// capitals in the data (`RDC`, `USA`) only match capitals in the text.
package enum CountryNames {
    /// The tables built so far: each language's on its first use, not all of them at start-up.
    private static let built = Mutex<[String: Table]>([:])

    package static func table(for language: String?) -> Table {
        let key = language.flatMap { data[$0] == nil ? nil : $0 } ?? "en"
        return built.withLock { tables in
            if let table = tables[key] { return table }
            let table = Table(data[key] ?? "")
            tables[key] = table
            return table
        }
    }

    /// A word of the text: where it is (UTF-8 offsets) and how it was written.
    package struct Word {
        var start: Int
        var end: Int
        var capitalised: Bool
        var allCapitals: Bool
        var ascii: Bool

        /// The word folded for lookup (done on demand: most words never need it).
        func folded(in text: String) -> String {
            var text = text
            return text.withUTF8 { folded(in: $0) }
        }

        /// Appends `folded(in:)` (given the text's UTF-8) to `key` as UTF-8, without making a
        /// `String` for an ASCII word.
        func appendFolded(in utf8: UnsafeBufferPointer<UInt8>, to key: inout [UInt8]) {
            guard ascii else {
                let bytes = UnsafeBufferPointer(rebasing: utf8[start..<end])
                if !TextFolding.appendLatinFold(of: bytes, to: &key) { key.append(contentsOf: folded(in: utf8).utf8) }
                return
            }
            for index in start..<end { key.append(ASCII.lowercased(utf8[index])) }
        }

        /// `folded(in:)` given the text's UTF-8. An ASCII word is lowercased byte by byte
        /// (what `TextFolding.fold` does to ASCII); any other is folded scalar by scalar.
        func folded(in utf8: UnsafeBufferPointer<UInt8>) -> String {
            let bytes = UnsafeBufferPointer(rebasing: utf8[start..<end])
            if ascii {
                return String(unsafeUninitializedCapacity: bytes.count) { lowered in
                    for (index, byte) in bytes.enumerated() { lowered[index] = ASCII.lowercased(byte) }
                    return bytes.count
                }
            }
            var scalars: [Unicode.Scalar] = []
            var index = 0
            while index < bytes.count {
                let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
                scalars.append(scalar)
                index += length
            }
            return TextFolding.fold(scalars: scalars)
        }
    }

    /// Runs of letters; everything else separates words (`d'Ivoire` → `d`, `ivoire`).
    /// Reads the text's UTF-8 scalar by scalar, decoding only non-ASCII ones.
    package static func words(_ text: String) -> [Word] {
        var text = text
        return text.withUTF8 { words(utf8: $0) }
    }

    package static func words(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Word] {
        var words: [Word] = []
        var reader = WordReader(bytes)
        while let word = reader.next() { words.append(word) }
        return words
    }

    /// `words(utf8:)` one word at a time, without the array (a copy reads ahead).
    package struct WordReader {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func next() -> Word? {
            // A local cursor: `offset` written back once, not stored at every byte.
            var index = offset
            defer { offset = index }
            while index < bytes.count {
                // ASCII non-letters (spaces, punctuation, digits) skipped without decoding.
                if bytes[index] < 0x80, !ASCII.isLetter(bytes[index]) {
                    index += 1
                    continue
                }
                let (first, firstLength) = UTF8Scalars.decode(bytes, at: index)
                guard isLetter(first) else {
                    index += firstLength
                    continue
                }
                let start = index
                var allCapitals = true
                var ascii = true
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte < 0x80 {
                        guard ASCII.isLetter(byte) else { break }
                        if allCapitals {
                            allCapitals = ASCII.isUppercase(byte)
                            index += 1
                        } else {
                            // Nothing left to learn from the case: the rest of its ASCII letters at once.
                            index = ASCIIRuns.end(in: bytes, from: index + 1, digits: false)
                        }
                        continue
                    }
                    let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
                    guard isLetter(scalar) else { break }
                    if allCapitals { allCapitals = isUppercase(scalar) }
                    ascii = false
                    index += length
                }
                return Word(start: start, end: index, capitalised: isUppercase(first), allCapitals: allCapitals, ascii: ascii)
            }
            return nil
        }
    }

    /// An upper-case scalar, with an ASCII fast path.
    @inline(__always)
    package static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ASCII.isUppercase(UInt8(scalar.value)) }
        return scalar.properties.isUppercase
    }

    /// A letter (Unicode Alphabetic), with ASCII and Latin fast paths: `TextPieces.isLetter`.
    @inline(__always)
    package static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        TextPieces.isLetter(scalar)
    }
}

extension CountryNames.WordReader {
    /// `next()` without the words whose first letter is not upper-case: those are read
    /// over, not returned.
    mutating func nextCapitalised() -> CountryNames.Word? {
        var index = offset
        while index < bytes.count {
            // Outside a word here. Lower-case ASCII words and what separates them are skipped
            // in bulk; where that stops, a letter before means the stop is inside a word that
            // opened lower-case (`iPhone`, `déjà`): its rest is read over below.
            let outside = index
            index = ASCIIRuns.endOfLowercaseASCII(in: bytes, from: index)
            if index > outside, ASCII.isLetter(bytes[index - 1]) {
                skipRestOfWord(&index)
                continue
            }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte < 0x80 {
                guard ASCII.isLetter(byte) else {
                    index += 1
                    continue
                }
                if ASCII.isUppercase(byte) { return next(startingAt: index) }
                index += 1
            } else {
                let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
                guard CountryNames.isLetter(scalar) else {
                    index += length
                    continue
                }
                if CountryNames.isUppercase(scalar) { return next(startingAt: index) }
                index += length
            }
            skipRestOfWord(&index)
        }
        offset = index
        return nil
    }

    /// Moves `index` past the letters of the word it is in (a word that is not capitalised).
    @inline(__always)
    private func skipRestOfWord(_ index: inout Int) {
        while index < bytes.count {
            if bytes[index] < 0x80 {
                guard ASCII.isLetter(bytes[index]) else { break }
                index = ASCIIRuns.end(in: bytes, from: index + 1, digits: false)
                continue
            }
            let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
            guard CountryNames.isLetter(scalar) else { break }
            index += length
        }
    }

    private mutating func next(startingAt index: Int) -> CountryNames.Word? {
        offset = index
        return next()
    }
}
