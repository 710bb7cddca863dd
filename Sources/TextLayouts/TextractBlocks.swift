import Foundation

/// A scanned page read by Amazon Textract (`DetectDocumentText`'s response: `DocumentMetadata`, and
/// `Blocks` of `PAGE`, `LINE` and `WORD`, each line with its `Text` and its `Geometry`'s
/// `BoundingBox`): the page's lines in the order given, a blank line where the print changes
/// (a line a quarter taller or shorter than the one above, standing apart from it by more than
/// its height, or set far to the right of it: a masthead, a date, a stamp, a headline and its
/// byline over the text), the text's own lines together.
///
/// Contract: `plain` is nil unless the value is an object with a `Blocks` list holding `LINE`
/// blocks with text (50,000 blocks at most are read); a line without geometry joins the lines
/// above it. Pure.
enum TextractBlocks {
    static func plain(_ value: Any) -> String? {
        guard let response = value as? [String: Any], let blocks = response["Blocks"] as? [Any] else { return nil }
        var out = ""
        var previous: (top: Double, height: Double, left: Double)?
        for case let block as [String: Any] in blocks.prefix(50_000) where block["BlockType"] as? String == "LINE" {
            guard let text = block["Text"] as? String, !text.isEmpty else { continue }
            let box = (block["Geometry"] as? [String: Any])?["BoundingBox"] as? [String: Any]
            let current = box.flatMap { box -> (top: Double, height: Double, left: Double)? in
                guard let top = number(box["Top"]), let height = number(box["Height"]), height > 0 else { return nil }
                return (top, height, number(box["Left"]) ?? 0)
            }
            if let above = previous, let line = current, !out.isEmpty {
                let ratio = line.height / above.height
                let gap = line.top - (above.top + above.height)
                if ratio > 1.25 || ratio < 0.8 || gap > max(line.height, above.height) || abs(line.left - above.left) > 0.25 {
                    out += "\n"
                }
            }
            if !out.isEmpty { out += "\n" }
            out += text
            previous = current ?? previous
        }
        return out.isEmpty ? nil : out
    }

    private static func number(_ value: Any?) -> Double? {
        (value as? NSNumber)?.doubleValue ?? (value as? Double)
    }
}
