import TextToolkit

extension KeywordExtractor {
    /// The words of one call: each distinct written word gets an id, is folded once, and is
    /// either a content word (with the id of its stem) or a run breaker.
    ///
    /// Words are cut from the text's UTF-8 (decoding only non-ASCII scalars). A word is looked
    /// up by its bytes (`ByteKeyTable`); the first time the bytes of a non-ASCII word are seen,
    /// by the bytes of its NFC, so canonically equivalent spellings (different bytes) share an
    /// id as before. An ASCII word is judged on its bytes, and spelled as a `String` only when a chosen
    /// term needs it. Never fails.
    package struct Vocabulary {
        let stop: Set<String>
        /// The bytes of every word already seen, and the NFC of every non-ASCII one → its
        /// written id (`id(of:ascii:)`).
        private var byteIDs: ByteKeyTable
        /// Per written id: where the word was first seen in `texts`, or which of `words` it is
        /// (`Written`: a trivial type, so the array is freed without a walk over its elements).
        private var spellings: [Written] = []
        /// The non-ASCII words made into a `String` when first seen (`add`).
        private var words: [String] = []
        /// The texts read so far (`runs`), in order: a word's `String` is made from its bytes
        /// there only when a chosen term spells it (`written(_:)`), not copied when first seen.
        private var texts: [String] = []
        /// Per written id: the stem id, or -1 for a stop word, a number or a short word.
        private var stems: [Int32] = []
        /// The stop words whose NFC is ASCII, by those bytes (`Stopwords.Words.ascii`).
        let stopBytes: ByteKeyTable
        /// Stems whose NFC is not ASCII, by `String` equality; the others by their NFC bytes
        /// (the same stem is the same `String`: the same NFC). Ids are shared, `stemCount` next.
        private var stemIDs: [String: Int32] = [:]
        private var asciiStemIDs: ByteKeyTable
        private var stemCount: Int32 = 0
        /// Room for a word being folded (`latinStem`).
        private var scratch: [UInt8] = []

        /// `capacity`: the distinct words expected; `texts`: how many texts `runs` will read.
        init(stop: Set<String>, stopBytes: ByteKeyTable, capacity: Int, texts textCount: Int) {
            self.stop = stop
            self.stopBytes = stopBytes
            asciiStemIDs = ByteKeyTable(capacity: capacity)
            byteIDs = ByteKeyTable(capacity: capacity)
            spellings.reserveCapacity(capacity)
            stems.reserveCapacity(capacity)
            texts.reserveCapacity(textCount)
        }

        func stem(of word: Int32) -> Int32 { stems[Int(word)] }

        /// The UTF-8 bytes `start..<start + count` of `texts[text]`; a negative `text` is
        /// `words[-1 - text]`, whole.
        private struct Written {
            var text: Int32
            var start: Int32
            var count: Int32
        }

        /// The word with this written id, as written.
        func written(_ word: Int) -> String {
            let spelling = spellings[word]
            if spelling.text < 0 { return words[Int(-1 - spelling.text)] }
            var (text, range) = place(of: word)
            return text.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
        }

        /// `written(first) + " " + written(second)`, made at once from their bytes.
        func written(_ first: Int, _ second: Int) -> String {
            var (firstText, firstRange) = place(of: first)
            var (secondText, secondRange) = place(of: second)
            return firstText.withUTF8 { firstText in
                secondText.withUTF8 { secondText in
                    let (a, b) = (UnsafeBufferPointer(rebasing: firstText[firstRange]), UnsafeBufferPointer(rebasing: secondText[secondRange]))
                    return String(unsafeUninitializedCapacity: a.count + 1 + b.count) { phrase in
                        _ = phrase.initialize(fromContentsOf: a)
                        phrase[a.count] = 0x20
                        _ = UnsafeMutableBufferPointer(rebasing: phrase[(a.count + 1)...]).initialize(fromContentsOf: b)
                        return phrase.count
                    }
                }
            }
        }

        /// A text that holds the word with this written id, and where (UTF-8 offsets).
        private func place(of word: Int) -> (text: String, range: Range<Int>) {
            let spelling = spellings[word]
            let range = Int(spelling.start)..<Int(spelling.start + spelling.count)
            return (spelling.text < 0 ? words[Int(-1 - spelling.text)] : texts[Int(spelling.text)], range)
        }

        /// Runs of content words (written ids) between stop words and punctuation, appended to
        /// `runs` one after another, each followed by -1. A word is a run of letters
        /// (`CountryNames.isLetter`) and ASCII digits; whitespace separates words, any other
        /// character also ends the run. A word of more than 128 bytes breaks the run.
        mutating func runs(_ text: String, into runs: inout [Int32]) {
            texts.append(text)
            var text = text
            text.withUTF8 { appendRuns(utf8: $0, into: &runs) }
        }

        private mutating func appendRuns(utf8 bytes: UnsafeBufferPointer<UInt8>, into runs: inout [Int32]) {
            var open = false  // the last entry of `runs` is a word of the current run
            var start: Int?
            var ascii = true
            func flush(at end: Int, endsRun: Bool) {
                if let begin = start {
                    start = nil
                    // An ASCII word of one or two bytes is a content word only as a two-letter
                    // acronym (`judge`): any other is a run breaker, without an id (ids only
                    // name words; no result depends on their numbering).
                    // A word of more than 128 bytes is no keyword either (no language writes
                    // one; a hostile run of 10 MiB was normalised and folded whole).
                    let breaker = ascii && end - begin <= 2
                        && !(end - begin == 2 && ASCII.isUppercase(bytes[begin]) && ASCII.isUppercase(bytes[begin + 1]))
                        || end - begin > 128
                    let id = breaker ? -1 : self.id(of: UnsafeBufferPointer(rebasing: bytes[begin..<end]), ascii: ascii, at: begin)
                    if id < 0 || stems[Int(id)] < 0 {
                        if open { runs.append(-1) }
                        open = false
                    } else {
                        runs.append(id)
                        open = true
                    }
                }
                if endsRun, open {
                    runs.append(-1)
                    open = false
                }
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if ASCII.isDigit(byte) || ASCII.isLetter(byte) {
                        if start == nil { (start, ascii) = (index, true) }
                        // The rest of the word's ASCII letters and digits, a word at a time.
                        index = ASCIIRuns.end(in: bytes, from: index + 1, digits: true)
                        continue
                    } else {
                        flush(at: index, endsRun: !(byte == 0x20 || (0x09...0x0D).contains(byte)))
                    }
                    index += 1
                    continue
                }
                let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
                if CountryNames.isLetter(scalar) {
                    if start == nil { start = index }
                    ascii = false
                } else {
                    flush(at: index, endsRun: !TextPieces.isWhitespace(scalar))
                }
                index += length
            }
            flush(at: bytes.count, endsRun: true)
        }

