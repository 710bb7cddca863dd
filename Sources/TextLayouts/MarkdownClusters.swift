/// Grapheme-cluster facts that the byte-level Markdown reader (`MarkdownInline`) needs about a
/// non-ASCII scalar next to an ASCII mark, answered by Swift's own segmentation (so they agree
/// with `Character`) and remembered per scalar.
///
/// Contract: `joinsPrevious(s)` — an ASCII mark followed by `s` is one cluster (`s` is an
/// extending, spacing or joining mark); `joinsNext(s)` — `s` followed by an ASCII mark is one
/// cluster (`s` is a prepended mark). Both rules are pairwise for an ASCII mark, which is no
/// emoji, regional indicator or Indic consonant. `kind` answers `Character.isLetter || isNumber`
/// and `isWhitespace` for a cluster that starts with the scalar. The static forms read the scalar
/// next to an ASCII byte of valid UTF-8 (`bytes`) and remember nothing. Never fails.
final class MarkdownClusters {
    private var previous: [UInt32: Bool] = [:]
    private var next: [UInt32: Bool] = [:]
    private var kinds: [UInt32: (word: Bool, space: Bool)] = [:]

    func joinsPrevious(_ scalar: Unicode.Scalar) -> Bool {
        if let known = previous[scalar.value] { return known }
        let joins = Self.joinsPrevious(scalar)
        previous[scalar.value] = joins
        return joins
    }

    func joinsNext(_ scalar: Unicode.Scalar) -> Bool {
        if let known = next[scalar.value] { return known }
        let joins = Self.joinsNext(scalar)
        next[scalar.value] = joins
        return joins
    }

    static func joinsPrevious(_ scalar: Unicode.Scalar) -> Bool {
        // Swift's own shortcut: two scalars below U+0300 always break (CR LF aside).
        if scalar.value < 0x300 { return false }
        var probe = "a"
        probe.unicodeScalars.append(scalar)
        return probe.count == 1
    }

    static func joinsNext(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x300 { return false }
        var probe = String(Character(scalar))
        probe.unicodeScalars.append("a")
        return probe.count == 1
    }

    /// Whether the scalar that starts at `p` joins the ASCII byte before it (false at the end).
    static func joinsPrevious(_ bytes: UnsafeBufferPointer<UInt8>, at p: Int) -> Bool {
        p < bytes.count && bytes[p] >= 0x80 && joinsPrevious(scalar(bytes, at: p))
    }

    /// Whether the scalar that ends before `p` joins the ASCII byte at `p` (false at the start).
    static func joinsNext(_ bytes: UnsafeBufferPointer<UInt8>, before p: Int) -> Bool {
        p > 0 && bytes[p - 1] >= 0x80 && joinsNext(scalar(bytes, endingAt: p))
    }

    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at p: Int) -> Unicode.Scalar {
        let lead = UInt32(bytes[p])
        func tail(_ k: Int) -> UInt32 { UInt32(bytes[p + k] & 0x3F) }
        let value: UInt32
        switch lead {
        case ..<0x80: value = lead
        case ..<0xE0: value = (lead & 0x1F) << 6 | tail(1)
        case ..<0xF0: value = (lead & 0x0F) << 12 | tail(1) << 6 | tail(2)
        default: value = (lead & 0x07) << 18 | tail(1) << 12 | tail(2) << 6 | tail(3)
        }
        return Unicode.Scalar(value)!
    }

    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, endingAt p: Int) -> Unicode.Scalar {
        var start = p - 1
        while bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(bytes, at: start)
    }

    /// (letter or number, whitespace) of a cluster whose first scalar is `scalar`; a non-ASCII
    /// scalar's answer is remembered in `cache` (Unicode property look-ups are searches).
    static func kind(_ scalar: Unicode.Scalar, cache: MarkdownClusters?) -> (word: Bool, space: Bool) {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return (true, false)
        case 0x09...0x0D, 0x20: return (false, true)
        case ..<0x80: return (false, false)
        default:
            if let known = cache?.kinds[scalar.value] { return known }
            let properties = scalar.properties
            let kind = (properties.isAlphabetic || properties.numericType != nil, properties.isWhitespace)
            cache?.kinds[scalar.value] = kind
            return kind
        }
    }
}
