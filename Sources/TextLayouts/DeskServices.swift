import DateReading
import Foundation
import TextToolkit

/// What eight more services and tools print in a desk's terminal, as it receives a clipping kept
/// or passed on with them: an OpenProject work package over API v3 (`/api/v3/work_packages/N`:
/// `_type` `WorkPackage`, `subject`, `description.raw`), a Firebird archive queried with
/// `isql-fb` in list mode (`SET LIST ON`: one `COLUMN   value` line a column, values at one
/// offset, `<null>` for a NULL, a blob's id over its text), an Umbraco item over the Delivery API
/// (`name`, `contentType`, `properties`, the rich text's `markup`; a query's `items`), a listmonk
/// campaign over its API (`{"data": …}`: `subject`, `body` in HTML; a listing's `results`), a Grist record over REST (`{"records": [{"id": …,
/// "fields": …}]}`, a list cell `["L", …]`), an Etherpad pad over its HTTP API (`getText`'s
/// `data.text`; `getLastEdited`, `listAuthorsOfPad`, `getAuthorName` after it), a mailbox read with
/// s-nail (its header summary, then `p N`'s `[-- Message N -- … --]:`, the headers and the body) and
/// a Zammad ticket's articles over its API (a list of objects with `ticket_id`, `subject`, `body`).
///
/// Contract: `print(_:words:dates:)` reads the text when its first line is the `$ ` command that
/// printed one of these (`isql-fb`, `s-nail`/`mailx`, or any command whose JSON answer has one of
/// the shapes above; Etherpad's `$ PAD=…` assignment too) and returns what was printed with the
/// article's record, the record nil when the print holds no article (a work package, a campaign,
/// a pad, a mail or a ticket that pastes none under its headline, an item or a row of another
/// kind, a query printing no row, a mailbox whose summary alone is printed), so the reader
/// refuses it (`DeskFetches.holdsNoArticle`, `LayoutReader.isConsolePrintWithoutArticle`); nil
/// when the text is no such print, which is read as before. The article is read by what each
/// field means (`RecordKeys` through `FieldRecords`: an item's `name`, a column's `HEADLINE`,
/// `TITRE`, `AUTEURS`, `PARUTION`, `outlet`, `writers`, `publicationDate`), a pasted article by its
/// head (`DeskFetches.fileRecord`: the headline, the publication and day under it, the byline the
/// text's), the headline being the pasted article's own (a Markdown `**bold**` first line, a
/// campaign's heading, the line repeating the subject without its forward prefix), never a
/// subject's desk prefix. Never the tool's or a colleague's own: a work package's `author`,
/// `assignee`, `createdAt`, `updatedAt`, `startDate`, `dueDate`; an entry TIMESTAMP and its login;
/// an item's `createDate`, `updateDate`, `clippedBy`; a campaign's `created_at`, `send_at`, lists
/// and sender; a record's entry moment and colleague; a pad's `lastEdited` and authors (and the
/// colleague's closing `-- ` note in its text); a mail's `Date`, sender and the summary's days; a
/// ticket's `created_at`, `from` and `created_by`: the day is the one the publication's line or a
/// publication field names, none when it names none or is null. Bounded: 4 MiB, 20,000 lines,
/// 20 JSON answers, 200 articles, records or columns, 200 lines searched for a headline. Linear. Pure.
enum DeskServices {
    static func print(_ text: String, words: [String], dates: DateRecognizer) -> DeskFetches.Print? {
        switch words.first {
        case "isql-fb", "isql":
            return firebird(text, dates: dates)
        case "s-nail", "mailx", "nail":
            return mailbox(text, dates: dates)
        case nil:
            // Etherpad's `$ PAD=…` before its calls (a variable set: no command).
            guard LineBytes.hasPrefix(text, "$ ") else { return nil }
        case "curl", "http", "https", "xh", "wget":
            break
        default:
            return nil
        }
        // One of these services' JSON answers under the command (most answers are none: their keys tell).
        guard LineBytes.contains(text, bytes: "\"subject\"") || LineBytes.contains(text, bytes: "\"contentType\"")
            || LineBytes.contains(text, bytes: "\"records\"") || LineBytes.contains(text, bytes: "\"data\""),
            let answers = ConsoleRecords.answers(text)
        else { return nil }
        for answer in answers {
            if let object = answer as? [String: Any] {
                if let package = workPackage(object) { return (object, workPackageArticle(package, dates: dates)) }
                if let items = umbracoItems(object) { return (object, items.lazy.compactMap { umbracoArticle($0, dates: dates) }.first) }
                if let campaigns = listmonkCampaigns(object) { return (object, campaigns.lazy.compactMap { campaignArticle($0, dates: dates) }.first) }
                if let records = gristRecords(object) { return (object, records.lazy.compactMap { gristArticle($0, dates: dates) }.first) }
                if let pad = padText(object), isPadPrint(text) { return (answers, padArticle(pad, dates: dates)) }
            }
            if let list = answer as? [Any], let articles = ticketArticles(list) { return (list, ticketArticle(articles, dates: dates)) }
        }
        return nil
    }

