import DateReading
import Foundation
import TextToolkit

/// What seven more tools print in a desk's terminal, as it receives a clipping kept with them: a
/// Word file `file` describes (its Composite Document File summary: the document's `Title`, its
/// `Author`, its times) and a converter prints (`antiword`, `catdoc`), a file of a synced folder
/// a listing names and `cat` prints (a Syncthing `.sync-conflict-YYYYMMDD-HHMMSS-DEVICE` copy, a
/// `diff -u` of the two copies after it), a document arangosh prints
/// (`db.clips.document("N")`: `"key" : value, ` lines), SQL*Plus's CSV markup (`SET MARKUP CSV ON`:
/// a header of column names and the rows, Oracle's dates as `DD-MON-RR`), a Trilium note over ETAPI
/// (`GET /etapi/notes/ID`'s JSON, then `/content`'s HTML), a mail `mu view` prints (its headers, then
/// the body) and a chat Threema exported (`messages-NAME.txt`: each message opening with `<<<` or
/// `>>>`, its moment and `: `).
///
/// Contract: `print(_:words:dates:)` reads the text when its first line is the `$ ` command that
/// printed one of these (`file`, `ls`, `arangosh`, `cat` of a chat export or of a SQL*Plus script
/// run next, `sqlplus`, `curl` of ETAPI, `mu view`) and returns what was printed with the
/// article's record, the record nil when the print holds no article (a document with no prose nor
/// a short article under a publication's line, a collection's other document, a query finding no
/// row or a row of another table, a note with no content printed or none in it, a chat none of
/// whose messages pastes one), so the reader
/// refuses it (`DeskFetches.holdsNoArticle`, `LayoutReader.isConsolePrintWithoutArticle`); nil
/// when the text is no such print (a `file` with no converter after it, a listing with no prose
/// file printed, a mail whose body does not paste the subject's article), which is read as
/// before. The article is read by what each field means (`RecordKeys` through `FieldRecords`:
/// `headline`, `authors`, `published`, `outlet`, `text`, in the desk's languages), a pasted article
/// by its head (`DeskFetches.fileRecord`: the headline, the publication and day under it, the
/// byline the text's); never a tool's or a colleague's own (a document's `Title`, `Author`, `Last
/// Saved By` and times, a file's moments, a conflict copy's device and a colleague's note the
/// other copy lacks, `savedAt`, `savedBy`, an entry TIMESTAMP and its colleague, a note's
/// `dateCreated` and labels, a mail's `Date` and sender, a chat's moments and correspondent): the
/// day is a field's naming the publication or the line under the headline, none when it is empty
/// or null. A Trilium title's ` | Publication` ending is the page's, not the headline's. Bounded: 4
/// MiB, 20,000 lines, 200 lines of headers or changed lines, 2,000 messages, 500 columns, an arangosh document of
/// 2,000 fields (nested ones counted) and 10,000 fields over all its documents, a Trilium note id of 64 bytes. Pure.
enum DeskShells {
    static func print(_ text: String, words: [String], dates: DateRecognizer) -> DeskFetches.Print? {
        guard let tool = words.first else { return nil }
        switch tool {
        case "file":
            return wordDocument(text, dates: dates)
        case "ls":
            return syncedCopy(text, dates: dates)
        case "arangosh":
            return arangoDocument(text, dates: dates)
        case "cat":
            // A chat export's first message under the command, or a script SQL*Plus runs next.
            let second = head(text, lines: 2).dropFirst().first ?? ""
            if second.hasPrefix("<<< ") || second.hasPrefix(">>> ") { return chatExport(text, dates: dates) }
            guard LineBytes.contains(text, bytes: "\n$ sqlplus") else { return nil }
            return sqlPlus(text, dates: dates)
        case "sqlplus":
            return sqlPlus(text, dates: dates)
        case "curl", "http", "https", "xh", "wget":
            guard words.contains(where: { $0.contains("/etapi/notes/") }) else { return nil }
            return etapiNote(text, dates: dates)
        case "mu" where words.dropFirst().first == "view":
            return muView(text, dates: dates)
        default:
            return nil
        }
    }

    // MARK: file and antiword

    /// Converters printing a word processor's document as text.
    private static let converters: Set<String> = ["antiword", "catdoc", "docx2txt", "docx2txt.pl", "odt2txt", "catdocx", "wvText"]

