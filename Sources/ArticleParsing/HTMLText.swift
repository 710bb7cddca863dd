/// Best-effort text extraction from a saved HTML page, until a real parser (libxml2) replaces it.
///
/// Contract: never fails and never fetches anything. The title is the first `<h1>`, else
/// `<title>`; the language comes from `<html lang>`; `author`, `article:published_time` / `date`
/// and `og:site_name` `<meta>` tags are read. The text is the `<article>` element if there is
/// one, else `<body>`, else everything; `<script>`, `<style>`, `<head>` and comments are dropped,
/// block elements become paragraph breaks (blank lines), other tags vanish, whitespace collapses
/// and common entities are decoded. Malformed markup just yields less text.
enum HTMLText {
    struct Extracted {
        var title: String?
        var language: String?
        var meta: [String: String] = [:]
        /// Paragraphs separated by blank lines.
        var text: String
    }

    private static let blockTags: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table",
        "section", "article", "header", "footer", "blockquote", "figure", "figcaption", "pre",
        "hr", "main", "aside", "nav", "dd", "dt",
    ]
    private static let skippedElements = ["script", "style", "head", "noscript", "template"]

    static func extract(_ html: String) -> Extracted {
        let bytes = Array(html.utf8)
        let lower = bytes.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        let title = inner(of: "h1", bytes, lower) ?? inner(of: "title", bytes, lower)
        var extracted = Extracted(title: title.map(plainText).flatMap { $0.isEmpty ? nil : $0 }, text: "")
        var position = 0
        while let start = find("<meta", in: lower[...], from: position) {
            let end = find(">", in: lower[...], from: start) ?? lower.count
            let attributes = attributesOf(bytes[start..<end])
            if let key = attributes["name"] ?? attributes["property"], let content = attributes["content"] {
                extracted.meta[key.lowercased()] = decodeEntities(content)
            }
            position = end
        }
        if let start = find("<html", in: lower[...], from: 0) {
            let end = find(">", in: lower[...], from: start) ?? lower.count
            extracted.language = attributesOf(bytes[start..<end])["lang"]
        }
        let region = range(of: "article", lower) ?? range(of: "body", lower) ?? 0..<bytes.count
        extracted.text = plainText(blocks: bytes[region], lower: lower[region])
        return extracted
    }

    /// Tag-free text of a fragment, whitespace collapsed, on one line.
    private static func plainText(_ fragment: String) -> String {
        let bytes = Array(fragment.utf8)
        let lower = bytes.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        return plainText(blocks: bytes[...], lower: lower[...])
            .split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    private static func plainText(blocks bytes: ArraySlice<UInt8>, lower: ArraySlice<UInt8>) -> String {
        var output: [UInt8] = []
        var index = bytes.startIndex
        var pendingSpace = false
        func breakParagraph() {
            while output.last == 0x20 { output.removeLast() }
            if !output.isEmpty, !output.suffix(2).elementsEqual([0x0A, 0x0A]) { output += [0x0A, 0x0A] }
            pendingSpace = false
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                if lower[index...].starts(with: Array("<!--".utf8)) {
                    index = (find("-->", in: lower[...], from: index).map { $0 + 3 }) ?? bytes.endIndex
                    continue
                }
                guard let close = find(">", in: lower[...], from: index) else { break }  // unclosed tag
                let name = tagName(lower[index..<close])
                if skippedElements.contains(name),
                    let end = find("</\(name)", in: lower[...], from: index)
                {
                    index = find(">", in: lower[...], from: end).map { $0 + 1 } ?? bytes.endIndex
                    continue
                }
                if blockTags.contains(name) { breakParagraph() }
                index = close + 1
            } else if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = true
                index += 1
            } else {
                if pendingSpace, let last = output.last, last != 0x0A { output.append(0x20) }
                pendingSpace = false
                output.append(byte)
                index += 1
            }
        }
        return decodeEntities(String(decoding: output, as: UTF8.self))
    }

    /// The lowercased name of the tag starting at `<` (without `/`), or "" for other markup.
    private static func tagName(_ tag: ArraySlice<UInt8>) -> String {
        let name = tag.dropFirst().drop { $0 == UInt8(ascii: "/") }
            .prefix { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
        return String(decoding: name, as: UTF8.self)
    }

    private static func inner(of tag: String, _ bytes: [UInt8], _ lower: [UInt8]) -> String? {
        range(of: tag, lower).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// The byte range between `<tag …>` and `</tag`, if both exist.
    private static func range(of tag: String, _ lower: [UInt8]) -> Range<Int>? {
        var from = 0
        while let open = find("<\(tag)", in: lower[...], from: from) {
            let next = open + tag.utf8.count + 1
            guard next < lower.count else { return nil }
            if lower[next] == UInt8(ascii: ">") || lower[next] == 0x20 || lower[next] == 0x0A {
                guard let start = find(">", in: lower[...], from: open),
                    let end = find("</\(tag)", in: lower[...], from: start)
                else { return nil }
                return (start + 1)..<end
            }
            from = next
        }
        return nil
    }

    /// The absolute index of the first occurrence of `needle` at or after `from`, or nil.
    private static func find(_ needle: String, in haystack: ArraySlice<UInt8>, from: Int) -> Int? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        var index = max(from, haystack.startIndex)
        while index + pattern.count <= haystack.endIndex {
            if haystack[index] == first, haystack[index..<(index + pattern.count)].elementsEqual(pattern) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// `name="value"` / `name='value'` pairs of one tag; names lowercased.
    private static func attributesOf(_ tag: ArraySlice<UInt8>) -> [String: String] {
        var attributes: [String: String] = [:]
        let text = String(decoding: tag, as: UTF8.self)
        var rest = Substring(text)
        while let equals = rest.firstIndex(of: "=") {
            let name = rest[..<equals].reversed().prefix { $0.isLetter || $0 == "-" || $0 == ":" }
            var value = rest[rest.index(after: equals)...].drop { $0 == " " }
            guard let quote = value.first, quote == "\"" || quote == "'" else { rest = value; continue }
            value = value.dropFirst()
            let end = value.firstIndex(of: quote) ?? value.endIndex
            attributes[String(name.reversed()).lowercased()] = String(value[..<end])
            rest = end < value.endIndex ? value[value.index(after: end)...] : ""
        }
        return attributes
    }
}