    // MARK: OpenProject

    /// A work package (`_type` `WorkPackage` with a `subject`), or a collection's first (`_embedded.elements`).
    private static func workPackage(_ object: [String: Any]) -> [String: Any]? {
        if object["_type"] as? String == "WorkPackage", object["subject"] is String { return object }
        guard object["_type"] as? String == "WorkPackageCollection",
            let elements = (object["_embedded"] as? [String: Any])?["elements"] as? [Any]
        else { return nil }
        return elements.prefix(200).lazy.compactMap { $0 as? [String: Any] }.first { $0["subject"] is String }
    }

    /// The article `description.raw` pastes: its first line the headline when it is bold (`**Headline**`) or a heading
    /// (`# Headline`), or when it repeats the subject's end (`Revue de presse : Headline`); the publication's line under
    /// it (its emphasis dropped: `*Le Monde*, 3 mars 1987`). Nil when it pastes none (a task's description).
    private static func workPackageArticle(_ package: [String: Any], dates: DateRecognizer) -> JSONRecords.Record? {
        let description = package["description"] as? [String: Any]
        guard let raw = description?["raw"] as? String ?? package["description"] as? String else { return nil }
        let lines = DeskShells.head(raw).map { LineBytes.trimmed($0) }
        guard let first = lines.firstIndex(where: { !$0.isEmpty }) else { return nil }
        let subject = (package["subject"] as? String).map(subjectTail) ?? ""
        let opening = lines[first]
        var headline = withoutEmphasis(opening)
        if opening.hasPrefix("#") {
            headline = LineBytes.trimmed(String(opening.drop { $0 == "#" }))
        }
        guard !headline.isEmpty, opening != headline || headline == subject else { return nil }
        // The publication's line under the headline, a blank line perhaps between them (Markdown's paragraphs): pulled up
        // under it when emphasised (`*Le Monde*`) or naming a day.
        var out = [headline]
        var index = first + 1
        var next = index
        while next < lines.count, lines[next].isEmpty, next - index < 2 { next += 1 }
        if next < lines.count, case let line = withoutEmphasis(lines[next]), line.utf8.count <= 200, line != lines[next] || next == index
            || DeskAnswers.publicationLine(line, dates: dates)?.date != nil, DeskAnswers.publicationLine(line, dates: dates) != nil
        {
            out.append(line)
            index = next + 1
        }
        out += lines[min(index, lines.count)...]
        return DeskShells.pasted(out, dates: dates)
    }

    /// `**A**`, `*A*`, `__A__`, `_A_` as A; any other line as it is. Only the line's own wrapping: `*Le Monde*, 3 mars
    /// 1987` loses the marks around the name.
    static func withoutEmphasis(_ line: String) -> String {
        for mark in ["**", "__", "*", "_"] where line.hasPrefix(mark) {
            let rest = line.dropFirst(mark.count)
            guard let close = rest.range(of: mark), close.lowerBound > rest.startIndex else { continue }
            let inner = rest[..<close.lowerBound]
            guard !inner.hasPrefix(" "), !inner.hasSuffix(" ") else { continue }
            return LineBytes.trimmed(String(inner) + rest[close.upperBound...])
        }
        return line
    }

    /// A subject's end after the desk's prefix and its colon (`Revue de presse : Headline` → `Headline`), its forward
    /// prefixes dropped; the subject itself without either.
    static func subjectTail(_ subject: String) -> String {
        let plain = DeskFetches.withoutPrefixes(subject)
        guard let colon = plain.range(of: ": ") ?? plain.range(of: " : "), plain.distance(from: plain.startIndex, to: colon.lowerBound) <= 60
        else { return plain }
        return LineBytes.trimmed(String(plain[colon.upperBound...]))
    }

