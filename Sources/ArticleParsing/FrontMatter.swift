/// Minimal reader for Markdown files with YAML front matter.
///
/// Contract: only simple `key: value` lines are understood (quotes stripped), plus a block list
/// (`authors:` followed by `- Name` lines) and a flow list (`[A, B]`). Keys are lowercased.
/// Anything fancier (nested maps, multi-line strings) is ignored, never an error. A later issue
/// replaces this with a real YAML reader. `split` returns nil when the text has no front matter.
enum FrontMatter {
    struct Parsed {
        var fields: [String: String]
        var lists: [String: [String]]
        /// The Markdown after the closing `---`.
        var body: String

        /// A field as a list: a block or flow list, or a single comma-separated value.
        func list(_ key: String) -> [String] {
            if let list = lists[key], !list.isEmpty { return list }
            guard var value = fields[key], !value.isEmpty else { return [] }
            if value.hasPrefix("["), value.hasSuffix("]") { value = String(value.dropFirst().dropLast()) }
            return value.split(separator: ",").map { FrontMatter.unquote(TextFolding.trimmed($0)) }
                .filter { !$0.isEmpty }
        }
    }

    static func split(_ text: String) -> Parsed? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > 2, lines[0].trimmingTrailingSpaces == "---" else { return nil }
        guard let close = lines.indices.dropFirst().prefix(60).first(where: {
            lines[$0].trimmingTrailingSpaces == "---" || lines[$0].trimmingTrailingSpaces == "..."
        }) else { return nil }
        var fields: [String: String] = [:]
        var lists: [String: [String]] = [:]
        var currentKey: String?
        for line in lines[1..<close] {
            let trimmed = TextFolding.trimmed(line)
            if trimmed.hasPrefix("- "), let key = currentKey {
                lists[key, default: []].append(unquote(TextFolding.trimmed(trimmed.dropFirst(2))))
                continue
            }
            guard line.first?.isWhitespace != true, let colon = line.firstIndex(of: ":") else { continue }
            let key = TextFolding.trimmed(line[..<colon]).lowercased()
            fields[key] = unquote(TextFolding.trimmed(line[line.index(after: colon)...]))
            currentKey = key
        }
        guard !fields.isEmpty else { return nil }
        let body = lines[(close + 1)...].joined(separator: "\n")
        return Parsed(fields: fields, lists: lists, body: body)
    }

    static func unquote(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'"
        else { return value }
        return String(value.dropFirst().dropLast())
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var text = self
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return text
    }
}
