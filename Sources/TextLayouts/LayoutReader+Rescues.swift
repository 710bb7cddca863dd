import Foundation
import TextToolkit

/// A second reading of a text in which no line could be a title, before it is rejected: a shape
/// that hides the title inside a longer line is rewritten and read again. A text the first
/// reading accepts never comes here, so no accepted file's fields change.
///
/// Contract: `rescued(_:)` looks for a headline in capitals running into the text on the first
/// filled line (`PLAN UNVEILED — The government…`: eight letters or more, no lowercase letter, at
/// most 300 bytes, then ` — `, ` – ` or ` - ` and a capital or digit opening text with lowercase
/// letters), puts it on a line of its own, and returns that reading when it finds a title; nil
/// otherwise. Pure.
extension LayoutReader {
    func rescued(_ text: String) -> TextLayout? {
        let lines = LineBytes.lines(text)
        guard let first = lines.firstIndex(where: { !LineBytes.trimmed($0).isEmpty }) else { return nil }
        let head = LineBytes.trimmed(lines[first])
        if let (title, rest) = Self.runInCapitals(head) {
            let rewritten = Array(lines[..<first]) + [title, "", rest] + Array(lines[(first + 1)...])
            if let layout = readLayout(rewritten.joined(separator: "\n"), knownTitle: nil) { return layout }
        }
        return nil
    }

    /// `PLAN TO CUT EMISSIONS UNVEILED — The government…`: the headline in capitals and the text after its dash.
    static func runInCapitals(_ line: String) -> (title: String, rest: String)? {
        for dash in [" — ", " – ", " - "] {
            // Found on the bytes when they can tell (`LineBytes.range`): Foundation's search walked a 10 MiB line without
            // a dash three times (1.1 s).
            guard let cut = LineBytes.range(of: dash, in: line) else { continue }
            let title = LineBytes.trimmed(line[..<cut.lowerBound])
            let rest = LineBytes.trimmed(line[cut.upperBound...])
            guard title.utf8.count <= 300, title.filter(\.isLetter).count >= 8, !title.contains(where: \.isLowercase),
                rest.first?.isUppercase == true || rest.first?.isNumber == true, rest.contains(where: \.isLowercase)
            else { return nil }
            return (title, rest)
        }
        return nil
    }
}
