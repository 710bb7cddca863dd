/// Counts the words of an article body.
///
/// Contract: a word is a maximal run of letters and digits (any script); an apostrophe or a
/// hyphen *between* two such characters joins them into one word, so `l’Innovation`, `d’une`,
/// `Au-delà` and `ex-Twitter` each count once, and `820` counts as a word while `$` does not.
/// This matches what word processors report (the seed's body gives 307 against 308
/// whitespace-separated tokens). Pure; never fails.
enum WordCounting {
    static func count(_ paragraphs: [String]) -> Int {
        paragraphs.reduce(0) { $0 + count($1) }
    }

    static func count(_ text: String) -> Int {
        var words = 0
        var inWord = false
        var pendingJoiner = false
        for character in text {
            if TextFolding.isWordCharacter(character) {
                if !inWord { words += 1 }
                inWord = true
                pendingJoiner = false
            } else if inWord && !pendingJoiner && (TextFolding.isApostrophe(character) || character == "-") {
                pendingJoiner = true
            } else {
                inWord = false
                pendingJoiner = false
            }
        }
        return words
    }
}
