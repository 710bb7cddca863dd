import DateReading
import Foundation
import TextToolkit
import Yams

/// A record exported as YAML (a press review's coverage records, one mapping or a list of them,
/// keys in the desk's language: `- id:`, `titre: '…'`, `auteurs:` and a block list,
/// `date_parution: 2026-03-03`, `texte: |` and the text), read with Yams and then by
/// `FieldRecords` (a bare `date` key trusted).
///
/// Contract: `read` is tried only on a text of at most 256 KiB whose first line that is neither
/// blank nor a `#` comment is `key:` or `- key:` (a word of letters, digits, `_` or `-`, then a
/// colon and a space or the line's end) and that holds no `---` line (front matter is
/// `FrontMatter`'s); the whole text must compose as YAML. Values are read as written (no type
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

    /// Whether the first line that is neither blank nor a comment is `key:` or `- key:`.
    private static func opensWithKey(_ text: String) -> Bool {
        for line in text.split(separator: "\n", maxSplits: 64, omittingEmptySubsequences: true).prefix(64) {
            var rest = line.drop(while: { $0 == " " || $0 == "\r" })
            if rest.isEmpty || rest.hasPrefix("#") { continue }
            if rest.hasPrefix("- ") { rest = rest.dropFirst(2) }
            let key = rest.prefix(while: { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") })
            guard !key.isEmpty, key.first?.isLetter == true, key.count <= 40 else { return false }
            let after = rest[key.endIndex...]
            return after.hasPrefix(": ") || after == ":" || after == ":\r"
        }
        return false
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
