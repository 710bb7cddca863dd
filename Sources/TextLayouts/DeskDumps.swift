import DateReading
import Foundation
import HTMLTree
import TextToolkit

/// What eight more tools print under the `$ ` command that asked for it, as a desk dumps a
/// clipping with them: a record printed one `column value` line a field (xsv's and qsv's
/// `flatten`, `key  value` with the values aligned; DuckDB's and SQLite's `-line` mode, `column =
/// value` with the names right-aligned; cqlsh with `EXPAND ON`, `@ Row 1` and its rule over
/// ` column | value` lines), a GNU recutils record (`recsel`: `Field: value`, a field repeated per
/// value, `+ ` continuing a value), gron's statements (`json.headline = "…";`, the JSON they
/// flatten rebuilt), a WordPress post read with WP-CLI (`wp post get`: its fields as YAML, JSON or
/// a table, `--field=post_content` its block markup), a file a restic snapshot holds printed by
/// `restic dump` (after `restic snapshots` or `restic ls`), and a Discourse post read from the
/// forum's API (`posts/N.json`: its `raw` Markdown or `cooked` HTML quoting the article).
///
/// Contract: `print(_:words:dates:)` reads the text when its first line runs one of these tools
/// (the last command of a pipe: `xsv slice … | xsv flatten`; for Discourse, any command whose JSON
/// answer is a post) and returns what it printed with the article's record; the record is nil when
/// the print holds no article (a record of a table of other rows, a WordPress session that prints
/// no post's content, a snapshot list with no file dumped, a post quoting no article), so the
/// reader refuses it (`DeskFetches.holdsNoArticle`); nil when the first line runs none of them or
/// the print is not theirs. The article is read by what each field means (`RecordKeys` through
/// `FieldRecords`: `headline`, `authors`, `pub_date`, `outlet`, `text`), a list of writers
/// (`['A', 'B']`, `[A, B]`, `{'A'}`) read as its names, `NULL`, `null`, `ᴺᵁᴸᴸ` and empty values as
/// none; never a tool's or a colleague's own fields (`saved_by`, `added_at`, `Filed`, a post's
/// `post_date` and `post_modified`, a forum post's `created_at` and `name`, a snapshot's time, a
/// blog's name): the writers, day and publication a post's content or a quote states are read from
/// its head (the publication in bold, the long day, the byline). Bounded: 4 MiB, 20,000 lines.
/// Pure.
enum DeskDumps {
    static func print(_ text: String, words: [String], dates: DateRecognizer) -> DeskFetches.Print? {
        // The command whose output is printed: a pipe's last.
        let command = Array(words.split(separator: "|", omittingEmptySubsequences: true).last ?? [])
        guard let named = command.first else { return nil }
        let tool = String(named.split(separator: "/").last ?? Substring(named))
        switch tool {
        case "xsv", "qsv":
            guard command.contains("flatten") else { return nil }
            return keyed(flattened(head(text)), dates: dates)
        case "gron", "fastgron":
            guard !command.contains("-u"), !command.contains("--ungron") else { return nil }
            return gron(head(text), dates: dates)
        case "recsel":
            return keyed(recutils(head(text)), dates: dates)
        case "cqlsh":
            return cqlsh(head(text), dates: dates)
        case "duckdb", "sqlite3":
            return keyed(lineMode(head(text)), dates: dates)
        case "wp":
            return wordPress(head(text), dates: dates)
        case "restic":
            return restic(head(text), dates: dates)
        default:
            return discourse(text, dates: dates)
        }
    }

    // MARK: Records of fields

    /// The fields' article (`FieldRecords`, the record itself the article), or no article; nil when there are no fields.
    private static func keyed(_ fields: [(key: String, value: String)]?, dates: DateRecognizer) -> DeskFetches.Print? {
        guard let fields, fields.count >= 2 else { return nil }
        // An article's record has a few dozen fields: 2,000 bound the work of a print of thousands (as ClickHouse's).
        let record = values(Array(fields.prefix(2_000)))
        return (record, FieldRecords.record(in: record, rest: "", bareDate: true, isArticle: true, dates: dates).flatMap(article))
    }

    /// The record when it is an article's: its text prose (`DeskFetches.holdsProse`), or 20 words at least under a
    /// headline of three words or more beside a writer or a publication it names (a brief). A table's other rows are
    /// none: an event's listing and its 28-word description, a reader's comment (`title | Endlich!`), a package's
    /// manifest (`json.name = "market-notices-bot"`), a weather warning. Nil otherwise.
    static func article(_ record: JSONRecords.Record) -> JSONRecords.Record? {
        let lines = LineBytes.lines(record.rest)
        if DeskFetches.holdsProse(lines) { return record }
        let words = lines.prefix(200).reduce(0) { $0 + LineBytes.words($1).count }
        guard words >= 20, LineBytes.words(record.title).count >= 3, !record.authors.isEmpty || record.source != nil else { return nil }
        return record
    }

