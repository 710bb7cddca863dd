import DateReading
import TextToolkit

/// A table's row as `psql` shows it in expanded display (`\x`), copied from the terminal with its
/// prompts: a `-[ RECORD 1 ]-----+------` line, then one `column | value` line a column, the
/// columns padded to one width; a value of several lines goes on in lines whose column is blank,
/// each line but its last ending in `+` after the value's padding; a NULL or empty value leaves
/// the line's value empty; an array is PostgreSQL's literal (`{"Hélène Roux",Krüger}`).
///
/// Contract: `read` finds the first `-[ RECORD ` line within the first 200 lines (its `+` the
/// column of the separating `|`, else the first ` | ` of the line under it) and reads the lines under it to a blank line, a prompt or the
/// next record (5,000 lines, 200 columns at most) into a record's fields: a value's lines joined
/// by LF without their `+`, an array literal made a list of its items (quotes and backslashes
/// undone), empty values left out. The article is `FieldRecords`' reading of those fields (the
/// columns' names as record keys: `headline`, `outlet`, `published_on`; `clipped_by`, a table's
/// own `created_at` never the article's), its text the longest text column. Nil when no record
/// line opens the table or `FieldRecords` finds no article. Pure; linear in the text's size.
enum PsqlRecords {
    static func read(_ text: String, dates: DateRecognizer) -> JSONRecords.Record? {
        guard let fields = fields(text) else { return nil }
        // An article's row names its writers, its publication or its day beside its title and text (`byline`, `outlet`,
        // `published_on`, `fecha`); an events table's (`starts_at`, `venue`, `organiser`) or a users table's row does not.
        guard fields.keys.contains(where: { [.authors, .source, .date, .bareDate].contains(RecordKeys.field($0)) }) else { return nil }
        return FieldRecords.record(in: fields, rest: "", bareDate: true, isArticle: true, dates: dates)
    }

    /// The first record's columns (`read`'s), nil when no record line opens a table of at least one column. The bar's
    /// column is the record line's `+`; psql leaves it out when every column's name is narrower than the record's label
    /// (`-[ RECORD 1 ]-------` over `id          | 4410`): then the ` | ` of the line under it.
    static func fields(_ text: String) -> [String: Any]? {
        let lines = firstLines(of: text, count: 5_200)
        guard let head = lines.prefix(200).firstIndex(where: { $0.hasPrefix("-[ RECORD ") }) else { return nil }
        let column: Int
        if let plus = barColumn(lines[head]) {
            guard plus > 10 else { return nil }
            column = plus
        } else {
            guard head + 1 < lines.count, let bar = lines[head + 1].firstRange(of: " | ")?.lowerBound else { return nil }
            column = lines[head + 1].distance(from: lines[head + 1].startIndex, to: bar) + 1
            guard column >= 2 else { return nil }
        }
        var columns: [(name: String, lines: [Substring])] = []
        for line in lines[(head + 1)...].prefix(5_000) {
            // The bar's column found on the bytes when the line is ASCII up to it, else by the terminal width psql pads
            // a column's name to (`größe`, `überschrift`, `見出し`, `📰 source` are names too).
            let utf8 = line.utf8
            guard let bar = barIndex(in: line, column: column) else { break }
            let name = LineBytes.trimmed(line[..<bar])
            var value = line[utf8.index(after: bar)...]
            if value.utf8.first == 0x20 { value = value.dropFirst() }
            if name.isEmpty {
                // A value's next line: the line before it ended in `+`.
                guard !columns.isEmpty, let last = columns[columns.count - 1].lines.last, last.last == "+" else { break }
                columns[columns.count - 1].lines[columns[columns.count - 1].lines.count - 1] = last.dropLast()
                columns[columns.count - 1].lines.append(value)
            } else {
                guard columns.count < 200 else { break }
                columns.append((name, [value]))
            }
        }
        var fields: [String: Any] = [:]
        for (name, valueLines) in columns where fields[name] == nil {
            let value = valueLines.map(withoutTrailingSpaces).joined(separator: "\n")
            let trimmed = LineBytes.trimmed(value)
            guard !trimmed.isEmpty else { continue }
            fields[name] = arrayItems(trimmed) ?? value
        }
        return fields.isEmpty ? nil : fields
    }

    /// Whether the text is a psql session or its record alone: its first non-empty line a prompt (`newsdesk=> \x`,
    /// `redaction=# SELECT …`) or a record line (`-[ RECORD 1 ]`). (A mail pasting a record opens with its headers.)
    static func opensSession(_ text: String) -> Bool {
        guard let first = firstLines(of: text, count: 20).first(where: { !LineBytes.trimmed($0).isEmpty }) else { return false }
        if first.hasPrefix("-[ RECORD ") { return true }
        guard let prompt = first.prefix(64).firstRange(of: "=> ") ?? first.prefix(64).firstRange(of: "=# ")
            ?? (first.hasSuffix("=>") || first.hasSuffix("=#") ? first.index(first.endIndex, offsetBy: -2)..<first.endIndex : nil)
        else { return false }
        let name = first[..<prompt.lowerBound]
        return !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
    }

