import DateReading
import Foundation
import TextToolkit

/// What seven more tools print under the `$ ` command that asked for it, as a desk receives
/// their prints: a mail `notmuch show --format=json` printed (its nested thread lists, a message's
/// `headers` and `body` parts), macOS's `mdls` of a saved file (`kMDItem…` attributes) over the
/// text a next command printed (`textutil -convert txt -stdout`, `cat`), `aws s3api head-object`'s
/// answer (user `Metadata`) over the object a next command printed (`aws s3 cp … -`), Taskwarrior's
/// `task … export` (tasks with `annotations`), `mosquitto_sub`'s messages (`-v`: the topic, then
/// the payload), jrnl's `--export json` (`entries` of `title` and `body`), a Datasette answer under
/// the command that asked for it (`_shape=array`, `_shape=objects`, `_shape=object`, its default
/// `columns` and `rows`); and any command's JSON answer holding an article record as
/// `FieldRecords` reads one. A pasted article's head under its headline (a mail's, a task's first
/// annotation, a converted text's: `By A`, `Le Monde, 3 mars 1987`, `Le Monde` alone) gives the
/// writers, the publication and the day the tool's fields leave unsaid (`headFacts`).
///
/// Contract: `print(_:first:dates:)` reads the text when its first line runs one of the seven tools
/// and returns its value with the article's record, the record nil when the print holds no article
/// (a mail that pastes none, an `mdls` or a `head-object` with no text printed after it, a task or
/// a journal entry of a few words, a broker's status messages, a users table's rows), so the reader
/// refuses it (`holdsNoArticle`: before any other reader may take its JSON's strings); nil when
/// the first line runs none of them or the print cannot be read. The article is read by what each
/// field means: the headline (a mail's subject without its forward prefix, a task's description or
/// a journal entry's title after its label, `kMDItemTitle`, a metadata `headline`), the writers
/// (`kMDItemAuthors`, a metadata byline; never a mail's sender, a task's or an entry's owner), the
/// publication (`kMDItemPublishers`, a metadata outlet, a journal entry's label; never the tool),
/// never a tool's own moments (a mail's `Date` and `timestamp`, a file's `kMDItem…Date`, an
/// object's `LastModified`, a task's `entry`, `modified` and `due`, an entry's `date` and `time`, a
/// message's `fetched`): the article's day is a field's that names it (`published`) or its text's.
/// `articleAnswer` returns the first of a command's JSON answers `FieldRecords` finds an article
/// record with a text in; nil otherwise (the text is then read as it was). Bounded: 4 MiB (a
/// notmuch, Taskwarrior or jrnl print whose JSON runs past them is refused, not read as lines),
/// 2,000 lines of attributes or messages, 200 tasks or entries. Pure.
enum DeskExports {
    typealias Print = (value: Any, record: JSONRecords.Record?)

    static func print(_ text: String, first: String, dates: DateRecognizer) -> Print? {
        let words = commandWords(first)
        guard let tool = words.first else { return nil }
        let arguments = words.dropFirst()
        switch tool {
        case "notmuch" where arguments.first == "show" && arguments.contains(where: { $0 == "--format=json" || $0 == "json" }):
            return notmuchShow(text, dates: dates)
        case "mdls":
            return mdls(text, dates: dates)
        case "aws" where arguments.contains("s3api") && arguments.contains("head-object"):
            return s3Object(text, dates: dates)
        case "task" where arguments.contains("export"):
            return taskExport(text, dates: dates)
        case "mosquitto_sub":
            return mqttMessages(text, dates: dates)
        case "jrnl" where arguments.contains(where: { $0 == "--export" || $0 == "--format" || $0.hasPrefix("--export=") || $0.hasPrefix("--format=") })
            && arguments.contains(where: { $0 == "json" || $0.hasSuffix("=json") }):
            return jrnlExport(text)
        default:
            // A Datasette answer (`?_shape=array`, `_shape=objects`, or its default `columns` and `rows`) under any command.
            guard first.contains("_shape=") || first.contains(".json") else { return nil }
            return datasette(text, dates: dates)
        }
    }

