import DateReading
import Foundation
import TextToolkit
import Yams

/// A record exported as YAML (a press review's coverage records, one mapping or a list of them,
/// keys in the desk's language: `- id:`, `titre: '…'`, `auteurs:` and a block list,
/// `date_parution: 2026-03-03`, `texte: |` and the text), read with Yams and then by
/// `FieldRecords` (a bare `date` key trusted).
///
/// Contract: `read` is tried only on a text of at most 256 KiB whose lines that open at the
/// margin are all `# comments`, `key:` or `- key:` (a word of ASCII letters, digits, `_` or `-`,
/// then a colon and a space or the line's end) or further `- ` items, at least one a key, and that
/// holds no `---` line (front matter is `FrontMatter`'s); the whole text must compose as YAML. Values are read as written (no type
/// resolution: `2026-03-03` stays a string; `~`, `null` and an empty plain scalar are nothing);
/// quoting and folding are undone once, by Yams. At most 20,000 nodes are read (aliases are not
/// expanded past that). Nil when any of this fails or the record holds no article. Pure.
enum YAMLRecords {
    static func read(_ text: String, dates: DateRecognizer) -> JSONRecords.Record? {
        guard text.utf8.count <= 256 * 1024, opensWithKey(text), !LineBytes.contains(text, bytes: "\n---"),
            let node = try? Yams.compose(yaml: text, .default, .default, .utf8)
        else { return nil }
        var budget = 20_000
        guard let value = plain(node, depth: 0, budget: &budget) else { return nil }
        return FieldRecords.record(in: value, rest: "", bareDate: true, dates: dates)
    }

    /// Whether every line that opens at its margin is a comment, a list item or a `key:` (a
    /// record's text is indented under its key), the first of them a key or a list item opening
    /// with one: a labelled clipping's paragraphs fail here, without Yams. One pass over the bytes.
    private static func opensWithKey(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            var keys = 0
            while index < bytes.count {
                var end = index
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                let first = bytes[index]
                if first != 0x20, first != 0x0D, first != 0x0A, first != 0x23 {
                    var start = index
                    if first == 0x2D, start + 1 < end, bytes[start + 1] == 0x20 { start += 2 }
                    if !isKey(bytes[start..<end]) {
                        guard first == 0x2D, keys > 0 else { return false }
                    }
                    keys += 1
                }
                index = end + 1
            }
            return keys > 0
        }
    }

    /// `key:` then a space or the line's end, the key a word of ASCII letters, digits, `_` or `-`
    /// opening with a letter, 40 bytes at most.
    private static func isKey(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = line.first, ASCII.isLetter(first) else { return false }
        var index = line.startIndex
        while index < line.endIndex, index - line.startIndex <= 40,
            ASCII.isLetter(line[index]) || line[index] &- 0x30 < 10 || line[index] == 0x5F || line[index] == 0x2D
        {
            index += 1
        }
        guard index < line.endIndex, line[index] == 0x3A, index - line.startIndex <= 40 else { return false }
        let after = index + 1
        return after == line.endIndex || line[after] == 0x20 || line[after] == 0x0D
    }

    /// The node as plain values: mappings as `[String: Any]`, sequences as `[Any]`, scalars as
    /// `String` (a null as `NSNull`); nil past the budget.
    private static func plain(_ node: Node, depth: Int, budget: inout Int) -> Any? {
        budget -= 1
        guard budget >= 0, depth < 16 else { return nil }
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return NSNull() }
            return scalar.string
        case .mapping(let mapping):
            var object: [String: Any] = [:]
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                guard let item = plain(value, depth: depth + 1, budget: &budget) else { return nil }
                object[name] = item
            }
            return object
        case .sequence(let sequence):
            var items: [Any] = []
            for value in sequence {
                guard let item = plain(value, depth: depth + 1, budget: &budget) else { return nil }
                items.append(item)
            }
            return items
        case .alias: return NSNull()
        }
    }
}