        /// Two words are the same `String` exactly when their NFCs are the same bytes, so a
        /// non-ASCII word seen for the first time is looked up, and stored, under its NFC bytes
        /// too (`\u{212A}m`, Kelvin sign, is `Km`): every key of `byteIDs`, a word's own bytes
        /// or its NFC, maps to the id of the words equal to it as `String`s.
        /// `offset`: where the word starts in the text being read (the last of `texts`).
        private mutating func id(of word: UnsafeBufferPointer<UInt8>, ascii: Bool, at offset: Int) -> Int32 {
            // Hashed once: every table here hashes the same bytes alike (`ByteKeyTable.hash`).
            let hash = byteIDs.hash(word)
            if let id = byteIDs.id(of: word, hash: hash) { return id }
            let id: Int32
            let place = Written(text: Int32(texts.count - 1), start: Int32(offset), count: Int32(word.count))
            if ascii {
                id = Int32(spellings.count)
                spellings.append(place)
                stems.append(judge(ascii: word, hash: hash))
            } else if let stem = latinStem(word) {
                id = Int32(spellings.count)
                spellings.append(place)
                stems.append(stem)
            } else {
                let current = String(decoding: word, as: UTF8.self)
                var normal = TextFolding.nfc(current)
                let known = normal.withUTF8 { byteIDs.id(of: $0) }
                id = known ?? add(current)
                if known == nil { normal.withUTF8 { byteIDs.insert($0, id: id) } }
            }
            byteIDs.insert(word, id: id, hash: hash)
            return id
        }

        /// `judge` of a non-ASCII word, on its bytes, when that is quick: every scalar below
        /// U+0300 (the word is its own NFC: its bytes were its only key), at least three of them
        /// (not short), folding to ASCII (`TextFolding.appendLatinFold`). Nil for any other word.
        private mutating func latinStem(_ word: UnsafeBufferPointer<UInt8>) -> Int32? {
            var scalars = 0
            for byte in word {
                if byte >= 0xCC { return nil }
                if byte & 0xC0 != 0x80 { scalars += 1 }
            }
            guard scalars >= 3 else { return nil }
            scratch.removeAll(keepingCapacity: true)
            guard TextFolding.appendLatinFold(of: word, to: &scratch), scratch.allSatisfy({ $0 < 0x80 }) else { return nil }
            let folded = scratch
            return folded.withUnsafeBufferPointer { foldedStem($0) }
        }