    /// Whether the text is a print of these tools holding no article (`print`'s record nil): nothing else may read it.
    static func holdsNoArticle(_ text: String, dates: DateRecognizer) -> Bool {
        guard LineBytes.leadingByte(text) == 0x24, let print = print(text, first: ConsoleRecords.firstLine(text), dates: dates) else { return false }
        return print.record == nil
    }

    /// The first answer `FieldRecords` finds an article record with a text in (a Datasette row, a CMS's item): the
    /// answer and its record; nil when none holds one.
    static func articleAnswer(_ answers: [Any], dates: DateRecognizer) -> Print? {
        for answer in answers.prefix(20) {
            guard answer is [String: Any] || (answer as? [Any])?.first is [String: Any],
                let record = FieldRecords.record(in: answer, rest: "", dates: dates),
                !LineBytes.trimmed(record.title).isEmpty, LineBytes.words(record.rest).count >= 20
            else { continue }
            return (answer, record)
        }
        return nil
    }

    // MARK: The command line

    /// `$ sudo /usr/bin/mdls -name x file` → `mdls`, `-name`, `x`, `file`: the words after the prompt, the tool's path
    /// and `sudo`, `env` and `NAME=value` settings before it dropped. Only the line's first 300 words are read (a command
    /// line of settings only names no tool); linear in them.
    static func commandWords(_ first: String) -> [String] {
        guard first.hasPrefix("$ ") || first.hasPrefix("% ") else { return [] }
        let all = first.dropFirst(2).split(separator: " ", maxSplits: 300).prefix(300)
        guard let start = all.firstIndex(where: { !($0 == "sudo" || $0 == "env" || $0.contains("=") && !$0.hasPrefix("-")) }) else { return [] }
        var words = all[start...].map(String.init)
        words[0] = String(words[0].split(separator: "/").last ?? Substring(words[0]))
        return words
    }

    /// The JSON values opening lines under the first, up to 20, and the byte offset past the last one read.
    private static func jsonValues(_ bytes: [UInt8], from start: Int, limit: Int = 20) -> (values: [Any], end: Int) {
        var values: [Any] = []
        var index = start
        var end = start
        while index < bytes.count, values.count < limit {
            guard let newline = bytes[index...].firstIndex(of: 0x0A) else { break }
            let lineStart = newline + 1
            guard lineStart < bytes.count else { break }
            if bytes[lineStart] == 0x7B || bytes[lineStart] == 0x5B {
                guard let valueEnd = JSONRecords.valueEnd(bytes, from: lineStart), let value = JSONMending.value(bytes[lineStart..<valueEnd])
                else { break }
                values.append(value)
                end = valueEnd
                index = valueEnd
            } else if bytes[lineStart] == 0x0A || bytes[lineStart] == 0x0D {
                index = lineStart
            } else {
                break
            }
        }
        return (values, end)
    }

    /// The text a next command printed: the lines after the first `$ ` (or `% `) line at or after `offset`; nil when
    /// no command follows.
    private static func nextCommandPrint(_ bytes: [UInt8], from offset: Int) -> String? {
        var index = offset
        while index < bytes.count {
            let lineEnd = bytes[index...].firstIndex(of: 0x0A) ?? bytes.count
            if lineEnd - index >= 2, bytes[index] == 0x24 || bytes[index] == 0x25, bytes[index + 1] == 0x20 {
                return lineEnd < bytes.count ? String(decoding: bytes[(lineEnd + 1)...], as: UTF8.self) : ""
            }
            index = lineEnd + 1
        }
        return nil
    }

