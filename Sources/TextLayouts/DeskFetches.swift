import DateReading
import Foundation
import TextToolkit

/// What eight more tools print under the `$ ` command that asked for it, as a desk fetches a
/// clipping with them: a database client's vertical record print (ClickHouse's `FORMAT
/// Vertical`, `Row 1:` over aligned `column: value` lines; MySQL's `\G`, `*** 1. row ***` over
/// right-aligned ones), rdrview's metadata (`rdrview -M`: `Title:`, `Byline:`, `Excerpt:`) over the
/// page a next command printed (`rdrview -T … -H | html2text`), a Linkwarden link (its API's
/// `{"response": …}`: `name`, the readable `textContent`, its collection), an HTTP response as
/// HTTPie or `curl -i` prints it (status line, headers, then a JSON body), a file a listing or a
/// log named and a next command printed (`svn log` then `svn cat`, `rclone lsjson` then `rclone
/// cat`), a mail himalaya read (`himalaya message read`: a forward's forwarded block and what it
/// carries) and yt-dlp's video metadata (`--dump-json`: `title`, `description`, `uploader`,
/// `upload_date`).
///
/// Contract: `print(_:first:dates:)` reads the text when its first line runs one of these tools
/// (or a vertical record print or an HTTP response follows it) and returns its value with the
/// article's record, the record nil when the print holds no article (a record of a users table, a
/// Linkwarden link with no readable text, an API's error or an HTTP status of 300 or more, a log or a listing with no file printed
/// after it, a code file or a project's README printed, a mail forwarding none, a music video's or a short clip's
/// metadata), so the reader refuses it (`holdsNoArticle`); nil when the first line runs none of
/// them or the print is not theirs (an HTTP response whose body is no JSON). The article is read by
/// what each field means: the headline (a `headline` column, rdrview's `Title`, a link's `name`, a
/// stored file's first line under its masthead, a forwarded mail's subject, a video's `title`), the
/// writers (a `byline` array, rdrview's `Byline`, a video description's credit line; never a
/// mail's sender, a committer, a file's owner, an ingesting colleague), the publication (an
/// `outlet` column, the page's site name, a readable text's first line above the headline, a
/// stored file's masthead or the line under its headline, a newsletter's sender's name, a video's
/// `uploader`; never the tool nor a collection), never a tool's own moments (an `ingested_at`, a
/// link's `createdAt`, the HTTP `Date` and `Last-Modified`, a commit's day, a file's `ModTime`, a
/// forwarded mail's `Date`, a dump's `epoch`): the article's day is a field's
/// that names it (`published`, `published_at`, `upload_date`) or its text's; a `ᴺᵁᴸᴸ` or a null
/// states none. Bounded: 4 MiB, 2,000 lines of fields or headers. Pure.
enum DeskFetches {
    typealias Print = (value: Any, record: JSONRecords.Record?)