        /// A new written id for a non-ASCII word not seen before.
        private mutating func add(_ current: String) -> Int32 {
            let id = Int32(spellings.count)
            spellings.append(Written(text: Int32(-1 - words.count), start: 0, count: Int32(current.utf8.count)))
            words.append(current)
            stems.append(judge(current))
            return id
        }

        /// `judge` for an ASCII word, read byte by byte (an ASCII word has as many characters as
        /// bytes). `hash` is the word's `ByteKeyTable.hash`.
        private mutating func judge(ascii word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
            var letters = 0
            var acronymScalars = true
            for byte in word {
                if ASCII.isLetter(byte) { letters += 1 }
                if acronymScalars { acronymScalars = ASCII.isUppercase(byte) || ASCII.isDigit(byte) }
            }
            let acronym = letters >= 2 && acronymScalars
            if letters == 0 || (word.count < 3 && !acronym) { return -1 }
            // A word without capitals is its own fold, with the hash at hand.
            if !word.contains(where: ASCII.isUppercase) { return foldedStem(word, hash: hash) }
            return asciiStem(word)
        }

        /// The stem id of a content word; -1 for a stop word, a word without letters, or one of
        /// fewer than three characters that is not an acronym (`IA`). Folding waits until the
        /// cheap tests have passed.
        private mutating func judge(_ current: String) -> Int32 {
            var letters = 0
            var acronymScalars = true
            var combining = false
            for scalar in current.unicodeScalars {
                if CountryNames.isLetter(scalar) { letters += 1 }
                if acronymScalars { acronymScalars = KeywordExtractor.isAcronymScalar(scalar) }
                if scalar.value >= 0x300 { combining = true }
            }
            let acronym = letters >= 2 && acronymScalars
            // Fewer than three characters: scalars count characters unless marks combine.
            let short = combining ? current.count < 3 : current.unicodeScalars.count < 3
            if letters == 0 || (short && !acronym) { return -1 }
            var folded = TextFolding.fold(scalars: current.unicodeScalars)
            if folded.utf8.allSatisfy({ $0 < 0x80 }) { return folded.withUTF8 { foldedStem($0) } }
            if stop.contains(folded) { return -1 }
            var stem = TextFolding.nfc(KeywordExtractor.stem(folded))
            if stem.utf8.allSatisfy({ $0 < 0x80 }) { return stem.withUTF8 { stemID(ascii: $0, hash: asciiStemIDs.hash($0)) } }
            if let id = stemIDs[stem] { return id }
            let id = stemCount
            stemCount += 1
            stemIDs[stem] = id
            return id
        }

        /// `judge`'s end for an ASCII word, on bytes: folded by `ASCII.lowercased` (what
        /// `lowercased()` does to ASCII), looked up in `stopBytes`, stemmed as
        /// `KeywordExtractor.stem` does (an ASCII word has as many characters as bytes).
        private mutating func asciiStem(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { folded in
                for index in bytes.indices { folded[index] = ASCII.lowercased(bytes[index]) }
                return foldedStem(UnsafeBufferPointer(folded))
            }
        }

        /// `judge`'s end for a folded word that is ASCII (the bytes of an ASCII `String` are its
        /// NFC): -1 for a stop word (`stopBytes`), else the id of its stem.
        /// `hash`, when given, is the bytes' `ByteKeyTable.hash`.
        private mutating func foldedStem(_ all: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil) -> Int32 {
            let hash = hash ?? stopBytes.hash(all)
            if stopBytes.id(of: all, hash: hash) != nil { return -1 }
            let plural = all.count > 4 && (all[all.count - 1] == UInt8(ascii: "s") || all[all.count - 1] == UInt8(ascii: "x"))
            if !plural { return stemID(ascii: all, hash: hash) }
            let stem = UnsafeBufferPointer(rebasing: all[..<(all.count - 1)])
            return stemID(ascii: stem, hash: asciiStemIDs.hash(stem))
        }

        /// The id of a stem whose NFC is these ASCII bytes (created on first sight); `hash` is
        /// their `ByteKeyTable.hash`.
        private mutating func stemID(ascii stem: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
            if let id = asciiStemIDs.id(of: stem, hash: hash) { return id }
            let id = stemCount
            stemCount += 1
            asciiStemIDs.insert(stem, id: id, hash: hash)
            return id
        }
    }
}
