import HTMLTree
import TextToolkit

/// A scanned clipping read by an OCR engine and saved as hOCR (Tesseract's `hocr` output: an XHTML page whose
/// `<meta name="ocr-system">` names the engine, `ocr_page`, `ocr_carea`, `ocr_par` and `ocr_line` elements,
/// one `ocrx_word` span a word). The page's `<title>` (empty) and the scan's file name say nothing of the article.
///
/// Contract: `text` returns the recognised text as a clipping's paragraphs: each paragraph (`ocr_par`) one
/// line, its lines (`ocr_line`, `ocr_header`, `ocr_caption`, `ocr_textfloat`) joined by a space, or without
/// one after a line ending with a hyphen after a letter (`over-the-` `counter`: the hyphen stays), their words
/// joined by single spaces, a blank line between paragraphs; nil when the page is no well-formed XML
/// (`XMLRecords.root(of:)`) or holds no line. A grapheme cluster of more than `TextFolding.clusterLimit` scalars (made by
/// character references) is cut to its first ones. Pure.
package enum OCRPages {
    package static func text(of page: String) -> String? {
        guard let root = XMLRecords.root(of: page) else { return nil }
        var lines: [String] = []
        var paragraph = ""
        func flush() {
            guard !paragraph.isEmpty else { return }
            lines += [paragraph, ""]
            paragraph = ""
        }
        var stack: [(element: XMLElement, leaving: Bool)] = [(root, false)]
        // Depth first in document order, without recursion (a deeply nested page must not exhaust the stack).
        while let (element, leaving) = stack.popLast() {
            let classes = element.attributes["class"] ?? ""
            if leaving {
                if classes.contains("ocr_par") { flush() }
                continue
            }
            if lineClasses.contains(where: { classes.contains($0) }) {
                let line = element.allText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                guard !line.isEmpty else { continue }
                let hyphenated = LineBytes.endsHyphenated(paragraph)
                paragraph += paragraph.isEmpty || hyphenated ? line : " " + line
                continue
            }
            stack.append((element, true))
            stack.append(contentsOf: element.children.reversed().map { ($0, false) })
        }
        flush()
        // Character references join no scalars the file's decoding saw (`a&#769;&#769;…`): the clusters bounded as it bounds a file's.
        return lines.isEmpty ? nil : TextFolding.boundedClusters(lines.joined(separator: "\n"))
    }

    private static let lineClasses = ["ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"]
}
