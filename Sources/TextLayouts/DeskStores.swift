import DateReading
import Foundation
import TextToolkit

/// What seven stores and tools print, as a desk receives a clipping kept in them: a feed's item
/// as sfeed stores it (one tab-separated line of its feed file: UNIX time, title, link, escaped
/// content, its type, id, author, enclosure, category; the file named after the feed), a mail
/// read over JMAP (`Email/get`'s `list`, the text in `bodyValues`), a Couchbase query in cbq (the
/// N1QL response's `results`), a row the HBase shell prints (`get`: `COLUMN`/`CELL` lines of
/// `family:qualifier timestamp=…, value=…`, bytes as `\xHH`; `scan`'s `column=` lines), a table
/// mdb-tools exports from an Access database (`mdb-export`: a CSV header and rows, the days as
/// `-D`/`-T` prints them), a Drafts note from the app's JSON export (`content`, `created_at`,
/// `uuid`), and keys etcd holds (`etcdctl get`: each key on a line and its value under it, or
/// `-w json`'s base64 `kvs`).
///
/// Contract: `print(_:words:dates:)` reads the text when its first line is the `$ ` command that
/// printed one of these (a command's JSON answer for JMAP and Drafts, whatever the command), and
/// `shellPrint(_:first:dates:)` when it opens with the HBase shell's prompt; each returns what
/// was printed with the article's record, the record nil when the print holds no article (a
/// query finding no row or a row of another table, a mail pasting or forwarding no article, a
/// note of a few lines, a key listing with no article's fields, a whole feed of items), so the
/// reader refuses it (`DeskFetches.holdsNoArticle`, `LayoutReader.isConsolePrintWithoutArticle`);
/// nil when the text is no such print. The article is read by what each field means (`RecordKeys`
/// through `FieldRecords`: `headline`, `byline`, `published`, `outlet`, `text`), a pasted article
/// by its head (`DeskFetches.fileRecord`: the headline, the publication and day under it); never a
/// store's or a colleague's own fields (`savedAt`, `savedBy`, a cell's timestamp, an entry moment
/// and its colleague, a note's `created_at`, `stored_at`, a mail's `receivedAt`, `sentAt` and
/// sender): the day is a field's naming the publication (`published`) or sfeed's time, none when
/// it is empty or null. Bounded: 4 MiB, 20,000 lines, 200 cells, keys or mails. Pure.
enum DeskStores {
    static func print(_ text: String, words: [String], dates: DateRecognizer) -> DeskFetches.Print? {
        guard let tool = words.first else { return nil }
        switch tool {
        case "cbq":
            return couchbase(text, dates: dates)
        case "mdb-export":
            return mdbExport(text, words: words, dates: dates)
        case "etcdctl":
            return etcd(text, words: words, dates: dates)
        case "hbase" where words.contains("shell"):
            let lines = head(text)
            guard let prompt = lines.indices.dropFirst().prefix(200).first(where: { isHBasePrompt(lines[$0]) }) else { return nil }
            return hbase(Array(lines[prompt...]), dates: dates)
        default:
            break
        }
        if let feed = sfeed(text, dates: dates) { return feed }
        // A command's JSON answer (`curl … | jq .`, `jq '.[] | …' DraftsExport.json`): a JMAP mail's or a Drafts note's.
        let opening = head(text, lines: 2).dropFirst().first.map { LineBytes.trimmed($0) } ?? ""
        guard opening.hasPrefix("{") || opening.hasPrefix("[") else { return nil }
        if LineBytes.contains(text, bytes: "\"methodResponses\""), let answers = ConsoleRecords.answers(text) {
            for answer in answers {
                if let mails = jmapMails(answer) { return (answer, mails.lazy.compactMap { mail(in: $0, dates: dates) }.first) }
            }
        }
        if LineBytes.contains(text, bytes: "\"content\""), LineBytes.contains(text, bytes: "\"uuid\""), LineBytes.contains(text, bytes: "_at\""),
            let answers = ConsoleRecords.answers(text) {
            let notes = answers.flatMap { $0 as? [Any] ?? [$0] }.prefix(200).compactMap { $0 as? [String: Any] }.filter(isDraft)
            if !notes.isEmpty { return (notes, notes.lazy.compactMap { draft($0, dates: dates) }.first) }
        }
        return nil
    }

