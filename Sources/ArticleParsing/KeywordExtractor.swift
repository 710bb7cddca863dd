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
struct KeywordExtractor: Sendable {
    var language: String?
    var limit = 8

    private struct Term {
        var score = 0
        var first: Int
        var forms: [String: Int] = [:]
        var words: [String]
    }

    func keywords(title: String, body: [String]) -> [String] {
        let stop = Stopwords.set(for: language)
        let titleRuns = runs(title, stop: stop)
        let titleKeys = Set(titleRuns.flatMap { $0.map(\.key) })
        let titlePairs = Set(titleRuns.flatMap(pairs).map(\.key))
        var terms: [String: Term] = [:]
        var order = 0
        func count(_ key: String, written: String, words: [String], weight: Int) {
            order += 1
            terms[key, default: Term(first: order, words: words)].score += weight
            terms[key]!.forms[written, default: 0] += 1
        }
        let bodyRuns = body.flatMap { runs($0, stop: stop) }
        for run in bodyRuns {
            for word in run { count(word.key, written: word.written, words: [word.key], weight: 1) }
            for pair in pairs(run) { count(pair.key, written: pair.written, words: pair.words, weight: 2) }
        }
        for key in titleKeys where terms[key] != nil { terms[key]!.score += 2 }
        for key in titlePairs where terms[key] != nil { terms[key]!.score += 2 }
        let ranked = terms.filter { key, term in
            term.score >= 2 && (term.words.count == 1 || term.score >= 4 || titlePairs.contains(key))
        }
        .sorted { $0.value.score != $1.value.score ? $0.value.score > $1.value.score : $0.value.first < $1.value.first }
        var chosen: [Term] = []
        var covered: Set<String> = []
        for (_, term) in ranked where chosen.count < limit {
            if term.words.count == 1, covered.contains(term.words[0]) { continue }
            if term.words.count > 1 {
                chosen.removeAll { $0.words.count == 1 && term.words.contains($0.words[0]) }
            }
            covered.formUnion(term.words)
            chosen.append(term)
        }
        return chosen.map(Self.surface)
    }

    /// The lowercase form if the text ever uses one, else the most frequent form.
    private static func surface(_ term: Term) -> String {
        let forms = term.forms.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return forms.first { $0.key == $0.key.lowercased() }?.key ?? forms[0].key
    }

    private struct Word {
        var key: String
        var written: String
    }

    /// Runs of content words between stop words and punctuation.
    private func runs(_ text: String, stop: Set<String>) -> [[Word]] {
        var runs: [[Word]] = [[]]
        var scalars = String.UnicodeScalarView()
        func flush(endsRun: Bool) {
            if !scalars.isEmpty {
                let current = String(scalars)
                let folded = TextFolding.fold(scalars: scalars)
                var letters = 0
                var acronymScalars = true
                var combining = false
                for scalar in scalars {
                    if CountryNames.isLetter(scalar) { letters += 1 }
                    if acronymScalars { acronymScalars = Self.isAcronymScalar(scalar) }
                    if scalar.value >= 0x300 { combining = true }
                }
                scalars = String.UnicodeScalarView()
                let acronym = letters >= 2 && acronymScalars
                // Fewer than three characters: scalars count characters unless marks combine.
                let short = combining ? current.count < 3 : current.unicodeScalars.count < 3
                if letters == 0 || (short && !acronym) || stop.contains(folded) {
                    runs.append([])
                } else {
                    runs[runs.count - 1].append(Word(key: Self.stem(folded), written: current))
                }
            }
            if endsRun, !(runs.last?.isEmpty ?? true) { runs.append([]) }
        }
        for scalar in text.unicodeScalars {
            if CountryNames.isLetter(scalar) || ("0"..."9").contains(scalar) {
                scalars.append(scalar)
            } else {
                flush(endsRun: scalar == " " ? false : !scalar.properties.isWhitespace)
            }
        }
        flush(endsRun: true)
        return runs.filter { !$0.isEmpty }
    }

    /// An upper-case letter or a number (`IA`, `G20`), with an ASCII fast path.
    @inline(__always)
    private static func isAcronymScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x41...0x5A).contains(scalar.value) || (0x30...0x39).contains(scalar.value) }
        return scalar.properties.isUppercase || scalar.properties.numericType != nil
    }

    private func pairs(_ run: [Word]) -> [(key: String, written: String, words: [String])] {
        guard run.count >= 2 else { return [] }
        return (1..<run.count).map { index in
            let (a, b) = (run[index - 1], run[index])
            return (a.key + " " + b.key, a.written + " " + b.written, [a.key, b.key])
        }
    }

    /// Folded word without a plural `s`/`x` (longer than four letters), so `partenariats` and
    /// `partenariat` count together.
    private static func stem(_ folded: String) -> String {
        guard let last = folded.utf8.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "x"),
            folded.count > 4
        else { return folded }
        return String(folded.dropLast())
    }
}
