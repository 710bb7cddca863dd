import Foundation

/// A scanned page read by Amazon Textract (`DetectDocumentText`'s response: `DocumentMetadata`, and
/// `Blocks` of `PAGE`, `LINE` and `WORD`, each line with its `Text` and its `Geometry`'s
/// `BoundingBox`): the page's lines in the order given, a blank line where the print changes
/// (a line a quarter taller or shorter than the one above, standing apart from it by more than
/// its height, or set far to the right of it: a masthead, a date, a stamp, a headline and its
/// byline over the text), a headline's lines (the same print, a quarter taller than the text's
/// median line) joined into one, the text's own lines together.
///
/// Contract: `plain` is nil unless the value is an object with a `Blocks` list holding `LINE`
/// blocks with text (50,000 blocks at most are read); a line without geometry joins the lines
/// above it. Pure.
enum TextractBlocks {
    static func plain(_ value: Any) -> String? {
        guard let response = value as? [String: Any], let blocks = response["Blocks"] as? [Any] else { return nil }
        var lines: [(text: String, box: Box?)] = []
        for case let block as [String: Any] in blocks.prefix(50_000) where block["BlockType"] as? String == "LINE" {
            guard let text = block["Text"] as? String, !text.isEmpty else { continue }
            lines.append((text, box(block)))
        }
        guard !lines.isEmpty else { return nil }
        // The text's own print: the lines' median height.
        let heights = lines.compactMap { $0.box?.height }.sorted()
        let textHeight = heights.isEmpty ? 0 : heights[heights.count / 2]
        var out = ""
        var previous: Box?
        for (text, current) in lines {
            if let above = previous, let line = current, !out.isEmpty {
                let ratio = line.height / above.height
                let gap = line.top - (above.top + above.height)
                if ratio > 1.25 || ratio < 0.8 || gap > max(line.height, above.height) || abs(line.left - above.left) > 0.25 {
                    out += "\n\n"
                } else if textHeight > 0, line.height >= 1.25 * textHeight, abs(ratio - 1) < 0.05 {
                    out += " "  // a headline's print wrapped onto the next line: one line
                } else {
                    out += "\n"
                }
            }
            out += text
            previous = current ?? previous
        }
        return out
    }

    private typealias Box = (top: Double, height: Double, left: Double)

    private static func box(_ block: [String: Any]) -> Box? {
        guard let box = (block["Geometry"] as? [String: Any])?["BoundingBox"] as? [String: Any],
            let top = number(box["Top"]), let height = number(box["Height"]), height > 0
        else { return nil }
        return (top, height, number(box["Left"]) ?? 0)
    }

    private static func number(_ value: Any?) -> Double? {
        (value as? NSNumber)?.doubleValue ?? (value as? Double)
    }
}