    // MARK: isql-fb

    /// `isql-fb` in list mode (`SET LIST ON`): under the `SELECT`, one line a column (the upper-case name padded, the
    /// value at the first column's offset, `<null>` for a NULL), a blob's id (`16:889`) over its text; the first row's
    /// article read by its columns. No article when no row is printed or the row is no article's; nil without list
    /// mode or a `SELECT`.
    private static func firebird(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        let lines = DeskShells.head(text)
        let prompts = lines.indices.prefix(2_000).filter { lines[$0].hasPrefix("SQL> ") }
        guard prompts.contains(where: { lines[$0].uppercased().contains("SET LIST ON") }),
            let select = prompts.first(where: { lines[$0].uppercased().contains("SELECT ") })
        else { return nil }
        var fields: [(key: String, value: String)] = []
        var valueStart: Int?
        var inBlob = false
        for line in lines[(select + 1)...].prefix(20_000) {
            if line.hasPrefix("SQL> ") || line.hasPrefix("$ ") { break }
            if let column = listColumn(line, at: valueStart) {
                // The first column again: the next row.
                if fields.contains(where: { $0.key == column.key }) { break }
                if fields.count >= 200 { break }
                valueStart = valueStart ?? column.start
                fields.append((column.key, column.value))
                inBlob = isBlobId(column.value)
                if inBlob { fields[fields.count - 1].value = "" }
                continue
            }
            if inBlob, !fields.isEmpty { fields[fields.count - 1].value += line + "\n" }
        }
        guard fields.count >= 2 else { return (lines, nil) }
        var record: [String: Any] = [:]
        for (key, value) in fields where record[key] == nil {
            let trimmed = LineBytes.trimmed(value)
            if trimmed.isEmpty || trimmed == "<null>" { continue }
            record[key] = trimmed
        }
        return (record, fieldArticle(record, bareDate: true, dates: dates))
    }

    /// A list-mode line: an upper-case name (letters, digits, `_`, `$`), spaces, the value at `at` (the first column's
    /// offset, 64 at most); nil for any other line.
    private static func listColumn(_ line: String, at start: Int?) -> (key: String, value: String, start: Int)? {
        let utf8 = Array(line.utf8.prefix(4_096))
        var index = 0
        while index < utf8.count, index < 64, case let byte = utf8[index],
            byte &- 0x41 < 26 || byte &- 0x30 < 10 && index > 0 || byte == 0x5F || byte == 0x24
        {
            index += 1
        }
        guard index > 0, index < utf8.count, utf8[index] == 0x20 else { return nil }
        let nameEnd = index
        while index < utf8.count, utf8[index] == 0x20 { index += 1 }
        if let start {
            // The padding reaches the values' column exactly (a name as long as it leaves one space).
            guard index == start || nameEnd >= start - 1 && index == nameEnd + 1 else { return nil }
        } else {
            guard index >= 8 else { return nil }
        }
        return (String(decoding: utf8[..<nameEnd], as: UTF8.self), String(decoding: line.utf8.dropFirst(index), as: UTF8.self), index)
    }

