import TextToolkit

/// Marks a page's typesetting puts in a text that a reader never sees: the soft hyphen
/// (U+00AD, where a narrow screen may break a long word), the zero-width space (U+200B) and the
/// word joiner (U+2060). A clipping copied from such a page carries them inside its words
/// (`INV\u{AD}ESTMENT`); what the desk reads, and expects in the title, is the word without them.
///
/// Contract: `removed` returns `text` without those three scalars, and `text` itself (no copy)
/// when it holds none. Every other scalar, the no-break spaces included, is kept. Pure.
enum InvisibleMarks {
    static func removed(_ text: String) -> String {
        // U+00AD is C2 AD in UTF-8; U+200B and U+2060 are E2 80 8B and E2 81 A0.
        guard LineBytes.contains(text, bytes: "\u{AD}") || LineBytes.contains(text, bytes: "\u{200B}")
            || LineBytes.contains(text, bytes: "\u{2060}")
        else { return text }
        var kept = String.UnicodeScalarView()
        kept.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where !invisible.contains(scalar.value) {
            kept.append(scalar)
        }
        return String(kept)
    }

    private static let invisible: Set<UInt32> = [0xAD, 0x200B, 0x2060]
}
