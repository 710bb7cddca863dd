/// The one place that makes text safe to show an operator: every log line, `STATUS=` text and
/// error report goes through it, so a hostile file name or title cannot clear the screen,
/// re-colour the output, set the window title, or disguise text in `journalctl`, `systemctl
/// status` or a terminal.
///
/// Escaped (rendered visibly, never removed, so nothing is hidden from the operator):
/// - C0 controls U+0000–U+001F (ESC, BEL, CR, TAB, …) and DEL U+007F → `\x1b`, `\x07`, `\x7f`;
/// - C1 controls U+0080–U+009F (U+009B is a one-character CSI) → `\u009b`;
/// - every format character (Unicode category Cf: bidirectional overrides and isolates
///   U+202A–U+202E and U+2066–U+2069, marks U+200E/U+200F and U+061C, zero-width characters
///   U+200B–U+200D, U+2060–U+2064, U+FEFF, soft hyphen U+00AD, tag characters …) and the line and
///   paragraph separators U+2028/U+2029 → `\u202e`, `\u2028` (`\U000e0001` above U+FFFF).
///
/// Everything else (letters of every script, emoji, quotes, backslashes) is kept as is.
public enum TerminalText {
    /// True for a scalar a terminal would act on or that would hide or reorder text.
    public static func isHostile(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x20..<0x7F: return false
        default:
            switch scalar.properties.generalCategory {
            case .format, .lineSeparator, .paragraphSeparator, .control: return true
            default: return false
            }
        }
    }

    /// Whether `isHostile` holds for any scalar of the text: read from its UTF-8, decoding only
    /// the scalars from U+0080 up (the same answer as testing every scalar, without
    /// `unicodeScalars`' per-scalar decoding; most output is ASCII, and U+00A0–U+02FF but U+00AD
    /// hold no format or control character).
    static func containsHostile(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { containsHostile(utf8: $0) }
    }

    /// `containsHostile` of the text whose UTF-8 these bytes are (valid UTF-8, as a `String`'s
    /// or JSON written from `String`s is; a malformed sequence is read as some scalar, never
    /// out of bounds): `presswatch parse` tests its JSON lines as bytes, before any `String`
    /// is made of them.
    public static func containsHostile(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            // Eight printable ASCII bytes (top bits clear, none below 0x20, none 0x7F) at a
            // time: most output is such (TextToolkit's `endOfPrintableASCII` is the same
            // test; this module imports no parser module). Otherwise the first lane flagged
            // (exact: a borrow only flags lanes above a flagged one) is where to look.
            if index &+ 8 <= bytes.count, let base = UnsafeRawPointer(bytes.baseAddress) {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101
                let highs = ones &* 0x80
                let delete = word ^ (ones &* 0x7F)
                let flagged = (word & highs) | ((word &- ones &* 0x20) & ~word & highs) | ((delete &- ones) & ~delete & highs)
                if flagged == 0 {
                    index &+= 8
                    continue
                }
                index &+= flagged.trailingZeroBitCount &>> 3
            }
            let lead = bytes[index]
            if lead < 0x80 {
                if lead < 0x20 || lead == 0x7F { return true }
                index += 1
                continue
            }
            // A Swift String's UTF-8 is valid: lead and continuation bytes are well formed.
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            var value = UInt32(lead) & (0x7F >> UInt32(length))
            for offset in 1..<length where index + offset < bytes.count {
                value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F)
            }
            index += length
            if value >= 0xA0, value < 0x300, value != 0xAD { continue }
            if isHostile(Unicode.Scalar(value) ?? "\u{FFFD}") { return true }
        }
        return false
    }

    /// `text` on one line, safe for a terminal: a line break (`\n` or `\r\n`) becomes one space,
    /// as a log line or `STATUS=` must stay one line; every other hostile scalar is escaped.
    public static func escaped(_ text: String) -> String {
        guard containsHostile(text) else { return text }
        let scalars = text.unicodeScalars
        var out = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "\n" || (scalar == "\r" && next < scalars.endIndex && scalars[next] == "\n") {
                out.append(" ")
                index = scalar == "\r" ? scalars.index(after: next) : next
                continue
            }
            if isHostile(scalar) { out.append(contentsOf: escape(scalar).unicodeScalars) } else { out.append(scalar) }
            index = next
        }
        return String(out)
    }

    /// Like `escaped`, but keeps the line breaks: for a multi-line report (a list of
    /// configuration problems) printed to a terminal.
    public static func escapedLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { escaped(String($0)) }.joined(separator: "\n")
    }

    /// JSON text (as JSONEncoder writes it) with every hostile scalar it left raw (DEL, C1
    /// controls, format characters, U+2028/U+2029) written as a JSON `\uXXXX` escape instead
    /// (surrogate pairs above U+FFFF). The JSON means exactly the same to a program; shown on a
    /// terminal (`cat x.error.json`, `presswatch parse`), it is inert. Outside strings JSON is
    /// ASCII, so every replacement lands inside a string; JSON whitespace (`\n`, `\t`, `\r`)
    /// is left alone (inside strings the encoder already escaped it).
    public static func jsonEscapingHostile(_ json: String) -> String {
        guard containsHostile(json) else { return json }
        // Built as UTF-8 bytes: `UnicodeScalarView.append(contentsOf:)` copied the whole text
        // so far on each escape (quadratic: a 10 MiB file of U+2028 never finished).
        var out: [UInt8] = []
        out.reserveCapacity(json.utf8.count + json.utf8.count / 8)
        for scalar in json.unicodeScalars {
            let value = scalar.value
            // Printable ASCII, and U+00A0…U+02FF but U+00AD (as in `containsHostile`), are
            // never hostile: copied without the property lookup.
            if value &- 0x20 < 0x5F {
                out.append(UInt8(truncatingIfNeeded: value))
                continue
            }
            // JSON's own whitespace between tokens (pretty printing); inside strings the encoder
            // has already escaped these.
            guard value >= 0xA0 && value < 0x300 && value != 0xAD ? false : isHostile(scalar),
                scalar != "\n", scalar != "\t", scalar != "\r"
            else {
                UTF8.encode(scalar) { out.append($0) }
                continue
            }
            UTF16.encode(scalar) { appendEscape($0, to: &out) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `\u` and the four lowercase hex digits of `unit` (what `hex(_:digits: 4)` writes).
    private static func appendEscape(_ unit: UInt16, to out: inout [UInt8]) {
        out.append(0x5C)
        out.append(0x75)
        for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8(truncatingIfNeeded: unit >> UInt16(shift)) & 0x0F
            out.append(digit < 10 ? 0x30 + digit : 0x57 + digit)
        }
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case ..<0x80: "\\x" + hex(scalar.value, digits: 2)
        case ..<0x10000: "\\u" + hex(scalar.value, digits: 4)
        default: "\\U" + hex(scalar.value, digits: 8)
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
