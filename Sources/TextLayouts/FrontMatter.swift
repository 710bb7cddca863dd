import TOMLKit
import TextToolkit
import Yams

/// The front matter of a Markdown file: YAML between `---` lines (read with Yams), or TOML
/// between `+++` lines (Hugo's form, read with TOMLKit).
///
/// Contract: front matter is a first line `---`, a closing `---` or `...` line within the first
/// `maxBytes` (64 KiB) of the file, and a YAML mapping in between. A file whose second line is
/// `key: value` and whose closing line comes later than that is `isOversized`: the parser
/// rejects it (`.frontMatterTooLong`) rather than reading its YAML as text. Values are read as written (no YAML type resolution, so
/// `date: 2026-02-16T09:30:00+03:00` keeps its offset): scalars into `fields`, sequences of
/// scalars into `lists`; nested mappings are ignored. Keys are lowercased. YAML that hand-written
/// front matter often gets wrong — an unquoted value containing `: ` (`title: Coopération : le
/// Rwanda`) — is repaired by quoting such values before giving up. TOML front matter is read the
/// same way: a first line `+++`, a closing `+++` line within `maxBytes`; strings, integers and
/// arrays of strings as written, an offset date-time as `2026-03-03T09:12:00+01:00`, a local
/// date-time or date as its date alone (a local time in an unknown zone is no instant); the
/// scalars of a table (`[params]`, where Hugo keeps `publication` or `author`) fill keys the top
/// level leaves unset; an `original` table (`[params.original]`: a reposted article's own
/// fields) comes first, and the page's own `date` and `author` (top level or `[params]`) then do
/// not count. TOML that TOMLKit rejects is no front matter (the file is read as text).
/// `split` returns nil when there is no front matter or it is not a mapping with at least one
/// scalar or list. Pure.
package enum FrontMatter {
    package struct Parsed {
        package var fields: [String: String]
        package var lists: [String: [String]]
        /// The Markdown after the closing line.
        package var body: String

        /// A non-empty scalar, trimmed.
        package func value(_ key: String) -> String? {
            fields[key].map { TextFolding.trimmed($0) }.flatMap { $0.isEmpty ? nil : $0 }
        }

        /// A field as a list: a YAML sequence, or a scalar split on commas and `and`/`et`/`und`
        /// (`Jane Doe and John Smith`); one name written surname first (`Mackenzie, Isla`) is one.
        package func list(_ key: String) -> [String] {
            if let list = lists[key] { return list.map { TextFolding.trimmed($0) }.filter { !$0.isEmpty } }
            guard let value = value(key) else { return [] }
            if let name = Bylines.invertedName(value) { return [name] }
            // `Jonas Weber, Kiel`: one writer and the town they write from (a town's word, no given name), as a
            // correspondent's signature reads.
            let parts = value.split(separator: ",", omittingEmptySubsequences: false).map { TextFolding.trimmed($0) }
            if parts.count == 2, parts[0].contains(" "), Bylines.isPersonLike(parts[0]), ClippingFacts.isTownWord(parts[1]),
                !GivenNames.holdsGivenName(parts[1])
            {
                return [parts[0]]
            }
            return Bylines.names(value) ?? [value]
        }
    }

    /// The longest front matter read, in UTF-8 bytes from the start of the file.
    package static let maxBytes = 64 * 1024

    /// The lines from the opening `---` to the closing line, what follows the closing line, and
    /// whether the closing line lies within `maxBytes` (when it does not, `lines` holds only those
    /// that do, at least two). The same lines as splitting the text on `"\n"`, read only up to
    /// the closing line and never all kept: no array of every line of a 10 MiB file.
    private static func head(_ text: String, fence: Substring = "---") -> (lines: [Substring], body: Substring, withinLimit: Bool)? {
        var lines: [Substring] = []
        var count = 0
        var bytes = 0
        var rest = Substring(text)
        while true {
            let newline = rest.firstIndex(of: "\n")
            let line = rest[..<(newline ?? rest.endIndex)]
            let body = newline.map { rest[rest.index(after: $0)...] }
            count += 1
            bytes += line.utf8.count + 1
            if bytes <= maxBytes || count <= 2 { lines.append(line) }
            let trimmed = trimmedEnd(line)
            if count == 1 {
                guard trimmed == fence else { return nil }
            } else if trimmed == fence || fence == "---" && trimmed == "..." {
                // A closing second line needs a third line after it (the text has more than 2 lines).
                guard count > 2 || body != nil else { return nil }
                return (lines, body ?? rest[rest.endIndex...], bytes <= maxBytes)
            }
            guard let body else { return nil }
            rest = body
        }
    }

    /// True for a file that opens with front matter (`---`, then a `key: value` line) whose
    /// closing line comes after the first `maxBytes`.
    package static func isOversized(_ text: String) -> Bool {
        guard LineBytes.hasPrefix(text, "---") else { return false }
        guard let head = head(text), !head.withinLimit else { return false }
        let second = head.lines[1]
        guard let colon = second.firstIndex(of: ":"), colon > second.startIndex else { return false }
        return second[..<colon].allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
    }

    package static func split(_ text: String) -> Parsed? {
        if LineBytes.hasPrefix(text, "+++") { return splitTOML(text) }
        guard LineBytes.hasPrefix(text, "---") else { return nil }
        guard let (lines, body, withinLimit) = head(text), withinLimit else { return nil }
        let close = lines.count - 1
        let yaml = lines[1..<close].joined(separator: "\n")
        guard let mapping = compose(yaml) ?? compose(repaired(lines[1..<close]))
        else { return nil }
        var fields: [String: String] = [:]
        var lists: [String: [String]] = [:]
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string?.lowercased() else { continue }
            if let scalar = valueNode.scalar {
                fields[key] = scalar.string
            } else if let sequence = valueNode.sequence {
                lists[key] = sequence.compactMap { $0.scalar?.string }
            }
        }
        guard !fields.isEmpty || !lists.isEmpty else { return nil }
        return Parsed(fields: fields, lists: lists, body: String(body))
    }

    /// TOML front matter between `+++` lines, or nil.
    private static func splitTOML(_ text: String) -> Parsed? {
        guard let (lines, body, withinLimit) = head(text, fence: "+++"), withinLimit,
            let table = try? TOMLTable(string: lines[1..<(lines.count - 1)].joined(separator: "\n"))
        else { return nil }
        var fields: [String: String] = [:]
        var lists: [String: [String]] = [:]
        func add(_ key: String, _ value: any TOMLValueConvertible) {
            let key = key.lowercased()
            guard fields[key] == nil, lists[key] == nil else { return }
            if let array = value.array {
                let strings = array.compactMap { $0.string }
                if !strings.isEmpty { lists[key] = strings }
            } else if let scalar = tomlScalar(value) {
                fields[key] = scalar
            }
        }
        // A site that reposts an article keeps the original's fields in a table of their own
        // (Hugo's `[params.original]`): they come first, and the page's own date and author
        // (the repost's) do not count.
        let original = table["original"]?.table ?? table["params"]?.table?["original"]?.table
        if let original {
            for (key, value) in original where value.table == nil { add(key, value) }
        }
        for (key, value) in table where value.table == nil {
            if original != nil, Self.repostKeys.contains(key.lowercased()) { continue }
            add(key, value)
        }
        for (_, value) in table {
            guard let nested = value.table else { continue }
            for (key, value) in nested where value.table == nil {
                if original != nil, Self.repostKeys.contains(key.lowercased()) { continue }
                add(key, value)
            }
        }
        guard !fields.isEmpty || !lists.isEmpty else { return nil }
        return Parsed(fields: fields, lists: lists, body: String(body))
    }

    /// A page's own keys that describe its posting, not the article, when an `original` table
    /// holds the article's fields.
    private static let repostKeys: Set<String> = ["date", "publishdate", "lastmod", "author", "authors"]

    /// A TOML scalar as front matter keeps it (see the type's contract), or nil.
    private static func tomlScalar(_ value: any TOMLValueConvertible) -> String? {
        if let string = value.string { return string }
        if let int = value.int { return String(int) }
        func padded(_ number: Int, _ width: Int = 2) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        func day(_ date: TOMLDate) -> String { "\(padded(date.year, 4))-\(padded(date.month))-\(padded(date.day))" }
        if let date = value.date { return day(date) }
        guard let stamp = value.dateTime else { return nil }
        guard let offset = stamp.offset?.offset else { return day(stamp.date) }
        let sign = offset < 0 ? "-" : "+"
        return "\(day(stamp.date))T\(padded(stamp.time.hour)):\(padded(stamp.time.minute)):\(padded(stamp.time.second))"
            + "\(sign)\(padded(abs(offset) / 60)):\(padded(abs(offset) % 60))"
    }

    /// The YAML's root mapping, or nil. The encoding is given (UTF-8, what Yams picks for a
    /// native Swift string) so that Yams does not read the process environment on every call.
    private static func compose(_ yaml: String) -> Node.Mapping? {
        (try? Yams.compose(yaml: yaml, .default, .default, .utf8))?.mapping
    }

    /// Top-level `key: value` lines whose value is not already quoted, a flow collection or a
    /// block indicator get their value double-quoted (backslashes and quotes escaped).
    private static func repaired(_ lines: ArraySlice<Substring>) -> String {
        lines.map { line -> String in
            guard line.first?.isWhitespace == false, !line.hasPrefix("-"), !line.hasPrefix("#"),
                let colon = line.firstIndex(of: ":")
            else { return String(line) }
            let value = TextFolding.trimmed(line[line.index(after: colon)...])
            guard let first = value.first, !"\"'[{|>&*!".contains(first) else { return String(line) }
            let escaped = value.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
            return "\(line[..<colon]): \"\(escaped)\""
        }.joined(separator: "\n")
    }

    private static func trimmedEnd(_ line: Substring) -> Substring {
        // A space or tab after a space or tab is cut by its bytes: each is a Character of its own, and whitespace (the
        // Character walk took a second a MiB, on each of the three reads of the head). The last by the walk below.
        let bytes = line.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex {
            let last = bytes.index(before: end)
            guard last > bytes.startIndex, bytes[last] == 0x20 || bytes[last] == 0x09 else { break }
            let before = bytes[bytes.index(before: last)]
            guard before == 0x20 || before == 0x09 else { break }
            end = last
        }
        end = String.Index(end, within: line) ?? line.endIndex
        // `index(before:)`, not `dropLast()`, which measures the rest each time (a fence or key line of a million spaces).
        while end > line.startIndex, line[line.index(before: end)].isWhitespace { end = line.index(before: end) }
        return line[..<end]
    }
}
