/// Guesses an article's language from how often each language's function words occur.
///
/// Contract: returns an ISO 639-1 code among `fr`, `en`, `de`, `es`, `pt`, `it`, or nil when the
/// text has fewer than `minimumWords` words or no language clearly wins (its share of function
/// words is under 10% of all words, or it is not ahead of the runner-up by a quarter). Only the
/// first 100,000 characters are read, which bounds the cost on huge files. Pure and
/// deterministic. It sits behind this small type so a real language-identification library can
/// replace it without touching the parser.
struct LanguageGuesser: Sendable {
    var minimumWords = 20

    func guess(_ text: String) -> String? {
        var counts: [String: Int] = [:]
        var total = 0
        for word in Self.words(of: text.prefix(100_000)) {
            total += 1
            for (language, functionWords) in Self.functionWords where functionWords.contains(word) {
                counts[language, default: 0] += 1
            }
        }
        guard total >= minimumWords else { return nil }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let best = ranked.first, best.value * 10 >= total else { return nil }
        let runnerUp = ranked.dropFirst().first?.value ?? 0
        guard best.value * 4 >= runnerUp * 5, best.value > runnerUp else { return nil }
        return best.key
    }

    /// Folded words; elisions are split at the apostrophe (`l’Est` → `l`, `est`).
    private static func words(of text: Substring) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text {
            if character.isLetter {
                current.append(character)
            } else if !current.isEmpty {
                words.append(TextFolding.fold(current))
                current = ""
            }
        }
        if !current.isEmpty { words.append(TextFolding.fold(current)) }
        return words
    }

    /// Frequent, short, mostly language-specific words (folded: no accents).
    private static let functionWords: [String: Set<String>] = [
        "fr": [
            "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour", "sur",
            "que", "qui", "au", "aux", "avec", "ce", "cette", "ses", "sont", "pas", "par", "plus",
            "il", "elle", "ont", "ete", "ou", "mais", "leur", "l", "d", "qu", "n", "s",
        ],
        "en": [
            "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "as", "was", "by",
            "at", "from", "it", "are", "be", "this", "an", "has", "have", "which", "will", "its",
            "were", "said", "he", "she", "they", "not",
        ],
        "de": [
            "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "ein", "eine",
            "zu", "auf", "fur", "sich", "des", "auch", "im", "wird", "es", "bei", "nach", "wurde",
        ],
        "es": [
            "el", "la", "los", "las", "de", "y", "que", "en", "un", "una", "por", "con", "para",
            "es", "se", "del", "al", "lo", "su", "como", "mas", "pero", "sus",
        ],
        "pt": [
            "o", "a", "os", "as", "de", "e", "que", "em", "um", "uma", "para", "com", "nao", "do",
            "da", "dos", "das", "no", "na", "se", "por", "mais", "ao",
        ],
        "it": [
            "il", "la", "lo", "gli", "le", "di", "e", "che", "in", "un", "una", "per", "con",
            "non", "del", "della", "dei", "sono", "al", "alla", "da", "si", "anche",
        ],
    ]
}
