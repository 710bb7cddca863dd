import TextLayouts
import TextToolkit

/// The last step of every reader (text, Markdown, HTML): what may go into an index field.
///
/// Contract (documented in docs/index-format.md's field table):
/// - C0 controls (U+0000–U+001F), DEL and C1 controls (U+0080–U+009F) are removed from every
///   text field; a tab becomes a space. Other characters (bidi marks of Arabic or Hebrew text,
///   emoji joiners) are data and stay; they are escaped only where text is shown to an operator.
/// - Single-line fields are cut at a length in characters (`limits`), ending with `…`:
///   title 300, each author 120 (at most 20 authors), source and site 120, summary 1,000.
///   A 1,000,000-character JSON-LD headline is stored as its first 299 characters plus `…`.
/// - An article has a title and a body: a file whose body has no letter or digit once the title
///   is taken (a single word, a heading alone) is rejected with `.noBody`.
/// Pure; linear in the size of the fields.
enum ArticleFields {
    /// The longest value of each single-line field, in characters (`…` included).
    enum Limits {
        static let title = 300
        static let author = 120
        static let authors = 20
        static let sourceOrSite = 120
        static let summary = 1_000
    }

    /// - Parameter controlFree: the caller knows that no field holds a control scalar (every
    ///   field is cut from lines of a text whose only controls are LFs, joined by spaces): the
    ///   body's paragraphs are then taken as they are, which is what removing nothing gives.
    static func clean(_ layout: TextLayout, controlFree: Bool = false) throws(ArticleParseError) -> TextLayout {
        var layout = layout
        layout.title = line(layout.title, limit: Limits.title)
        layout.authors = layout.authors.prefix(Limits.authors).map { line($0, limit: Limits.author) }.filter { !$0.isEmpty }
        layout.source = layout.source.map { line($0, limit: Limits.sourceOrSite) }.flatMap { $0.isEmpty ? nil : $0 }
        layout.site = layout.site.map { line($0, limit: Limits.sourceOrSite) }.flatMap { $0.isEmpty ? nil : $0 }
        layout.summary = layout.summary.map { line($0, limit: Limits.summary) }.flatMap { $0.isEmpty ? nil : $0 }
        if !controlFree { layout.body = layout.body.map { withoutControls($0) } }
        if !layout.body.allSatisfy(hasWord) { layout.body = layout.body.filter { hasWord($0) } }
        guard hasWord(layout.title) else { throw .noTitle }
        guard !layout.body.isEmpty else { throw .noBody }
        return layout
    }

    /// `text` without controls, trimmed, cut at `limit` characters (the last one `…`).
    static func line(_ text: String, limit: Int) -> String {
        let controlFree = withoutControls(text)
        // No more bytes than `limit` (so no more Characters), and ends that trimming keeps (see
        // `LineBytes.trimmed`): the text as it is.
        if controlFree.utf8.count <= limit, let first = controlFree.utf8.first, let last = controlFree.utf8.last,
            first < 0x80, last < 0x80, !LineBytes.isASCIIWhitespace(first), !LineBytes.isASCIIWhitespace(last)
        {
            return controlFree
        }
        let clean = controlFree.trimmingSpaces()
        var end = clean.startIndex
        var count = 0
        while end < clean.endIndex, count < limit {
            clean.formIndex(after: &end)
            count += 1
        }
        guard end < clean.endIndex else { return clean }
        return String(clean[..<clean.index(before: end)]).trimmingSpaces() + "…"
    }

    /// Removes C0 controls (a tab or line break becomes a space), DEL and C1 controls.
    static func withoutControls(_ text: String) -> String {
        guard hasControl(text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !isControl(scalar) {
                out.append(scalar)
            } else if scalar == "\t" || scalar == "\n" || scalar == "\r" {
                out.append(" ")
            }
        }
        return String(out)
    }

    /// Whether `isControl` holds for a scalar of the text, from its UTF-8: a byte below 0x20,
    /// 0x7F, or U+0080–U+009F (0xC2 then 0x80–0x9F; in valid UTF-8, 0xC2 is always a lead byte).
    private static func hasControl(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while true {
                // Printable ASCII holds no control: skipped a word at a time.
                index = UTF8Scalars.endOfPrintableASCII(bytes, from: index)
                guard index < bytes.count else { return false }
                let byte = bytes[index]
                if byte < 0x20 || byte == 0x7F { return true }
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] < 0xA0 { return true }
                index += 1
            }
        }
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// A scalar that is alphabetic or has a numeric type. Read from the UTF-8: among ASCII
    /// scalars exactly the letters and the digits are such; others are decoded and asked.
    private static func hasWord(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if ASCII.isLetter(byte) || ASCII.isDigit(byte) { return true }
                    index += 1
                } else {
                    let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
                    if isWordScalar(scalar) { return true }
                    index += length
                }
            }
            return false
        }
        return found ?? text.unicodeScalars.contains(where: isWordScalar)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
