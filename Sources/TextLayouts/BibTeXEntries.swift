import DateReading
import TextToolkit

/// A reference manager's BibTeX or biblatex entry above the text (`Copy BibTeX` pasted into a
/// note): `@article{key,`, one `name = {value}` (or `"value"`, or a bare number) per field, the
/// closing `}`, then the article.
///
/// Fields read: `title` (its protecting braces and TeX escapes removed); `author` (names joined
/// by ` and `, each `Family, Given` written back as `Given Family`; `{Reuters}`, a body's name,
/// kept whole); the publication (`journaltitle`, else `journal`, else `booktitle`) as the source;
/// the date (`date`, else `year` with `month` and `day`: a year alone is no date). When it was
/// looked up (`urldate`), its address, language and keywords state nothing.
///
/// Contract: `read` looks for the entry's opening line among the first 20 non-empty lines (a
/// note may stand above it); it returns nil unless the entry closes within 60 lines, holds a
/// title, and text follows it. Pure.
enum BibTeXEntries {
    static func read(_ lines: [String], dates: DateRecognizer) -> CarriedFacts? {
        guard let open = lines.indices.lazy.filter({ !lines[$0].isEmpty }).prefix(20).first(where: { isOpening(lines[$0]) })
        else { return nil }
        // Raw values (braces kept): an author list is split at its top-level ` and ` first.
        var fields: [String: String] = [:]
        var index = open + 1
        var pending = ""
        var closed = false
        while index < lines.count, index <= open + 60, !closed {
            let line = LineBytes.trimmed(lines[index])
            index += 1
            if pending.isEmpty, line == "}" {
                closed = true
                break
            }
            pending += pending.isEmpty ? line : " " + line
            // A value may run over several lines: read once its braces balance; one brace too
            // many closes the entry on the field's line (`year = {2026}}`).
            let depth = braceDepth(pending)
            guard depth <= 0 else { continue }
            if depth < 0, pending.last == "}" {
                pending.removeLast()
                closed = true
            }
            if let (name, value) = field(pending) { fields[name] = value }
            pending = ""
        }
        guard closed, let title = fields["title"].map(unescaped), !title.isEmpty, lines[index...].contains(where: { !$0.isEmpty })
        else { return nil }
        var record = CarriedFacts(title: title, bodyStart: index)
        record.authors = topLevelParts(fields["author"] ?? "", separator: " and ").map { unescaped($0) }
            .filter { !$0.isEmpty }.map { RISRecord.given(first: $0) }
        record.source = (fields["journaltitle"] ?? fields["journal"] ?? fields["booktitle"]).map(unescaped)
        if let date = fields["date"] {
            record.date = dates.firstDate(in: date)?.date
        } else if let year = fields["year"], let month = fields["month"], let day = fields["day"] {
            record.date = dates.firstDate(in: "\(year)-\(month)-\(day)")?.date
        }
        return record
    }

    /// `@article{key,` (`@online{`, `@ARTICLE{`): an entry type of letters and `{`.
    private static func isOpening(_ line: String) -> Bool {
        guard line.utf8.first == 0x40, let brace = line.utf8.firstIndex(of: 0x7B) else { return false }
        let type = line.utf8[line.utf8.index(after: line.utf8.startIndex)..<brace]
        return (2...20).contains(type.count) && type.allSatisfy { ASCII.isLetter($0) } && line.utf8.last == 0x2C
    }

    /// Opening braces less closing ones (escaped ones counted too: a field's value rarely holds them).
    private static func braceDepth(_ text: String) -> Int {
        var depth = 0
        for byte in text.utf8 {
            if byte == 0x7B { depth += 1 } else if byte == 0x7D { depth -= 1 }
        }
        return depth
    }