    /// `file DOC` (its one line: `DOC: Composite Document File V2 Document, …, Title: …, Author: …`), then a converter's
    /// print of the document (`antiword DOC`): the print's article, read as a stored clipping's head (the headline, the
    /// publication and day under it: `pasted`); the summary's title, authors and times are the document's. No article
    /// when the print pastes none (a form, a list); nil when no converter's print follows `file`'s line.
    private static func wordDocument(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        let lines = head(text)
        guard lines.count >= 3, let command = lines.indices.dropFirst().prefix(50).first(where: { lines[$0].hasPrefix("$ ") }),
            command >= 2, lines[1].contains(": "), case let words = DeskExports.commandWords(lines[command]),
            let converter = words.first, converters.contains(converter)
        else { return nil }
        let printed = Array(lines[(command + 1)...].prefix { !$0.hasPrefix("$ ") }.drop { LineBytes.trimmed($0).isEmpty || isPictureMark($0) })
        return (text, pasted(printed, dates: dates))
    }

    /// antiword's mark of a picture (`[pic]`) opening a document.
    private static func isPictureMark(_ line: String) -> Bool {
        LineBytes.trimmed(line) == "[pic]"
    }

    // MARK: A synced folder

    /// `ls -l` of a synced folder, then `cat` of a file it lists (a Syncthing conflict copy, a note in Markdown) and
    /// perhaps `diff -u` of two copies: the printed file's article, its `# ` heading the headline, the publication and
    /// day under it (`Le Monde — 3 mars 1987`), the lines one copy holds and the other lacks (a colleague's note, as
    /// the diff's `-` and `+` lines show) none of the article's. Nil when no file, a code file or no prose is printed.
    private static func syncedCopy(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        let lines = head(text)
        guard let command = lines.indices.dropFirst().prefix(2_000).first(where: { lines[$0].hasPrefix("$ ") }),
            case let words = DeskExports.commandWords(lines[command]), words.first == "cat", words.count >= 2,
            let file = words.last, !DeskFetches.isCodeFile(file)
        else { return nil }
        let printed = lines[(command + 1)...].prefix { !$0.hasPrefix("$ ") }
        guard LineBytes.words(printed.prefix(200).joined(separator: " ")).count >= 25 else { return nil }
        // The diff's changed lines (its `---`/`+++` heads aside), 200 at most.
        var changed = Set<String>()
        let after = printed.endIndex
        if after < lines.count, DeskExports.commandWords(lines[after]).first == "diff" {
            for line in lines[(after + 1)...].prefix(20_000) {
                if line.hasPrefix("$ ") || changed.count >= 200 { break }
                if line.hasPrefix("+++ ") || line.hasPrefix("--- ") { continue }
                if line.hasPrefix("+") || line.hasPrefix("-") {
                    let own = LineBytes.trimmed(String(line.dropFirst()))
                    if !own.isEmpty { changed.insert(own) }
                }
            }
        }
        // The heading, then the lines under it (the blank ones between them dropped: the publication's line under it).
        var own: [String] = []
        for line in printed {
            let trimmed = LineBytes.trimmed(line)
            if own.isEmpty {
                if !trimmed.isEmpty { own.append(markdownHeading(trimmed)) }
                continue
            }
            if own.count == 1, trimmed.isEmpty { continue }
            if !changed.isEmpty, changed.contains(trimmed) { continue }
            own.append(line)
        }
        guard let record = pasted(withPublicationDash(own), dates: dates) else { return nil }
        return (text, record)
    }

    /// A Markdown heading's text (`# Headline`, `## Headline`); any other line as it is.
    private static func markdownHeading(_ line: String) -> String {
        let marks = line.prefix { $0 == "#" }.count
        guard (1...3).contains(marks), line.dropFirst(marks).first == " " else { return line }
        return LineBytes.trimmed(String(line.dropFirst(marks + 1)))
    }

    /// The lines with the one under the headline, when it joins a publication and a day with a dash (`Le Monde — 3 mars
    /// 1987`), joined by ` · ` instead, as `DeskAnswers.publicationLine` reads it.
    static func withPublicationDash(_ lines: [String]) -> [String] {
        guard let first = lines.firstIndex(where: { !LineBytes.trimmed($0).isEmpty }), first + 1 < lines.count else { return lines }
        let line = lines[first + 1]
        guard line.utf8.count <= 200, let dash = line.range(of: " — ") ?? line.range(of: " – "), !line.contains(" · ") else { return lines }
        var out = lines
        out[first + 1] = line.replacingCharacters(in: dash, with: " · ")
        return out
    }