    /// isql's blob id (`16:889`, `0:3`): hexadecimal digits on both sides of one colon.
    private static func isBlobId(_ value: String) -> Bool {
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.count <= 16 && $0.allSatisfy(\.isHexDigit) }
    }

    // MARK: Umbraco

    /// An Umbraco Delivery API item: `name`, `contentType`, `properties`, and the item's `route`, `createDate` or `id`.
    private static func isUmbracoItem(_ object: [String: Any]) -> Bool {
        object["contentType"] is String && object["name"] is String && object["properties"] is [String: Any]
            && (object["route"] != nil || object["createDate"] != nil || object["updateDate"] != nil)
    }

    /// An item (`content/item/…`), or a query's items (`{"total": N, "items": […]}`, 200 at most), within
    /// `FieldRecords.boundedDocuments`' budget (2,000 fields an item, nested ones counted, 10,000 over all: 200 items of
    /// 200 properties each took 20 s at 3.4 MB); nil for any other answer.
    private static func umbracoItems(_ object: [String: Any]) -> [[String: Any]]? {
        if isUmbracoItem(object) { return FieldRecords.boundedDocuments([object]) }
        guard object["total"] != nil, let items = object["items"] as? [Any] else { return nil }
        let found = FieldRecords.boundedDocuments(items.prefix(200).compactMap { $0 as? [String: Any] }.filter(isUmbracoItem))
        return found.isEmpty ? nil : found
    }

    /// The item's `name` the headline (unless a property names one), its properties the article's fields (a rich
    /// text's `markup` its paragraphs); `createDate` and `updateDate` stay the CMS's. Nil when they hold no article.
    private static func umbracoArticle(_ item: [String: Any], dates: DateRecognizer) -> JSONRecords.Record? {
        guard let properties = item["properties"] as? [String: Any] else { return nil }
        var fields: [String: Any] = [:]
        for (key, value) in properties.prefix(200) {
            if let rich = value as? [String: Any], let markup = rich["markup"] as? String {
                fields[key] = XMLRecords.holdsMarkup(markup) ? XMLRecords.paragraphs(fromMarkup: markup) : markup
            } else {
                fields[key] = value
            }
        }
        fields["name"] = item["name"]
        return fieldArticle(fields, bareDate: false, dates: dates)
    }

    // MARK: listmonk

    /// A listmonk campaign (the API's `data`): `subject`, `body`, and its sending's keys.
    private static func isCampaign(_ object: [String: Any]) -> Bool {
        object["subject"] is String && object["body"] is String
            && (object["send_at"] != nil || object["to_send"] != nil || object["messenger"] != nil || object["template_id"] != nil)
    }

    /// The API's campaign (`{"data": {…}}`), or a listing's (`{"data": {"results": […]}}`, 200 at most); nil otherwise.
    private static func listmonkCampaigns(_ object: [String: Any]) -> [[String: Any]]? {
        guard let data = object["data"] as? [String: Any] else { return nil }
        if isCampaign(data) { return [data] }
        let found = (data["results"] as? [Any] ?? []).prefix(200).compactMap { $0 as? [String: Any] }.filter(isCampaign)
        return found.isEmpty ? nil : found
    }

    /// The campaign's body (HTML, or Markdown and plain text as it is) as paragraphs, the headline its heading
    /// (`<h1>`–`<h3>` opening it) or the paragraph repeating the subject's end; nil when it pastes no article.
    private static func campaignArticle(_ campaign: [String: Any], dates: DateRecognizer) -> JSONRecords.Record? {
        guard var body = campaign["body"] as? String, let subject = campaign["subject"] as? String else { return nil }
        let opening = LineBytes.trimmed(String(body.prefix(8)).lowercased())
        // A markdown campaign's `## Headline`: its marks dropped, the heading's text the opening headline.
        let isMarkdownHeading = opening.hasPrefix("#")
        if isMarkdownHeading { body = String(body.drop { $0 == "#" || $0 == " " }) }
        let isHeading = isMarkdownHeading || ["<h1", "<h2", "<h3"].contains { opening.hasPrefix($0) }
        let paragraphs = markupParagraphs(String(body.utf8.prefix(4 << 20)) ?? body)
        return headed(paragraphs, headline: subjectTail(subject), openingIsHeadline: isHeading, dates: dates)
    }

    // MARK: Grist

    /// Grist's records (`{"records": [{"id": N, "fields": {…}}]}`), 200 at most, within `FieldRecords.boundedDocuments`'
    /// budget (200 records of 200 cells took 17 s at 3.3 MB); nil for any other answer.
    private static func gristRecords(_ object: [String: Any]) -> [[String: Any]]? {
        guard let records = object["records"] as? [Any], !records.isEmpty else { return nil }
        let fields = records.prefix(200).compactMap { ($0 as? [String: Any]).flatMap { $0["id"] != nil ? $0["fields"] as? [String: Any] : nil } }
        return fields.isEmpty ? nil : FieldRecords.boundedDocuments(fields)
    }

    /// A record's fields, Grist's cells decoded (a list `["L", "A", "B"]` its items; another typed cell, `["R", …]`,
    /// `["E", …]`, left out), read by their column ids; nil when they hold no article.
    private static func gristArticle(_ cells: [String: Any], dates: DateRecognizer) -> JSONRecords.Record? {
        var fields: [String: Any] = [:]
        for (key, value) in cells.prefix(200) {
            if let list = value as? [Any] {
                guard let code = list.first as? String, code.utf8.count == 1 else {
                    fields[key] = list
                    continue
                }
                if code == "L" { fields[key] = Array(list.dropFirst().prefix(50).compactMap { $0 as? String }) }
                continue
            }
            fields[key] = value
        }
        return fieldArticle(fields, bareDate: true, dates: dates)
    }

    // MARK: Etherpad

    /// `getText`'s answer (`{"code": 0, "data": {"text": …}}`): the pad's text.
    private static func padText(_ object: [String: Any]) -> String? {
        guard object["code"] != nil, let data = object["data"] as? [String: Any], let text = data["text"] as? String else { return nil }
        return text
    }

    /// A print of Etherpad's API: a command calling `getText`.
    private static func isPadPrint(_ text: String) -> Bool {
        DeskShells.head(String(text.utf8.prefix(64 << 10)) ?? "", lines: 200).contains { $0.hasPrefix("$ ") && $0.contains("/getText") }
    }

    /// The article the pad's text pastes (the headline its first line, the publication and day under it), the
    /// colleagues' closing notes (`-- C. Ortiz: …`) left out; nil when it pastes none.
    private static func padArticle(_ text: String, dates: DateRecognizer) -> JSONRecords.Record? {
        var lines = DeskShells.head(text)
        while let last = lines.last, LineBytes.trimmed(last).isEmpty || last.hasPrefix("-- ") || last.hasPrefix("—") { lines.removeLast() }
        return DeskShells.pasted(lines, dates: dates)
    }

    // MARK: s-nail

    /// A mailbox read with s-nail (or mailx): the header summary, then a message `p N` printed (`[-- Message  3 -- 32
    /// lines, 1622 bytes --]:`, its headers, a blank line, its body up to the next prompt); the article the body
    /// pastes under the subject's headline (its forward prefix dropped), or under a forward's banner. No article when
    /// no message is printed or it pastes none; nil when the text shows no mailbox.
    private static func mailbox(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        let lines = DeskShells.head(text)
        guard lines.count > 2, lines.prefix(5).contains(where: { $0.contains(" messages") || $0.contains(" message ") || $0.contains("s-nail version") })
        else { return nil }
        guard let start = lines.indices.prefix(2_000).first(where: { isMessageBanner(lines[$0]) }) else { return (lines, nil) }
        var headers: [String: String] = [:]
        var index = start + 1
        while index < lines.count, index - start <= 200, !LineBytes.trimmed(lines[index]).isEmpty {
            let line = lines[index]
            if let colon = line.firstIndex(of: ":"), !line[..<colon].contains(" "), line.first != " ", line.first != "\t",
                headers[line[..<colon].lowercased()] == nil
            {
                headers[line[..<colon].lowercased()] = LineBytes.trimmed(String(line[line.index(after: colon)...]))
            }
            index += 1
        }
        let body = Array(lines[min(index, lines.count)...].prefix { !$0.hasPrefix("? ") && $0 != "?" && !isMessageBanner($0) && !$0.hasPrefix("$ ") })
        return (headers, forwardedArticle(body, subject: headers["subject"] ?? "", dates: dates))
    }

    /// s-nail's banner over a printed message (`[-- Message  3 -- 32 lines, 1622 bytes --]:`), mailx's (`Message 3:`).
    private static func isMessageBanner(_ line: String) -> Bool {
        if line.hasPrefix("[-- Message "), line.hasSuffix("--]:") || line.hasSuffix("--]") { return true }
        guard line.hasPrefix("Message "), line.hasSuffix(":"), line.utf8.count <= 20 else { return false }
        return Int(line.dropFirst(8).dropLast()) != nil
    }

    // MARK: Zammad

    /// A Zammad ticket's articles (`ticket_articles/by_ticket`): objects holding `ticket_id` and `body`, 200 at most.
    private static func ticketArticles(_ list: [Any]) -> [[String: Any]]? {
        let articles = list.prefix(200).compactMap { $0 as? [String: Any] }.filter { $0["ticket_id"] != nil && $0["body"] is String }
        return articles.isEmpty ? nil : articles
    }

    /// The first ticket article whose body pastes an article under its subject's headline (its forward prefix dropped)
    /// or a forward's banner; HTML bodies as paragraphs. Nil when none does.
    private static func ticketArticle(_ articles: [[String: Any]], dates: DateRecognizer) -> JSONRecords.Record? {
        let ticketSubject = articles.lazy.compactMap { $0["subject"] as? String }.first ?? ""
        for article in articles {
            guard let body = article["body"] as? String else { continue }
            let isHTML = (article["content_type"] as? String)?.contains("html") == true || XMLRecords.holdsMarkup(String(body.prefix(4_096)))
            let lines = isHTML ? markupParagraphs(body) : DeskShells.head(body)
            if let record = forwardedArticle(lines, subject: article["subject"] as? String ?? ticketSubject, dates: dates) { return record }
        }
        return nil
    }

    // MARK: Shared

    /// Forward banners in the desk's languages (a mailer's line over the forwarded text).
    private static let forwardMarks = ["Forwarded message", "Original Message", "Begin forwarded message", "Message transféré",
                                       "Weitergeleitete Nachricht", "Mensaje reenviado", "Messaggio inoltrato", "Mensagem encaminhada",
                                       "Mensaje original", "Message d'origine", "Ursprüngliche Nachricht"]

    /// The article a mail's body pastes: from the line repeating the subject (its forward prefixes dropped), else
    /// under a forward's banner (its own header lines skipped); nil when there is none.
    private static func forwardedArticle(_ body: [String], subject: String, dates: DateRecognizer) -> JSONRecords.Record? {
        let title = DeskFetches.withoutPrefixes(subject)
        if !title.isEmpty, let at = body.prefix(200).firstIndex(where: { LineBytes.trimmed($0) == title }),
            let record = DeskShells.pasted(Array(body[at...]), dates: dates)
        {
            return record
        }
        guard let mark = body.prefix(200).firstIndex(where: { line in
            LineBytes.trimmed(line).utf8.count <= 80 && forwardMarks.contains { line.contains($0) }
        }) else { return nil }
        var index = mark + 1
        while index < body.count, index - mark <= 20, let colon = body[index].firstIndex(of: ":"), colon > body[index].startIndex,
            !body[index][..<colon].contains(" ")
        {
            index += 1
        }
        return DeskShells.pasted(Array(body[min(index, body.count)...]), dates: dates)
    }

    /// Paragraphs with the headline found: the one repeating `headline`, else the first when `openingIsHeadline`;
    /// then the publication's line directly under it, the other paragraphs apart. Nil when there is no headline or no
    /// article under it.
    private static func headed(_ paragraphs: [String], headline: String, openingIsHeadline: Bool, dates: DateRecognizer) -> JSONRecords.Record? {
        let filled = paragraphs.map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }
        guard let at = filled.prefix(200).firstIndex(where: { !headline.isEmpty && $0 == headline }) ?? (openingIsHeadline && !filled.isEmpty ? 0 : nil)
        else { return nil }
        var lines = [filled[at]]
        for (index, paragraph) in filled[(at + 1)...].enumerated() {
            if index > 0 { lines.append("") }
            lines.append(paragraph)
        }
        return DeskShells.pasted(lines, dates: dates)
    }

    /// HTML as its paragraphs, one a line (a blank line between them dropped).
    static func markupParagraphs(_ html: String) -> [String] {
        let text = XMLRecords.holdsMarkup(html) ? XMLRecords.paragraphs(fromMarkup: html) : html
        return DeskShells.head(text).map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }.reduce(into: [String]()) { lines, line in
            if !lines.isEmpty { lines.append("") }
            lines.append(line)
        }
    }

    /// The fields' article (`FieldRecords`, the fields themselves the article's): a headline over a text of 20 words at
    /// least that `DeskDumps.article` takes for one; nil otherwise (a user's row, an event, a page of links).
    static func fieldArticle(_ fields: [String: Any], bareDate: Bool, dates: DateRecognizer) -> JSONRecords.Record? {
        guard fields.count >= 2, let record = FieldRecords.record(in: fields, rest: "", bareDate: bareDate, isArticle: true, dates: dates),
            !LineBytes.trimmed(record.title).isEmpty, LineBytes.words(String(record.rest.utf8.prefix(64 << 10)) ?? "").count >= 20
        else { return nil }
        return DeskDumps.article(record)
    }
}
