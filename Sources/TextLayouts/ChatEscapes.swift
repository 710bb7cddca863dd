import TextToolkit

/// A chat service's own escapes in a message's text (`&amp;`, `&lt;`, `&gt;`), undone once: `&amp;lt;` is `&lt;`.
enum ChatEscapes {
    static func decoded(_ text: String) -> String {
        guard LineBytes.contains(text, 0x26) else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let tail = rest[amp...]
            if tail.hasPrefix("&amp;") {
                out += "&"
                rest = tail.dropFirst(5)
            } else if tail.hasPrefix("&lt;") {
                out += "<"
                rest = tail.dropFirst(4)
            } else if tail.hasPrefix("&gt;") {
                out += ">"
                rest = tail.dropFirst(4)
            } else {
                out += "&"
                rest = tail.dropFirst()
            }
        }
        return out + rest
    }
}