    // MARK: arangosh

    /// arangosh's document under its prompt (`host:8529@db> db.clips.document("N")`, then the document as arangosh
    /// prints it: `{ `, `"key" : value, ` lines, `}`; a list of them for a query's `toArray()`), the first holding an
    /// article read by its fields (`headline`, `authors`, `published`, `outlet`, `text`); `savedAt`, `savedBy` and the
    /// `_key`, `_id`, `_rev` are the store's. No article when the document is another's (a user, a job); nil when no
    /// prompt or no document is printed.
    private static func arangoDocument(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        let bytes = Array(text.utf8.prefix(4 << 20))
        var lineStart = 0
        var sawPrompt = false
        var lines = 0
        while lineStart < bytes.count, lines < 2_000 {
            let end = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[lineStart..<end]
            if sawPrompt, line.first == 0x7B || line.first == 0x5B {
                guard let close = JSONRecords.valueEnd(bytes, from: lineStart), let value = JSONMending.value(bytes[lineStart..<close]) else { return nil }
                let documents = (value as? [Any] ?? [value]).prefix(200).compactMap { $0 as? [String: Any] }
                guard !documents.isEmpty else { return nil }
                // Documents of 2,000 fields at most (nested ones counted) are read, 10,000 fields over all of them.
                return (value, FieldRecords.boundedDocuments(documents).lazy.compactMap { article($0, dates: dates) }.first)
            }
            if !sawPrompt, isArangoPrompt(line) { sawPrompt = true }
            lineStart = end + 1
            lines += 1
        }
        return nil
    }

    /// arangosh's prompt opening a line (`arango.desk.example.org:8529@revue> `, `127.0.0.1:8529@_system> `): an
    /// endpoint and a database without spaces before `> `.
    private static func isArangoPrompt(_ line: ArraySlice<UInt8>) -> Bool {
        guard let mark = line.prefix(200).firstIndex(of: 0x3E), mark + 1 < line.endIndex, line[mark + 1] == 0x20 else { return false }
        let prompt = line[line.startIndex..<mark]
        guard let at = prompt.firstIndex(of: 0x40), prompt[..<at].contains(0x3A) else { return false }
        return !prompt.contains(0x20) && at + 1 < mark
    }

    /// The fields' article (`FieldRecords`, the fields themselves the article's): a headline over a text of 20 words at
    /// least; nil otherwise (a users document, a job's row).
    private static func article(_ fields: [String: Any], dates: DateRecognizer) -> JSONRecords.Record? {
        guard fields.count >= 2, let record = FieldRecords.record(in: fields, rest: "", bareDate: true, isArticle: true, dates: dates),
            !LineBytes.trimmed(record.title).isEmpty, LineBytes.words(record.rest).count >= 20
        else { return nil }
        return record
    }

    // MARK: SQL*Plus

    /// SQL*Plus run with CSV markup (`SET MARKUP CSV ON` in the script `cat` printed before, or `-M "CSV ON"`): the
    /// header row of column names and the first row under `sqlplus …`, read as the article's fields, a publication
    /// column's Oracle day (`03-MAR-87`, `03-MAR-1987`; years `RR` 50 to 99 the 1900s) its day, an empty one none. An
    /// entry TIMESTAMP and its colleague are the archive's. No article when no row is printed (`no rows selected`) or the
    /// row is no article's; nil without CSV markup or a header.
    private static func sqlPlus(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        let lines = head(text)
        guard let command = lines.indices.prefix(2_000).first(where: { DeskExports.commandWords(lines[$0]).first == "sqlplus" }) else { return nil }
        let script = lines[..<command].suffix(200)
        let folded = (script + [lines[command]]).map { $0.uppercased() }
        guard let markup = folded.first(where: { $0.contains("MARKUP CSV ON") || $0.contains("-M \"CSV ON") || $0.contains("-M 'CSV ON") }) else { return nil }
        var quote: Character = "\""
        if markup.contains("QUOTE OFF") { quote = "\u{0}" }
        var delimiter: Character = ","
        if let range = markup.range(of: "DELIMITER "), let mark = markup[range.upperBound...].first(where: { $0 != "'" && $0 != "\"" && $0 != " " }) {
            delimiter = mark
        }
        var rest = Substring(lines[(command + 1)...].drop { LineBytes.trimmed($0).isEmpty }.joined(separator: "\n"))
        let (header, afterHeader) = DelimitedExport.record(rest, delimiter: delimiter, quote: quote, maxFields: 500)
        rest = afterHeader
        guard header.count >= 2, header.allSatisfy({ !$0.isEmpty && $0.utf8.count <= 128 && !$0.contains("\n") }) else { return nil }
        while rest.first == "\n" || rest.first == "\r" { rest = rest.dropFirst() }
        guard !rest.isEmpty, !rest.hasPrefix("no rows selected") else { return (header, nil) }
        let (row, _) = DelimitedExport.record(rest, delimiter: delimiter, quote: quote, maxFields: 500)
        var fields: [String: Any] = [:]
        for (name, value) in zip(header, row) where fields[name] == nil {
            var value = LineBytes.trimmed(value)
            guard !value.isEmpty else { continue }
            if let field = RecordKeys.field(name), field == .date || field == .bareDate, let day = oracleDay(value) { value = day.iso }
            fields[name] = value
        }
        return (fields, article(fields, dates: dates))
    }

