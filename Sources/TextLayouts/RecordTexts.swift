import DateReading
import TextToolkit

/// The article's text in a field record when the record's own text field is not all of it
/// (`FieldRecords`): a link preview's snippet whose whole text another message pasted, a card's
/// Markdown description opening with the publication in bold. Pure; linear in the record's
/// strings.
enum RecordTexts {
    /// A longer string in the record holding the opening words of `snippet` (a preview's first
    /// sentence, often cut with `…`), or nil.
    static func fullText(of snippet: String, in root: Any) -> String? {
        var opening = snippet
        while let last = opening.last, last == "…" || last == "." { opening.removeLast() }
        opening = String(opening.prefix(24))
        guard opening.count >= 12 else { return nil }
        var best: String?
        func visit(_ value: Any, _ depth: Int) {
            guard depth < 8 else { return }
            if let text = value as? String {
                guard text.utf8.count > max(snippet.utf8.count, best?.utf8.count ?? 0) else { return }
                let plain = ChatEscapes.decoded(text)
                if plain.contains(opening) { best = plain }
            } else if let object = value as? [String: Any] {
                for key in object.keys.sorted() { visit(object[key] as Any, depth + 1) }
            } else if let array = value as? [Any] {
                for element in array.prefix(50) { visit(element, depth + 1) }
            }
        }
        visit(root, 0)
        return best.map { withoutLeadIn(LineBytes.trimmed($0)) }
    }

    /// A message's text without its lead-in (`Paywalled, here's the full text:`, a first line of
    /// 120 characters at most ending with `:` and a blank line under it).
    private static func withoutLeadIn(_ text: String) -> String {
        guard let end = text.range(of: "\n\n"), text.distance(from: text.startIndex, to: end.lowerBound) <= 120,
            text[..<end.lowerBound].last == ":", !text[..<end.lowerBound].contains("\n")
        else { return text }
        return String(text[end.upperBound...])
    }

    /// A Markdown text field's first line naming the publication in bold, alone or before its day
    /// (`**Reuters**`, `**Le Monde** · 3 mars 2026`), and the text under it; nil for any other line.
    static func masthead(_ text: String, dates: DateRecognizer) -> (name: String, date: CalendarDate?, rest: String)? {
        guard text.hasPrefix("**"), let lineEnd = text.firstIndex(of: "\n") else { return nil }
        let line = text[text.index(text.startIndex, offsetBy: 2)..<lineEnd]
        guard let close = line.range(of: "**") else { return nil }
        let name = LineBytes.trimmed(line[..<close.lowerBound])
        let after = LineBytes.trimmed(line[close.upperBound...])
        guard !name.isEmpty, TextFolding.hasAtMost(name, 80), !name.contains("*") else { return nil }
        var date: CalendarDate?
        if !after.isEmpty {
            guard let mark = after.first, "·•|–—-,".contains(mark),
                let found = dates.firstDate(in: String(after.dropFirst()))
            else { return nil }
            date = found.date
        }
        return (name, date, String(text[text.index(after: lineEnd)...]))
    }

    /// A Markdown text field (a card's description) with the emphasis of the lines that open with
    /// it dropped (`**Reuters** · 3 March 2026`, `*By A*`); any other line as it is.
    static func withoutEmphasis(_ text: String) -> String {
        guard LineBytes.contains(text, 0x2A) || LineBytes.contains(text, 0x5F) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("*") || line.hasPrefix("_") ? MarkdownInline.plain(String(line)) : String(line)
        }.joined(separator: "\n")
    }
}
