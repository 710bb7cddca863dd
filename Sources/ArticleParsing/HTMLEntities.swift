/// Decodes the HTML character references found in real article pages.
///
/// Contract: numeric references (`&#233;`, `&#xE9;`) and a short table of named ones are
/// replaced; unknown or malformed references are left as written. No-break spaces become plain
/// spaces. Pure; never fails.
func decodeEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var result = ""
    var rest = Substring(text)
    while let ampersand = rest.firstIndex(of: "&") {
        result += rest[..<ampersand]
        let candidate = rest[ampersand...].prefix(12)
        if let semicolon = candidate.firstIndex(of: ";"),
            let decoded = entity(String(rest[rest.index(after: ampersand)..<semicolon]))
        {
            result.append(decoded)
            rest = rest[rest.index(after: semicolon)...]
        } else {
            result.append("&")
            rest = rest[rest.index(after: ampersand)...]
        }
    }
    result += rest
    return result
}

private func entity(_ name: String) -> Character? {
    if name.hasPrefix("#") {
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X"
            ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        guard let value, value != 0xA0 else { return value == 0xA0 ? " " : nil }
        return Unicode.Scalar(value).map(Character.init)
    }
    let named: [String: Character] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "laquo": "«", "raquo": "»",
        "hellip": "…", "mdash": "—", "ndash": "–", "eacute": "é", "egrave": "è", "ecirc": "ê",
        "agrave": "à", "acirc": "â", "ccedil": "ç", "ocirc": "ô", "icirc": "î", "ucirc": "û",
        "ugrave": "ù", "euml": "ë", "iuml": "ï", "Eacute": "É", "euro": "€", "copy": "©",
    ]
    return named[name]
}
