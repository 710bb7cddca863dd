import Foundation

/// Small, pure string helpers shared by the parser's recognisers.
///
/// Contract: folding lowercases and removes combining diacritics (`Février` → `fevrier`), so
/// tables can be written without accents; it never fails and never changes non-letters.
enum TextFolding {
    /// Lowercased, with combining marks removed (works on NFC or NFD input).
    static func fold(_ word: some StringProtocol) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        var scalars = String.UnicodeScalarView()
        let decomposed = String(word).lowercased().decomposedStringWithCanonicalMapping
        for scalar in decomposed.unicodeScalars
        where !(0x0300...0x036F).contains(scalar.value) {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// The text with leading and trailing whitespace (including no-break spaces) removed.
    static func trimmed(_ text: some StringProtocol) -> String {
        let characters = Substring(text)
        guard let start = characters.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let end = characters.lastIndex(where: { !$0.isWhitespace })!
        return String(characters[start...end])
    }

    /// Whether a character can be part of a word: a letter or a digit in any script.
    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// Apostrophes that join elided words (`l’Innovation`, `don't`).
    static func isApostrophe(_ character: Character) -> Bool {
        character == "'" || character == "’" || character == "ʼ"
    }
}
