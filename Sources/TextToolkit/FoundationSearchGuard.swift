/// A byte test that says when Foundation's `range(of:)` cannot find a needle, so callers ask
/// Foundation (which converts the text to UTF-16 and compares with canonical equivalence)
/// only when it might.
///
/// Contract: `mayFind(_:in:)` returns false only if none of the needle's `spellings` occurs in
/// the text's UTF-8, byte for byte. The caller lists every spelling Foundation's non-literal
/// search treats as the needle: its own bytes, plus any scalar canonically equivalent to one of
/// its scalars. For the needles used here that is only U+0387 GREEK ANO TELEIA, which
/// decomposes to U+00B7 MIDDLE DOT: a scan of every scalar inserted into or substituted in each
/// needle found no other (SearchGuardTests checks a sample). A true answer means "ask Foundation"; the
/// answer never changes a result. Pure; never fails.
package struct FoundationSearchGuard: Sendable {
    private let spellings: NeedleSet

    package init(_ needle: String) {
        var spellings = [Array(needle.utf8)]
        // The middle dot has a canonical twin; a text holding it anywhere goes to Foundation.
        if needle.unicodeScalars.contains("\u{B7}") { spellings.append(Array("\u{387}".utf8)) }
        self.spellings = NeedleSet(spellings, ignoringCase: false)
    }

    package func mayFind(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { spellings.occurs(in: $0) }
    }
}