    /// `value`'s parts between `separator`s that stand outside braces (`{Ernst and Young} and
    /// Doe, Jane` → two parts).
    private static func topLevelParts(_ value: String, separator: String) -> [String] {
        var parts: [String] = []
        var depth = 0
        var current = ""
        var rest = Substring(value)
        while let character = rest.first {
            if depth == 0, rest.hasPrefix(separator) {
                parts.append(current)
                current = ""
                rest = rest.dropFirst(separator.count)
                continue
            }
            if character == "{" { depth += 1 } else if character == "}" { depth -= 1 }
            current.append(character)
            rest = rest.dropFirst()
        }
        parts.append(current)
        return parts
    }

    /// `title = {{Title}},` → (`title`, `{Title}`): the name folded, the value without its
    /// delimiting braces or quotes and its trailing comma (`unescaped` reads it).
    private static func field(_ text: String) -> (String, String)? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let name = TextFolding.fold(LineBytes.trimmed(text[..<equals]))
        guard !name.isEmpty, name.utf8.allSatisfy({ ASCII.isLetter($0) || $0 == 0x5F || $0 == 0x2D }) else { return nil }
        var value = Substring(LineBytes.trimmed(text[text.index(after: equals)...]))
        if value.last == "," { value = value.dropLast() }
        value = value.trimmingPrefix("\"")
        if value.last == "\"" { value = value.dropLast() }
        // The braces that delimit the value (`{Doe, Jane and Roe, John}`), when the first closes at the end.
        if value.first == "{", value.last == "}" {
            var depth = 0
            let inner = value.dropLast()
            let closesEarly = inner.indices.contains { index in
                if inner[index] == "{" { depth += 1 } else if inner[index] == "}" { depth -= 1 }
                return depth == 0
            }
            if !closesEarly { value = value.dropFirst().dropLast() }
        }
        return (name, String(value))
    }

    /// A value as it reads: braces removed, `\&` `\%` `\$` `\#` `\_` `\{` `\}` as their characters,
    /// `\textbackslash{}` as `\`, `---` and `--` as dashes (counted after the braces go: `-{}-` is
    /// `–`), `~` as a space; trimmed. One pass over the bytes (a LaTeX body of 10 MiB on one line
    /// took twelve passes of Foundation's replacement, 3.7 s in all).
    static func unescaped(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x7B || $0 == 0x7D || $0 == 0x5C || $0 == 0x7E || $0 == 0x2D }) else { return value }
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count)
        var dashes = 0
        func flushDashes() {
            for _ in 0..<(dashes / 3) { out.append(contentsOf: [0xE2, 0x80, 0x94]) }  // —
            if dashes % 3 == 2 { out.append(contentsOf: [0xE2, 0x80, 0x93]) }  // –
            if dashes % 3 == 1 { out.append(0x2D) }
            dashes = 0
        }
        var text = value
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x2D {
                    dashes += 1
                    index += 1
                    continue
                }
                if byte == 0x7B || byte == 0x7D {  // a brace goes; dashes on both sides of it run on
                    index += 1
                    continue
                }
                flushDashes()
                if byte == 0x5C, bytes.count - index >= Self.textBackslash.count,
                    Self.textBackslash.indices.allSatisfy({ bytes[index + $0] == Self.textBackslash[$0] })
                {
                    out.append(0x5C)
                    index += Self.textBackslash.count
                } else if byte == 0x5C, index + 1 < bytes.count, Self.escapedMarks.contains(bytes[index + 1]) {
                    out.append(bytes[index + 1])
                    index += 2
                } else {
                    out.append(byte == 0x7E ? 0x20 : byte)
                    index += 1
                }
            }
        }
        flushDashes()
        return LineBytes.trimmed(String(decoding: out, as: UTF8.self))
    }

    private static let textBackslash = Array("\\textbackslash{}".utf8)
    /// `&` `%` `$` `#` `_` `{` `}`: a backslash before one of them writes it.
    private static let escapedMarks: Set<UInt8> = [0x26, 0x25, 0x24, 0x23, 0x5F, 0x7B, 0x7D]
}
