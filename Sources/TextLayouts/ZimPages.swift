import TextToolkit

/// A page of a Zim desktop wiki as Zim stores it: its headers (`Content-Type: text/x-zim-wiki`,
/// `Wiki-Format: zim 0.6`, `Creation-Date: …`) and a blank line, then its markup: `====== Page
/// ======` the page's own name (level 1: six `=`), often with Zim's `Created …` line under it,
/// `===== Title =====` (level 2) and deeper headings, `//italic//`, `**bold**`, `__marked__`,
/// `[[address|text]]` links, `@tag` words.
///
/// Contract: `labelled` returns the lines unchanged unless the first one is Zim's `Content-Type`
/// header. Otherwise the headers go (up to the first blank line, and no further than ten lines), and so
/// does the page's heading with what stands under it when a deeper heading follows within three
/// lines (the page's name and its creation line are the wiki's, not the article's): that heading
/// is then the title. Every heading becomes its text; emphasis marks are dropped (not `//` after
/// `:`, an address's); a link becomes its text, or its target when it has none, and a link alone
/// on its line that repeats the line above goes, as does a line of `@tags` alone. Pure.
enum ZimPages {
    static func labelled(_ lines: [String]) -> [String] {
        guard lines.first == "Content-Type: text/x-zim-wiki" else { return lines }
        var start = 1
        while start < min(lines.count, 10), !lines[start].isEmpty { start += 1 }
        var result: [String] = []
        var index = start
        if let page = lines[start...].prefix(4).firstIndex(where: { level(of: $0) == 1 }),
            let deeper = lines[(page + 1)...].prefix(3).firstIndex(where: { (level(of: $0) ?? 0) > 1 })
        {
            index = deeper
        }
        while index < lines.count {
            defer { index += 1 }
            let line = lines[index]
            if level(of: line) != nil {
                result.append(headingText(line))
            } else if isTagLine(line) {
                continue
            } else {
                let text = withoutMarkup(line)
                // A link alone on its line repeating the line above (`//Público//` over `[[https://…|Público]]`).
                if line.hasPrefix("[["), line.hasSuffix("]]"), text == result.last { continue }
                result.append(text)
            }
        }
        return result
    }

    /// A heading's level: 1 for six `=` around the text, 5 for two; nil for any other line.
    static func level(of line: String) -> Int? {
        let bytes = line.utf8
        guard bytes.first == 0x3D, bytes.last == 0x3D, bytes.count > 5 else { return nil }
        let marks = bytes.prefix { $0 == 0x3D }.count
        guard (2...6).contains(marks), bytes.reversed().prefix(while: { $0 == 0x3D }).count == marks,
            bytes.dropFirst(marks).first == 0x20
        else { return nil }
        return 7 - marks
    }

    private static func headingText(_ line: String) -> String {
        var text = Substring(line).drop { $0 == "=" }
        while text.last == "=" { text = text[..<text.index(before: text.endIndex)] }
        return LineBytes.trimmed(text)
    }

    /// `@revue @acier`: the page's tags, nothing of the article's.
    private static func isTagLine(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        return !words.isEmpty && words.allSatisfy { $0.hasPrefix("@") && $0.count > 1 }
    }

    /// The line without Zim's emphasis marks and with its links' texts.
    static func withoutMarkup(_ line: String) -> String {
        guard LineBytes.contains(line, bytes: "//") || LineBytes.contains(line, bytes: "**") || LineBytes.contains(line, bytes: "__")
            || LineBytes.contains(line, bytes: "[[")
        else { return line }
        var out = ""
        var rest = Substring(line)
        while let link = rest.firstRange(of: "[["), let close = rest[link.upperBound...].firstRange(of: "]]") {
            out += rest[..<link.lowerBound]
            let inner = rest[link.upperBound..<close.lowerBound]
            out += inner.firstIndex(of: "|").map { inner[inner.index(after: $0)...] } ?? inner
            rest = rest[close.upperBound...]
        }
        out += rest
        out = out.replacing("**", with: "").replacing("__", with: "")
        // `//` opens or closes italics unless an address's scheme stands before it (`https://`).
        var text = ""
        var remaining = Substring(out)
        while let marks = remaining.firstRange(of: "//") {
            text += remaining[..<marks.lowerBound]
            if text.last == ":" { text += "//" }
            remaining = remaining[marks.upperBound...]
        }
        return LineBytes.trimmed(text + remaining)
    }
}
