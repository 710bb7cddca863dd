/// The `table` format: a header and one line per entry, never wider than `width` columns.
///
/// Columns ID (the first 12 digits, enough for `presswatch show`), PUBLISHED (the day), LANG,
/// SOURCE (source, else site; at most 18 columns) and TITLE (the rest, cut with `…`). When the
/// title would get fewer than 20 columns, SOURCE, then LANG, then PUBLISHED are left out.
/// East Asian wide characters count two columns; control characters print as spaces.
public enum TableLayout {
    public static let idWidth = 12
    static let minimumTitle = 20
    static let maximumSource = 18

    /// No line at all (not even the header) when there is no match.
    public static func lines(_ matches: [IndexQuery.Match], width: Int) -> [String] {
        if matches.isEmpty { return [] }
        let rows = matches.map { match -> [String] in
            let f = match.fields
            return [String(match.change.id.prefix(idWidth)), f.published.map { String($0.prefix(10)) } ?? "-",
                    f.language ?? "-", clean(f.source ?? f.site ?? "-"), clean(f.title)]
        }
        let header = ["ID", "PUBLISHED", "LANG", "SOURCE", "TITLE"]
        var widths = [idWidth, 10, 4, min(maximumSource, max(6, rows.map { displayWidth($0[3]) }.max() ?? 0))]
        var shown = [true, true, true, true]
        func titleSpace() -> Int {
            width - zip(widths, shown).filter(\.1).reduce(0) { $0 + $1.0 + 2 }
        }
        for column in [3, 2, 1] where titleSpace() < minimumTitle { shown[column] = false }
        let titleWidth = max(1, titleSpace())
        widths.append(titleWidth)
        shown.append(true)
        return ([header] + rows).map { row in
            var parts: [String] = []
            for index in row.indices where shown[index] {
                let isLast = index == row.count - 1
                let text = cut(row[index], to: widths[index])
                parts.append(isLast ? text : pad(text, to: widths[index]))
            }
            return parts.joined(separator: "  ")
        }
    }

    static func clean(_ text: String) -> String {
        String(text.map { $0.isNewline || ($0.asciiValue.map { $0 < 0x20 } ?? false) ? " " : $0 })
    }

    /// Columns a character takes on a terminal (1, or 2 for East Asian wide ones).
    static func columns(_ character: Character) -> Int {
        guard let value = character.unicodeScalars.first?.value else { return 0 }
        switch value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    public static func displayWidth(_ text: String) -> Int { text.reduce(0) { $0 + columns($1) } }

    /// `text` if it fits in `width` columns, else its start and `…` within `width`.
    public static func cut(_ text: String, to width: Int) -> String {
        guard displayWidth(text) > width else { return text }
        var out = ""
        var used = 0
        for character in text {
            let size = columns(character)
            if used + size > width - 1 { break }
            out.append(character)
            used += size
        }
        return out + "…"
    }

    static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - displayWidth(text)))
    }
}