    static func print(_ text: String, first: String, dates: DateRecognizer) -> Print? {
        let words = DeskExports.commandWords(first)
        // OpenProject, isql-fb, Umbraco, listmonk, Grist, Etherpad (its `$ PAD=…` runs no tool), s-nail, Zammad (`DeskServices`).
        if let service = DeskServices.print(text, words: words, dates: dates) { return service }
        // Plone, Vikunja, PostgREST, Apple Notes, an olmOCR record, sqlite-utils, Liferay, Docspell (`DeskPlatforms`).
        if let platform = DeskPlatforms.print(text, words: words, dates: dates) { return platform }
        guard let tool = words.first else { return nil }
        // xsv, gron, recsel, cqlsh, DuckDB, WP-CLI, restic, a Discourse post (`DeskDumps`).
        if let dump = DeskDumps.print(text, words: words, dates: dates) { return dump }
        // sfeed, JMAP, cbq, the HBase shell, mdb-export, Drafts, etcdctl (`DeskStores`).
        if let store = DeskStores.print(text, words: words, dates: dates) { return store }
        // file and antiword, a synced folder, arangosh, SQL*Plus, Trilium's ETAPI, mu, a Threema chat (`DeskShells`).
        if let shell = DeskShells.print(text, words: words, dates: dates) { return shell }
        // unzip of a Word file's document (`DeskArchives`).
        if let archive = DeskArchives.print(text, words: words, dates: dates) { return archive }
        let arguments = Array(words.dropFirst())
        switch tool {
        case "rdrview":
            return rdrview(text, dates: dates)
        case "himalaya" where arguments.contains("read"):
            return himalaya(text)
        case "yt-dlp", "youtube-dl", "yt-dlp_linux":
            guard arguments.contains(where: { ["-j", "-J", "--dump-json", "--dump-single-json", "--print-json"].contains($0) }) else { return nil }
            return videoMetadata(text, dates: dates) ?? cutPrint(text)
        case "svn", "rclone":
            // A log or a listing, then the file it names printed: that file's article; without one there is none.
            guard isListing(tool, arguments) else { return nil }
            return (text, printedArticle(text, tool: tool).flatMap { fileRecord($0, dates: dates) })
        default:
            break
        }
        // The line under the command tells a vertical record, an HTTP response or a JSON answer apart (most prints are none).
        let opening = LineBytes.lines(String(decoding: text.utf8.prefix(512), as: UTF8.self)).dropFirst().first.map { LineBytes.trimmed($0) } ?? ""
        guard opening.hasPrefix("Row ") || opening.hasPrefix("***") || opening.hasPrefix("HTTP/") || opening.hasPrefix("{") || opening.hasPrefix("[")
        else { return nil }
        let lines = opening.hasPrefix("{") || opening.hasPrefix("[") ? [] : head(text)
        if let fields = verticalRecord(lines) {
            return (fields, FieldRecords.record(in: fields, rest: "", bareDate: true, isArticle: true, dates: dates))
        }
        if let response = httpResponse(lines, text: text) {
            // An error or a redirect (`HTTP/2 404` over `{"title": "Not found", …}`) holds no article whatever its fields say.
            guard let status = lines[1].split(separator: " ").dropFirst().first.flatMap({ Int($0) }), status < 300 else { return (response, nil) }
            // Only an article's record (a weather forecast's or a profile's fields are none).
            return (response, FieldRecords.record(in: response, rest: "", isArticle: true, dates: dates))
        }
        if let answers = ConsoleRecords.answers(text), let link = answers.lazy.compactMap(linkwardenLink).first {
            return (link, linkwarden(link))
        }
        // An HTTP answer's body cut by the bounds: not left to the text reader (its command, its `Date` header).
        return opening.hasPrefix("HTTP/") ? cutPrint(text) : nil
    }

    /// A print longer than these readers read (4 MiB, 20,000 lines: `head`) that none of them could read: refused as
    /// holding no article they can show, rather than left to the text reader (which titled a 739 KB HTTPie list by its
    /// command and dated it by the `Date` header, a 5.6 MB yt-dlp dump by its command). Nil for a shorter print (not theirs).
    private static func cutPrint(_ text: String) -> Print? {
        let long = text.utf8.count > 4 << 20 || text.utf8.lazy.filter({ $0 == 0x0A }).prefix(20_001).count > 20_000
        return long ? ([Any](), nil) : nil
    }

    /// Whether the text is a print of these tools holding no article (`print`'s record nil): nothing else may read it.
    static func holdsNoArticle(_ text: String, dates: DateRecognizer) -> Bool {
        guard LineBytes.leadingByte(text) == 0x24, let print = print(text, first: ConsoleRecords.firstLine(text), dates: dates) else { return false }
        return print.record == nil
    }

    /// The lines a command printed after a log or a listing naming its file (`svn log -v` then `svn cat`, `rclone
    /// lsjson` then `rclone cat`) when they hold prose; nil otherwise (no such print, a code file).
    private static func printedArticle(_ text: String, tool: String) -> [String]? {
        let lines = head(text)
        guard let command = lines.indices.dropFirst().first(where: { lines[$0].hasPrefix("$ ") }) else { return nil }
        let next = DeskExports.commandWords(lines[command])
        guard next.count >= 3, next[0] == tool || next[0] == "cat", next.contains("cat"), let file = next.last, !isCodeFile(file) else { return nil }
        // What that command printed, up to any later command.
        let printed = lines[(command + 1)...].prefix { !$0.hasPrefix("$ ") }
        guard holdsProse(printed) else { return nil }
        return Array(printed)
    }

