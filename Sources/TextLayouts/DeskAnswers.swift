import DateReading
import Foundation
import TextToolkit

/// The answers of tools and services a desk keeps clippings in, or passes them through, as their
/// JSON stands (alone, or under the `$ ` command that asked for it): a GitHub issue printed by `gh
/// issue view --json` (its `body` quoting the article), a Gotify message (`/message`: `title` and a
/// Markdown `message`), a Shaarli link (its REST API: `title` the page's, `description` holding
/// the article), a Redmine issue (`issue` with a Textile `description`), a message `signal-cli
/// receive --output=json` printed (`envelope.dataMessage.message`, a link preview), a Baserow row
/// (`results` of rows with the table's own field names, a single select's `value`) and SPARQL 1.1
/// JSON results (`head.vars`, `results.bindings`, a row per writer); and calibre's `ebook-meta` print over the text
/// a later command printed (`ebookMeta`).
///
/// Contract: `record(in:dates:)` returns the article such an answer carries, read by what its
/// fields mean: the article's own headline (a quoted bold line, a Textile heading, a page's title
/// without the site the text names, a row's or a binding's title field), its text, and whatever
/// fields state its writers, publication and day; never the tool's own moments (`createdAt`,
/// `date`, `created`, `created_on`, `timestamp`, `Découpé le`, `archived`), its users
/// (`author` of an issue, `assigned_to`, a sender, a collaborator) nor the tool's name. Nil when
/// the value is none of these shapes, and when it is one that holds no article (an issue with no
/// article quoted, a short notice, an ASK answer): `isShape` tells those apart so the reader can
/// refuse them. Bounded: 200 rows or bindings, 64 KiB of text lines examined. Pure.
enum DeskAnswers {
    enum Shape {
        case githubIssue([String: Any]), gotifyMessage([String: Any]), shaarliLink([String: Any]), redmineIssue([String: Any])
        case signalMessage([String: Any]), baserowRow([String: Any]), sparqlResults([String: Any])
    }

    /// The shape a parsed JSON value has, if it is one of these tools' answers.
    static func shape(of value: Any) -> Shape? {
        if let list = value as? [Any] {
            // Shaarli's `/api/v1/links` answer: a list of links.
            guard let first = list.first as? [String: Any], isShaarliLink(first) else { return nil }
            return .shaarliLink(first)
        }
        guard let object = value as? [String: Any] else { return nil }
        if let head = object["head"] as? [String: Any], head["vars"] is [Any] && object["results"] is [String: Any] || object["boolean"] is Bool {
            return .sparqlResults(object)
        }
        if let issue = object["issue"] as? [String: Any], issue["subject"] is String, issue["tracker"] != nil || issue["project"] != nil {
            return .redmineIssue(issue)
        }
        if let envelope = object["envelope"] as? [String: Any], envelope["sourceNumber"] != nil || envelope["sourceUuid"] != nil || envelope["source"] != nil {
            return .signalMessage(envelope)
        }
        if let messages = object["messages"] as? [Any], object["paging"] != nil {
            guard let first = messages.first as? [String: Any], isGotifyMessage(first) else { return nil }
            return .gotifyMessage(first)
        }
        if isGotifyMessage(object) { return .gotifyMessage(object) }
        if object["title"] is String, object["body"] is String, let author = object["author"] as? [String: Any], author["login"] is String,
            // An issue's number beside a key gh prints for issues (a CMS's record with a magazine's `number` is none).
            object["number"] != nil && ["state", "createdAt", "closedAt", "comments", "labels", "assignees", "milestone"].contains(where: { object[$0] != nil })
                || (object["url"] as? String).map({ LineBytes.contains($0, bytes: "/issues/") || LineBytes.contains($0, bytes: "/pull/") }) == true
        {
            return .githubIssue(object)
        }
        if isShaarliLink(object) { return .shaarliLink(object) }
        if let rows = object["results"] as? [Any], object["count"] != nil, object.keys.contains("next"), object.keys.contains("previous") {
            guard let first = rows.first as? [String: Any], isBaserowRow(first) else { return nil }
            return .baserowRow(first)
        }
        if isBaserowRow(object), object.count > 3 { return .baserowRow(object) }
        return nil
    }