    /// A text opening with the HBase shell's prompt (`hbase:001:0> get 't', 'r'`, `hbase(main):001:0> scan 't'`): the
    /// row it printed; nil for any other text.
    static func shellPrint(_ text: String, first: String, dates: DateRecognizer) -> DeskFetches.Print? {
        guard isHBasePrompt(first) else { return nil }
        return hbase(head(text), dates: dates)
    }

    // MARK: Records

    /// The fields' article (`FieldRecords`, the fields themselves the article's): a headline over a text of 20 words at
    /// least that is an article by `DeskDumps.article`'s measure (prose, or a brief beside its writer or publication);
    /// nil otherwise (a users row, a metric, an alert's or a template's short text).
    private static func article(_ fields: [String: Any], dates: DateRecognizer) -> JSONRecords.Record? {
        guard fields.count >= 2, let record = FieldRecords.record(in: fields, rest: "", bareDate: true, isArticle: true, dates: dates),
            !LineBytes.trimmed(record.title).isEmpty, LineBytes.words(record.rest).count >= 20
        else { return nil }
        return DeskDumps.article(record)
    }

    /// A pasted article (a mail's forwarded block, a note's content): its head read as a stored clipping's
    /// (`DeskFetches.fileRecord`), when prose follows a headline; `title` (a mail's subject) the headline when the
    /// lines do not open with it.
    private static func pasted(_ lines: [String], title: String?, dates: DateRecognizer) -> JSONRecords.Record? {
        guard DeskFetches.holdsProse(lines) else {
            // A short article (a blog's review): 20 words at least under a headline and its publication's line.
            guard LineBytes.words(lines.prefix(200).joined(separator: " ")).count >= 25, let record = pasted(lines, title: title, short: true, dates: dates),
                record.source != nil, LineBytes.words(record.rest).count >= 20
            else { return nil }
            return record
        }
        return pasted(lines, title: title, short: false, dates: dates)
    }

    private static func pasted(_ lines: [String], title: String?, short: Bool, dates: DateRecognizer) -> JSONRecords.Record? {
        let first = lines.first(where: { !LineBytes.trimmed($0).isEmpty }).map { LineBytes.trimmed($0) } ?? ""
        if let title, !title.isEmpty, first != title, !short {
            // The text under the subject, the headline left unsaid.
            return JSONRecords.Record(title: title, rest: ([title, ""] + lines).joined(separator: "\n"))
        }
        // The first line the headline (a note's title), a paragraph's length at most, the text under it.
        let heading = first.hasPrefix("# ") ? LineBytes.trimmed(String(first.dropFirst(2))) : first
        guard !heading.isEmpty, heading.utf8.count <= 250 else { return nil }
        var own = lines
        if heading != first, let at = own.firstIndex(where: { LineBytes.trimmed($0) == first }) { own[at] = heading }
        return DeskFetches.fileRecord(own, dates: dates)
    }

    // MARK: sfeed

    /// sfeed's item lines under the command that printed them (`grep -F URL ~/.sfeed/feeds/NAME`, `cat` of a feed
    /// file): the item whose link or id the command names, or the only one; a whole feed's items are no one article.
    /// Its title the headline, its content (sfeed's `\n`, `\t`, `\\` undone; HTML's paragraphs) the text, its author
    /// the writers, its UNIX time (UTC) the day, none when empty; the feed file's name the publication.
    private static func sfeed(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        // The line under the command first (most prints are no feed's).
        guard head(text, lines: 2).count == 2, feedItem(head(text, lines: 2)[1]) != nil else { return nil }
        let lines = head(text)
        guard lines.count >= 2, let firstItem = feedItem(lines[1]) else { return nil }
        var items = [firstItem]
        for line in lines.dropFirst(2).prefix(20_000) {
            if line.hasPrefix("$ ") { break }
            if LineBytes.trimmed(line).isEmpty { continue }
            guard let item = feedItem(line) else { return nil }
            items.append(item)
        }
        // The command's words (cut at spaces and quotes: `grep -F 'https://…' file`), each item's link or id looked up
        // among them (a search of the whole line for each item was quadratic: a 240 KB command over its items, 15 s).
        guard lines[0].utf8.count <= 4_096 else { return (items, nil) }
        let commandWords = Set(lines[0].split(whereSeparator: { " \t'\"".contains($0) }).map(String.init))
        let item = items.count == 1 ? firstItem
            : items.first { item in [item[2], item[5]].contains { !$0.isEmpty && commandWords.contains($0) } }
        guard let item else { return (items, nil) }
        let title = LineBytes.trimmed(item[1])
        guard !title.isEmpty else { return (items, nil) }
        var content = unescapedFeedField(item[3])
        if item[4] == "html" || XMLRecords.holdsMarkup(content) { content = XMLRecords.paragraphs(fromMarkup: content) }
        content = LineBytes.trimmed(content)
        var record = JSONRecords.Record(title: title, rest: content.isEmpty ? title : title + "\n\n" + content)
        record.headlineOnly = content.isEmpty
        let author = LineBytes.trimmed(item[6])
        if !author.isEmpty { record.authors = Bylines.parse(author, dates: dates)?.authors ?? Bylines.names(author) ?? [] }
        if let seconds = Int(item[0]) { record.date = CalendarDate(unixSeconds: seconds) }
        record.source = feedName(lines[0])
        return (items, record)
    }