    /// The fields as a record: values trimmed, empty and null ones left out, the first of a repeated field kept but for
    /// writers (recutils' `Author` per writer: all of them, each once, 50 at most), a writers' list (`['A', 'B']`, `[A,
    /// B]`) its names.
    static func values(_ fields: [(key: String, value: String)]) -> [String: Any] {
        var record: [String: Any] = [:]
        // Each writers' field's names, gathered in place (a copy a repeat was quadratic), each name once, 50 at most.
        var writers: [String: [String]] = [:]
        for (key, value) in fields {
            let trimmed = LineBytes.trimmed(value)
            if trimmed.isEmpty || nulls.contains(trimmed) { continue }
            guard RecordKeys.field(key) == .authors else {
                if record[key] == nil { record[key] = trimmed }
                continue
            }
            let list = listItems(trimmed)
            if record[key] == nil { record[key] = list ?? trimmed }
            var names = writers[key] ?? []
            for name in list ?? [trimmed] where names.count < 50 && !names.contains(name) { names.append(name) }
            writers[key] = names
        }
        // A field given once keeps its form (a line of names is read as one); a repeated one is the list of its names.
        for (key, names) in writers where names.count > 1 || record[key] is [String] { record[key] = names }
        return record
    }

    private static let nulls: Set<String> = ["NULL", "null", "ᴺᵁᴸᴸ", "\\N", "None", "<null>"]

