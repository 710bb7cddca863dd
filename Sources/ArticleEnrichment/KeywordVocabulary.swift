import TextToolkit

extension KeywordExtractor {
    /// The words of one call: each distinct written word gets an id, is folded once, and is
    /// either a content word (with the id of its stem) or a run breaker.
    ///
    /// Words are cut from the text's UTF-8 (decoding only non-ASCII scalars). A word is looked
    /// up by its bytes (`ByteKeyTable`); the first time its bytes are seen, by a `String` key, so
    /// canonically equivalent spellings (different bytes) share an id as before. Never fails.
    package struct Vocabulary {
        let stop: Set<String>
        /// Every distinct word (canonical `String` equality) → its written id.
        private var ids: [String: Int32] = [:]
        /// The bytes of every word already seen → its written id (a cache of `ids`: the same
        /// bytes are the same `String`).
        private var byteIDs: ByteKeyTable
        private(set) var written: [String] = []
        /// Per written id: the stem id, or -1 for a stop word, a number or a short word.
        private var stems: [Int32] = []
        private var stemIDs: [String: Int32] = [:]

        init(stop: Set<String>, capacity: Int) {
            self.stop = stop
            byteIDs = ByteKeyTable(capacity: capacity)
            ids.reserveCapacity(capacity)
            written.reserveCapacity(capacity)
            stems.reserveCapacity(capacity)
            stemIDs.reserveCapacity(capacity)
        }

        func stem(of word: Int32) -> Int32 { stems[Int(word)] }

        /// Runs of content words (written ids) between stop words and punctuation. A word is a
        /// run of letters (`CountryNames.isLetter`) and ASCII digits; whitespace separates
        /// words, any other character also ends the run.
        mutating func runs(_ text: String) -> [[Int32]] {
            var text = text
            return text.withUTF8 { runs(utf8: $0) }
        }

        private mutating func runs(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [[Int32]] {
            var runs: [[Int32]] = []
            var run: [Int32] = []
            var start: Int?
            var ascii = true
            func flush(at end: Int, endsRun: Bool) {
                if let begin = start {
                    start = nil
                    let id = self.id(of: UnsafeBufferPointer(rebasing: bytes[begin..<end]), ascii: ascii)
                    if stems[Int(id)] < 0 {
                        if !run.isEmpty { runs.append(run) }
                        run = []
                    } else {
                        run.append(id)
                    }
                }
                if endsRun, !run.isEmpty {
                    runs.append(run)
                    run = []
                }
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if ASCII.isDigit(byte) || ASCII.isLetter(byte) {
                        if start == nil { (start, ascii) = (index, true) }
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
                    flush(at: index, endsRun: !scalar.properties.isWhitespace)
                }
                index += length
            }
            flush(at: bytes.count, endsRun: true)
            return runs
        }

        private mutating func id(of word: UnsafeBufferPointer<UInt8>, ascii: Bool) -> Int32 {
            if let id = byteIDs.id(of: word) { return id }
            let current = String(decoding: word, as: UTF8.self)
            let id: Int32
            if let known = ids[current] {
                id = known
            } else {
                id = Int32(written.count)
                ids[current] = id
                written.append(current)
                stems.append(judge(current, ascii: ascii))
            }
            byteIDs.insert(word, id: id)
            return id
        }

        /// The stem id of a content word; -1 for a stop word, a word without letters, or one of
        /// fewer than three characters that is not an acronym (`IA`). An ASCII word (`ascii`)
        /// is read byte by byte; folding waits until the cheap tests have passed.
        private mutating func judge(_ current: String, ascii: Bool) -> Int32 {
            var letters = 0
            var acronymScalars = true
            var combining = false
            if ascii {
                for byte in current.utf8 {
                    if ASCII.isLetter(byte) { letters += 1 }
                    if acronymScalars { acronymScalars = ASCII.isUppercase(byte) || ASCII.isDigit(byte) }
                }
            } else {
                for scalar in current.unicodeScalars {
                    if CountryNames.isLetter(scalar) { letters += 1 }
                    if acronymScalars { acronymScalars = KeywordExtractor.isAcronymScalar(scalar) }
                    if scalar.value >= 0x300 { combining = true }
                }
            }
            let acronym = letters >= 2 && acronymScalars
            // Fewer than three characters: scalars count characters unless marks combine.
            let short = ascii ? current.utf8.count < 3
                : combining ? current.count < 3 : current.unicodeScalars.count < 3
            if letters == 0 || (short && !acronym) { return -1 }
            let folded = ascii ? current.lowercased() : TextFolding.fold(scalars: current.unicodeScalars)
            if stop.contains(folded) { return -1 }
            let stem = KeywordExtractor.stem(folded)
            if let id = stemIDs[stem] { return id }
            let id = Int32(stemIDs.count)
            stemIDs[stem] = id
            return id
        }
    }
}