    /// One of sfeed's item lines: 7 to 12 tab-separated fields, the first a UNIX time or empty, the second a title, the
    /// third a link (or empty beside an id), the fifth the content's type (`html`, `plain`; empty with no content); nil
    /// for any other line.
    private static func feedItem(_ line: String) -> [String]? {
        guard line.utf8.count <= 4 << 20, LineBytes.contains(line, 0x09) else { return nil }
        let fields = line.split(separator: "\t", maxSplits: 12, omittingEmptySubsequences: false).map(String.init)
        guard (7...12).contains(fields.count), fields[0].utf8.count <= 12, fields[0].allSatisfy({ $0.isASCII && $0.isNumber }),
            fields[4] == "html" || fields[4] == "plain" || fields[4].isEmpty && fields[3].isEmpty, !fields[1].isEmpty,
            fields[2].contains("://") || fields[2].hasPrefix("/") || fields[2].isEmpty && !fields[5].isEmpty, !fields[2].contains(" ")
        else { return nil }
        return fields
    }

    /// sfeed's escapes in a content field (`\n`, `\t`, `\\`) undone.
    private static func unescapedFeedField(_ field: String) -> String {
        guard field.contains("\\") else { return field }
        var out = ""
        out.reserveCapacity(field.utf8.count)
        var escaped = false
        for character in field {
            if escaped {
                switch character {
                case "n": out.append("\n")
                case "t": out.append("\t")
                default: out.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// The feed file the command reads (`"$HOME/.sfeed/feeds/Le Monde"`, `~/.sfeed/feeds/lemonde`): its name, the feed's;
    /// nil when the command names none.
    private static func feedName(_ command: String) -> String? {
        guard let feeds = command.range(of: "/feeds/", options: .backwards) else { return nil }
        var name = command[feeds.upperBound...]
        let quoted = command[..<feeds.lowerBound].reversed().first { $0 == "\"" || $0 == "'" || $0 == " " }
        if let quote = quoted, quote != " " {
            name = name.prefix { $0 != quote }
        } else {
            name = name.prefix { $0 != " " && $0 != "|" && $0 != ">" }
        }
        let trimmed = LineBytes.trimmed(String(name))
        guard !trimmed.isEmpty, !trimmed.contains("/"), LineBytes.words(trimmed).count <= 8 else { return nil }
        return trimmed
    }

    // MARK: JMAP

    /// The mails an `Email/get` response lists (`methodResponses`' `["Email/get", {"list": …}, "0"]`); nil when the answer
    /// is no JMAP response getting mails.
    private static func jmapMails(_ answer: Any) -> [[String: Any]]? {
        guard let responses = (answer as? [String: Any])?["methodResponses"] as? [Any] else { return nil }
        for response in responses.prefix(50) {
            guard let call = response as? [Any], call.count >= 2, call[0] as? String == "Email/get",
                let list = (call[1] as? [String: Any])?["list"] as? [Any]
            else { continue }
            return list.prefix(200).compactMap { $0 as? [String: Any] }
        }
        return nil
    }

    private static let forwardMarks = ["Forwarded message", "Original Message", "Begin forwarded message", "Message transféré",
                                       "Message d'origine", "Weitergeleitete Nachricht", "Ursprüngliche Nachricht", "Mensaje reenviado",
                                       "Mensaje original", "Messaggio inoltrato", "Messaggio originale", "Mensagem encaminhada",
                                       "Mensagem original"]
    /// A forwarded block's headers in the six languages.
    private static let forwardHeaders: Set<String> = ["from", "de", "von", "da", "date", "datum", "fecha", "data", "sent", "envoyé", "gesendet",
                                                      "enviado", "inviato", "subject", "objet", "betreff", "asunto", "oggetto", "assunto", "to", "à",
                                                      "a", "an", "para", "cc", "reply-to"]
    /// A JMAP mail's article: its text body (`textBody`'s parts in `bodyValues`, else every body value) forwarding one
    /// under its forward mark (the forwarded headers' `Subject` or the mail's, without its prefix, the headline), or
    /// pasting one under its subject. The sender, the colleague's note and the mail's moments are none of the article's.
    private static func mail(in email: [String: Any], dates: DateRecognizer) -> JSONRecords.Record? {
        guard let values = email["bodyValues"] as? [String: Any] else { return nil }
        var parts = (email["textBody"] as? [Any] ?? []).prefix(50).compactMap { ($0 as? [String: Any])?["partId"] as? String }
        if parts.isEmpty { parts = values.keys.sorted() }
        // Each part once, and no more than 4 MiB joined (a value named 50 times was copied 50 times: 291 MiB).
        var body = ""
        var seen: Set<String> = []
        for part in parts.prefix(50) where seen.insert(part).inserted && body.utf8.count < 4 << 20 {
            guard let value = (values[part] as? [String: Any])?["value"] as? String else { continue }
            if !body.isEmpty { body += "\n\n" }
            body += value
        }
        guard !body.isEmpty else { return nil }
        let lines = LineBytes.lines(String(body.utf8.prefix(4 << 20)) ?? body).prefix(20_000).map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        let subject = withoutPrefixes(email["subject"] as? String ?? "")
        if let mark = lines.indices.prefix(2_000).first(where: { at in
            LineBytes.trimmed(lines[at]).utf8.count <= 80 && forwardMarks.contains(where: { lines[at].contains($0) })
        }) {
            // The forwarded headers (`From:`, `Date:`, `Subject:`, in the mail's language), then the article.
            var headers: [String: String] = [:]
            var index = mark + 1
            while index < lines.count, LineBytes.trimmed(lines[index]).isEmpty, index < mark + 5 { index += 1 }
            while index < lines.count, headers.count < 20, let colon = lines[index].firstIndex(of: ":"),
                case let name = LineBytes.trimmed(String(lines[index][..<colon])).lowercased(), forwardHeaders.contains(name)
            {
                headers[name] = LineBytes.trimmed(String(lines[index][lines[index].index(after: colon)...]))
                index += 1
            }
            let forwarded = ["subject", "objet", "betreff", "asunto", "oggetto", "assunto"].lazy.compactMap { headers[$0] }.first
            let title = forwarded.map(withoutPrefixes) ?? subject
            let block = Array(lines[index...].drop { LineBytes.trimmed($0).isEmpty })
            return pasted(block, title: title.isEmpty ? nil : title, dates: dates)
        }
        guard !subject.isEmpty, let at = lines.prefix(200).firstIndex(where: { LineBytes.trimmed($0) == subject }) else { return nil }
        return pasted(Array(lines[at...]), title: subject, dates: dates)
    }

    /// A mail's subject without its forward or reply prefixes: `DeskFetches`' one reading.
    private static func withoutPrefixes(_ subject: String) -> String { DeskFetches.withoutPrefixes(subject) }

    // MARK: Drafts

    /// A Drafts note as the app exports it: its `content` with the note's `uuid` and its own moments (`created_at`,
    /// `modified_at`) or marks (`tags`, `flagged`).
    private static func isDraft(_ object: [String: Any]) -> Bool {
        object["content"] is String && object["uuid"] is String && (object["created_at"] != nil || object["modified_at"] != nil)
            && (object["tags"] != nil || object["flagged"] != nil || object["accessed_at"] != nil)
    }

    /// A note's article: the content pasted (its first line the headline, the publication and day under it, the byline,
    /// the text); a note of a few lines (a list, a reminder) holds none. The note's moments and places are its own.
    private static func draft(_ note: [String: Any], dates: DateRecognizer) -> JSONRecords.Record? {
        guard let content = note["content"] as? String else { return nil }
        let lines = LineBytes.lines(String(content.utf8.prefix(4 << 20)) ?? content).prefix(20_000).map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        return pasted(Array(lines), title: nil, dates: dates)
    }

    // MARK: cbq

    /// cbq's N1QL response under its prompt (`cbq> SELECT …;` then `{"requestID": …, "results": […], "status": …}`):
    /// the first result's document (`SELECT *` wraps it under the keyspace's name) read as an article's fields. No
    /// article when the query found none (`results` empty, an error) or a row of another kind; nil when no response is printed.
    private static func couchbase(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        let bytes = Array(text.utf8.prefix(4 << 20))
        var start: Int?
        var index = bytes.firstIndex(of: 0x0A) ?? bytes.count
        var lines = 0
        while index < bytes.count, lines < 200 {
            let lineStart = index + 1
            guard lineStart < bytes.count else { break }
            if bytes[lineStart] == 0x7B {
                start = lineStart
                break
            }
            index = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            lines += 1
        }
        guard let start, let end = JSONRecords.valueEnd(bytes, from: start), let response = JSONMending.value(bytes[start..<end]) as? [String: Any],
            response["results"] != nil || response["errors"] != nil || response["status"] != nil
        else { return nil }
        guard let results = response["results"] as? [Any] else { return (response, nil) }
        let documents = results.prefix(50).compactMap { result -> [String: Any]? in
            guard let document = result as? [String: Any] else { return nil }
            if document.count == 1, let inner = document.values.first as? [String: Any] { return inner }
            return document
        }
        // A document of more than 2,000 fields, nested ones counted, is no clipping's (`DeskDumps`' bound): its fields are
        // not read; 10,000 fields are read over all the results.
        return (response, FieldRecords.boundedDocuments(documents).lazy.compactMap { article($0, dates: dates) }.first)
    }

    // MARK: HBase

    /// `hbase:001:0> `, `hbase(main):001:0> `: the HBase shell's prompt opening a line.
    private static func isHBasePrompt(_ line: String) -> Bool {
        guard line.hasPrefix("hbase") else { return false }
        var rest = line.dropFirst(5)
        if rest.hasPrefix("(main)") { rest = rest.dropFirst(6) }
        guard rest.first == ":" else { return false }
        let counters = rest.dropFirst().prefix { $0.isASCII && ($0.isNumber || $0 == ":") }
        return counters.contains(":") && rest.dropFirst(1 + counters.count).hasPrefix("> ")
    }

    /// The first row the shell printed for a `get` (`COLUMN  CELL`, then ` family:qualifier  timestamp=…, value=…`) or a
    /// `scan` (` row  column=family:qualifier, timestamp=…, value=…`), each qualifier a field (the first of a name kept),
    /// its value as HBase prints bytes (`\xC3\xA9`, `\x0A`) decoded. The cells' timestamps are the storing's. No article
    /// when no row is printed (`0 row(s)`) or its cells are no article's; nil when no `get` or `scan` is.
    private static func hbase(_ lines: [String], dates: DateRecognizer) -> DeskFetches.Print? {
        var fields: [(key: String, value: String)] = []
        var sawCommand = false
        var row: String?
        for line in lines.prefix(20_000) {
            if isHBasePrompt(line) {
                if !fields.isEmpty { break }
                let command = line.drop { $0 != ">" }.dropFirst().drop { $0 == " " }
                if command.hasPrefix("get ") || command.hasPrefix("scan ") || command.hasPrefix("get(") || command.hasPrefix("scan(") { sawCommand = true }
                continue
            }
            guard sawCommand else { continue }
            let trimmed = LineBytes.trimmed(line)
            if trimmed.hasSuffix(" row(s)") || trimmed.hasSuffix(" row(s) in") || trimmed.hasPrefix("Took ") || trimmed.contains(" row(s) in ") {
                if !fields.isEmpty { break }
                continue
            }
            if trimmed.hasPrefix("COLUMN") && trimmed.hasSuffix("CELL") || trimmed.hasPrefix("ROW") && trimmed.hasSuffix("COLUMN+CELL") { continue }
            if let cell = hbaseCell(line) {
                // A scan's next row ends the first.
                if let key = cell.row {
                    if let row, row != key { break }
                    row = key
                }
                if fields.count < 200 { fields.append((cell.name, cell.value)) }
            } else if !fields.isEmpty {
                fields[fields.count - 1].value += "\n" + line
            }
        }
        guard sawCommand else { return nil }
        var record: [String: Any] = [:]
        for (key, value) in fields where record[key] == nil {
            let decoded = LineBytes.trimmed(binaryString(value))
            if !decoded.isEmpty { record[key] = decoded }
        }
        return (record, article(record, dates: dates))
    }

    /// A cell's line: ` family:qualifier  timestamp=…, value=…` (a `get`'s) or ` row  column=family:qualifier,
    /// timestamp=…, value=…` (a `scan`'s): the qualifier, the value as printed and a scan's row key.
    private static func hbaseCell(_ line: String) -> (name: String, value: String, row: String?)? {
        guard line.first == " ", let stamp = line.range(of: " timestamp="), let value = line[stamp.upperBound...].range(of: ", value=") else { return nil }
        let head = line[..<stamp.lowerBound]
        var row: String?
        var column: Substring
        if let named = head.range(of: " column=") {
            row = LineBytes.trimmed(head[..<named.lowerBound])
            column = head[named.upperBound...]
            if column.last == "," { column = column.dropLast() }
        } else {
            column = head.drop { $0 == " " }
            column = column.prefix { $0 != " " }
        }
        guard let colon = column.firstIndex(of: ":"), !column[..<colon].contains(" ") else { return nil }
        let qualifier = binaryString(String(column[column.index(after: colon)...]))
        guard !qualifier.isEmpty, qualifier.utf8.count <= 64 else { return nil }
        return (qualifier, String(line[value.upperBound...]), row)
    }

    /// Bytes as HBase's `Bytes.toStringBinary` prints them (`\xC3\xA9` a byte outside printable ASCII) decoded as UTF-8.
    private static func binaryString(_ printed: String) -> String {
        guard LineBytes.contains(printed, bytes: "\\x") else { return printed }
        let bytes = Array(printed.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 0x30...0x39: return byte - 0x30
            case 0x41...0x46: return byte - 0x41 + 10
            case 0x61...0x66: return byte - 0x61 + 10
            default: return nil
            }
        }
        while index < bytes.count {
            if bytes[index] == 0x5C, index + 3 < bytes.count, bytes[index + 1] == 0x78, let high = hex(bytes[index + 2]), let low = hex(bytes[index + 3]) {
                out.append(high << 4 | low)
                index += 4
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: mdb-export

    /// `mdb-export [-D FMT] [-T FMT] [-d DELIM] [-q QUOTE] FILE TABLE`: the header row of column names and the first row,
    /// CSV-quoted (a quoted value's line breaks its own), read as the article's fields; the publication column's day
    /// read by the format the command gave (`%d/%m/%Y %H:%M:%S`; else mdb-tools' `%x %X`, `%m/%d/%y`), an empty one
    /// none. An entry moment and its colleague are the desk's. No article when the row is none's (another table's) or
    /// no row is printed; nil when the print is no table (`-H`, `-I`: no header, SQL statements).
    private static func mdbExport(_ text: String, words: [String], dates: DateRecognizer) -> DeskFetches.Print? {
        var formats: [String] = []
        var delimiter: Character = ","
        var quote: Character = "\""
        var index = 1
        while index < words.count {
            let word = words[index]
            func argument() -> String? {
                guard index + 1 < words.count else { return nil }
                index += 1
                return unquoted(words[index...].prefix(20), from: words[index])
            }
            switch word {
            case "-H", "--no-header", "-I", "--insert", "-N", "--namespace": return nil
            case "-D", "--date-format", "-T", "--datetime-format":
                if let format = argument() { formats.insert(format, at: word == "-T" || word == "--datetime-format" ? 0 : formats.count) }
            case "-d", "--delimiter":
                if let mark = argument() { delimiter = mark == "\\t" ? "\t" : mark.first ?? "," }
            case "-q", "--quote":
                if let mark = argument(), let first = mark.first { quote = first }
            default:
                break
            }
            index += 1
        }
        formats += ["%m/%d/%y %H:%M:%S", "%Y-%m-%d %H:%M:%S"]
        let body = text.utf8.prefix(4 << 20).split(separator: 0x0A, maxSplits: 1, omittingEmptySubsequences: false).dropFirst().first
        guard let body else { return nil }
        var rest = Substring(String(decoding: body, as: UTF8.self))
        let header = csvRecord(&rest, delimiter: delimiter, quote: quote)
        guard header.count >= 2, header.allSatisfy({ !$0.isEmpty && $0.utf8.count <= 64 && !$0.contains("\n") }) else { return nil }
        while rest.first == "\n" || rest.first == "\r" { rest = rest.dropFirst() }
        guard !rest.isEmpty else { return (header, nil) }
        let row = csvRecord(&rest, delimiter: delimiter, quote: quote)
        var fields: [String: Any] = [:]
        for (name, value) in zip(header, row) where fields[name] == nil {
            var value = LineBytes.trimmed(value)
            guard !value.isEmpty else { continue }
            if let field = RecordKeys.field(name), field == .date || field == .bareDate {
                // The day as the format printed it, written as ISO for the record's reading; an unreadable one left as it is.
                if let day = formats.lazy.compactMap({ strptimeDay(value, format: $0) }).first { value = day.iso }
            }
            fields[name] = value
        }
        return (fields, article(fields, dates: dates))
    }

    /// The command's argument as the shell gave it: a quoted one (`'%d/%m/%Y %H:%M:%S'`, split at its spaces by
    /// `commandWords`) joined again, its quotes dropped.
    private static func unquoted(_ words: ArraySlice<String>, from first: String) -> String {
        guard let quote = first.first, quote == "'" || quote == "\"" else { return first }
        var joined = String(first.dropFirst())
        if joined.last == quote, !joined.isEmpty { return String(joined.dropLast()) }
        for word in words.dropFirst() {
            joined += " " + word
            if word.last == quote { return String(joined.dropLast()) }
        }
        return String(first.dropFirst())
    }

    /// A CSV record at the start of `text` (`DelimitedExport.record`, 500 fields at most), `text` left after it.
    private static func csvRecord(_ text: inout Substring, delimiter: Character, quote: Character) -> [String] {
        let (fields, after) = DelimitedExport.record(text, delimiter: delimiter, quote: quote, maxFields: 500)
        text = after
        return fields
    }

    /// The day a `strftime` format printed (`%d`, `%e`, `%m`, `%Y`, `%y`, `%F`, `%D`, `%H`, `%M`, `%S`, `%T`, `%I`, `%p`,
    /// `%%`, other characters as themselves); nil when the value is not that format's.
    static func strptimeDay(_ value: String, format: String) -> CalendarDate? {
        // A day as any format prints it is short: a value of a million spaces was scanned again at each `%d`.
        guard value.utf8.count <= 64 else { return nil }
        let expanded = format.replacingOccurrences(of: "%F", with: "%Y-%m-%d").replacingOccurrences(of: "%D", with: "%m/%d/%y")
            .replacingOccurrences(of: "%T", with: "%H:%M:%S")
        var year: Int?
        var month: Int?
        var day: Int?
        var input = Substring(value)
        var spec = Substring(expanded)
        func number(_ most: Int) -> Int? {
            let spaces = input.prefix { $0 == " " }.count
            let digits = input.dropFirst(spaces).prefix { $0.isASCII && $0.isNumber }.prefix(most)
            guard !digits.isEmpty, let value = Int(digits) else { return nil }
            input = input.dropFirst(spaces + digits.count)
            return value
        }
        while let character = spec.first {
            spec = spec.dropFirst()
            guard character == "%", let code = spec.first else {
                guard input.first == character else { return nil }
                input = input.dropFirst()
                continue
            }
            spec = spec.dropFirst()
            switch code {
            case "d", "e": day = number(2)
            case "m": month = number(2)
            case "Y": year = number(4)
            case "y": year = number(2).map { $0 < 69 ? 2000 + $0 : 1900 + $0 }
            case "H", "M", "S", "I": guard number(2) != nil else { return nil }
            case "p":
                guard input.hasPrefix("AM") || input.hasPrefix("PM") || input.hasPrefix("am") || input.hasPrefix("pm") else { return nil }
                input = input.dropFirst(2)
            case "%":
                guard input.first == "%" else { return nil }
                input = input.dropFirst()
            default: return nil
            }
        }
        guard input.allSatisfy({ $0 == " " }), let year, let month, let day, (1...12).contains(month), (1...31).contains(day) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    // MARK: etcd

    /// `etcdctl get KEY [--prefix]`: each key on a line and its value on the lines under it (a key a line opening with the
    /// asked key, or with its directory when no prefix is asked), or `-w json`'s `kvs` (base64 keys and values); the
    /// first record's keys (those under the first key's directory) named by their last part (`/revue/clips/7/headline`
    /// → `headline`) read as the article's fields. `stored_at` and `stored_by` are the desk's. No article when the keys
    /// hold none (a listing with `--keys-only`, a configuration's keys); nil when no key is asked or printed.
    private static func etcd(_ text: String, words: [String], dates: DateRecognizer) -> DeskFetches.Print? {
        guard let get = words.firstIndex(of: "get") else { return nil }
        let options = words[get...].filter { $0.hasPrefix("-") }
        guard let asked = words[(get + 1)...].first(where: { !$0.hasPrefix("-") }).map({ $0.trimmingCharacters(in: CharacterSet(charactersIn: "'\"")) }),
            !asked.isEmpty
        else { return nil }
        if options.contains("--print-value-only") { return nil }
        var pairs: [(key: String, value: String)] = []
        let json = options.contains { $0 == "-w=json" || $0 == "--write-out=json" } || words.contains("json") && options.contains { $0 == "-w" || $0 == "--write-out" }
        if json {
            guard let answers = ConsoleRecords.answers(text), let kvs = answers.lazy.compactMap({ ($0 as? [String: Any])?["kvs"] as? [Any] }).first else { return nil }
            for item in kvs.prefix(200) {
                guard let kv = item as? [String: Any], let key = (kv["key"] as? String).flatMap(base64) else { continue }
                pairs.append((key, (kv["value"] as? String).flatMap(base64) ?? ""))
            }
        } else {
            let prefix = options.contains("--prefix") || options.contains("--from-key")
            let start = prefix || !asked.contains("/") ? asked : String(asked[...(asked.lastIndex(of: "/") ?? asked.startIndex)])
            for line in head(text).dropFirst().prefix(20_000) {
                if line.hasPrefix("$ ") { break }
                if line.hasPrefix(start), line.utf8.count <= 512, !line.contains(" "), pairs.count < 200 {
                    pairs.append((line, ""))
                } else if !pairs.isEmpty {
                    pairs[pairs.count - 1].value += (pairs[pairs.count - 1].value.isEmpty ? "" : "\n") + line
                } else if !LineBytes.trimmed(line).isEmpty {
                    return nil
                }
            }
            if options.contains("--keys-only") { return (pairs.map(\.key), nil) }
        }
        guard let first = pairs.first else { return nil }
        let directory = first.key.lastIndex(of: "/").map { String(first.key[...$0]) } ?? ""
        var fields: [String: Any] = [:]
        for (key, value) in pairs where key.hasPrefix(directory) {
            let name = String(key.dropFirst(directory.count))
            guard !name.isEmpty, !name.contains("/"), fields[name] == nil else { continue }
            let trimmed = LineBytes.trimmed(value)
            if !trimmed.isEmpty { fields[name] = trimmed }
        }
        return (fields, article(fields, dates: dates))
    }

    private static func base64(_ text: String) -> String? {
        guard text.utf8.count <= 8 << 20, let data = Data(base64Encoded: text) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: Shared

    /// The text's first lines (`lines` at most, within 4 MiB), CRs before LFs dropped.
    private static func head(_ text: String, lines: Int = 20_000) -> [String] {
        text.utf8.prefix(4 << 20).split(separator: 0x0A, maxSplits: lines, omittingEmptySubsequences: false).prefix(lines).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
        }
    }
}