    static func isShape(_ value: Any) -> Bool { shape(of: value) != nil }

    /// Whether the value is one of the shapes and may carry an article: a Signal envelope only with a message's data
    /// (a receipt's, a typing notice's none).
    static func mayCarry(_ value: Any) -> Bool {
        guard let shape = shape(of: value) else { return false }
        if case .signalMessage(let envelope) = shape {
            return envelope["dataMessage"] is [String: Any] || (envelope["syncMessage"] as? [String: Any])?["sentMessage"] is [String: Any]
        }
        return true
    }

    static func record(_ shape: Shape, dates: DateRecognizer) -> JSONRecords.Record? {
        switch shape {
        case .githubIssue(let issue): return githubIssue(issue, dates: dates)
        case .gotifyMessage(let message): return gotifyMessage(message, dates: dates)
        case .shaarliLink(let link): return shaarliLink(link)
        case .redmineIssue(let issue): return redmineIssue(issue)
        case .signalMessage(let envelope): return signalMessage(envelope)
        case .baserowRow(let row): return FieldRecords.record(in: baserowFields(row), rest: "", bareDate: true, isArticle: true, dates: dates)
        case .sparqlResults(let results): return sparqlRecord(results, dates: dates)
        }
    }

    // MARK: GitHub issue (`gh issue view --json`)

    /// The article the issue's body quotes (`> **Headline**`, the byline, the paragraphs), else the body under a line that
    /// is the issue's title without a label (`Revue : Headline`). The issue's author, moments and comments are GitHub's.
    private static func githubIssue(_ issue: [String: Any], dates: DateRecognizer) -> JSONRecords.Record? {
        guard let body = issue["body"] as? String else { return nil }
        let lines = LineBytes.lines(String(body.utf8.prefix(64 << 10)) ?? body).map { LineBytes.trimmed($0) }
        if let quoted = quotedArticle(lines, dates: dates) { return quoted }
        return titledArticle(lines, pageTitle: issue["title"] as? String ?? "")
    }

    /// The longest run of quoted lines (`>`), unquoted, when it opens with a line of its own (a bold one: `**Headline**`)
    /// over some text: that line the title, an emphasized byline before a dash (`*By A* — Reuters, 26 February 1987`)
    /// set on a line of its own.
    private static func quotedArticle(_ lines: [String], dates: DateRecognizer) -> JSONRecords.Record? {
        var best = 0..<0
        var bestBytes = 0
        var start: Int?
        var bytes = 0
        for index in lines.indices.prefix(5_000) {
            guard lines[index].utf8.first == 0x3E else {
                start = nil
                continue
            }
            if start == nil {
                start = index
                bytes = 0
            }
            bytes += lines[index].utf8.count
            if bytes > bestBytes {
                best = start!..<(index + 1)
                bestBytes = bytes
            }
        }
        var unquoted: [String] = []
        var named: (name: String, date: CalendarDate?)?
        for line in lines[best] {
            let text = LineBytes.trimmed(String(line.drop { $0 == ">" || $0 == " " }))
            if let split = emphasizedByline(text) {
                // `*By A* — Reuters, 26 February 1987`: after the byline, the publication and its day.
                if named == nil { named = publicationLine(split[1], dates: dates) }
                unquoted += split
            } else {
                unquoted.append(text)
            }
        }
        guard let first = unquoted.firstIndex(where: { !$0.isEmpty }) else { return nil }
        var title = unquoted[first]
        if title.utf8.count > 4, title.hasPrefix("**"), title.hasSuffix("**") { title = LineBytes.trimmed(String(title.dropFirst(2).dropLast(2))) }
        let rest = unquoted[(first + 1)...]
        guard !title.isEmpty, title.utf8.count <= 300, rest.joined(separator: " ").utf8.count >= 60 else { return nil }
        var record = JSONRecords.Record(title: title, rest: RecordTexts.withoutEmphasis(([title] + rest).joined(separator: "\n")))
        // Unsigned: the line under the headline dated after the publication's name (`Reuters, 26 February 1987`).
        if named == nil, let next = rest.first(where: { !$0.isEmpty }), let line = publicationLine(next, dates: dates), line.date != nil {
            named = line
        }
        record.source = named?.name
        record.date = named?.date
        return record
    }