    /// `['A', 'B']` (cqlsh's list, `''` a quote), `["A", "B"]`, `[A, B]` (DuckDB's), `{'A', 'B'}` (a set): the items,
    /// quotes undone; nil for any other value.
    static func listItems(_ value: String) -> [String]? {
        guard let open = value.first, let close = value.last, value.count >= 2, open == "[" && close == "]" || open == "{" && close == "}",
            value.utf8.count <= 4_096
        else { return nil }
        let characters = Array(value.dropFirst().dropLast())
        var items: [String] = []
        var current = ""
        var quote: Character?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if let mark = quote {
                if character == "\\", index + 1 < characters.count {
                    current.append(characters[index + 1])
                    index += 2
                    continue
                }
                if character == mark {
                    if index + 1 < characters.count, characters[index + 1] == mark {
                        current.append(mark)
                        index += 2
                        continue
                    }
                    quote = nil
                } else {
                    current.append(character)
                }
            } else if (character == "'" || character == "\"") && LineBytes.trimmed(current).isEmpty {
                quote = character
                current = ""
            } else if character == "," {
                items.append(LineBytes.trimmed(current))
                current = ""
            } else {
                current.append(character)
            }
            index += 1
        }
        guard quote == nil else { return nil }
        items.append(LineBytes.trimmed(current))
        return items.filter { !$0.isEmpty }
    }

    /// A field's name as tools print it: a letter first, then letters, digits, `_`, `-`, `.` (a single space between
    /// words where `spaces`), 64 bytes at most.
    private static func isName(_ key: Substring, spaces: Bool = false) -> Bool {
        guard let first = key.first, first.isLetter || first == "_", key.utf8.count <= 64, key.last != " " else { return false }
        var previousSpace = false
        for character in key {
            if character == " " {
                guard spaces, !previousSpace else { return false }
                previousSpace = true
                continue
            }
            previousSpace = false
            guard character.isLetter || character.isNumber || character == "_" || character == "-" || character == "." else { return false }
        }
        return true
    }

    /// xsv's `flatten` (and qsv's): under the command, `field  value` lines whose values start at one column (the
    /// names padded by two spaces or more), an empty value's name alone, a line that is no field's continuing the value
    /// above it (a text's own lines); the first record only (a `#` line parts them). Nil for any other print.
    private static func flattened(_ lines: [String]) -> [(key: String, value: String)]? {
        guard lines.count > 2, let start = lines.indices.dropFirst().first(where: { !LineBytes.trimmed(lines[$0]).isEmpty }),
            let gap = lines[start].range(of: "  ")
        else { return nil }
        let opening = lines[start]
        let key = opening[..<gap.lowerBound]
        let after = opening[gap.lowerBound...].drop { $0 == " " }
        guard isName(key, spaces: true), !after.isEmpty else { return nil }
        let column = opening.distance(from: opening.startIndex, to: after.startIndex)
        var fields: [(key: String, value: String)] = []
        for line in lines[start...].prefix(20_000) {
            if line.hasPrefix("$ ") || LineBytes.trimmed(line) == "#" && !fields.isEmpty { break }
            if let field = flatField(line, column: column) {
                fields.append(field)
            } else if !fields.isEmpty {
                fields[fields.count - 1].value += "\n" + line
            } else {
                return nil
            }
        }
        return fields
    }

    /// A line of a flattened record: its name padded up to `column`, the value from there; or a name alone.
    private static func flatField(_ line: String, column: Int) -> (key: String, value: String)? {
        guard let first = line.first, first != " ", first != "\t" else { return nil }
        let padded = line.prefix(column)
        if padded.count < column {
            // A name alone (its empty value's padding trimmed).
            let key = LineBytes.trimmed(padded)
            guard padded.count <= column - 2 || padded.hasSuffix("  "), isName(Substring(key)), !key.contains(" ") else { return nil }
            return (key, "")
        }
        guard padded.hasSuffix("  ") else { return nil }
        let key = LineBytes.trimmed(padded)
        guard isName(Substring(key), spaces: true) else { return nil }
        let value = line.dropFirst(column)
        guard value.first != " " else { return nil }
        return (key, String(value))
    }

    /// DuckDB's and SQLite's `-line` mode: the column names right-aligned, ` = `, the value (a line that is no
    /// column's continuing the value above it); the first record only (the first column's name again starts the next).
    private static func lineMode(_ lines: [String]) -> [(key: String, value: String)]? {
        guard lines.count > 2, let start = lines.indices.dropFirst().first(where: { !LineBytes.trimmed(lines[$0]).isEmpty }),
            let opening = equalsField(lines[start], width: nil)
        else { return nil }
        var fields: [(key: String, value: String)] = []
        for line in lines[start...].prefix(20_000) {
            if line.hasPrefix("$ ") || line.hasPrefix("D ") || line.hasPrefix("sqlite> ") { break }
            if let field = equalsField(line, width: opening.width) {
                if field.key == opening.key, !fields.isEmpty { break }
                fields.append((field.key, field.value))
            } else if !fields.isEmpty {
                fields[fields.count - 1].value += "\n" + line
            } else {
                return nil
            }
        }
        // A record's blank line before the next one is none of its value's.
        return fields
    }

    /// `  column = value`: the name (no space in it) right-aligned to `width` characters (any when nil), the value.
    private static func equalsField(_ line: String, width: Int?) -> (key: String, value: String, width: Int)? {
        guard let equals = line.range(of: " = ") else { return nil }
        let name = line[..<equals.lowerBound]
        let key = name.drop { $0 == " " }
        guard isName(key) else { return nil }
        let offset = line.distance(from: line.startIndex, to: equals.lowerBound)
        if let width, offset != width { return nil }
        return (String(key), String(line[equals.upperBound...]), offset)
    }

    /// GNU recutils' record (`recsel`): `Field: value` lines, `+ ` lines continuing a value on a new line, a line
    /// ending with `\` on the same; the first record only (a blank line parts them), comments skipped.
    private static func recutils(_ lines: [String]) -> [(key: String, value: String)]? {
        var fields: [(key: String, value: String)] = []
        var joining = false
        for line in lines.dropFirst().prefix(20_000) {
            if line.hasPrefix("$ ") { break }
            if joining, !fields.isEmpty {
                joining = line.hasSuffix("\\")
                fields[fields.count - 1].value += joining ? String(line.dropLast()) : line
                continue
            }
            if line.hasPrefix("#") { continue }
            if LineBytes.trimmed(line).isEmpty {
                if fields.isEmpty { continue }
                break
            }
            if line.hasPrefix("+"), !fields.isEmpty {
                let rest = line.dropFirst()
                fields[fields.count - 1].value += "\n" + (rest.first == " " ? rest.dropFirst() : rest)
                continue
            }
            guard let colon = line.firstIndex(of: ":"), isName(line[..<colon]), !line[..<colon].contains(".") else {
                // The shell's next prompt (`ingrid@desk:~$`) under a record: the record ends there.
                if fields.count >= 2 { break }
                return nil
            }
            var value = line[line.index(after: colon)...]
            if value.first == " " { value = value.dropFirst() }
            joining = value.hasSuffix("\\")
            fields.append((String(line[..<colon]), String(joining ? value.dropLast() : value)))
        }
        return fields
    }

    /// cqlsh's expanded rows (`EXPAND ON`): `@ Row 1`, its rule (`-----+-----`), then ` column | value` lines, the
    /// bars under the rule's `+` (a line that is no column's continuing the value above it), up to `@ Row 2` or `(N
    /// rows)`; `\n` escapes in a value that holds no line break undone. No article when the query found no row.
    private static func cqlsh(_ lines: [String], dates: DateRecognizer) -> DeskFetches.Print? {
        guard let row = lines.indices.prefix(200).first(where: { LineBytes.trimmed(lines[$0]) == "@ Row 1" }) else {
            // `(0 rows)`: nothing found.
            if lines.prefix(200).contains(where: { LineBytes.trimmed($0) == "(0 rows)" }) { return (lines.joined(separator: "\n"), nil) }
            return nil
        }
        guard row + 2 < lines.count, let plus = lines[row + 1].firstIndex(of: "+"),
            lines[row + 1].allSatisfy({ $0 == "-" || $0 == "+" })
        else { return nil }
        let bar = lines[row + 1].distance(from: lines[row + 1].startIndex, to: plus)
        var fields: [(key: String, value: String)] = []
        for line in lines[(row + 2)...].prefix(20_000) {
            let trimmed = LineBytes.trimmed(line)
            if line.hasPrefix("$ ") || line.hasPrefix("cqlsh") || trimmed.hasPrefix("@ Row ")
                || trimmed.hasPrefix("(") && trimmed.hasSuffix(" rows)")
            {
                break
            }
            if line.first == " ", line.count > bar, line[line.index(line.startIndex, offsetBy: bar)] == "|",
                case let key = LineBytes.trimmed(String(line.prefix(bar))), isName(Substring(key))
            {
                var value = line.dropFirst(bar + 1)
                if value.first == " " { value = value.dropFirst() }
                fields.append((key, String(value)))
            } else if !fields.isEmpty {
                fields[fields.count - 1].value += "\n" + line
            } else {
                return nil
            }
        }
        for index in fields.indices where !fields[index].value.contains("\n") && fields[index].value.contains("\\n") {
            fields[index].value = fields[index].value.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\t", with: "\t")
        }
        return keyed(fields, dates: dates)
    }

    // MARK: gron

    /// gron's statements (`json.headline = "…";`, `json.author[0].name = "…";`, `json["@type"] = "NewsArticle";`)
    /// rebuilt into the JSON they flatten, its article read (`FieldRecords`); no article when it holds none. Nil
    /// when the print's first line is no statement.
    private static func gron(_ lines: [String], dates: DateRecognizer) -> DeskFetches.Print? {
        let root = Node()
        var rootName: Substring?
        var count = 0
        for line in lines.dropFirst().prefix(20_000) {
            if line.hasPrefix("$ ") { break }
            let trimmed = LineBytes.trimmed(line)
            if trimmed.isEmpty { continue }
            guard let statement = statement(trimmed) else {
                if count == 0 { return nil }
                continue
            }
            if rootName == nil { rootName = statement.root }
            guard statement.root == rootName else { continue }
            root.set(statement.path[...], statement.value)
            count += 1
        }
        guard count >= 2 else { return nil }
        let value = root.value
        // The JSON is the record the desk asked for: its bare `date` is its own (`json.date = "2026-03-11";`).
        return (value, FieldRecords.record(in: value, rest: "", bareDate: true, dates: dates).flatMap(article))
    }

    private enum Step { case key(String), index(Int) }

    /// The deepest path a statement may name (an article's JSON-LD nests a handful of levels).
    private static let maxDepth = 64

    /// One of gron's statements: its root's name, the path's steps and the value (`{}`, `[]` an empty object, list).
    private static func statement(_ line: String) -> (root: Substring, path: [Step], value: Any)? {
        guard line.hasSuffix(";"), line.contains(" = ") else { return nil }
        // The path may hold ` = ` in a quoted key: the value's ` = ` is the first after the path's end.
        var path: [Step] = []
        var rest = line[...]
        let root = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }
        guard !root.isEmpty else { return nil }
        rest = rest.dropFirst(root.count)
        while !rest.hasPrefix(" = ") {
            // A JSON nested deeper than any article's record is no print of one (and no path to recurse down).
            guard path.count < maxDepth else { return nil }
            if rest.first == "." {
                let name = rest.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }
                guard !name.isEmpty else { return nil }
                path.append(.key(String(name)))
                rest = rest.dropFirst(name.count + 1)
            } else if rest.first == "[" {
                let inner = rest.dropFirst()
                if inner.first == "\"" {
                    // A JSON string: up to its closing quote.
                    var index = inner.index(after: inner.startIndex)
                    var escaped = false
                    while index < inner.endIndex, escaped || inner[index] != "\"" {
                        escaped = !escaped && inner[index] == "\\"
                        index = inner.index(after: index)
                    }
                    guard index < inner.endIndex, case let close = inner.index(after: index), close < inner.endIndex, inner[close] == "]",
                        let key = jsonValue(String(inner[..<close])) as? String
                    else { return nil }
                    path.append(.key(key))
                    rest = inner[inner.index(after: close)...]
                } else {
                    let digits = inner.prefix { $0.isASCII && $0.isNumber }
                    guard let number = Int(digits), number < 10_000, inner.dropFirst(digits.count).first == "]" else { return nil }
                    path.append(.index(number))
                    rest = inner.dropFirst(digits.count + 1)
                }
            } else {
                return nil
            }
        }
        let text = LineBytes.trimmed(String(rest.dropFirst(3).dropLast()))
        let value: Any
        switch text {
        case "{}": value = [String: Any]()
        case "[]": value = [Any]()
        default:
            guard let scalar = jsonValue(text) else { return nil }
            value = scalar
        }
        return (root, path, value)
    }

    /// A JSON scalar (`"…"`, a number, `true`, `null`); nil when it is none.
    private static func jsonValue(_ text: String) -> Any? {
        guard let data = "[\(text)]".data(using: .utf8), let list = try? JSONSerialization.jsonObject(with: data) as? [Any] else { return nil }
        return list.first
    }

    /// A value gron's statements build: an object, a list or a scalar.
    private final class Node {
        var object: [String: Node]?
        var order: [String] = []
        var list: [Int: Node]?
        var scalar: Any?

        func set(_ path: ArraySlice<Step>, _ value: Any) {
            guard let step = path.first else {
                if value is [String: Any] { object = object ?? [:] } else if value is [Any] { list = list ?? [:] } else { scalar = value }
                return
            }
            switch step {
            case let .key(name):
                if object == nil { object = [:] }
                if object?[name] == nil {
                    object?[name] = Node()
                    order.append(name)
                }
                object?[name]?.set(path.dropFirst(), value)
            case let .index(number):
                if list == nil { list = [:] }
                if list?[number] == nil { list?[number] = Node() }
                list?[number]?.set(path.dropFirst(), value)
            }
        }

        var value: Any {
            if let object {
                var out: [String: Any] = [:]
                for (name, node) in object { out[name] = node.value }
                return out
            }
            // The items gron printed, in their order (it prints every index: `json.x[9999] = 1;` alone is one item, not
            // ten thousand).
            if let list { return list.keys.sorted().map { list[$0]!.value } }
            return scalar ?? NSNull()
        }
    }

    // MARK: WP-CLI

    /// A WordPress post read with WP-CLI: `wp post get N` with its fields (`--format=yaml`, `json` or the table),
    /// `--field=post_content` (or `content`) its content, any other command's print (`wp option get blogname`, `wp
    /// user get`) none of the article's. The post's title is the headline, its content the article: a first paragraph
    /// opening in bold (`<strong>Le Monde</strong>, 3 mars 1987 — Par A`) names the publication, the day and the
    /// writers; the post's own moments and author are the colleague's. No article when no post's content of prose is
    /// printed, or when WP-CLI printed something else than a post (a comment, a user, a list); nil when WP-CLI
    /// printed nothing.
    private static func wordPress(_ lines: [String], dates: DateRecognizer) -> DeskFetches.Print? {
        var fields: [String: String] = [:]
        var sawPost = false
        var sawTool = false
        var index = 0
        while index < lines.count {
            let words = DeskExports.commandWords(lines[index])
            var end = index + 1
            while end < lines.count, !lines[end].hasPrefix("$ ") { end += 1 }
            defer { index = end }
            guard words.first == "wp" else { continue }
            sawTool = true
            let verbs = words.dropFirst().filter { !$0.hasPrefix("-") }
            guard verbs.starts(with: ["post", "get"]) else { continue }
            sawPost = true
            let printed = lines[(index + 1)..<end]
            if let field = option(words, "--field") {
                var value = printed
                while value.last.map({ LineBytes.trimmed($0).isEmpty }) == true { value = value.dropLast() }
                fields[postKey(field)] = value.joined(separator: "\n")
            } else {
                for (key, value) in postFields(printed, format: option(words, "--format") ?? "table") where fields[postKey(key)] == nil {
                    fields[postKey(key)] = value
                }
            }
        }
        // WP-CLI printing no post (`wp comment get`, `wp user get`, `wp post list`): a reader's comment, an account, a
        // list of titles, no article.
        guard sawPost else { return sawTool ? (fields, nil) : nil }
        // A page (`À propos`), a menu's item or an attachment: no post carrying a clipping.
        if let type = fields["type"].map({ LineBytes.trimmed($0).lowercased() }), !type.isEmpty, type != "post" { return (fields, nil) }
        guard let content = fields["content"], let title = fields["title"].map({ LineBytes.trimmed(decodeEntities($0)) }), !title.isEmpty
        else { return (fields, nil) }
        var paragraphs = blocks(of: content)
        guard holdsText(paragraphs) else { return (fields, nil) }
        var record = JSONRecords.Record(title: title, rest: "")
        // The first paragraph opening in bold: the publication, its day and the byline.
        if let first = paragraphs.first, case let markup = LineBytes.trimmed(firstBlockMarkup(content)),
            markup.hasPrefix("<strong>") || markup.hasPrefix("<b>"), first.utf8.count <= 300,
            let bold = markup.range(of: markup.hasPrefix("<b>") ? "</b>" : "</strong>"),
            case let name = LineBytes.trimmed(decodeEntities(String(markup[markup.index(markup.startIndex, offsetBy: markup.hasPrefix("<b>") ? 3 : 8)..<bold.lowerBound]))),
            !name.isEmpty, LineBytes.words(name).count <= 8, let head = clippingHead([first], source: name, dates: dates)
        {
            record.authors = head.authors
            record.date = head.date
            record.source = head.source
            paragraphs.removeFirst()
        }
        record.rest = ([title] + paragraphs).joined(separator: "\n\n")
        return (fields, record)
    }

    /// A command's `--name=value` (or `--name value`) option.
    private static func option(_ words: [String], _ name: String) -> String? {
        for (index, word) in words.enumerated() {
            if word.hasPrefix(name + "=") { return String(word.dropFirst(name.count + 1)) }
            if word == name, index + 1 < words.count { return words[index + 1] }
        }
        return nil
    }

    /// `post_title` → `title`, `ID` → `id`: a post's field as WP-CLI accepts it either way.
    private static func postKey(_ key: String) -> String {
        let lowered = LineBytes.trimmed(key).lowercased()
        return lowered.hasPrefix("post_") ? String(lowered.dropFirst(5)) : lowered
    }

    /// The fields `wp post get` printed: YAML's `key: value` lines (quoted scalars undone, a block's indented lines
    /// its value), a JSON object, or the table's `| Field | Value |` rows.
    private static func postFields(_ printed: ArraySlice<String>, format: String) -> [(String, String)] {
        switch format {
        case "json":
            guard let data = printed.joined(separator: "\n").data(using: .utf8),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { return [] }
            return object.compactMap { key, value in (value as? String).map { (key, $0) } ?? (value as? NSNumber).map { (key, $0.stringValue) } }
        case "yaml":
            var fields: [(String, String)] = []
            for line in printed where line != "---" {
                if line.first == " ", !fields.isEmpty {
                    fields[fields.count - 1].1 += (fields[fields.count - 1].1.isEmpty ? "" : "\n") + LineBytes.trimmed(line)
                    continue
                }
                guard let colon = line.firstIndex(of: ":"), isName(line[..<colon]) else { continue }
                var value = LineBytes.trimmed(String(line[line.index(after: colon)...]))
                if value == "|" || value == ">" || value == "|-" || value == ">-" {
                    value = ""
                } else if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                    value = jsonValue(value) as? String ?? String(value.dropFirst().dropLast())
                } else if value.hasPrefix("'"), value.hasSuffix("'"), value.count >= 2 {
                    value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
                }
                fields.append((String(line[..<colon]), value))
            }
            return fields
        default:
            var fields: [(String, String)] = []
            for line in printed where line.hasPrefix("|") {
                let cells = line.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false).dropFirst().map { LineBytes.trimmed(String($0)) }
                guard cells.count == 2 else { continue }
                let value = cells[1].hasSuffix("|") ? LineBytes.trimmed(String(cells[1].dropLast())) : cells[1]
                if cells[0].isEmpty, !fields.isEmpty {
                    fields[fields.count - 1].1 += "\n" + value
                } else if cells[0] != "Field" {
                    fields.append((cells[0], value))
                }
            }
            return fields
        }
    }

    /// A post's content as its paragraphs: block markup's comments (`<!-- wp:paragraph -->`) dropped, HTML's blocks
    /// its paragraphs, a plain text's blank lines parting them.
    private static func blocks(of content: String) -> [String] {
        let bare = withoutComments(content)
        let text = XMLRecords.holdsMarkup(bare) ? XMLRecords.paragraphs(fromMarkup: bare) : bare
        return text.components(separatedBy: "\n\n").map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }
    }

    /// The first block's markup (`<p>` … `</p>`'s inside, or the first line), comments dropped.
    private static func firstBlockMarkup(_ content: String) -> String {
        let bare = LineBytes.trimmed(withoutComments(content))
        for open in ["<p>", "<h2>", "<div>"] where bare.hasPrefix(open) {
            let close = "</" + open.dropFirst()
            if let end = bare.range(of: close) { return String(bare[bare.index(bare.startIndex, offsetBy: open.count)..<end.lowerBound]) }
        }
        return String(bare.prefix { $0 != "\n" })
    }

    private static func withoutComments(_ text: String) -> String {
        guard LineBytes.contains(text, bytes: "<!--") else { return text }
        // One pass over the bytes (Foundation's `range(of:)` on what is left measured it again each time: quadratic).
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        var inComment = false
        while index < bytes.count {
            if inComment {
                if bytes[index] == 0x2D, index + 2 < bytes.count, bytes[index + 1] == 0x2D, bytes[index + 2] == 0x3E {
                    inComment = false
                    index += 3
                } else {
                    index += 1
                }
            } else if bytes[index] == 0x3C, index + 3 < bytes.count, bytes[index + 1] == 0x21, bytes[index + 2] == 0x2D, bytes[index + 3] == 0x2D {
                inComment = true
                index += 4
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A clipping's head lines under its headline (`By A and B`, `Le Monde, 3 mars 1987`, `Le Monde, 3 mars 1987 — Par
    /// A`: parts of a line parted by ` — `): the writers and the publication with its day, `source` the publication
    /// already known (a bold name opening the line); nil when a line is neither.
    static func clippingHead(_ lines: [String], source known: String? = nil, dates: DateRecognizer)
        -> (authors: [String], date: CalendarDate?, source: String?)?
    {
        var authors: [String] = []
        var date: CalendarDate?
        var source: String?
        for line in lines {
            for part in line.components(separatedBy: " — ").map({ LineBytes.trimmed($0) }) where !part.isEmpty {
                if let known, source == nil, part.hasPrefix(known) {
                    // The bold name, then its day: `Le Monde, 3 mars 1987`.
                    source = known
                    let after = LineBytes.trimmed(String(part.dropFirst(known.count))).drop { $0 == "," || $0 == "·" || $0 == " " || $0 == "–" }
                    if !after.isEmpty {
                        guard let found = dates.firstDate(in: String(after)), LineBytes.words(String(after)).count <= 7 else { return nil }
                        date = found.date
                    }
                } else if source == nil, let named = DeskAnswers.publicationLine(part, dates: dates), named.date != nil,
                    Bylines.parse(named.name, dates: dates) == nil
                {
                    source = named.name
                    date = named.date
                } else if let byline = Bylines.parse(part, dates: dates), !byline.authors.isEmpty {
                    authors = byline.authors
                    date = date ?? byline.date
                } else if source == nil, let named = DeskAnswers.publicationLine(part, dates: dates), !LayoutReader.endsLikeSentence(part) {
                    source = named.name
                    date = date ?? named.date
                } else {
                    return nil
                }
            }
        }
        return (authors, date, source)
    }

    // MARK: restic

    /// A file restic printed (`restic dump SNAPSHOT FILE`, alone or after `restic snapshots`, `restic ls`, `restic
    /// find`; or `cat FILE` after them, the file restored): its clipping (`DeskFetches.fileRecord`: the headline, the publication's line under it, the byline, the
    /// text); the snapshot's time and host are none of the article's. No article when nothing of prose is dumped (a
    /// snapshot list alone, a code file).
    private static func restic(_ lines: [String], dates: DateRecognizer) -> DeskFetches.Print? {
        let text = lines.joined(separator: "\n")
        // `restic dump`, or a file restored then printed (`cat`) after the snapshot's listing: the first of them printing
        // a clipping (a short note dumped before it is none; a listing of thousands of paths may stand above it).
        for dump in lines.indices where dump == 0 || lines[dump].hasPrefix("$ ") {
            let words = DeskExports.commandWords(lines[dump])
            guard words.first == "restic" && words.contains("dump") || dump > 0 && words.first == "cat" && words.count == 2,
                let file = words.last, !DeskFetches.isCodeFile(file)
            else { continue }
            let printed = Array(lines[(dump + 1)...].prefix { !$0.hasPrefix("$ ") })
            if holdsText(printed) { return (text, DeskFetches.fileRecord(printed, dates: dates)) }
        }
        return (text, nil)
    }

    // MARK: Discourse

    /// A Discourse post from the forum's API (`/posts/N.json`, or a topic's first post): the article its `raw` Markdown
    /// quotes (`> **Headline**`, the byline and the publication's line hard-broken under it, the paragraphs), else its
    /// `cooked` HTML's `<blockquote>`. The poster, the post's moments and the forum are none of the article's. No
    /// article when the post quotes none of prose under a headline; nil when the answer is no post.
    private static func discourse(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        guard LineBytes.contains(text, bytes: "\"cooked\"") else { return nil }
        guard let answers = ConsoleRecords.answers(text), let post = answers.lazy.compactMap(forumPost).first else {
            // A post's answer past the 4 MiB read (Discourse keeps a post under 32,000 characters): refused, not titled
            // by its command.
            return text.utf8.count > 4 << 20 ? ([Any](), nil) : nil
        }
        // A reply quoting a member's post (`[quote="joao_m, post:2, topic:120"]`, cooked as `<aside class="quote" …>`) quotes
        // the forum, no clipping.
        if let raw = post["raw"] as? String, LineBytes.contains(raw, bytes: "[quote=\""), LineBytes.contains(raw, bytes: ", post:") { return (post, nil) }
        var quoted: [String]?
        if let raw = post["raw"] as? String { quoted = markdownQuote(raw) }
        if quoted == nil, let cooked = post["cooked"] as? String, !LineBytes.contains(cooked, bytes: "<aside class=\"quote") { quoted = htmlQuote(cooked) }
        guard let quoted else { return (post, nil) }
        return (post, quotedArticle(quoted, dates: dates))
    }

    /// A Discourse post: `cooked` beside `raw`, `post_number` or `topic_id`; a topic's (`post_stream.posts`) first.
    private static func forumPost(_ answer: Any) -> [String: Any]? {
        guard let object = answer as? [String: Any] else { return nil }
        if object["cooked"] is String, object["raw"] != nil || object["post_number"] != nil || object["topic_id"] != nil { return object }
        if let posts = (object["post_stream"] as? [String: Any])?["posts"] as? [Any] {
            return posts.lazy.compactMap { ($0 as? [String: Any]).flatMap(forumPost) }.first
        }
        return nil
    }

    /// Markdown's first quote (`> ` lines, `>` alone a blank line between paragraphs; `[quote]` … `[/quote]` too), its
    /// lines unquoted, a hard break's two spaces dropped; nil when there is none.
    private static func markdownQuote(_ raw: String) -> [String]? {
        let lines = LineBytes.lines(String(raw.utf8.prefix(1 << 20)) ?? raw).map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        if let start = lines.firstIndex(where: { $0.hasPrefix(">") }) {
            return lines[start...].prefix { $0.hasPrefix(">") }.map { line in
                let rest = line.dropFirst()
                return LineBytes.trimmed(String(rest.first == " " ? rest.dropFirst() : rest))
            }
        }
        if let start = lines.firstIndex(where: { $0.hasPrefix("[quote") && $0.hasSuffix("]") }) {
            return lines[(start + 1)...].prefix { !$0.hasPrefix("[/quote]") }.map { LineBytes.trimmed($0) }
        }
        return nil
    }

    /// HTML's first `<blockquote>`: its lines (`<br>` ending one, `</p>` a paragraph), `<strong>` as `**`; nil when none.
    private static func htmlQuote(_ cooked: String) -> [String]? {
        guard let open = cooked.range(of: "<blockquote>"), let close = cooked[open.upperBound...].range(of: "</blockquote>") else { return nil }
        var inner = String(cooked[open.upperBound..<close.lowerBound]).replacingOccurrences(of: "\n", with: " ")
        for (tag, mark) in [("<br>", "\n"), ("<br/>", "\n"), ("<br />", "\n"), ("</p>", "\n\n"), ("<strong>", "**"), ("</strong>", "**")] {
            inner = inner.replacingOccurrences(of: tag, with: mark)
        }
        return LineBytes.lines(XMLRecords.lines(fromMarkup: inner)).map { LineBytes.trimmed($0) }
    }

    /// A quoted clipping's lines: its first paragraph's first line the headline (bold or not), the lines hard-broken
    /// under it its head (`clippingHead`), the paragraphs after it the text; nil when there is no headline (a quote
    /// opening with a sentence) or no prose.
    private static func quotedArticle(_ quoted: [String], dates: DateRecognizer) -> JSONRecords.Record? {
        guard let start = quoted.firstIndex(where: { !$0.isEmpty }) else { return nil }
        var opening = quoted[start...].prefix { !$0.isEmpty }.map { $0 }
        let body = Array(quoted[(start + opening.count)...])
        var title = opening.removeFirst()
        let bold = title.hasPrefix("**") && title.hasSuffix("**") && title.utf8.count > 4
        if bold { title = LineBytes.trimmed(String(title.dropFirst(2).dropLast(2))) }
        guard !title.isEmpty, title.utf8.count <= 300, bold || !LayoutReader.endsLikeSentence(title) || title.hasSuffix("?"),
            holdsText(body)
        else { return nil }
        var record = JSONRecords.Record(title: title, rest: "")
        var rest = body
        if let head = clippingHead(opening, dates: dates) {
            record.authors = head.authors
            record.date = head.date
            record.source = head.source
        } else {
            rest = opening + [""] + body
        }
        record.rest = ([title, ""] + rest).joined(separator: "\n")
        return record
    }

    // MARK: Shared

    /// Whether the lines hold an article's text: prose (`DeskFetches.holdsProse`), or 20 words at least under a
    /// headline already found (a short blog post's).
    private static func holdsText(_ lines: some Collection<String>) -> Bool {
        if DeskFetches.holdsProse(lines) { return true }
        var words = 0
        for line in lines.prefix(200) {
            words += LineBytes.words(line).count
            if words >= 20 { return true }
        }
        return false
    }

    /// The text's first lines (20,000 at most, within 4 MiB), CRs before LFs dropped.
    private static func head(_ text: String) -> [String] {
        text.utf8.prefix(4 << 20).split(separator: 0x0A, maxSplits: 20_000, omittingEmptySubsequences: false).prefix(20_000).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
        }
    }
}
