/// Decodes the HTML character references left in a value the HTML parser did not decode: the
/// text of a JSON-LD block (script content is raw text) and nothing else. `<meta>` attribute
/// values and element text are decoded by libxml2 already; decoding them again would turn a
/// literal `&amp;amp;` into `&` (decoded twice), so callers apply this exactly once, to raw text.
///
/// Contract: numeric references (`&#233;`, `&#xE9;`) and every named reference of HTML 4
/// (`&ouml;`, `&uuml;`, `&szlig;`, `&hellip;`, … as libxml2's entity table knows them, plus
/// `&apos;`) are replaced, in one left-to-right pass: the text a reference produces is never
/// read again. Unknown or malformed references (no `;` within 12 characters) are left as
/// written. No-break spaces become plain spaces. Pure; never fails.
package func decodeEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var result = ""
    var rest = Substring(text)
    while let ampersand = rest.firstIndex(of: "&") {
        result += rest[..<ampersand]
        let candidate = rest[ampersand...].prefix(12)
        if let semicolon = candidate.firstIndex(of: ";"),
            let decoded = entity(rest[rest.index(after: ampersand)..<semicolon])
        {
            result.unicodeScalars.append(decoded)
            rest = rest[rest.index(after: semicolon)...]
        } else {
            result.append("&")
            rest = rest[rest.index(after: ampersand)...]
        }
    }
    result += rest
    return result
}

private func entity(_ name: Substring) -> Unicode.Scalar? {
    if name.hasPrefix("#") {
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X"
            ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        guard let value, value != 0, value != 0xA0 else { return value == 0xA0 ? " " : nil }
        return Unicode.Scalar(value)
    }
    guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
    if name == "apos" { return "'" }
    guard let scalar = HTMLDocument.namedEntity(String(name)) else { return nil }
    return scalar == "\u{A0}" ? " " : scalar
}