    /// `*By A* — Reuters, 26 February 1987` → `By A`, `Reuters, 26 February 1987`: an emphasized opening before a dash
    /// (`—`, `–`, `-`, `·`, `|`); nil for any other line.
    private static func emphasizedByline(_ line: String) -> [String]? {
        guard line.utf8.first == 0x2A || line.utf8.first == 0x5F, !line.hasPrefix("**"), let mark = line.first else { return nil }
        let inner = line.dropFirst()
        guard let close = inner.firstIndex(of: mark) else { return nil }
        let after = LineBytes.trimmed(String(inner[inner.index(after: close)...]))
        for dash in ["— ", "– ", "- ", "· ", "| "] where after.hasPrefix(dash) {
            let tail = LineBytes.trimmed(String(after.dropFirst(dash.count)))
            return tail.isEmpty ? nil : [LineBytes.trimmed(String(inner[..<close])), tail]
        }
        return nil
    }

    /// The lines from the one that is `pageTitle`, or its part after a label and a colon (`Revue : Headline`), or before
    /// a site's ending (`Headline | Reuters`), when it is a line of its own followed by some text; nil otherwise.
    private static func titledArticle(_ lines: [String], pageTitle: String) -> JSONRecords.Record? {
        let candidates = titleForms(LineBytes.trimmed(pageTitle))
        guard !candidates.isEmpty else { return nil }
        for (index, line) in lines.prefix(400).enumerated() {
            let plain = RecordTexts.withoutEmphasis(line.hasPrefix("#") ? LineBytes.trimmed(String(line.drop { $0 == "#" })) : line)
            guard !plain.isEmpty, candidates.contains(plain) else { continue }
            let rest = lines[(index + 1)...]
            guard rest.joined(separator: " ").utf8.count >= 200 else { return nil }
            return JSONRecords.Record(title: plain, rest: RecordTexts.withoutEmphasis(([plain] + rest).joined(separator: "\n")))
        }
        return nil
    }

    /// A title, its part after a label's colon, and its part before a site's ending (` | `, ` – `, ` - `).
    private static func titleForms(_ title: String) -> [String] {
        guard !title.isEmpty else { return [] }
        var forms = [title]
        if let colon = title.firstIndex(of: ":"), title.distance(from: title.startIndex, to: colon) <= 40 {
            let after = LineBytes.trimmed(String(title[title.index(after: colon)...]))
            if !after.isEmpty { forms.append(after) }
        }
        forms += siteEndings(title).map(\.head)
        return forms
    }

    /// `Headline | Reuters`, `Headline – Reuters` → (`Headline`, `Reuters`), the last bar's; nil when none or either part is empty
    /// or the ending is longer than six words.
    static func siteEnding(_ title: String) -> (head: String, site: String)? {
        siteEndings(title).first
    }

    /// Every split of a title at a bar (` | `, ` – `, ` — `, ` - `), the last bar's first, the site at most eight words
    /// (so at most 300 bytes after the bar); none for a title over 2 KiB, which is no page title. Linear in the title: at
    /// most 20 bars are tried per kind, and the text after a bar is only copied when it may be a site's name.
    static func siteEndings(_ title: String) -> [(head: String, site: String)] {
        guard title.utf8.count <= 2_048 else { return [] }
        var splits: [(at: String.Index, head: String, site: String)] = []
        for bar in [" | ", " – ", " — ", " - "] {
            var searched = title.startIndex..<title.endIndex
            var tried = 0
            while tried < 20, let range = title.range(of: bar, range: searched) {
                tried += 1
                searched = range.upperBound..<title.endIndex
                guard title.utf8[range.upperBound...].count <= 300 else { continue }
                let head = LineBytes.trimmed(String(title[..<range.lowerBound]))
                let site = LineBytes.trimmed(String(title[range.upperBound...]))
                if !head.isEmpty, !site.isEmpty, LineBytes.words(site).count <= 8 { splits.append((range.lowerBound, head, site)) }
            }
        }
        return splits.sorted { $0.at > $1.at }.map { ($0.head, $0.site) }
    }

