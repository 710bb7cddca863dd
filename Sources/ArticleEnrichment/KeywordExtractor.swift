import TextToolkit

/// Picks the terms that characterise an article.
///
/// Method (a small, documented variant of RAKE and term frequency): the title and body are cut
/// into words at spaces, punctuation, apostrophes and hyphens; stop words of the article's
/// language (`Stopwords`), numbers and words under three letters (except acronyms such as `IA`)
/// are dropped and split candidate phrases. A word scores its number of occurrences, plus 2 when
/// the title has it; a two-word phrase (adjacent content words) scores twice its occurrences,
/// plus 2 when the title has it, and is kept only if it occurs at least twice or in the title
/// and in the body. Plural `s` is ignored when counting. Terms scoring under 2 are dropped; the
/// best `limit` are returned (ties: first occurrence first), a word being skipped when a chosen
/// phrase contains it. Each term is written as in the text, lowercase when the text ever writes
/// it lowercase. Pure and deterministic.
///
/// Each distinct written word is folded and judged once per call (`Vocabulary`); terms are
/// counted under integer keys and spelled out only for the chosen ones.
package struct KeywordExtractor: Sendable {
    package var language: String?
    package var limit = 8

    private struct Term {
        var score = 0
        var first: Int
        /// Written forms (a written word id, or two for a phrase) and how often each occurs: the
        /// first form inline (most terms have one), any other in `keywords`' `otherForms` under
        /// the term's index (so a Term is a trivial type: its array is copied and freed without
        /// a retain or release per element).
        var form: UInt64
        var formCount = 0
        /// Stem ids: the word's, or a phrase's first and `second` (-1 for a word).
        var stem: Int32
        var second: Int32

        var isWord: Bool { second < 0 }
        var key: UInt64 { KeywordExtractor.key(stem, isWord ? nil : second) }
        func contains(_ word: Int32) -> Bool { stem == word || second == word }
    }

    package func keywords(title: String, body: [String]) -> [String] {
        // Sized for what the seed-like bench articles hold: about one distinct written word
        // (three letters or more) per 40 bytes of text and one two-word phrase per 150; the
        // tables grow past that as needed (larger ones cost a fill and cache misses per article).
        let size = body.reduce(title.utf8.count) { $0 + $1.utf8.count }
        let stop = Stopwords.words(for: language)
        var vocabulary = Vocabulary(stop: stop.set, stopBytes: stop.ascii, capacity: size / 32, texts: body.count + 1)
        // Runs of content words, one after another, each followed by -1 (`Vocabulary.runs`).
        var runs: [Int32] = []
        runs.reserveCapacity(size / 4)
        vocabulary.runs(title, into: &runs)
        // The title's word and phrase keys, each once: a title has a few words, so arrays
        // searched in order (their order is never read: each adds to a score).
        var titleKeys: [UInt64] = []
        var titlePairs: [UInt64] = []
        titleKeys.reserveCapacity(runs.count)
        titlePairs.reserveCapacity(runs.count)
        for (index, word) in runs.enumerated() where word >= 0 {
            let stem = vocabulary.stem(of: word)
            if !titleKeys.contains(Self.key(stem)) { titleKeys.append(Self.key(stem)) }
            if index > 0, runs[index - 1] >= 0 {
                let pair = Self.key(vocabulary.stem(of: runs[index - 1]), stem)
                if !titlePairs.contains(pair) { titlePairs.append(pair) }
            }
        }
        // Terms in order of creation; a word's by its stem id, a phrase's through `pairs`.
        var terms: [Term] = []
        terms.reserveCapacity(size / 24)
        var wordTerms: [Int32] = []
        wordTerms.reserveCapacity(size / 32)  // a stem per distinct word at most (`Vocabulary`'s estimate)
        var pairs = TermIndex(capacity: size / 64)
        var order = 0
        /// The forms of a term other than its first, by term index (`count`'s callers add them:
        /// a dictionary captured by `count` made every capture an access checked at run time).
        var otherForms: [Int32: [UInt64: Int]] = [:]
        /// The term's index, and whether `form` is another than its first.
        func count(_ index: Int32?, form: UInt64, stem: Int32, second: Int32, weight: Int) -> (Int32, other: Bool) {
            order += 1
            guard let index else {
                terms.append(Term(score: weight, first: order, form: form, formCount: 1, stem: stem, second: second))
                return (Int32(terms.count - 1), false)
            }
            return terms.withUnsafeMutableBufferPointer { terms in
                terms[Int(index)].score += weight
                guard terms[Int(index)].form == form else { return (index, true) }
                terms[Int(index)].formCount += 1
                return (index, false)
            }
        }
        for text in body {
            runs.removeAll(keepingCapacity: true)
            vocabulary.runs(text, into: &runs)
            var start = 0
            while start < runs.count {
                var end = start
                while runs[end] >= 0 {
                    let word = runs[end]
                    let stem = vocabulary.stem(of: word)
                    // Stem ids are handed out in order: one or a few appends, not a generic copy.
                    while Int(stem) >= wordTerms.count { wordTerms.append(-1) }
                    let known = wordTerms[Int(stem)]
                    let (term, other) = count(known < 0 ? nil : known, form: Self.key(word), stem: stem, second: -1, weight: 1)
                    wordTerms[Int(stem)] = term
                    if other { otherForms[term, default: [:]][Self.key(word), default: 0] += 1 }
                    end += 1
                }
                if end - start > 1 {
                    for index in (start + 1)..<end {
                        let (a, b) = (runs[index - 1], runs[index])
                        let (stemA, stemB) = (vocabulary.stem(of: a), vocabulary.stem(of: b))
                        let key = Self.key(stemA, stemB)
                        let slot = pairs.slot(of: key)
                        let known = pairs.value(at: slot)
                        let (term, other) = count(known, form: Self.key(a, b), stem: stemA, second: stemB, weight: 2)
                        if other { otherForms[term, default: [:]][Self.key(a, b), default: 0] += 1 }
                        if known == nil { pairs.insert(key, term, at: slot) }
                    }
                }
                start = end + 1
            }
        }
        for key in titleKeys {
            let stem = Int32(bitPattern: UInt32(truncatingIfNeeded: key >> 32))
            if Int(stem) < wordTerms.count, wordTerms[Int(stem)] >= 0 { terms[Int(wordTerms[Int(stem)])].score += 2 }
        }
        for key in titlePairs {
            if let index = pairs.value(at: pairs.slot(of: key)) { terms[Int(index)].score += 2 }
        }
        // Ranked by index; `first` differs between terms, so the order is the same whatever the
        // sort.
        var ranked: [Int32] = []
        ranked.reserveCapacity(terms.count)
        terms.withUnsafeBufferPointer { terms in
            for index in terms.indices where terms[index].score >= 2 {
                if terms[index].isWord || terms[index].score >= 4 || titlePairs.contains(terms[index].key) {
                    ranked.append(Int32(index))
                }
            }
            ranked.sort { a, b in
                let (a, b) = (Int(a), Int(b))
                return terms[a].score != terms[b].score ? terms[a].score > terms[b].score : terms[a].first < terms[b].first
            }
        }
        // Chosen terms by index; the stems they cover (a few: searched in order).
        var chosen: [Int32] = []
        chosen.reserveCapacity(limit)
        var covered: [Int32] = []
        covered.reserveCapacity(2 * limit)
        for index in ranked where chosen.count < limit {
            let term = terms[Int(index)]
            if term.isWord, covered.contains(term.stem) { continue }
            if !term.isWord {
                chosen.removeAll { terms[Int($0)].isWord && term.contains(terms[Int($0)].stem) }
            }
            if !covered.contains(term.stem) { covered.append(term.stem) }
            if !term.isWord, !covered.contains(term.second) { covered.append(term.second) }
            chosen.append(index)
        }
        return chosen.map { Self.surface(terms[Int($0)], otherForms: otherForms[$0] ?? [:], vocabulary) }
    }

    /// A term key: one id (a word) or two (a phrase); also used for written forms.
    fileprivate static func key(_ first: Int32, _ second: Int32? = nil) -> UInt64 {
        UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second ?? -1))
    }

    /// The lowercase form if the text ever uses one, else the most frequent form.
    private static func surface(_ term: Term, otherForms: [UInt64: Int], _ vocabulary: Vocabulary) -> String {
        func spelling(_ form: UInt64) -> String {
            let (first, second) = (Int(form >> 32), UInt32(truncatingIfNeeded: form))
            return second == UInt32.max ? vocabulary.written(first) : vocabulary.written(first, Int(second))
        }
        // One form (most terms): it is the answer whatever its case.
        if otherForms.isEmpty { return spelling(term.form) }
        let forms = otherForms.merging([(term.form, term.formCount)]) { $0 + $1 }
        let spelled = forms.map { form, count in (key: spelling(form), value: count) }
        let sorted = spelled.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return sorted.first { $0.key == $0.key.lowercased() }?.key ?? sorted[0].key
    }

    /// An upper-case letter or a number (`IA`, `G20`), with an ASCII fast path.
    @inline(__always)
    package static func isAcronymScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ASCII.isUppercase(UInt8(scalar.value)) || ASCII.isDigit(UInt8(scalar.value)) }
        return scalar.properties.isUppercase || scalar.properties.numericType != nil
    }

    /// Folded word without a plural `s`/`x` (longer than four letters), so `partenariats` and
    /// `partenariat` count together.
    package static func stem(_ folded: String) -> String {
        guard let last = folded.utf8.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "x"),
            folded.count > 4
        else { return folded }
        return String(folded.dropLast())
    }
}

/// Phrase keys (two stem ids) → term indices, by open addressing with a multiplicative hash:
/// the keys are this call's own small integers, not text from outside, so no seed is needed.
/// Grows as needed; never fails.
private struct TermIndex {
    private var keys: [UInt64]
    private var values: [Int32]
    private var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
    }

    /// The slot that holds `key`, or the empty slot where it would go.
    func slot(of key: UInt64) -> Int {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while values[slot] >= 0, keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    func value(at slot: Int) -> Int32? { values[slot] >= 0 ? values[slot] : nil }

    /// Stores `value` for `key` in the empty `slot` that `slot(of: key)` gave.
    mutating func insert(_ key: UInt64, _ value: Int32, at slot: Int) {
        keys[slot] = key
        values[slot] = value
        count += 1
        guard count * 2 > keys.count else { return }
        let (oldKeys, oldValues) = (keys, values)
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        for index in oldKeys.indices where oldValues[index] >= 0 {
            let free = self.slot(of: oldKeys[index])
            (keys[free], values[free]) = (oldKeys[index], oldValues[index])
        }
    }
}
