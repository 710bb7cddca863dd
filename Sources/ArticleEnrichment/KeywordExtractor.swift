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
        /// first form inline (most terms have one), any other in `otherForms`.
        var form: UInt64
        var formCount = 0
        var otherForms: [UInt64: Int] = [:]
        /// Stem ids: one for a word, two for a phrase.
        var words: [Int32]
    }

    package func keywords(title: String, body: [String]) -> [String] {
        // About one distinct word per 12 bytes of text: reserve rather than rehash as it grows.
        let size = body.reduce(title.utf8.count) { $0 + $1.utf8.count }
        var vocabulary = Vocabulary(
            stop: Stopwords.set(for: language), stopBytes: Stopwords.asciiTable(for: language), capacity: size / 12)
        let titleRuns = vocabulary.runs(title)
        var titleKeys: Set<UInt64> = []
        var titlePairs: Set<UInt64> = []
        for run in titleRuns {
            for (index, word) in run.enumerated() {
                let stem = vocabulary.stem(of: word)
                titleKeys.insert(Self.key(stem))
                if index > 0 { titlePairs.insert(Self.key(vocabulary.stem(of: run[index - 1]), stem)) }
            }
        }
        var terms: [UInt64: Term] = [:]
        terms.reserveCapacity(size / 8)
        var order = 0
        func count(_ key: UInt64, form: UInt64, words: @autoclosure () -> [Int32], weight: Int) {
            order += 1
            // One hash lookup: the term is updated in place (created on first sight).
            func add(to term: inout Term) {
                term.score += weight
                if term.form == form { term.formCount += 1 } else { term.otherForms[form, default: 0] += 1 }
            }
            add(to: &terms[key, default: Term(first: order, form: form, words: words())])
        }
        for text in body {
            for run in vocabulary.runs(text) {
                for word in run {
                    let stem = vocabulary.stem(of: word)
                    count(Self.key(stem), form: Self.key(word), words: [stem], weight: 1)
                }
                for index in run.indices.dropFirst() {
                    let (a, b) = (run[index - 1], run[index])
                    let (stemA, stemB) = (vocabulary.stem(of: a), vocabulary.stem(of: b))
                    count(Self.key(stemA, stemB), form: Self.key(a, b), words: [stemA, stemB], weight: 2)
                }
            }
        }
        for key in titleKeys where terms[key] != nil { terms[key]!.score += 2 }
        for key in titlePairs where terms[key] != nil { terms[key]!.score += 2 }
        let ranked = terms.filter { key, term in
            term.score >= 2 && (term.words.count == 1 || term.score >= 4 || titlePairs.contains(key))
        }
        .sorted { $0.value.score != $1.value.score ? $0.value.score > $1.value.score : $0.value.first < $1.value.first }
        var chosen: [Term] = []
        var covered: Set<Int32> = []
        for (_, term) in ranked where chosen.count < limit {
            if term.words.count == 1, covered.contains(term.words[0]) { continue }
            if term.words.count > 1 {
                chosen.removeAll { $0.words.count == 1 && term.words.contains($0.words[0]) }
            }
            covered.formUnion(term.words)
            chosen.append(term)
        }
        return chosen.map { Self.surface($0, vocabulary) }
    }

    /// A term key: one id (a word) or two (a phrase); also used for written forms.
    private static func key(_ first: Int32, _ second: Int32? = nil) -> UInt64 {
        UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second ?? -1))
    }

    /// The lowercase form if the text ever uses one, else the most frequent form.
    private static func surface(_ term: Term, _ vocabulary: Vocabulary) -> String {
        let forms = term.otherForms.merging([(term.form, term.formCount)]) { $0 + $1 }
        let spelled = forms.map { form, count in
            let first = vocabulary.written[Int(form >> 32)]
            let second = UInt32(truncatingIfNeeded: form)
            return (key: second == UInt32.max ? first : first + " " + vocabulary.written[Int(second)], value: count)
        }
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