    // MARK: Gotify

    private static func isGotifyMessage(_ object: [String: Any]) -> Bool {
        object["appid"] != nil && object["message"] is String && object["id"] != nil && object["date"] is String
    }

    /// The message's title the headline, its Markdown (the publication and day, the byline, the lead) the text under it;
    /// a notice holding neither that head nor thirty words in lines of prose (`isProse`: a backup's report of a
    /// sentence, a monitor's `[Down] timeout of 48000ms exceeded`, a container updater's list of images) holds no
    /// article. Gotify's `date` is the push's.
    private static func gotifyMessage(_ message: [String: Any], dates: DateRecognizer) -> JSONRecords.Record? {
        guard let title = (message["title"] as? String).map({ LineBytes.trimmed($0) }), !title.isEmpty,
            let markdown = message["message"] as? String
        else { return nil }
        var text = LineBytes.trimmed(markdown.replacingOccurrences(of: "  \n", with: "\n"))
        // `**Reuters · 26 February 1987**`, `**Le Monde** · 3 mars 1987`: the message's bold head names the publication and day.
        let head = boldHead(text, dates: dates) ?? RecordTexts.masthead(text, dates: dates)
        // A job's report is a sentence or two: an article's lead alone runs to thirty words of prose.
        guard head != nil || LineBytes.lines(String(markdown.utf8.prefix(64 << 10)) ?? markdown).filter(isProse)
            .reduce(0, { $0 + LineBytes.words($1).count }) >= 30
        else { return nil }
        var record = JSONRecords.Record(title: title, rest: "")
        if let head {
            record.source = head.name
            record.date = head.date
            text = head.rest
        }
        record.rest = title + "\n\n" + RecordTexts.withoutEmphasis(text)
        return record
    }

    /// A line of prose: five words or more ending like a sentence (`„Mein ADAC“ ist Ihr persönlicher Mitglieder- und
    /// Kundenbereich.`), or twenty or more (a monitor's error line of a dozen words ending on a code is none).
    private static func isProse(_ line: String) -> Bool {
        let words = LineBytes.words(line).count
        return words >= 20 || words >= 5 && LayoutReader.endsLikeSentence(LineBytes.trimmed(line))
    }

    /// A first line wholly in bold naming a publication and perhaps its day (`**Reuters · 26 February 1987**`, `**El País,
    /// 3 de marzo de 1987**`, `**Reuters**`), and the text under it; nil for any other opening.
    private static func boldHead(_ text: String, dates: DateRecognizer) -> (name: String, date: CalendarDate?, rest: String)? {
        guard text.hasPrefix("**"), let lineEnd = text.firstIndex(of: "\n") else { return nil }
        let line = LineBytes.trimmed(text[..<lineEnd])
        guard line.utf8.count > 4, line.hasSuffix("**") else { return nil }
        let inner = LineBytes.trimmed(String(line.dropFirst(2).dropLast(2)))
        guard let head = publicationLine(inner, dates: dates) else { return nil }
        return (head.name, head.date, String(text[text.index(after: lineEnd)...]))
    }