    /// The text with its CRs before LFs dropped.
    private static func plain(_ text: String) -> String {
        LineBytes.contains(text, 0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }

    /// A title's part after a label and a colon before a space (`Résumer pour la revue : Headline`, `Le Monde: Headline`,
    /// `https://www.lemonde.fr: Headline`): the label (eight words at most, within 80 characters) and the rest; nil when
    /// there is none.
    static func labelled(_ title: String) -> (label: String, rest: String)? {
        guard let colon = title.range(of: ": "), title.distance(from: title.startIndex, to: colon.lowerBound) <= 80 else { return nil }
        let label = LineBytes.trimmed(String(title[..<colon.lowerBound]))
        let rest = LineBytes.trimmed(String(title[colon.upperBound...]))
        guard !label.isEmpty, !rest.isEmpty, LineBytes.words(label).count <= 8 else { return nil }
        return (label, rest)
    }

    /// A text's first words (of its first 512 characters), folded: what a link's slug is compared with.
    private static func slugWords(_ text: String) -> [String] {
        TextFolding.fold(String(text.prefix(512))).split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// Whether the words of a link's last path segment (`…/radfahren-in-der-stadt`) open a title's words (`slugWords`).
    private static func slugOpens(_ url: String, _ titleWords: [String]) -> Bool {
        let path = url.split(separator: "?").first.map(String.init) ?? url
        guard let segment = path.split(separator: "/").last.map(String.init), segment.contains("-") else { return false }
        var slug = slugWords(segment.hasSuffix(".html") ? String(segment.dropLast(5)) : segment)
        guard slug.count >= 2, !titleWords.isEmpty else { return false }
        // A slug cut short may cut its last word.
        if slug.count > titleWords.count { return false }
        let last = slug.removeLast()
        return Array(titleWords.prefix(slug.count)) == slug && titleWords[slug.count].hasPrefix(last)
    }

    // MARK: Datasette

    /// A Datasette answer: `_shape=array` (a list of rows), `_shape=objects` (`rows` of objects), `_shape=object` (rows
    /// keyed by their primary key), its default (`columns` and `rows` of values, beside `database` or `table`). The
    /// first row `FieldRecords` reads an article from (`headline`, `outlet`, `byline`, `published`, `text`; never
    /// `clipped_by`, `clipped_at`); none when the rows are no articles (a users table's). Nil for any other answer.
    private static func datasette(_ text: String, dates: DateRecognizer) -> Print? {
        guard let answers = ConsoleRecords.answers(text), let value = answers.first else { return nil }
        let shaped = ConsoleRecords.firstLine(text).contains("_shape=")
        var rows: [[String: Any]] = []
        if let list = value as? [Any], shaped {
            rows = list.prefix(200).compactMap { $0 as? [String: Any] }
        } else if let object = value as? [String: Any] {
            if let columns = object["columns"] as? [Any], let lists = object["rows"] as? [Any], object["database"] != nil || object["table"] != nil {
                let names = columns.prefix(200).compactMap { $0 as? String }
                rows = lists.prefix(200).compactMap { ($0 as? [Any]).map { Dictionary(zip(names, $0), uniquingKeysWith: { first, _ in first }) } }
            } else if shaped, let list = object["rows"] as? [Any] {
                rows = list.prefix(200).compactMap { $0 as? [String: Any] }
            } else if shaped {
                rows = object.keys.sorted().prefix(200).compactMap { object[$0] as? [String: Any] }
            }
        }
        guard !rows.isEmpty, rows.count == ((value as? [Any])?.prefix(200).count ?? rows.count) else { return nil }
        for row in rows {
            if let record = FieldRecords.record(in: row, rest: "", isArticle: true, dates: dates), !LineBytes.trimmed(record.title).isEmpty,
                LineBytes.words(record.rest).count >= 20
            {
                return (value, record)
            }
        }
        return (value, nil)
    }

    // MARK: The article's head

    /// The head of a pasted article under its headline (the lines up to the first blank one, four at most; their parts
    /// between ` — `): bylines (`By A`, `Von A`), the publication and its day (`Le Monde, 3 mars 1987`, `transGEN –
    /// 18. Januar 2018`, `Le Monde` alone when it reads as a name, `isName`: the last such part), a day alone. The facts
    /// found, and the lines wholly read
    /// (dropped from the text, so that a publication's name alone is not taken for a writer's); nothing when a line of
    /// the head is none of these.
    static func headFacts(_ lines: ArraySlice<String>, dates: DateRecognizer)
        -> (authors: [String], source: String?, date: CalendarDate?, read: Set<Int>)
    {
        var block: [Int] = []
        for index in lines.indices {
            let line = LineBytes.trimmed(lines[index])
            if line.isEmpty || block.count == 4 { break }
            block.append(index)
        }
        var authors: [String] = []
        var bylineDate: CalendarDate?
        var dayAlone: CalendarDate?
        var publication: (line: Int, name: String, date: CalendarDate?)?
        var read: Set<Int> = []
        for index in block {
            for piece in LineBytes.trimmed(lines[index]).components(separatedBy: " — ").map({ LineBytes.trimmed($0) }) where !piece.isEmpty {
                if let byline = Bylines.read(piece, dates: dates, keepsAgencies: true), !byline.authors.isEmpty {
                    if authors.isEmpty { authors = byline.authors }
                    bylineDate = bylineDate ?? byline.date
                } else if let named = DeskAnswers.publicationLine(piece, dates: dates), named.name.utf8.count <= 80,
                    named.date != nil || isName(named.name)
                {
                    // An earlier line read as a name (a writer's bare name above the publication's line) is left to the text.
                    if let earlier = publication, earlier.line != index { read.remove(earlier.line) }
                    publication = (index, named.name, named.date)
                } else if let day = dates.dateLine(piece) {
                    dayAlone = dayAlone ?? day
                } else {
                    // A line of the head that is none of these (a subtitle): no head.
                    return ([], nil, nil, [])
                }
            }
            read.insert(index)
        }
        return (authors, publication?.name, publication?.date ?? bylineDate ?? dayAlone, read)
    }

    /// A publication's name as an article's head writes it alone on a line: eight words at most, two of them at most
    /// in lower case but for particles (`Pferde für unsere Kinder`, `News zu VR, AR und KI | MIXED.de`); not a deck's
    /// sentence (`The port's new owner doubles the charges`).
    private static func isName(_ text: String) -> Bool {
        let words = LineBytes.words(text)
        return words.count <= 8
            && words.filter({ $0.first?.isLowercase == true && !LayoutReader.publicationParticles.contains(String($0)) }).count <= 2
    }

    /// The record's title line, its head's facts filling what the record lacks, the head's lines read dropped.
    private static func withHead(_ record: JSONRecords.Record, lines: [String], titleAt start: Int, dates: DateRecognizer) -> JSONRecords.Record {
        let head = headFacts(lines[(start + 1)...], dates: dates)
        guard !head.read.isEmpty else { return record }
        var record = record
        if record.authors.isEmpty { record.authors = head.authors }
        record.source = record.source ?? head.source
        record.date = record.date ?? head.date
        record.rest = lines.indices[start...].filter { !head.read.contains($0) }.map { lines[$0] }.joined(separator: "\n")
        return record
    }

    /// `withHead` at the first of the lines that is the record's title (case and accents aside); the record as it is
    /// when none is.
    private static func withTitledHead(_ record: JSONRecords.Record, lines: [String], dates: DateRecognizer) -> JSONRecords.Record {
        let folded = TextFolding.fold(record.title)
        guard let start = lines.prefix(40).firstIndex(where: { !$0.isEmpty && TextFolding.fold(LineBytes.trimmed($0)) == folded }) else { return record }
        return withHead(record, lines: lines, titleAt: start, dates: dates)
    }

    // MARK: notmuch

    /// `notmuch show --format=json`: threads of `[message, replies]` pairs. The first message the search matched (the
    /// thread's first when none says so): its plain text part (its
    /// signature dropped) from the line that is its subject without the forward or reply prefix (`Fwd: `, `TR: `,
    /// `WG: `, `RV: `, `I: `, `ENC: `); a long text whose lines do not repeat the subject is the article under it. The
    /// sender, the `Date` and `timestamp` are the mail's.
    private static func notmuchShow(_ text: String, dates: DateRecognizer) -> Print? {
        let bytes = Array(text.utf8.prefix(4 << 20))
        guard let value = jsonValues(bytes, from: 0).values.first else { return cutPrint(text) }
        guard let message = firstMessage(value, depth: 0, matched: true) ?? firstMessage(value, depth: 0, matched: false)
        else { return nil }
        guard let headers = message["headers"] as? [String: Any], let body = message["body"] as? [Any], var content = plainPart(body, depth: 0)
        else { return (value, nil) }
        content = withoutSignature(plain(content))
        let subject = withoutReplyPrefixes(LineBytes.trimmed(headers["Subject"] as? String ?? ""))
        let lines = LineBytes.lines(content)
        let folded = TextFolding.fold(subject)
        if !subject.isEmpty, let start = lines.prefix(400).firstIndex(where: { !$0.isEmpty && TextFolding.fold(LineBytes.trimmed($0)) == folded }) {
            let rest = lines[start...].joined(separator: "\n")
            guard LineBytes.words(rest).count >= 30 else { return (value, nil) }
            return (value, withHead(JSONRecords.Record(title: LineBytes.trimmed(lines[start]), rest: rest), lines: lines, titleAt: start, dates: dates))
        }
        guard !subject.isEmpty, LineBytes.words(content).count >= 80 else { return (value, nil) }
        return (value, JSONRecords.Record(title: subject, rest: subject + "\n\n" + content))
    }

    /// The first object with `headers` and `body` in notmuch's nested lists; with `matched`, the first the search
    /// matched (`"match": true`: the JSON format prints the whole thread, its root first, by default).
    private static func firstMessage(_ value: Any, depth: Int, matched: Bool) -> [String: Any]? {
        guard depth < 8 else { return nil }
        if let object = value as? [String: Any] {
            return object["headers"] is [String: Any] && object["body"] is [Any] && (!matched || object["match"] as? Bool == true) ? object : nil
        }
        guard let list = value as? [Any] else { return nil }
        for item in list.prefix(50) {
            if let message = firstMessage(item, depth: depth + 1, matched: matched) { return message }
        }
        return nil
    }

    /// A tool's JSON print cut by the 4 MiB these readers read (a whole journal's or task list's export): refused
    /// rather than read as lines (its command line is no headline). Nil when the text is shorter: its JSON is broken.
    private static func cutPrint(_ text: String) -> Print? {
        text.utf8.count > 4 << 20 ? ([Any](), nil) : nil
    }

    /// A body's first `text/plain` part's content (a multipart's parts searched in order), else its first `text/html`
    /// part's paragraphs.
    private static func plainPart(_ parts: [Any], depth: Int) -> String? {
        var html: String?
        func search(_ parts: [Any], _ depth: Int) -> String? {
            guard depth < 8 else { return nil }
            for case let part as [String: Any] in parts.prefix(50) {
                let type = (part["content-type"] as? String ?? "").lowercased()
                if let content = part["content"] as? String {
                    if type == "text/plain" { return content }
                    if type == "text/html", html == nil { html = content }
                } else if let inner = part["content"] as? [Any], let found = search(inner, depth + 1) {
                    return found
                }
            }
            return nil
        }
        if let found = search(parts, depth) { return found }
        return html.map { XMLRecords.paragraphs(fromMarkup: $0) }
    }

    /// A mail's text without its signature (from the last `-- ` line).
    private static func withoutSignature(_ text: String) -> String {
        guard let range = text.range(of: "\n-- \n", options: .backwards) else { return text }
        return String(text[..<range.lowerBound])
    }

    /// `Fwd: TR: Headline` → `Headline`: a subject without its forward and reply prefixes (a word of at most four
    /// letters and a colon, `[Fwd: …]` brackets).
    static func withoutReplyPrefixes(_ subject: String) -> String {
        var subject = subject
        if subject.hasPrefix("[Fwd:"), subject.hasSuffix("]") { subject = String(subject.dropFirst().dropLast()) }
        for _ in 0..<5 {
            guard let colon = subject.firstIndex(of: ":"), subject.distance(from: subject.startIndex, to: colon) <= 4 else { break }
            let word = subject[..<colon]
            guard !word.isEmpty, word.allSatisfy(\.isLetter),
                ["fwd", "fw", "tr", "wg", "rv", "i", "enc", "re", "aw", "r", "rif", "res", "sv", "vs", "doorst"].contains(word.lowercased())
            else { break }
            subject = LineBytes.trimmed(String(subject[subject.index(after: colon)...]))
        }
        return subject
    }

    // MARK: mdls

    /// `mdls`'s attributes (`kMDItemTitle = "…"`, lists in parentheses over lines, `(null)` none) over the text a next
    /// command printed: `kMDItemTitle` the headline (else the text's first line), `kMDItemAuthors` the writers,
    /// `kMDItemPublishers` the publication. The file's moments (`kMDItemContentCreationDate`, `kMDItemLastUsedDate`)
    /// and the application that made it (`kMDItemCreator`) are the file's. No text printed: no article.
    private static func mdls(_ text: String, dates: DateRecognizer) -> Print? {
        let lines = LineBytes.lines(plain(String(text.utf8.prefix(4 << 20)) ?? text))
        var attributes: [String: Any] = [:]
        var index = 1
        while index < lines.count, index < 2_000 {
            let line = lines[index]
            if line.hasPrefix("$ ") || line.hasPrefix("% ") { break }
            guard let equals = line.range(of: " = ") else {
                if LineBytes.trimmed(line).isEmpty {
                    index += 1
                    continue
                }
                break
            }
            let key = LineBytes.trimmed(String(line[..<equals.lowerBound]))
            let value = LineBytes.trimmed(String(line[equals.upperBound...]))
            guard key.hasPrefix("kMDItem") || key.hasPrefix("_kMDItem") else { break }
            if value == "(" {
                var items: [String] = []
                index += 1
                while index < lines.count, LineBytes.trimmed(lines[index]) != ")", items.count < 200 {
                    var item = LineBytes.trimmed(lines[index])
                    if item.hasSuffix(",") { item = String(item.dropLast()) }
                    items.append(mdlsString(item))
                    index += 1
                }
                attributes[key] = items
            } else if value != "(null)" {
                attributes[key] = mdlsString(value)
            }
            index += 1
        }
        guard !attributes.isEmpty else { return nil }
        guard index < lines.count, lines[index].hasPrefix("$ ") || lines[index].hasPrefix("% ") else { return (attributes, nil) }
        let printed = lines[(index + 1)...].prefix { !$0.hasPrefix("$ ") }
        let rest = printed.joined(separator: "\n")
        guard LineBytes.words(rest).count >= 20, let firstLine = printed.first(where: { !LineBytes.trimmed($0).isEmpty }) else {
            return (attributes, nil)
        }
        let title = (attributes["kMDItemTitle"] as? String).map { LineBytes.trimmed($0) }.flatMap { $0.isEmpty ? nil : $0 }
            ?? LineBytes.trimmed(firstLine)
        var record = JSONRecords.Record(title: title, rest: rest)
        record.authors = (attributes["kMDItemAuthors"] as? [String] ?? (attributes["kMDItemAuthors"] as? String).map { [$0] } ?? [])
            .map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }
        record.source = ((attributes["kMDItemPublishers"] as? [String])?.first ?? attributes["kMDItemPublishers"] as? String)
            .map { LineBytes.trimmed($0) }.flatMap { $0.isEmpty ? nil : $0 }
        return (attributes, withTitledHead(record, lines: Array(printed), dates: dates))
    }

    /// An `mdls` value as written: a quoted string unquoted, its escapes (`\"`, `\\`, `\n`, `\U00e9`) undone.
    private static func mdlsString(_ value: String) -> String {
        guard value.utf8.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else { return value }
        let inner = Array(value.unicodeScalars.dropFirst().dropLast())
        var out = String.UnicodeScalarView()
        var index = 0
        while index < inner.count {
            let scalar = inner[index]
            index += 1
            guard scalar == "\\", index < inner.count else {
                out.append(scalar)
                continue
            }
            let escaped = inner[index]
            index += 1
            switch escaped {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "U", "u":
                let digits = String(String.UnicodeScalarView(inner[index..<min(index + 4, inner.count)]))
                if digits.count == 4, let code = UInt32(digits, radix: 16), let decoded = Unicode.Scalar(code) {
                    out.append(decoded)
                    index += 4
                } else {
                    out.append(escaped)
                }
            default: out.append(escaped)
            }
        }
        return String(out)
    }

    // MARK: aws s3api head-object

    /// `head-object`'s answer (`LastModified`, `ETag`, `ContentLength`, user `Metadata`) over the object a next command
    /// printed (`aws s3 cp s3://… -`): the metadata's fields (`headline`, `outlet`, `byline`, `published`; never
    /// `clipped-by`) over the text; the object's first line its headline when the metadata names none.
    /// `LastModified` is the object's. No text printed: no article.
    private static func s3Object(_ text: String, dates: DateRecognizer) -> Print? {
        let bytes = Array(plain(String(text.utf8.prefix(4 << 20)) ?? text).utf8)
        let (values, end) = jsonValues(bytes, from: 0, limit: 1)
        guard let head = values.first as? [String: Any], head["ETag"] != nil || head["LastModified"] != nil || head["ContentLength"] != nil
        else { return nil }
        guard let printed = nextCommandPrint(bytes, from: end) else { return (head, nil) }
        let lines = LineBytes.lines(printed).prefix { !$0.hasPrefix("$ ") }
        let rest = lines.joined(separator: "\n")
        guard LineBytes.words(rest).count >= 20, let firstLine = lines.first(where: { !LineBytes.trimmed($0).isEmpty }) else {
            return (head, nil)
        }
        var metadata = (head["Metadata"] as? [String: Any]) ?? [:]
        // A headline key left empty names none either.
        if !metadata.contains(where: { RecordKeys.field($0.key) == .title && !LineBytes.trimmed($0.value as? String ?? "").isEmpty }) {
            metadata = metadata.filter { RecordKeys.field($0.key) != .title }
            metadata["title"] = LineBytes.trimmed(firstLine)
        }
        guard let record = FieldRecords.record(in: metadata, rest: rest, isArticle: true, dates: dates) else { return (head, nil) }
        return (head, withTitledHead(record, lines: Array(lines), dates: dates))
    }

    // MARK: Taskwarrior

    /// `task … export`: a list of tasks (`description`, `uuid`, `status`, `entry`; `annotations` of `entry` and
    /// `description`). The first task annotated with some text: its description the headline (the part after a label,
    /// `Résumer pour la revue : Headline`, unless the annotated link's slug opens the whole description), its
    /// annotations (links left out) the text. The task's moments (`entry`, `modified`, `due`) are Taskwarrior's.
    private static func taskExport(_ text: String, dates: DateRecognizer) -> Print? {
        let bytes = Array(text.utf8.prefix(4 << 20))
        guard let value = jsonValues(bytes, from: 0).values.first else { return cutPrint(text) }
        let tasks = ((value as? [Any]) ?? [value]).prefix(200).compactMap { $0 as? [String: Any] }
        guard !tasks.isEmpty, tasks.allSatisfy({ $0["description"] is String && ($0["uuid"] != nil || $0["entry"] != nil || $0["status"] != nil) })
        else { return nil }
        for task in tasks {
            guard let description = (task["description"] as? String).map({ LineBytes.trimmed($0) }), !description.isEmpty else { continue }
            let notes = (task["annotations"] as? [Any] ?? []).prefix(2_000).compactMap { ($0 as? [String: Any])?["description"] as? String }
                .map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }
            let links = notes.filter { ($0.hasPrefix("http://") || $0.hasPrefix("https://")) && !$0.contains(" ") }
            let paragraphs = notes.filter { !links.contains($0) }
            let rest = paragraphs.joined(separator: "\n\n")
            guard LineBytes.words(rest).count >= 20 else { continue }
            var title = description
            if let split = labelled(description) {
                // Each title's words once: a task may hold thousands of links.
                let whole = slugWords(description)
                let rest = slugWords(split.rest)
                if !links.contains(where: { slugOpens($0, whole) && !slugOpens($0, rest) }) { title = split.rest }
            }
            // The first annotation under the link may be the article's head (`By A — Le Monde — 3 mars 1987`).
            let record = JSONRecords.Record(title: title, rest: title + "\n\n" + rest)
            let headed = [title, paragraphs[0], ""] + LineBytes.lines(paragraphs.dropFirst().joined(separator: "\n\n"))
            return (value, withHead(record, lines: headed, titleAt: 0, dates: dates))
        }
        return (value, nil)
    }

