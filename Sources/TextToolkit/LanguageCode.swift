/// The two-letter language code a declared language names, for every reader (HTML's `lang`
/// and meta tags, Markdown front matter).
///
/// Contract: leading whitespace is skipped, then the value must start with exactly two letters
/// (`fr-FR`, `de_DE`, `EN`, `en`), which are folded (`TextFolding`); anything else (nil, `eng`,
/// `x`, `-fr`) gives nil. Pure; never fails.
package enum LanguageCode {
    package static func twoLetter(_ value: String?) -> String? {
        guard let value else { return nil }
        let letters = value.drop { $0.isWhitespace }.prefix { $0.isLetter }
        guard letters.count == 2 else { return nil }
        return TextFolding.fold(letters)
    }
}