    /// A stored clipping's head read as a desk writes it: a masthead in capitals over the headline (`LE MONDE`), the
    /// headline, and under it the publication and its day (`Le Monde, 3 mars 1987`, `Le Monde` alone), the byline and
    /// the day being the text's to tell. Nil when no headline opens it.
    static func fileRecord(_ printed: [String], dates: DateRecognizer) -> JSONRecords.Record? {
        let lines = printed.map { LineBytes.trimmed($0) }
        guard var start = lines.firstIndex(where: { !$0.isEmpty }) else { return nil }
        var source: String?
        let opening = lines[start]
        // A masthead stands apart, a blank line under it (a headline in capitals has its publication's line under it).
        if opening.contains(where: \.isLetter), !opening.contains(where: \.isLowercase), LineBytes.words(opening).count <= 8,
            !LayoutReader.endsLikeSentence(opening), start + 1 < lines.count, lines[start + 1].isEmpty,
            let next = lines[(start + 1)...].firstIndex(where: { !$0.isEmpty })
        {
            source = opening
            start = next
        }
        let title = lines[start]
        guard title.utf8.count <= 300 else { return nil }
        var record = JSONRecords.Record(title: title, rest: lines[start...].joined(separator: "\n"))
        // The line under the headline naming the publication (and its day), when it is no byline: read here, not as a
        // writer's name.
        if start + 1 < lines.count, case let line = lines[start + 1], !line.isEmpty, !line.contains(":"), Bylines.parse(line, dates: dates) == nil,
            let named = DeskAnswers.publicationLine(line, dates: dates),
            named.date != nil || LineBytes.words(line).count <= 5 && (start + 2 == lines.count || lines[start + 2].isEmpty || Bylines.parse(lines[start + 2], dates: dates) != nil)
        {
            source = source ?? named.name
            record.date = named.date
            record.rest = ([title] + lines[(start + 2)...]).joined(separator: "\n")
        }
        record.source = source
        return record
    }

    // MARK: Shared