    private static let oracleMonths = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

    /// Oracle's default DATE print (`DD-MON-RR`: `03-MAR-87`, a year under 50 the 2000s), or with four digits
    /// (`03-MAR-1987`), a time perhaps after it; nil for any other value.
    static func oracleDay(_ value: String) -> CalendarDate? {
        let parts = value.prefix(40).split(separator: " ").first?.split(separator: "-", omittingEmptySubsequences: false) ?? []
        guard parts.count == 3, let day = Int(parts[0]), (1...31).contains(day), parts[0].count <= 2,
            let month = oracleMonths.firstIndex(of: parts[1].uppercased()), parts[2].allSatisfy({ $0.isASCII && $0.isNumber }),
            parts[2].count == 2 || parts[2].count == 4, let year = Int(parts[2])
        else { return nil }
        return CalendarDate(year: parts[2].count == 4 ? year : year < 50 ? 2000 + year : 1900 + year, month: month + 1, day: day)
    }

    // MARK: Trilium

    /// A Trilium note over ETAPI (`GET /etapi/notes/ID`: `noteId`, `title`, `type`, `mime`, `dateCreated`, its
    /// attributes), then its content (`GET /etapi/notes/ID/content`: HTML) under a next command: the content's
    /// paragraphs under the note's title, the publication and day the line under it (`Le Monde · 3 mars 1987`), the
    /// title's ending naming that publication (`Headline | Le Monde`) dropped. The note's days and labels (`clipType`,
    /// `pageUrl`) are the clipper's. No article when the note's content is not printed or holds no prose; nil when the
    /// command's answer is no note.
    private static func etapiNote(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        let bytes = Array(text.utf8.prefix(4 << 20))
        guard let firstEnd = bytes.firstIndex(of: 0x0A), firstEnd + 1 < bytes.count, bytes[firstEnd + 1] == 0x7B,
            let close = JSONRecords.valueEnd(bytes, from: firstEnd + 1),
            let note = JSONMending.value(bytes[(firstEnd + 1)..<close]) as? [String: Any],
            // Trilium's ids are 12 characters: a longer one is searched for in every command line below (quadratic).
            let noteId = note["noteId"] as? String, noteId.utf8.count <= 64, let title = (note["title"] as? String).map({ LineBytes.trimmed($0) }),
            note["type"] is String, note["dateCreated"] != nil || note["utcDateCreated"] != nil
        else { return nil }
        guard !title.isEmpty, note["type"] as? String == "text" else { return (note, nil) }
        // The content under the next command asking for it.
        let after = LineBytes.lines(String(decoding: bytes[close...], as: UTF8.self)).prefix(20_000).map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        guard let command = after.firstIndex(where: { $0.hasPrefix("$ ") && $0.contains("/etapi/notes/" + noteId + "/content") }) else { return (note, nil) }
        let html = after[(command + 1)...].prefix { !$0.hasPrefix("$ ") }.joined(separator: "\n")
        let content = XMLRecords.holdsMarkup(html) ? XMLRecords.paragraphs(fromMarkup: html) : LineBytes.trimmed(html)
        // One line a paragraph, no blank line under the first (the publication's line under the headline).
        var paragraphs = LineBytes.lines(content).map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }
        // The headline the content repeats (the title's, or the title's without its last ending).
        let heads = [title] + (DeskAnswers.siteEnding(title).map { [$0.head] } ?? [])
        if let first = paragraphs.first, heads.contains(first) { paragraphs.removeFirst() }
        // The publication the content's first line opens with, ending the title too (`Headline | Le Monde` over `Le Monde ·
        // 3 mars 1987`, a name holding a bar itself): the headline is the title without it, the day the line's.
        if let first = paragraphs.first, first.utf8.count <= 300, let ending = DeskAnswers.siteEndings(title).first(where: { ending in
            first == ending.site || [" · ", ", ", " – ", " — "].contains { first.hasPrefix(ending.site + $0) }
        }) {
            let text = Array(paragraphs.dropFirst())
            guard DeskFetches.holdsProse(text) || LineBytes.words(text.prefix(200).joined(separator: " ")).count >= 20 else { return (note, nil) }
            var record = JSONRecords.Record(title: ending.head, rest: ([ending.head] + text).joined(separator: "\n\n"))
            record.source = ending.site
            record.date = dates.firstDate(in: String(first.dropFirst(ending.site.count)))?.date
            return (note, record)
        }
        var lines = [title]
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { lines.append("") }
            lines.append(paragraph)
        }
        guard var record = pasted(lines, dates: dates) else { return (note, nil) }
        if let source = record.source {
            for bar in [" | ", " - ", " – ", " — "] where title.hasSuffix(bar + source) {
                let headline = LineBytes.trimmed(String(title.dropLast(source.count + bar.count)))
                if !headline.isEmpty {
                    record.title = headline
                    record.rest = ([headline] + lines.dropFirst()).joined(separator: "\n")
                }
                break
            }
        } else {
            record.isPageTitle = true
        }
        return (note, record)
    }

    // MARK: mu

    /// `mu view MESSAGE`: its headers (`From:`, `To:`, `Subject:`, `Date:`), a blank line, the body; the article the
    /// body pastes under the subject's headline (its forward prefix dropped), up to the signature's `-- `. The sender,
    /// the `Date` and the colleague's note above the article are the mail's. Nil when no subject is printed or the body
    /// pastes no article under it.
    private static func muView(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        let lines = head(text)
        var headers: [String: String] = [:]
        var index = 1
        while index < lines.count, index < 200, let colon = lines[index].firstIndex(of: ":"), !LineBytes.trimmed(lines[index]).isEmpty {
            let name = lines[index][..<colon].lowercased()
            guard !name.contains(" "), name.utf8.count <= 40 else { return nil }
            if headers[name] == nil { headers[name] = LineBytes.trimmed(String(lines[index][lines[index].index(after: colon)...])) }
            index += 1
        }
        guard headers["from"] != nil, let subject = headers["subject"].map(withoutPrefixes), !subject.isEmpty,
            index < lines.count, LineBytes.trimmed(lines[index]).isEmpty
        else { return nil }
        let body = lines[(index + 1)...].prefix { !$0.hasPrefix("$ ") && $0 != "-- " && $0 != "--" }
        guard let at = body.prefix(200).firstIndex(where: { LineBytes.trimmed($0) == subject }) else { return nil }
        let pasted = Array(body[at...])
        guard let record = Self.pasted(pasted, dates: dates) else { return nil }
        return (headers, record)
    }

    /// A mail's subject without its forward or reply prefixes: `DeskFetches`' one reading.
    private static func withoutPrefixes(_ subject: String) -> String { DeskFetches.withoutPrefixes(subject) }

    // MARK: Threema

    /// A chat Threema exported (`messages-NAME.txt`): each message a line opening with `<<< ` (received) or `>>> `
    /// (sent), its moment and `: ` (`<<< 5. März 2026 um 10:12:07 MEZ: …`), its own lines under it; the first message
    /// holding prose the pasted article (its first line the headline, the publication and day under it). The
    /// moments and the correspondent are the chat's. No article when no message holds prose.
    private static func chatExport(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        let lines = head(text)
        var messages: [[String]] = []
        for line in lines.dropFirst() {
            if line.hasPrefix("$ ") { break }
            if let said = messageText(line) {
                if messages.count >= 2_000 { break }
                messages.append([said])
            } else if !messages.isEmpty {
                messages[messages.count - 1].append(line)
            } else if !LineBytes.trimmed(line).isEmpty {
                return nil
            }
        }
        guard !messages.isEmpty else { return nil }
        return (messages, messages.lazy.compactMap { pasted($0, dates: dates) }.first)
    }

    /// A message's opening line (`<<< MOMENT: text`, `>>> MOMENT: text`, the moment holding a digit, 100 bytes at most):
    /// its text; nil for any other line.
    private static func messageText(_ line: String) -> String? {
        guard line.hasPrefix("<<< ") || line.hasPrefix(">>> ") else { return nil }
        let rest = line.dropFirst(4)
        guard let mark = rest.prefix(100).firstRange(of: ": "), rest[..<mark.lowerBound].contains(where: { $0.isASCII && $0.isNumber }) else {
            return nil
        }
        return String(rest[mark.upperBound...])
    }

    // MARK: Shared

    /// A pasted article's record, its head read as a stored clipping's (`DeskFetches.fileRecord`: the headline, the
    /// publication and day under it): prose under a headline (`DeskFetches.holdsProse`), or a short article (a blog's
    /// review: 20 words at least under a headline and its publication's line); nil otherwise (a list, a form, a note), and
    /// nil when the head states neither a publication, a writer nor a day (a task, minutes, an invitation, a memo, a
    /// reader's letter: titled prose, no article). Its first 20,000 lines are read. Shared by the container readers
    /// (`DeskServices`, `DeskArchives`).
    static func pasted(_ lines: [String], dates: DateRecognizer) -> JSONRecords.Record? {
        let lines = Array(lines.prefix(20_000))
        if DeskFetches.holdsProse(lines) {
            guard let record = DeskFetches.fileRecord(lines, dates: dates), statesArticle(record, lines: lines, dates: dates) else { return nil }
            return record
        }
        guard LineBytes.words(lines.prefix(200).joined(separator: " ")).count >= 25, let record = DeskFetches.fileRecord(lines, dates: dates),
            record.source != nil, LineBytes.words(String(record.rest.utf8.prefix(64 << 10)) ?? "").count >= 20
        else { return nil }
        return record
    }

    /// Whether a container's record states what an article's head does: a publication, a writer or a day, in its fields
    /// or in one of the twelve filled lines under the headline (the first filled line of `lines`, the container's text;
    /// 300 bytes at most each: `The Press and Journal, 9 April 2026`, `By Callum Fraser`, a forwarded header,
    /// `https://www.horizont.net, 29. Januar 2019`) as `ClippingFacts` reads them, or a publication's line or a line
    /// opening with an address in the first three. Titled prose stating none is a task, minutes, a memo, an invitation, a letter. Bounded: reads
    /// no more than the first 400 lines' first thirteen filled ones.
    static func statesArticle(_ record: JSONRecords.Record, lines: [String], dates: DateRecognizer) -> Bool {
        if record.source != nil || !record.authors.isEmpty || record.date != nil { return true }
        let judge = ClippingFacts(dates: dates)
        var asked = -1  // the headline's line is not asked
        for line in lines.prefix(400) {
            let text = LineBytes.trimmed(line)
            guard !text.isEmpty else { continue }
            asked += 1
            if asked == 0 { continue }
            if asked > 12 { break }
            guard text.utf8.count <= 300, let judged = ClippingFacts.judged(text) else { continue }
            // `*News zu VR, AR und KI | MIXED.de*`, `https://www.horizont.net`: a publication's line or its address.
            let lead = judged.split(separator: " ", maxSplits: 1).first.map { String($0.last == "," ? $0.dropLast() : $0) } ?? ""
            if asked <= 3, judged.utf8.count <= 100, ExportLines.isAddress(lead) || judged.split(separator: " | ").contains(where: { part in
                ClippingFacts.isMasthead(LineBytes.trimmed(part)) && ClippingFacts.isPlausiblePublication(LineBytes.trimmed(part))
            }) && LineBytes.contains(judged, bytes: " | ") {
                return true
            }
            guard let facts = judge.plainFacts(judged) else { continue }
            if facts.source != nil || !facts.authors.isEmpty || facts.date != nil { return true }
        }
        return false
    }

    /// The text's first lines (`lines` at most, within 4 MiB), CRs before LFs dropped.
    static func head(_ text: String, lines: Int = 20_000) -> [String] {
        text.utf8.prefix(4 << 20).split(separator: 0x0A, maxSplits: lines, omittingEmptySubsequences: false).prefix(lines).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
        }
    }
}