    /// The text's first `count` lines, each ended by LF or CR LF (a CR alone stays in its line), as the text's
    /// Characters split them but cut on the bytes: a line the count stops short of its end is left out (a 10 MiB line
    /// was walked as Characters three times: 1.43 s, stop 50's parser 0.67 s).
    static func firstLines(of text: String, count: Int) -> [Substring] {
        let utf8 = text.utf8
        var lines: [Substring] = []
        var start = utf8.startIndex
        while lines.count < count {
            guard let newline = utf8[start...].firstIndex(of: 0x0A) else {
                lines.append(text[start...])
                break
            }
            var end = newline
            if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
            lines.append(text[start..<end])
            start = utf8.index(after: newline)
        }
        return lines
    }

    /// The column (in Characters) of the record line's first `+` Character: on the bytes when the line is ASCII up to
    /// it and the byte after it is ASCII (the `+` a Character alone), else as Characters.
    static func barColumn(_ line: Substring) -> Int? {
        let utf8 = line.utf8
        if let plus = utf8.firstIndex(of: 0x2B), utf8[..<plus].allSatisfy({ $0 < 0x80 }) {
            let next = utf8.index(after: plus)
            if next == utf8.endIndex || utf8[next] < 0x80 { return utf8.distance(from: utf8.startIndex, to: plus) }
        }
        guard let bar = line.firstIndex(of: "+") else { return nil }
        return line.distance(from: line.startIndex, to: bar)
    }

    /// The index of the `|` at `column` (in terminal columns) of a record's line: on the bytes when they are ASCII up
    /// to it, else walking the line's scalars, each as wide as psql counts it (`width`: a CJK ideograph or an emoji
    /// two columns, a combining mark none), until `column` columns; nil when no `|` stands there.
    static func barIndex(in line: Substring, column: Int) -> String.Index? {
        let utf8 = line.utf8
        if let bar = utf8.index(utf8.startIndex, offsetBy: column, limitedBy: utf8.endIndex), bar < utf8.endIndex,
            utf8[..<bar].allSatisfy({ $0 < 0x80 })
        {
            return utf8[bar] == 0x7C ? bar : nil
        }
        let scalars = line.unicodeScalars
        var index = scalars.startIndex
        var columns = 0
        while index < scalars.endIndex, columns < column {
            columns += width(scalars[index])
            index = scalars.index(after: index)
        }
        // Marks of no width after the last Character before the bar belong to it.
        while index < scalars.endIndex, width(scalars[index]) == 0 { index = scalars.index(after: index) }
        guard columns == column, index < scalars.endIndex, scalars[index] == "|" else { return nil }
        return index
    }

    /// How many terminal columns psql gives a scalar (`pg_wcswidth`, after Markus Kuhn's `wcwidth`): none for a
    /// combining or enclosing mark and a format character (a zero-width joiner, a variation selector), two for an East
    /// Asian wide or full-width one (Hangul, CJK, kana, full-width forms) and an emoji, else one.
    static func width(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3, 0x25FD...0x25FE,
            0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
            0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
            0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
            0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A,
            0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF,
            0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return 2
        default: return 1
        }
    }

    /// The line without the spaces psql pads it with, cut on the bytes.
    private static func withoutTrailingSpaces(_ line: Substring) -> String {
        let utf8 = line.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == 0x20 { end = utf8.index(before: end) }
        return String(line[..<end])
    }

    /// A PostgreSQL array literal's items (`{"Hélène Roux",Krüger}` → `Hélène Roux`, `Krüger`; `{}` → none); nil for
    /// any other value. A `NULL` item is left out.
    static func arrayItems(_ value: String) -> [String]? {
        guard value.utf8.first == 0x7B, value.utf8.last == 0x7D, value.utf8.count >= 2, value.utf8.count <= 65_536,
            !value.utf8.dropFirst().contains(0x7B)
        else { return nil }
        var items: [String] = []
        var item = ""
        var quoted = false
        var wasQuoted = false
        var escaped = false
        for character in value.dropFirst().dropLast() {
            if escaped {
                item.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
                wasQuoted = true
            } else if character == ",", !quoted {
                if wasQuoted || item != "NULL" { items.append(LineBytes.trimmed(item)) }
                item = ""
                wasQuoted = false
            } else {
                item.append(character)
            }
        }
        guard !quoted else { return nil }
        if wasQuoted || !item.isEmpty && item != "NULL" { items.append(wasQuoted ? item : LineBytes.trimmed(item)) }
        return items.filter { !$0.isEmpty }
    }
}
