import TextToolkit

extension CountryNames {
    package struct Name: Sendable {
        var entry: Int
        var acronym: Bool
    }

    /// One language's names, looked up by bytes: a key (folded words joined by one space, see
    /// `Word.appendFolded`) is stored under the bytes of its NFC, so two keys are the same
    /// exactly when they are equal `String`s (canonically equivalent), without hashing a
    /// `String`. Built from the data's UTF-8 in one pass (lines and tab-separated fields cut at
    /// their bytes; ASCII aliases judged on their bytes). Immutable once built; never fails
    /// (lines with fewer than three fields are skipped; a later alias with the same key wins).
    package struct Table: Sendable {
        var codes: [String] = []
        var displays: [String] = []
        /// Per name id (the value of `nameIDs`): its entry (index in `codes`) and acronym flag.
        private var nameList: [Name] = []
        private var nameIDs = ByteKeyTable(capacity: 512)
        /// Every proper prefix of a key (whole words), so a scan can stop as soon as no name can
        /// follow.
        private var prefixes = ByteKeyTable(capacity: 512)
        /// The first folded word of every key that is ASCII, by its bytes: an ASCII word of the
        /// text starts a name only if its lowercase bytes are here (`mayStart`).
        private var firstWords = ByteKeyTable(capacity: 256)

        init(_ lines: String) {
            var lines = lines
            lines.withUTF8 { read($0) }
        }

        private mutating func read(_ data: UnsafeBufferPointer<UInt8>) {
            var key: [UInt8] = []
            // Tab and LF are grapheme clusters of their own: cutting at their bytes is
            // `split(separator:)` on the `String`.
            for line in data.split(separator: 0x0A) {
                let fields = line.split(separator: 0x09)
                guard fields.count >= 3 else { continue }
                let entry = codes.count
                codes.append(String(decoding: fields[0], as: UTF8.self))
                displays.append(String(decoding: fields[1], as: UTF8.self))
                for field in fields.dropFirst(2) {
                    let alias = UnsafeBufferPointer(rebasing: field)
                    let words = CountryNames.words(utf8: alias)
                    guard !words.isEmpty else { continue }
                    key.removeAll(keepingCapacity: true)
                    var ends: [Int] = []
                    for (index, word) in words.enumerated() {
                        if index > 0 { key.append(0x20) }
                        word.appendFolded(in: alias, to: &key)
                        ends.append(key.count)
                    }
                    Self.withNFC(key[...]) { nameIDs.insert($0, id: Int32(nameList.count)) }
                    nameList.append(Name(entry: entry, acronym: Self.isAcronym(alias)))
                    if key[..<ends[0]].allSatisfy({ $0 < 0x80 }) {
                        key.withUnsafeBufferPointer { firstWords.insert(UnsafeBufferPointer(rebasing: $0[..<ends[0]]), id: 0) }
                    }
                    for end in ends.dropLast() { Self.withNFC(key[..<end]) { prefixes.insert($0, id: 0) } }
                }
            }
        }

        /// An alias in capitals: at least two letters (Characters), all upper-case. A lowercase
        /// ASCII letter starts a Character that is a letter and not upper-case (the data has no
        /// Prepend scalar that could come before it in one), so such an alias is answered on it.
        private static func isAcronym(_ alias: UnsafeBufferPointer<UInt8>) -> Bool {
            if alias.contains(where: { $0 &- 0x61 < 26 }) { return false }
            if alias.allSatisfy({ $0 < 0x80 }) {
                let letters = alias.filter(ASCII.isLetter)
                return letters.count >= 2 && letters.allSatisfy(ASCII.isUppercase)
            }
            let letters = String(decoding: alias, as: UTF8.self).filter(\.isLetter)
            return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
        }

        /// Calls `body` with the bytes of the NFC of `key` (ASCII bytes are their own NFC).
        static func withNFC<R>(_ key: ArraySlice<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            if key.allSatisfy({ $0 < 0x80 }) { return key.withUnsafeBufferPointer(body) }
            var normal = TextFolding.nfc(String(decoding: key, as: UTF8.self))
            return normal.withUTF8(body)
        }

        /// The name whose key is these folded words (`Word.appendFolded`, one space between).
        func name(forKey key: ArraySlice<UInt8>) -> Name? {
            Self.withNFC(key) { nameIDs.id(of: $0) }.map { nameList[Int($0)] }
        }

        /// Whether a longer key starts with these whole folded words.
        func isPrefix(_ key: ArraySlice<UInt8>) -> Bool {
            Self.withNFC(key) { prefixes.id(of: $0) } != nil
        }

        /// Whether a name can start with this word: false only for an ASCII word whose folded
        /// form (its lowercase bytes) begins no key. Any other word may (the caller looks it up).
        func mayStart(_ word: Word, in text: UnsafeBufferPointer<UInt8>) -> Bool {
            guard word.ascii else { return true }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.end - word.start) { lowered in
                for index in lowered.indices { lowered[index] = ASCII.lowercased(text[word.start + index]) }
                return firstWords.id(of: UnsafeBufferPointer(lowered)) != nil
            }
        }
    }
}