    /// `Reuters · 26 February 1987`, `Reuters, February 26, 1987`, `Reuters`: a publication's name (eight words at most, no
    /// sentence's end) and the day after a ` · ` or a `, ` when one follows; nil for any other line.
    static func publicationLine(_ line: String, dates: DateRecognizer) -> (name: String, date: CalendarDate?)? {
        guard !line.isEmpty, !line.contains("*") else { return nil }
        for mark in [" · ", ", ", " – ", " | "] {
            guard let range = line.range(of: mark) else { continue }
            let name = LineBytes.trimmed(String(line[..<range.lowerBound]))
            let day = LineBytes.trimmed(String(line[range.upperBound...]))
            guard !name.isEmpty, LineBytes.words(name).count <= 8, LineBytes.words(day).count <= 7,
                let found = dates.firstDate(in: day)
            else { continue }
            return (name, found.date)
        }
        let words = LineBytes.words(line).count
        guard words <= 8, !line.hasSuffix("."), !line.hasSuffix(":"), dates.firstDate(in: line) == nil else { return nil }
        return (line, nil)
    }

    // MARK: Shaarli

    private static func isShaarliLink(_ object: [String: Any]) -> Bool {
        object["shorturl"] != nil && object["url"] is String && object["title"] is String && object["description"] is String
            && (object["created"] != nil || object["tags"] != nil)
    }

    /// The link's description (the byline, publication and day, the text) under its page title, the title's site ending
    /// dropped when the description names that site; a bookmark described in a few words holds no article.
    private static func shaarliLink(_ link: [String: Any]) -> JSONRecords.Record? {
        guard var title = (link["title"] as? String).map({ LineBytes.trimmed($0) }), !title.isEmpty,
            let description = link["description"] as? String, LineBytes.words(description).count >= 30
        else { return nil }
        var source: String?
        let opening = String(description.utf8.prefix(600)) ?? description
        // The longest ending the description names (`… - BLOG – INCURVY Plus-Size Fashion - BLOG`: the site's whole name).
        if let ending = siteEndings(title).filter({ LineBytes.contains(opening, bytes: $0.site) }).max(by: { $0.site.utf8.count < $1.site.utf8.count }) {
            title = ending.head
            source = ending.site
        }
        var record = JSONRecords.Record(title: title, rest: title + "\n\n" + RecordTexts.withoutEmphasis(description))
        record.source = source
        return record
    }

    // MARK: Redmine

    /// The issue's Textile description (`h2.` the headline, `_byline_`, `bq.` paragraphs) read as lines; the subject's
    /// `Publication: ` before the headline its publication when the description names it too. The issue's author,
    /// assignee, days and journals are Redmine's.
    private static func redmineIssue(_ issue: [String: Any]) -> JSONRecords.Record? {
        guard let subject = (issue["subject"] as? String).map({ LineBytes.trimmed($0) }), let description = issue["description"] as? String
        else { return nil }
        let lines = LineBytes.lines(description.replacingOccurrences(of: "\r\n", with: "\n")).prefix(5_000).map(textileLine)
        var title: String?
        if let heading = lines.first(where: { $0.heading }) { title = heading.text }
        let plain = lines.map(\.text)
        guard let title = title ?? titledArticle(plain, pageTitle: subject)?.title else { return nil }
        let start = plain.firstIndex(of: title) ?? 0
        let rest = Array(plain[start...])
        guard rest.joined(separator: " ").utf8.count >= 200 else { return nil }
        var record = JSONRecords.Record(title: title, rest: rest.joined(separator: "\n"))
        // `Reuters: Headline`: the subject's label is the publication when the text names it apart from the headline.
        let lead = LineBytes.trimmed(String(subject.dropLast(title.count)))
        if subject.hasSuffix(title), lead.hasSuffix(":") {
            let label = LineBytes.trimmed(String(lead.dropLast()))
            if !label.isEmpty, LineBytes.words(label).count <= 8,
                rest.dropFirst().prefix(8).contains(where: { $0.contains(label) })
            {
                record.source = label
            }
        }
        return record
    }

