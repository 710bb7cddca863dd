import DateReading
import Foundation
import TextToolkit

/// A word processor's document saved as a web page (Word's `.htm`, `<meta name=Generator
/// content="Microsoft Word 15">`; LibreOffice's and OpenOffice's HTML export): a desk's typed-up
/// clipping, not a site's page. Its publication and day stand in a paragraph as in a text clipping
/// (`<p><b>Reuters</b>, 26. Februar 1987</p>` above or below the headline), and the page's
/// `<title>` names the document (`Pressespiegel 28.02.1987`), never the article's day.
///
/// Contract: `isWordProcessor` is true when the page's generator names Word, LibreOffice or
/// OpenOffice (Word's `MsoNormal` class alone is no sign: a CMS's post pasted from Word holds it).
/// `read` takes the page's text (decoded) and its headline, reads the paragraphs of its `<body>`
/// (blocks made lines, a paragraph's wrapped lines joined and its white space runs made one space,
/// references decoded, the headline's own paragraph left out) as a clipping's text with its title
/// known (`LayoutReader.read(_:knownTitle:)`), and returns that layout, a paragraph wholly in bold
/// with a publication's form its source when it names none (never a writer); nil when the page has
/// no `<body>` or the reader finds nothing. Pure.
package enum WordDocuments {
    package static func isWordProcessor(generator: String?) -> Bool {
        guard let generator, let lead = generator.utf8.first, lead | 0x20 == 0x6D || lead | 0x20 == 0x6C || lead | 0x20 == 0x6F
        else { return false }
        let folded = generator.lowercased()
        return folded.hasPrefix("microsoft word") || folded.hasPrefix("libreoffice") || folded.hasPrefix("openoffice")
    }

    package static func read(page: String, title: String, dates: DateRecognizer) -> TextLayout? {
        guard let open = page.range(of: "<body", options: [.caseInsensitive]) else { return nil }
        let paragraphs = XMLRecords.paragraphs(fromMarkup: String(page[open.lowerBound...]))
            .split(separator: "\n").map { squeezed(String($0)) }
        let headline = squeezed(title)
        let text = paragraphs.filter { !$0.isEmpty && $0 != headline }.joined(separator: "\n\n")
        guard var layout = LayoutReader(dates: dates).read(text, knownTitle: title) else { return nil }
        // A paragraph all in bold that names a publication (`<p><b>Vancouver Sun</b></p>` over the
        // headline) is the desk's note of the source, not a writer's name.
        if layout.source == nil, let name = boldParagraphs(page[open.lowerBound...]).first(where: ClippingFacts.isMasthead) {
            layout.source = name
            layout.authors.removeAll { $0 == name }
        }
        return layout
    }

    /// The texts of the first ten paragraphs wholly in bold (`<p class=MsoNormal><b>Name</b></p>`), of at most 80 bytes.
    /// Linear: `<b>` and `</b>` are found on the bytes (Foundation's search copied the rest of the page at each `<b>`); a
    /// `<b>` is looked at back to the white space and `>` before it and forward to its first `<`; the `</b>` after it, and
    /// whether a paragraph's end follows that, are found once for all the `<b>` before it (a search from each of many
    /// `<b>` to one far `</b>`, or a walk back over a run of flags to the `>` before a `<b>`, was quadratic).
    static func boldParagraphs(_ html: Substring) -> [String] {
        let bytes = Array(html.utf8)
        func index(_ offset: Int) -> Substring.Index { html.utf8.index(html.utf8.startIndex, offsetBy: offset) }
        var found: [String] = []
        var from = 0
        var close: (start: Int, endsParagraph: Bool)?
        while found.count < 10, let open = firstRange(of: openTag, in: bytes, from: from) {
            defer { from = open.upperBound }
            if close.map({ $0.start < open.upperBound }) ?? true {
                guard let next = firstRange(of: closeTag, in: bytes, from: open.upperBound) else { break }
                close = (next.lowerBound, html[index(next.upperBound)...].drop(while: \.isWhitespace).hasPrefix("</p>"))
            }
            guard let (end, endsParagraph) = close, endsParagraph,
                // Only white space between the `>` before it and the `<b>` (since the `<b>` before).
                html[index(from)..<index(open.lowerBound)].reversed().drop(while: \.isWhitespace).starts(with: ">")
            else { continue }
            // No tag inside (looked for up to the first `<`: another `<b>` before the `</b>` holds one).
            let inner = html[index(open.upperBound)..<index(end)]
            guard !inner.contains("<") else { continue }
            let text = squeezed(String(inner))
            if !text.isEmpty, text.utf8.count <= 80 { found.append(text) }
        }
        return found
    }

    private static let openTag = Array("<b>".utf8)
    private static let closeTag = Array("</b>".utf8)

    /// The first place of `needle` in `bytes` at or after `from`, or nil.
    private static func firstRange(of needle: [UInt8], in bytes: [UInt8], from: Int) -> Range<Int>? {
        guard from < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { all in
            LineBytes.firstRange(of: needle, in: UnsafeBufferPointer(rebasing: all[from...])).map { ($0.lowerBound + from)..<($0.upperBound + from) }
        }
    }

    /// A text's words joined by single spaces (Word wraps a paragraph's source over lines, CR LF
    /// between them; an empty paragraph holds a no-break space).
    private static func squeezed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "\t" || $0 == "\u{A0}" })
            .joined(separator: " ")
    }
}
