/// Grapheme-cluster facts that the byte-level Markdown reader (`MarkdownInline`) needs about a
/// non-ASCII scalar next to an ASCII mark, answered by Swift's own segmentation (so they agree
/// with `Character`) and remembered per scalar.
///
/// Contract: `joinsPrevious(s)` — an ASCII mark followed by `s` is one cluster (`s` is an
/// extending, spacing or joining mark); `joinsNext(s)` — `s` followed by an ASCII mark is one
/// cluster (`s` is a prepended mark). Both rules are pairwise for an ASCII mark, which is no
/// emoji, regional indicator or Indic consonant. `kind` answers `Character.isLetter || isNumber`
/// and `isWhitespace` for a cluster that starts with the scalar. Never fails.
final class MarkdownClusters {
    private var previous: [UInt32: Bool] = [:]
    private var next: [UInt32: Bool] = [:]

    func joinsPrevious(_ scalar: Unicode.Scalar) -> Bool {
        // Swift's own shortcut: two scalars below U+0300 always break (CR LF aside).
        if scalar.value < 0x300 { return false }
        if let known = previous[scalar.value] { return known }
        var probe = "a"
        probe.unicodeScalars.append(scalar)
        let joins = probe.count == 1
        previous[scalar.value] = joins
        return joins
    }

    func joinsNext(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x300 { return false }
        if let known = next[scalar.value] { return known }
        var probe = String(Character(scalar))
        probe.unicodeScalars.append("a")
        let joins = probe.count == 1
        next[scalar.value] = joins
        return joins
    }

    /// (letter or number, whitespace) of a cluster whose first scalar is `scalar`.
    static func kind(_ scalar: Unicode.Scalar) -> (word: Bool, space: Bool) {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return (true, false)
        case 0x09...0x0D, 0x20: return (false, true)
        case ..<0x80: return (false, false)
        default:
            let properties = scalar.properties
            return (properties.isAlphabetic || properties.numericType != nil, properties.isWhitespace)
        }
    }
}
