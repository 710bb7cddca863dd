import HTMLTree
import TextToolkit

/// A page converted by poppler's `pdftohtml -xml` (`<pdf2xml>`): each `<text>` element one line
/// of the page at its `top`, with its height, its font and its `<b>` / `<i>` runs.
///
/// Contract: `plain` returns the pages' blocks in document order, one line each, a blank line between
/// them: a block ends where a line stands further below the previous one than 1.4 times that line's
/// height (a paragraph's gap), where the font changes, and at a page's end; a block's lines (one per
/// `<text>` element, empty ones skipped) are joined by a space, or without one after a line ending with
/// a hyphen after a letter (`over-the-` `counter`: the hyphen stays). At most 20,000 elements are read.
/// Nil unless the root is `pdf2xml` and two blocks or more come out. Pure.
enum PDFTextXML {
    static func plain(_ root: XMLElement) -> String? {
        guard root.name == "pdf2xml" else { return nil }
        var blocks: [String] = []
        var block = ""
        func flush() {
            if !block.isEmpty { blocks.append(block) }
            block = ""
        }
        var read = 0
        for page in root.children where page.name == "page" {
            flush()
            var previous: (top: Int, height: Int, font: String)?
            for element in page.children where element.name == "text" {
                read += 1
                guard read <= 20_000 else { break }
                let text = LineBytes.trimmed(element.allText)
                guard !text.isEmpty else { continue }
                let top = element.attributes["top"].flatMap { Int($0) } ?? 0
                let height = element.attributes["height"].flatMap { Int($0) } ?? 0
                let font = element.attributes["font"] ?? ""
                if let previous, top - previous.top > previous.height * 14 / 10 || font != previous.font { flush() }
                let hyphenated = LineBytes.endsHyphenated(block)
                block += block.isEmpty || hyphenated ? text : " " + text
                previous = (top, height, font)
            }
        }
        flush()
        return blocks.count >= 2 ? blocks.joined(separator: "\n\n") : nil
    }
}