    /// A Textile line's text: `h2. Headline` (a heading), `bq. paragraph`, `p. paragraph`, `_emphasis_`, `*strong*`.
    private static func textileLine(_ line: String) -> (text: String, heading: Bool) {
        var text = LineBytes.trimmed(line)
        var heading = false
        if text.utf8.count > 4, text.utf8.first == 0x68, let level = text.utf8.dropFirst().first, level &- 0x31 < 6,
            text.utf8.dropFirst(2).first == 0x2E, text.utf8.dropFirst(3).first == 0x20
        {
            text = LineBytes.trimmed(String(text.dropFirst(4)))
            heading = true
        } else if text.hasPrefix("bq. ") || text.hasPrefix("p. ") {
            text = LineBytes.trimmed(String(text[text.index(after: text.firstIndex(of: " ")!)...]))
        }
        for mark in ["_", "*"] where text.utf8.count > 2 && text.hasPrefix(mark) && text.hasSuffix(mark) {
            text = LineBytes.trimmed(String(text.dropFirst().dropLast()))
        }
        return (text, heading)
    }

    // MARK: signal-cli

    /// The pasted article of a data message (or one the account sent itself, `syncMessage.sentMessage`): the message
    /// from the line that is its link preview's title (or the title's head before the site), the preview's site its
    /// publication when the message names it; else the message under its first line when that line ends with a link
    /// (`Have a look: https://…`). A receipt, a typing notice, a chat line hold no article.
    private static func signalMessage(_ envelope: [String: Any]) -> JSONRecords.Record? {
        let data = envelope["dataMessage"] as? [String: Any]
            ?? ((envelope["syncMessage"] as? [String: Any])?["sentMessage"] as? [String: Any])
        guard let data, let message = data["message"] as? String else { return nil }
        let lines = LineBytes.lines(String(message.utf8.prefix(64 << 10)) ?? message).map { LineBytes.trimmed($0) }
        if let preview = (data["previews"] as? [Any])?.first as? [String: Any], let pageTitle = preview["title"] as? String,
            var record = titledArticle(lines, pageTitle: pageTitle)
        {
            let opening = String(record.rest.utf8.prefix(800)) ?? record.rest
            if let ending = siteEndings(LineBytes.trimmed(pageTitle)).first(where: { $0.head == record.title }),
                LineBytes.contains(opening, bytes: ending.site)
            {
                record.source = ending.site
            }
            return record
        }
        // The note and the link on the first line, the article under it.
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), LineBytes.contains(lines[first], bytes: "://"),
            let title = lines[(first + 1)...].first(where: { !$0.isEmpty }), title.utf8.count <= 200
        else { return nil }
        let rest = lines[(first + 1)...].drop { $0.isEmpty }
        guard rest.joined(separator: " ").utf8.count >= 200 else { return nil }
        return JSONRecords.Record(title: title, rest: rest.joined(separator: "\n"))
    }

    // MARK: Baserow

    /// A Baserow row: its `id` and its `order` (a decimal as a string).
    private static func isBaserowRow(_ object: [String: Any]) -> Bool {
        object["id"] is Int && (object["order"] as? String).map { $0.contains(".") && $0.utf8.allSatisfy { $0 &- 0x30 < 10 || $0 == 0x2E } } == true
    }

    /// The row's fields as plain values: a single select's `value`, a multiple select's or a link's values joined by `, `;
    /// a collaborator's, a file's fields left as they are (never the article's keys).
    private static func baserowFields(_ row: [String: Any]) -> [String: Any] {
        var fields: [String: Any] = [:]
        for (key, value) in row.prefix(200) where key != "id" && key != "order" {
            if let select = value as? [String: Any], let chosen = select["value"] as? String, select["id"] != nil {
                fields[key] = chosen
            } else if let list = value as? [Any], !list.isEmpty,
                case let values = list.prefix(200).compactMap({ ($0 as? [String: Any])?["value"] as? String }), values.count == list.prefix(200).count
            {
                fields[key] = values.joined(separator: ", ")
            } else {
                fields[key] = value
            }
        }
        return fields
    }

    // MARK: SPARQL 1.1 JSON results

    /// The first article's bindings (those whose first variable holds the first row's value) as one record: each
    /// variable's value, every distinct one for a writers' variable (a row per writer as a join gives them); the text
    /// a text variable's, else the headline alone. An ASK answer, and bindings naming no headline, hold no article.
    private static func sparqlRecord(_ results: [String: Any], dates: DateRecognizer) -> JSONRecords.Record? {
        guard let vars = (results["head"] as? [String: Any])?["vars"] as? [Any],
            let bindings = (results["results"] as? [String: Any])?["bindings"] as? [Any]
        else { return nil }
        let names = vars.prefix(200).compactMap { $0 as? String }
        let rows = bindings.prefix(200).compactMap { $0 as? [String: Any] }
        guard let firstRow = rows.first, let key = names.first else { return nil }
        func value(_ row: [String: Any], _ name: String) -> String? { (row[name] as? [String: Any])?["value"] as? String }
        let article = value(firstRow, key)
        let own = rows.filter { value($0, key) == article }
        var fields: [String: Any] = [:]
        for name in names {
            let values = own.compactMap { value($0, name) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            guard let first = values.first else { continue }
            fields[name] = RecordKeys.field(name) == .authors ? values as Any : first as Any
        }
        if fields.keys.contains(where: { RecordKeys.field($0) == .text }) {
            return FieldRecords.record(in: fields, rest: "", bareDate: true, isArticle: true, dates: dates)
        }
        // No text variable: the headline is all the text the answer holds.
        guard let title = fields.first(where: { RecordKeys.field($0.key) == .title })?.value as? String, !LineBytes.trimmed(title).isEmpty
        else { return nil }
        var withText = fields
        withText["text"] = title
        var record = FieldRecords.record(in: withText, rest: "", bareDate: true, isArticle: true, dates: dates)
        record?.headlineOnly = true
        return record
    }
    // MARK: calibre's ebook-meta

    /// Whether a terminal session's first line runs calibre's `ebook-meta`.
    static func isEbookMeta(_ first: String) -> Bool {
        LineBytes.contains(first, bytes: "ebook-meta ")
    }

    /// `ebook-meta`'s fields (`Title`, `Author(s)` as `Name [Sort, Name]` joined by ` & `, calibre's `Unknown` none,
    /// `Publisher`, `Published`; never `Timestamp`, the book's making) over the text the session prints after its next
    /// command (`cat` of the `.txt` `ebook-convert` made). Nil when the fields name no title or no text follows.
    static func ebookMeta(_ text: String, dates: DateRecognizer) -> JSONRecords.Record? {
        let lines = PsqlRecords.firstLines(of: text, count: 20_001).dropFirst()
        var fields: [String: String] = [:]
        var index = lines.startIndex
        while index < lines.endIndex, fields.count < 60 {
            let line = lines[index]
            guard let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= 40 else { break }
            let key = LineBytes.trimmed(String(line[..<colon]))
            guard !key.isEmpty, key.first?.isUppercase == true else { break }
            fields[key] = LineBytes.trimmed(String(line[line.index(after: colon)...]))
            index += 1
        }
        guard let title = fields["Title"], !title.isEmpty else { return nil }
        // The session's next command, then what it printed.
        let after = lines[index...].drop { LineBytes.trimmed(String($0)).isEmpty }
        guard let command = after.first, command.hasPrefix("$ ") || command.hasPrefix("% ") else { return nil }
        let rest = after.dropFirst().map(String.init).joined(separator: "\n")
        guard LineBytes.words(rest).count >= 20 else { return nil }
        var record = JSONRecords.Record(title: title, rest: rest)
        record.authors = (fields["Author(s)"] ?? fields["Authors"] ?? "").components(separatedBy: " & ").compactMap { name in
            var name = LineBytes.trimmed(name)
            if name.hasSuffix("]"), let open = name.lastIndex(of: "[") { name = LineBytes.trimmed(String(name[..<open])) }
            return name.isEmpty || name == "Unknown" ? nil : name
        }
        record.source = fields["Publisher"].flatMap { $0.isEmpty ? nil : $0 }
        record.date = fields["Published"].flatMap { dates.firstDate(in: $0)?.date }
        return record
    }
}