    // MARK: mosquitto_sub

    /// `mosquitto_sub`'s messages, a line each (with `-v`, the topic before the payload): the first JSON payload
    /// `FieldRecords` reads an article from (`headline`, `outlet`, `authors`, `published`, `text`; never `fetched`);
    /// none when the messages are a broker's statuses, a sensor's readings.
    private static func mqttMessages(_ text: String, dates: DateRecognizer) -> Print? {
        let lines = LineBytes.lines(plain(String(text.utf8.prefix(4 << 20)) ?? text)).dropFirst().prefix(2_000)
        var payloads: [Any] = []
        for line in lines {
            if line.hasPrefix("$ ") { break }
            // The topic (no space in it) and a space before the payload, or the payload alone.
            var payload = Substring(line)
            if let first = line.utf8.first, first != 0x7B, first != 0x5B {
                guard let space = line.firstIndex(of: " ") else { continue }
                payload = line[line.index(after: space)...]
            }
            let trimmed = LineBytes.trimmed(payload)
            guard trimmed.hasPrefix("{") || trimmed.hasPrefix("["), let value = JSONMending.value(Array(trimmed.utf8)) else { continue }
            payloads.append(value)
            if let record = FieldRecords.record(in: value, rest: "", dates: dates), !LineBytes.trimmed(record.title).isEmpty,
                LineBytes.words(record.rest).count >= 20
            {
                return (value, record)
            }
        }
        guard !payloads.isEmpty else { return nil }
        return (payloads, nil)
    }

    // MARK: jrnl

    /// `jrnl --export json`: `entries` of `title` (the entry's first sentence) and `body`. The first entry with some
    /// text: its title's part after a label the headline (`Le Monde: Headline`, the label its publication), its body
    /// the text. The entry's `date` and `time` are when it was written; its tags and stars the journal's.
    private static func jrnlExport(_ text: String) -> Print? {
        let bytes = Array(text.utf8.prefix(4 << 20))
        guard let first = jsonValues(bytes, from: 0).values.first else { return cutPrint(text) }
        guard let value = first as? [String: Any], let entries = value["entries"] as? [Any] else { return nil }
        for case let entry as [String: Any] in entries.prefix(200) {
            guard let title = (entry["title"] as? String).map({ LineBytes.trimmed($0) }), !title.isEmpty, let body = entry["body"] as? String,
                LineBytes.words(body).count >= 30
            else { continue }
            var record = JSONRecords.Record(title: title, rest: "")
            if let split = labelled(title) {
                record.title = split.rest
                record.source = split.label
            }
            record.rest = record.title + "\n\n" + LineBytes.trimmed(plain(body))
            return (value, record)
        }
        return (value, nil)
    }
}