    /// The text's first lines (20,000 at most, within 4 MiB), CRs before LFs dropped.
    private static func head(_ text: String) -> [String] {
        text.utf8.prefix(4 << 20).split(separator: 0x0A, maxSplits: 20_000, omittingEmptySubsequences: false).prefix(20_000).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
        }
    }

    /// `svn log`, `svn info`, `svn ls`, `rclone ls`, `rclone lsjson`, `rclone lsl`, `rclone lsf`: a command naming files.
    private static func isListing(_ tool: String, _ arguments: [String]) -> Bool {
        guard let verb = arguments.first(where: { !$0.hasPrefix("-") }) else { return false }
        return tool == "svn" ? ["log", "info", "ls", "list"].contains(verb) : verb.hasPrefix("ls")
    }

    /// A source file's name (`main.c`, `parser.py`, `Makefile`), a project document's (`README.txt`) or a table's
    /// (`export.csv`): no clipping.
    static func isCodeFile(_ path: String) -> Bool {
        let name = String(path.split(separator: "/").last ?? Substring(path)).lowercased()
        if ["makefile", "cmakelists.txt", "dockerfile", "package.json", "cargo.toml"].contains(name) { return true }
        // A project's own documents (`README.txt`, `LICENSE`, `CHANGELOG.md`) are no clipping.
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        if ["readme", "license", "licence", "copying", "changelog", "install", "contributing"].contains(stem) { return true }
        guard let dot = name.lastIndex(of: ".") else { return false }
        let ext = name[name.index(after: dot)...]
        return ["c", "h", "cc", "cpp", "hpp", "py", "rb", "js", "ts", "go", "rs", "java", "swift", "kt", "php", "pl", "sh", "sql",
                "yml", "yaml", "json", "xml", "toml", "ini", "cfg", "conf", "css", "lock", "diff", "patch", "csv", "tsv"].contains(String(ext))
    }

    /// Whether the lines hold prose: 60 words or more, or 30 with two lines of them ending like sentences or a paragraph
    /// of 20 words.
    static func holdsProse(_ lines: some Collection<String>) -> Bool {
        var words = 0
        var sentences = 0
        var paragraph = false
        for line in lines.prefix(2_000) {
            let trimmed = LineBytes.trimmed(line)
            guard !trimmed.isEmpty else { continue }
            let count = LineBytes.words(trimmed).count
            words += count
            if LayoutReader.endsLikeSentence(trimmed) { sentences += 1 }
            if count >= 20 { paragraph = true }
            if words >= 60 || words >= 30 && (sentences >= 2 || paragraph) { return true }
        }
        return false
    }

    private static func string(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        let trimmed = LineBytes.trimmed(text)
        return trimmed.isEmpty ? nil : trimmed
    }

    // MARK: A vertical record print

    /// The first record a vertical print holds under the command (ClickHouse's `Row 1:` and its rule, then `column:`
    /// lines whose values start at one column; MySQL's `*** 1. row ***`, then `column:` lines right-aligned on their
    /// colons), its values as the tool printed them (a line that is no column's continuing the value above it: a text's
    /// paragraphs), `ᴺᵁᴸᴸ` and `NULL` left out, an array of quoted strings (`['A','B']`) a list. Nil for any other print.
    static func verticalRecord(_ lines: [String]) -> [String: Any]? {
        guard lines.count > 3 else { return nil }
        let opening = LineBytes.trimmed(lines[1])
        var start: Int
        if opening.hasPrefix("Row "), opening.hasSuffix(":"), Int(opening.dropFirst(4).dropLast()) != nil,
            lines[2].allSatisfy({ $0 == "─" || $0 == "-" }), !lines[2].isEmpty
        {
            start = 3
        } else if opening.hasPrefix("***"), opening.hasSuffix("***"), opening.contains(". row ") {
            start = 2
        } else {
            return nil
        }
        // The first column's line fixes where values start (left-aligned names) or where colons stand (right-aligned).
        guard let firstField = column(lines[start]) else { return nil }
        let rightAligned = lines[start].first == " "
        var fields: [(key: String, value: String)] = []
        for line in lines[start...].prefix(2_000) {
            if line.hasPrefix("$ ") { break }
            if let field = column(line),
                rightAligned
                    ? field.colon == firstField.colon
                    : field.valueStart == firstField.valueStart || field.value.isEmpty && line.count >= firstField.valueStart - 1
            {
                fields.append((field.key, field.value))
                continue
            }
            // A next record (`Row 2:`, `*** 2. row ***`) ends the first.
            let trimmed = LineBytes.trimmed(line)
            if trimmed.hasPrefix("Row ") && trimmed.hasSuffix(":") || trimmed.hasPrefix("***") && trimmed.contains(". row ") { break }
            guard !fields.isEmpty else { return nil }
            fields[fields.count - 1].value += "\n" + line
        }
        guard fields.count >= 2 else { return nil }
        var record: [String: Any] = [:]
        for (key, value) in fields where record[key] == nil {
            let trimmed = LineBytes.trimmed(value)
            if trimmed == "ᴺᵁᴸᴸ" || trimmed == "NULL" || trimmed == "\\N" { continue }
            record[key] = quotedList(trimmed) ?? trimmed
        }
        return record
    }

    /// A `name: value` line of a vertical print: the name (letters, digits, `_`, `.`), the colon's and the value's
    /// character offsets; nil for any other line.
    private static func column(_ line: String) -> (key: String, value: String, colon: Int, valueStart: Int)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let name = line[..<colon]
        let key = name.drop { $0 == " " }
        guard !key.isEmpty, key.utf8.count <= 64, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }),
            key.first?.isNumber == false
        else { return nil }
        let after = line[line.index(after: colon)...]
        guard after.isEmpty || after.first == " " else { return nil }
        let value = after.drop { $0 == " " }
        return (String(key), String(value), line.distance(from: line.startIndex, to: colon),
                line.distance(from: line.startIndex, to: value.startIndex))
    }

    /// `['A','B']`, `["A", "B"]`, `[]`: the quoted strings (backslash escapes undone); nil for any other value.
    private static func quotedList(_ value: String) -> [String]? {
        guard value.hasPrefix("["), value.hasSuffix("]"), value.utf8.count <= 4_096 else { return nil }
        var items: [String] = []
        var inner = value.dropFirst().dropLast().drop { $0 == " " }
        while let quote = inner.first {
            guard quote == "'" || quote == "\"" else { return nil }
            var item = ""
            var index = inner.index(after: inner.startIndex)
            var closed = false
            while index < inner.endIndex {
                let character = inner[index]
                if character == "\\", inner.index(after: index) < inner.endIndex {
                    index = inner.index(after: index)
                    item.append(inner[index])
                } else if character == quote {
                    closed = true
                    break
                } else {
                    item.append(character)
                }
                index = inner.index(after: index)
            }
            guard closed else { return nil }
            items.append(item)
            inner = inner[inner.index(after: index)...].drop { $0 == " " }
            if inner.first == "," { inner = inner.dropFirst().drop { $0 == " " } } else if !inner.isEmpty { return nil }
        }
        return items
    }

    // MARK: An HTTP response

    /// The JSON body of an HTTP response printed under its command (`http GET …`, `curl -i …`: `HTTP/1.1 200 OK`, the
    /// headers, a blank line, the body); nil when the print is no response or its body no JSON.
    private static func httpResponse(_ lines: [String], text: String) -> Any? {
        guard lines.count > 3, lines[1].hasPrefix("HTTP/"), lines[1].split(separator: " ").dropFirst().first.map({ Int($0) != nil }) == true,
            let blank = lines.indices.dropFirst(2).prefix(200).first(where: { LineBytes.trimmed(lines[$0]).isEmpty })
        else { return nil }
        // Every header a `Name: value` line.
        guard lines[2..<blank].allSatisfy({ line in line.firstIndex(of: ":").map { !line[..<$0].contains(" ") } ?? false }) else { return nil }
        let body = lines[(blank + 1)...].prefix(200_000).joined(separator: "\n")
        let bytes = Array(body.utf8)
        guard let start = bytes.firstIndex(where: { !LineBytes.isASCIIWhitespace($0) }), bytes[start] == 0x7B || bytes[start] == 0x5B,
            let end = JSONRecords.valueEnd(bytes, from: start)
        else { return nil }
        return JSONMending.value(bytes[start..<end])
    }

    // MARK: Linkwarden

    /// A Linkwarden link (the API's `response`, or a list's first): its `name`, `url` and collection or readable text keys.
    private static func linkwardenLink(_ answer: Any) -> [String: Any]? {
        var link = answer as? [String: Any]
        if let response = link?["response"] { link = (response as? [String: Any]) ?? ((response as? [Any])?.first as? [String: Any]) }
        guard let link, link["name"] is String, link["url"] != nil, link.keys.contains("textContent"),
            link["collectionId"] != nil || link["collection"] != nil || link.keys.contains("readable")
        else { return nil }
        return link
    }

    /// The link's `name` the headline over its readable `textContent`, the line above the headline there (the site's
    /// name) its publication; a link with no readable text of 30 words (a video's, a shop's, a file's) holds no article.
    /// Linkwarden's moments are the saving's, its collection the desk's.
    private static func linkwarden(_ link: [String: Any]) -> JSONRecords.Record? {
        guard let name = string(link["name"]), let content = link["textContent"] as? String else { return nil }
        let lines = LineBytes.lines(String(content.utf8.prefix(1 << 20)) ?? content).map { LineBytes.trimmed($0) }
        guard holdsProse(lines) else { return nil }
        var record = JSONRecords.Record(title: name, rest: lines.joined(separator: "\n"))
        record.isPageTitle = true
        let filled = lines.filter { !$0.isEmpty }
        if filled.count > 2, filled[1] == name, filled[0] != name, LineBytes.words(filled[0]).count <= 8,
            !LayoutReader.endsLikeSentence(filled[0]), !filled[0].hasSuffix(":")
        {
            record.source = filled[0]
        }
        return record
    }

    // MARK: rdrview

    /// `rdrview -M`'s fields (`Title:`, `Byline:`, `Excerpt:`) over the page a next command printed (`rdrview -T
    /// sitename,title,… -H | html2text`: the site's name, html2text's `****** Headline ******`, the byline, the text):
    /// the title and writers the fields name, the site's name the publication, the print the text. Nil when the
    /// fields name no title; no article when no page follows them (an excerpt is none).
    private static func rdrview(_ text: String, dates: DateRecognizer) -> Print? {
        let lines = head(text)
        var fields: [String: String] = [:]
        var index = 1
        while index < lines.count, fields.count < 20, !lines[index].hasPrefix("$ ") {
            let line = lines[index]
            if let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= 20,
                line[..<colon].first?.isUppercase == true
            {
                fields[LineBytes.trimmed(String(line[..<colon])).lowercased()] = LineBytes.trimmed(String(line[line.index(after: colon)...]))
            } else if let last = fields.keys.first(where: { $0 == "excerpt" }) {
                // An excerpt's further lines.
                fields[last, default: ""] += " " + LineBytes.trimmed(line)
            }
            index += 1
        }
        guard let title = fields["title"], !title.isEmpty else { return nil }
        guard index < lines.count else { return (fields, nil) }
        let command = lines[index]
        let printed = lines[(index + 1)...].prefix { !$0.hasPrefix("$ ") }.map { line -> String in
            // html2text's heading marks (`****** Headline ******`, `**** Section ****`).
            let trimmed = LineBytes.trimmed(line)
            guard trimmed.hasPrefix("**"), trimmed.hasSuffix("**"), trimmed.utf8.count > 4 else { return line }
            return LineBytes.trimmed(String(trimmed.drop { $0 == "*" }.reversed().drop { $0 == "*" }.reversed()))
        }
        guard holdsProse(printed) else { return (fields, nil) }
        var record = JSONRecords.Record(title: title, rest: printed.joined(separator: "\n"))
        if let byline = fields["byline"], !byline.isEmpty {
            record.authors = Bylines.parse(byline, dates: dates)?.authors ?? Bylines.names(byline) ?? []
        }
        // `-T sitename,…`: the print's first line is the site's name, when it is not the headline.
        if LineBytes.contains(command, bytes: "sitename"), let site = printed.lazy.map({ LineBytes.trimmed($0) }).first(where: { !$0.isEmpty }),
            site != title, LineBytes.words(site).count <= 8, !LayoutReader.endsLikeSentence(site)
        {
            record.source = site
            if let at = record.rest.range(of: site) { record.rest.removeSubrange(at) }
        } else if let site = fields["site name"] ?? fields["sitename"], !site.isEmpty {
            record.source = site
        }
        return (fields, record)
    }

    // MARK: himalaya

    private static let forwardMarks = ["Forwarded message", "Original Message", "Begin forwarded message", "Message transféré",
                                       "Weitergeleitete Nachricht", "Mensaje reenviado", "Messaggio inoltrato", "Mensagem encaminhada"]
    /// The mailers' forward and reply prefixes (lowercased), one list for every reader of a mail's subject (`R: I:
    /// Headline`, `SV:`, `RES:`).
    static let forwardPrefixes = ["fwd:", "fw:", "tr :", "tr:", "rv:", "wg:", "i:", "enc:", "fwd :", "re:", "aw:", "sv:", "res:", "r:"]

    /// A mail `himalaya message read` printed (its headers, then the body): the article a forward carries, under the
    /// forwarded block (`---------- Forwarded message ---------`, the newsletter's `From`, `Date`, `Subject`); its subject
    /// the headline, its sender's name the publication when it names no person. The forwarding colleague and both
    /// mails' days are none of the article's. No article when the mail forwards none, or what it forwards is a few
    /// lines; a mail forwarding nothing holds the article only when it pastes it under its subject (`pastedArticle`).
    private static func himalaya(_ text: String) -> Print? {
        let lines = head(text)
        var headers: [String: String] = [:]
        var index = 1
        while index < lines.count, let colon = lines[index].firstIndex(of: ":"), !lines[index][..<colon].contains(" ") {
            headers[lines[index][..<colon].lowercased()] = LineBytes.trimmed(String(lines[index][lines[index].index(after: colon)...]))
            index += 1
        }
        guard headers["from"] != nil || headers["subject"] != nil else { return nil }
        guard let mark = lines.indices.dropFirst(index).prefix(2_000).first(where: { at in
            LineBytes.trimmed(lines[at]).utf8.count <= 80 && forwardMarks.contains(where: { lines[at].contains($0) })
        })
        else { return (headers, pastedArticle(lines[index...], subject: headers["subject"] ?? "")) }
        var forwarded: [String: String] = [:]
        var body = mark + 1
        while body < lines.count, let colon = lines[body].firstIndex(of: ":"), !lines[body][..<colon].contains(" "), forwarded.count < 20 {
            forwarded[lines[body][..<colon].lowercased()] = LineBytes.trimmed(String(lines[body][lines[body].index(after: colon)...]))
            body += 1
        }
        let rest = lines[body...].prefix { !$0.hasPrefix("$ ") }
        guard holdsProse(rest) else { return (headers, nil) }
        var subject = forwarded["subject"] ?? forwarded["objet"] ?? forwarded["betreff"] ?? forwarded["asunto"] ?? forwarded["oggetto"]
            ?? forwarded["assunto"] ?? ""
        if subject.isEmpty, let outer = headers["subject"] { subject = withoutPrefixes(outer) }
        guard !subject.isEmpty else { return (headers, nil) }
        var record = JSONRecords.Record(title: subject, rest: rest.joined(separator: "\n"))
        // `Le Monde <newsletter@lemonde.fr>`: a newsletter's sender names its publication.
        if let from = forwarded["from"] ?? forwarded["de"] ?? forwarded["von"], let open = from.firstIndex(of: "<") {
            let name = LineBytes.trimmed(String(from[..<open])).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            let local = from[from.index(after: open)...].prefix { $0 != "@" }.lowercased()
            let isList = ["newsletter", "newsletters", "news", "noreply", "no-reply", "info", "editors", "redaktion", "redaction", "briefing"]
                .contains { local.hasPrefix($0) }
            if !name.isEmpty, LineBytes.words(name).count <= 6, isList || !Bylines.isPersonLike(name) { record.source = name }
        }
        return (headers, record)
    }

    /// A mail's subject without its forward or reply prefixes (`Fwd: `, `Tr : `, `Rv: `). Linear: only the subject's first
    /// six characters are folded for each prefix dropped, and the rest is copied once (a subject of a million `Re: ` took
    /// minutes when the whole was folded and copied per prefix).
    static func withoutPrefixes(_ subject: String) -> String {
        var outer = Substring(subject)
        while let prefix = forwardPrefixes.first(where: { outer.prefix(6).lowercased().hasPrefix($0) }) {
            outer = outer.dropFirst(prefix.count).drop { $0 == " " || $0 == "\t" }
        }
        return LineBytes.trimmed(outer)
    }

    /// A mail that forwards nothing but pastes the article under its subject (the headline a line of the body, the text
    /// under it): that article; nil for any other mail.
    private static func pastedArticle(_ body: ArraySlice<String>, subject: String) -> JSONRecords.Record? {
        let title = withoutPrefixes(subject)
        guard !title.isEmpty, let at = body.prefix(200).firstIndex(where: { LineBytes.trimmed($0) == title }) else { return nil }
        let rest = body[at...].prefix { !$0.hasPrefix("$ ") }
        guard holdsProse(rest.dropFirst()) else { return nil }
        return JSONRecords.Record(title: title, rest: rest.joined(separator: "\n"))
    }

    // MARK: yt-dlp

    /// yt-dlp's metadata of a video (`--dump-json`): `title` the headline, `description` the text with the writers'
    /// credit on its first line (`Report: A and B`, `Ein Beitrag von A`), `uploader` (or `channel`) the publication,
    /// `upload_date` (`YYYYMMDD`, else `release_date`, else `timestamp`) the day; never `epoch`, the dump's. A music
    /// video's (`track`, `artist`, `Music` among its categories) or a clip's described in a few lines holds no article.
    private static func videoMetadata(_ text: String, dates: DateRecognizer) -> Print? {
        guard let answers = ConsoleRecords.answers(text),
            let video = answers.lazy.compactMap({ $0 as? [String: Any] }).first(where: { $0["title"] is String && ($0["extractor"] != nil || $0["webpage_url"] != nil || $0["_type"] != nil) })
        else { return nil }
        let categories = (video["categories"] as? [Any] ?? []).compactMap { $0 as? String }
        guard let title = string(video["title"]), let description = video["description"] as? String,
            // youtube-dl writes a field it lacks as null: a video with neither a track's nor an artist's name is no song.
            !(video["track"] is String), !(video["artist"] is String), !categories.contains("Music")
        else { return (video, nil) }
        var lines = LineBytes.lines(String(description.utf8.prefix(1 << 20)) ?? description).map { LineBytes.trimmed($0) }
        guard holdsProse(lines) else { return (video, nil) }
        var authors: [String] = []
        if let first = lines.firstIndex(where: { !$0.isEmpty }), let names = credit(lines[first], dates: dates) {
            authors = names
            lines.remove(at: first)
        }
        var record = JSONRecords.Record(title: title, rest: ([title, ""] + lines).joined(separator: "\n"))
        record.authors = authors
        record.source = string(video["uploader"]) ?? string(video["channel"]) ?? string(video["creator"])
        if let day = string(video["upload_date"]) ?? string(video["release_date"]), day.utf8.count == 8, let number = Int(day) {
            record.date = CalendarDate(year: number / 10_000, month: number / 100 % 100, day: number % 100)
        } else if let seconds = seconds(video["timestamp"]) ?? seconds(video["release_timestamp"]) {
            let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date(timeIntervalSince1970: seconds))
            record.date = CalendarDate(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
        }
        return (video, record)
    }

    /// A whole number of seconds since 1970 (an `Int`, a `Double`, a numeric string).
    private static func seconds(_ value: Any?) -> Double? {
        if let whole = value as? Int { return Double(whole) }
        if let real = value as? Double { return real }
        if let text = value as? String { return Double(text) }
        return nil
    }

    /// A credit line's writers: a byline (`Von A`, `Par A et B`) or a label and a colon over names (`Report: A and B`,
    /// `Reportage : A`), the label three words at most; nil for any other line.
    private static func credit(_ line: String, dates: DateRecognizer) -> [String]? {
        guard line.utf8.count <= 200, !LayoutReader.endsLikeSentence(line) || line.hasSuffix(".") && LineBytes.words(line).count <= 8 else { return nil }
        if let parsed = Bylines.parse(line, dates: dates), !parsed.authors.isEmpty { return parsed.authors }
        func persons(_ part: Substring) -> [String]? {
            guard let names = Bylines.names(LineBytes.trimmed(String(part))), !names.isEmpty, names.allSatisfy(Bylines.isPersonLike) else { return nil }
            return names
        }
        func isLabel(_ part: Substring) -> Bool { LineBytes.words(String(part)).count <= 3 && !part.contains(where: \.isNumber) }
        if let colon = line.firstIndex(of: ":"), isLabel(line[..<colon]), let names = persons(line[line.index(after: colon)...]) { return names }
        // `Ein Beitrag von A`, `Servizio di A`: a label's last word a preposition before the names.
        for word in [" von ", " di ", " de ", " by ", " por ", " par "] {
            guard let range = line.range(of: word), isLabel(line[..<range.lowerBound]) else { continue }
            if let names = persons(line[range.upperBound...]) { return names }
        }
        return nil
    }
}
