import DateReading
import Foundation
import TextToolkit

/// What eight more platforms and tools print in a desk's terminal, as it keeps or passes on a
/// clipping with them: a Plone site's content over plone.restapi (`@id`, `@type`, `UID`,
/// `title`, `description`, the rich text's `text.data` or Volto's `blocks`; a folder's or a
/// search's `items`), a Vikunja task over its API (`title`, `description`, `done`, `done_at`,
/// `project_id` or `list_id`; a list of them), a table's rows over PostgREST (Supabase's
/// `/rest/v1/TABLE?…`: a JSON array of rows, or one object), Apple Notes read with `osascript`
/// (`get plaintext of note …`, `get body of note …`: the note's text, or its HTML), a Dolma
/// record (`id`, `text`, `source`, `added`, `created`, `metadata`) as olmOCR writes one for a
/// scanned page and `jq .`, `cat` or `head` prints it, sqlite-utils' JSON output (`query`,
/// `rows`, `search`, a bare `sqlite-utils DB "select …"`; `--nl`'s one object a line; with or
/// without `--json-cols`), a Liferay structured content over headless-delivery (`contentFields`
/// with their `label`, `name` and `contentFieldValue.data`; a listing's `items`) and a Docspell
/// item over its REST API (`name`, `state`, `corrOrg`, `itemDate`, `attachments`), its
/// attachment's metadata (`…/attachment/ID/meta`: `content`, the text extracted) after it.
///
/// Contract: `print(_:words:dates:)` reads the text when its first line is the `$ ` command that
/// printed one of these (`curl`, `http`, `xh`, `wget` of a service; `osascript` naming Notes;
/// `sqlite-utils`; `jq`, `cat`, `head`, `zcat` of a Dolma record) and returns what was printed
/// with the article's record, the record nil when the print holds no article (a content item, a
/// task, a row, a note, a page or a structured content stating none: a folder, an event, a task
/// to do, a users table's row, an empty note or a note of minutes, a scan's page of figures, a
/// Docspell item whose text is not printed), so the reader refuses it
/// (`DeskFetches.holdsNoArticle`, `LayoutReader.isConsolePrintWithoutArticle`); nil when the
/// text is no such print, which is read as before. The article is the one each platform's own
/// fields state: a row's and a structured content's fields by what they mean (`RecordKeys`
/// through `FieldRecords`, a content field's label in the desk's language before its name:
/// `Zeitung`, `Date de parution`, `Autores`), a pasted article by its head (`DeskShells.pasted`:
/// the headline, the publication and day under it, the byline the text's), a Plone item's
/// `title` over its `description` when that names the publication (and its day), a task's
/// pasted headline (the paragraph its title ends with after the desk's `Résumer :`, or a bold
/// opening), a scanned page's folio (`LE MONDE – MARDI 3 MARS 1987 – P. 12`: the publication
/// and the day; the page none), Docspell's `corrOrg` the publication and `itemDate` the day (a
/// midnight in milliseconds, read as the nearest UTC day). Never the platform's or a colleague's
/// own: Plone's `creators`, `created`, `modified`, `effective` (the intranet's publication) and
/// folder; a task's `created`, `updated`, `due_date`, Go's zero moments, `created_by`,
/// `assignees` and labels; a row's entry moment and colleague (they are no field of an
/// article's); a note's name and its creation and modification dates; a Dolma record's `source`
/// (the OCR engine), `added`, `created` and the scan's file; Liferay's `creator`,
/// `dateCreated`, `dateModified`, `datePublished`; Docspell's `source` (the upload channel),
/// `created`, `updated`, folder and tags. An undated article stays undated whatever later days
/// the print holds. Bounded: 4 MiB, 20,000 lines, 20 JSON answers, 200 items, rows, tasks,
/// records, blocks or content fields (three levels of nested fields), 200 lines searched for a
/// headline. Linear. Pure.
enum DeskPlatforms {
    static func print(_ text: String, words: [String], dates: DateRecognizer) -> DeskFetches.Print? {
        guard let tool = words.first else { return nil }
        switch tool {
        case "osascript":
            return appleNote(text, dates: dates)
        case "sqlite-utils":
            return sqliteRows(text, dates: dates)
        case "curl", "http", "https", "xh", "wget":
            return serviceAnswer(text, words: words, dates: dates)
        case "jq", "cat", "head", "tail", "zcat", "gzcat", "zstdcat", "bat", "less":
            guard LineBytes.contains(text, bytes: "\"text\""), LineBytes.contains(text, bytes: "\"source\""),
                let answers = ConsoleRecords.answers(text),
                case let records = answers.prefix(20).compactMap({ $0 as? [String: Any] }).filter(isDolmaRecord), !records.isEmpty
            else { return nil }
            return (records, records.prefix(200).lazy.compactMap { scannedPage($0, dates: dates) }.first)
        default:
            return nil
        }
    }

    /// A service's JSON answers under `curl` and its kin: Plone's, Vikunja's, Liferay's, Docspell's, PostgREST's (most
    /// answers are none of these: their keys, or the command's path, tell before anything is parsed).
    private static func serviceAnswer(_ text: String, words: [String], dates: DateRecognizer) -> DeskFetches.Print? {
        let postgrest = words.contains { $0.contains("/rest/v1/") }
        guard postgrest || LineBytes.contains(text, bytes: "\"@type\"") || LineBytes.contains(text, bytes: "\"done_at\"")
            || LineBytes.contains(text, bytes: "\"contentFields\"") || LineBytes.contains(text, bytes: "\"corrOrg\""),
            let answers = ConsoleRecords.answers(text)
        else { return nil }
        if postgrest {
            // An array of rows (`select=*`), or one row (`Accept: application/vnd.pgrst.object+json`).
            let rows = answers.flatMap { ($0 as? [Any]) ?? [$0] }.prefix(200).compactMap { $0 as? [String: Any] }
            guard !rows.isEmpty else { return nil }
            return (rows, FieldRecords.boundedDocuments(rows).lazy.compactMap { DeskServices.fieldArticle($0, bareDate: true, dates: dates) }.first)
        }
        for answer in answers {
            if let object = answer as? [String: Any] {
                if let contents = ploneContents(object) {
                    return (object, contents.lazy.compactMap { ploneArticle($0, dates: dates) }.first)
                }
                if isVikunjaTask(object) { return (object, taskArticle(object, dates: dates)) }
                if let contents = liferayContents(object) {
                    return (object, contents.lazy.compactMap { liferayArticle($0, dates: dates) }.first)
                }
                if isDocspellItem(object) { return (answers, docspellArticle(object, answers: answers, dates: dates)) }
            }
            if let list = answer as? [Any], case let tasks = list.prefix(200).compactMap({ $0 as? [String: Any] }).filter(isVikunjaTask),
                !tasks.isEmpty
            {
                return (list, tasks.lazy.compactMap { taskArticle($0, dates: dates) }.first)
            }
        }
        return nil
    }

    // MARK: Plone

    /// A Plone content over plone.restapi (`@id`, `@type` and its `UID`, `review_state` or `@components`; JSON-LD's
    /// `@context` is no Plone's), with the contents it lists (`items`, a folder's or a search's, 200 at most); nil for
    /// any other answer.
    private static func ploneContents(_ object: [String: Any]) -> [[String: Any]]? {
        func isContent(_ item: [String: Any]) -> Bool {
            item["@id"] is String && item["@type"] is String && item["@context"] == nil
                && (item["UID"] != nil || item["review_state"] != nil || item["@components"] != nil)
        }
        let items = (object["items"] as? [Any] ?? []).prefix(200).compactMap { $0 as? [String: Any] }.filter(isContent)
        if isContent(object) { return [object] + items }
        guard object["items_total"] != nil, !items.isEmpty else { return nil }
        return items
    }

    /// A page or a news item's article: its `title` the headline, its `description` the publication's line under it
    /// when it names one (`Le Monde, 3 mars 1987`, `Le Monde`), else the standfirst; its rich text (`text.data`, HTML) or
    /// Volto's blocks (`blocks_layout`'s order, each block's `plaintext`) the byline and the text. Nil for a folder, an
    /// event or a link, and for a content whose text pastes no article.
    private static func ploneArticle(_ content: [String: Any], dates: DateRecognizer) -> JSONRecords.Record? {
        guard let type = content["@type"] as? String, !["Folder", "Collection", "Event", "Link", "File", "Image", "Plone Site"].contains(type),
            let title = (content["title"] as? String).map({ LineBytes.trimmed($0) }), !title.isEmpty
        else { return nil }
        var paragraphs: [String] = []
        if let rich = content["text"] as? [String: Any], let data = rich["data"] as? String {
            paragraphs = DeskServices.markupParagraphs(String(data.utf8.prefix(4 << 20)) ?? data).filter { !$0.isEmpty }
        } else if let data = content["text"] as? String {
            paragraphs = DeskServices.markupParagraphs(data).filter { !$0.isEmpty }
        } else if let blocks = content["blocks"] as? [String: Any] {
            let order = ((content["blocks_layout"] as? [String: Any])?["items"] as? [Any] ?? []).prefix(200).compactMap { $0 as? String }
            for id in order {
                guard let block = blocks[id] as? [String: Any], block["@type"] as? String != "title",
                    let plain = (block["plaintext"] as? String).map({ LineBytes.trimmed($0) }), !plain.isEmpty
                else { continue }
                paragraphs.append(plain)
            }
        }
        if paragraphs.first == title { paragraphs.removeFirst() }
        guard !paragraphs.isEmpty else { return nil }
        var lines = [title]
        let description = LineBytes.trimmed((content["description"] as? String).map { String($0.utf8.prefix(2_000)) ?? $0 } ?? "")
        if !description.isEmpty {
            // The publication's line stands directly under the headline; a standfirst is a paragraph of its own.
            if !(description.utf8.count <= 200 && DeskAnswers.publicationLine(description, dates: dates) != nil) { lines.append("") }
            lines.append(description)
        }
        for paragraph in paragraphs {
            lines += ["", paragraph]
        }
        return headedArticle(lines, sourced: false, dates: dates)
    }

    // MARK: Vikunja

    /// A Vikunja task: `title`, `description`, `done`, and its `done_at`, `project_id` (`list_id` before 0.21) or
    /// `percent_done`.
    private static func isVikunjaTask(_ object: [String: Any]) -> Bool {
        object["title"] is String && object["description"] is String && object["done"] != nil
            && (object["done_at"] != nil || object["project_id"] != nil || object["list_id"] != nil || object["percent_done"] != nil)
    }

    /// The article a task's description pastes (HTML since Vikunja 0.22, Markdown or plain text before): its headline
    /// the paragraph the title ends with after the desk's prefix (`Résumer : Headline`), or the description's bold or
    /// heading opening; the publication's line under it. Nil when it pastes none (a task to do).
    private static func taskArticle(_ task: [String: Any], dates: DateRecognizer) -> JSONRecords.Record? {
        guard let title = (task["title"] as? String).map({ LineBytes.trimmed($0) }), let description = task["description"] as? String else { return nil }
        let html = String(description.utf8.prefix(4 << 20)) ?? description
        let paragraphs = DeskServices.markupParagraphs(html).map { DeskServices.withoutEmphasis($0) }
            .map { $0.hasPrefix("#") ? LineBytes.trimmed(String($0.drop { $0 == "#" })) : $0 }
        // A headline is a line: a longer title (or paragraph) is compared with nothing (200 comparisons of megabytes).
        let tail = title.utf8.count <= 600 ? DeskServices.subjectTail(title) : ""
        let headline = paragraphs.prefix(200).first { paragraph in
            guard !paragraph.isEmpty, !tail.isEmpty, paragraph.utf8.count <= 600 else { return false }
            if paragraph == title || paragraph == tail { return true }
            // The title ending with the headline after a prefix and its colon (`Summarise: Brexit: what next`).
            guard title.hasSuffix(paragraph), case let head = LineBytes.trimmed(String(title.dropLast(paragraph.count))) else { return false }
            return head.hasSuffix(":") && head.utf8.count <= 60
        }
        let opening = LineBytes.trimmed(String(html.prefix(24)).lowercased())
        let isBold = ["<p><strong>", "<p><b>", "<h1", "<h2", "<h3", "**", "# ", "## "].contains { opening.hasPrefix($0) }
        // The headline's paragraph, the publication's line directly under it, the other paragraphs apart.
        let filled = paragraphs.filter { !$0.isEmpty }
        guard let at = headline.flatMap({ filled.prefix(200).firstIndex(of: $0) }) ?? (isBold && !filled.isEmpty ? 0 : nil) else { return nil }
        var lines = [filled[at]]
        for (index, paragraph) in filled[(at + 1)...].enumerated() {
            if index > 0 { lines.append("") }
            lines.append(paragraph)
        }
        guard let record = headedArticle(lines, sourced: false, dates: dates) else { return nil }
        return headline != nil || isArticleNotNote(record, dates: dates) ? record : nil
    }

    // MARK: Apple Notes

    /// `osascript -e 'tell application "Notes" to get plaintext of note …'` (or `body of`, its HTML): what that command
    /// printed, up to the next command, read as the pasted article (`DeskShells.pasted`); the note's name and its
    /// creation and modification dates another command printed are the note's. No article when no text is printed or it
    /// pastes none (an empty note, minutes, a list: `isArticleNotNote`); nil when no command names Notes.
    private static func appleNote(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        let lines = DeskShells.head(text)
        let commands = lines.indices.prefix(20_000).filter { lines[$0].hasPrefix("$ ") }
        guard commands.contains(where: { lines[$0].contains("\"Notes\"") || lines[$0].contains("application Notes") }) else { return nil }
        guard let command = commands.first(where: { lines[$0].contains("plaintext of") || lines[$0].contains("body of") }) else { return (text, nil) }
        var printed: [String] = []
        for line in lines[(command + 1)...] {
            if line.hasPrefix("$ ") { break }
            // AppleScript's returns (a note's paragraphs may be separated by CR alone).
            printed += line.contains("\r") ? line.split(separator: "\r", omittingEmptySubsequences: false).map(String.init) : [line]
        }
        let isHTML = lines[command].contains("body of") && XMLRecords.holdsMarkup(String(printed.prefix(200).joined(separator: "\n").utf8.prefix(64 << 10)) ?? "")
        // Notes' HTML: a `<div>` a line (`<div><br></div>` the blank ones, dropped), so the publication's line stays under the headline.
        let note = isHTML ? DeskServices.markupParagraphs(printed.joined(separator: "\n")).filter { !$0.isEmpty } : printed
        guard let record = DeskShells.pasted(Array(note.drop { LineBytes.trimmed($0).isEmpty }), dates: dates),
            isArticleNotNote(record, dates: dates)
        else { return (text, nil) }
        return (text, record)
    }

    // MARK: olmOCR

    /// A Dolma record (`id`, `text`, `source`, and its `added`, `created` or `metadata`), as olmOCR writes one a scanned
    /// document.
    private static func isDolmaRecord(_ object: [String: Any]) -> Bool {
        object["id"] != nil && object["text"] is String && object["source"] is String
            && (object["added"] != nil || object["created"] != nil || object["metadata"] is [String: Any])
    }

    /// The page a record's `text` reads: its folio (`LE MONDE – MARDI 3 MARS 1987 – P. 12`, `LE MONDE – P. 12`: the
    /// publication and the day) opening it, then the headline (a Markdown heading's marks dropped), the byline and the
    /// paragraphs (`DeskShells.pasted`). The record's `source` (the OCR engine or the corpus), `added` and `created` are
    /// the archive's. Nil when the page holds no article.
    private static func scannedPage(_ record: [String: Any], dates: DateRecognizer) -> JSONRecords.Record? {
        guard let page = record["text"] as? String else { return nil }
        var lines = Array(DeskShells.head(page).drop { LineBytes.trimmed($0).isEmpty })
        var folioName: String?
        var folioDay: CalendarDate?
        if let first = lines.first, let read = folio(LineBytes.trimmed(first), dates: dates) {
            (folioName, folioDay) = read
            lines = Array(lines.dropFirst().drop { LineBytes.trimmed($0).isEmpty })
        }
        if let first = lines.first, first.hasPrefix("#") {
            lines[0] = LineBytes.trimmed(String(first.drop { $0 == "#" }))
        }
        // Under a folio the first line is the headline (in capitals too); without one, the page's head as it is.
        guard var article = folioName != nil ? headedArticle(lines, sourced: true, dates: dates) : DeskShells.pasted(lines, dates: dates)
        else { return nil }
        if let folioName {
            article.source = folioName
            article.date = folioDay ?? article.date
        }
        return article
    }

    /// A page's folio: the publication, then the day and the page (`LE MONDE – MARDI 3 MARS 1987 – P. 12`, `Le Monde ·
    /// 3 mars 1987`, `EL PAÍS | P. 4`), parts joined by a dash, a middle dot or a bar, each after the first a day or a
    /// page; the publication's name (eight words at most, as printed) and the day. Nil for any other line.
    static func folio(_ line: String, dates: DateRecognizer) -> (name: String, date: CalendarDate?)? {
        guard line.utf8.count <= 160, let mark = [" – ", " — ", " · ", " | ", " - "].first(where: { line.contains($0) }) else { return nil }
        let parts = line.components(separatedBy: mark).map { LineBytes.trimmed($0) }
        guard parts.count >= 2, parts.count <= 4, let name = parts.first, !name.isEmpty, LineBytes.words(name).count <= 8,
            name.contains(where: \.isLetter), !LayoutReader.endsLikeSentence(name), dates.firstDate(in: name) == nil
        else { return nil }
        var day: CalendarDate?
        var sawPage = false
        for part in parts.dropFirst() {
            if isPageMark(part) {
                sawPage = true
                continue
            }
            guard day == nil, LineBytes.words(part).count <= 7, let found = dates.firstDate(in: part) ?? dates.firstDate(in: part.lowercased()) else {
                return nil
            }
            day = found.date
        }
        return sawPage || day != nil ? (name, day) : nil
    }

    /// A page's mark: `P. 12`, `p. 12`, `S. 9`, `pág. 4`, `pag. 4`, `Page 12`, `Seite 9`, `Página 4`, `12`.
    private static func isPageMark(_ part: String) -> Bool {
        let words = part.lowercased().split(separator: " ")
        guard let number = words.last, number.count <= 5, number.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        guard words.count == 2 else { return words.count == 1 }
        return ["p.", "pp.", "p", "s.", "pág.", "pag.", "pg.", "page", "seite", "página", "pagina", "pagine", "páginas"].contains(String(words[0]))
    }

    // MARK: sqlite-utils

    /// sqlite-utils' JSON output (`query`, `rows`, `search`, or a bare `sqlite-utils DB "select …"`; an array of rows, or
    /// `--nl`'s one object a line), other commands' (`tables --counts`) beside it: the first row holding an article read
    /// by its columns (`DeskServices.fieldArticle`), a list column printed without `--json-cols` (`["A", "B"]` as a
    /// string) read as its list; an entry moment and its colleague are the archive's. No article when no row holds one
    /// (a listing of tables, a users table's row); nil when nothing is printed as JSON (`--csv`, `--table`).
    private static func sqliteRows(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        guard let answers = ConsoleRecords.answers(text) else { return nil }
        let rows = answers.flatMap { ($0 as? [Any]) ?? [$0] }.prefix(200).compactMap { $0 as? [String: Any] }
        guard !rows.isEmpty else { return nil }
        let decoded = rows.map { row in
            row.mapValues { value -> Any in
                guard let string = value as? String, string.hasPrefix("["), string.hasSuffix("]"), string.utf8.count <= 4_096,
                    let list = JSONTexts.parsed(string) as? [Any]
                else { return value }
                return list.prefix(50).compactMap { $0 as? String }
            }
        }
        return (rows, FieldRecords.boundedDocuments(decoded).lazy.compactMap { DeskServices.fieldArticle($0, bareDate: true, dates: dates) }.first)
    }

    // MARK: Liferay

    /// A Liferay structured content over headless-delivery (`contentFields` and its `contentStructureId`,
    /// `friendlyUrlPath` or `renderedContents`), or a listing's (`items`, 200 at most); nil for any other answer.
    private static func liferayContents(_ object: [String: Any]) -> [[String: Any]]? {
        func isContent(_ item: [String: Any]) -> Bool {
            item["contentFields"] is [Any] && (item["contentStructureId"] != nil || item["friendlyUrlPath"] != nil || item["renderedContents"] != nil)
        }
        if isContent(object) { return [object] }
        let items = (object["items"] as? [Any] ?? []).prefix(200).compactMap { $0 as? [String: Any] }.filter(isContent)
        return items.isEmpty ? nil : items
    }

    /// A structured content's fields read by what they mean (`FieldRecords`): each content field under its label (the
    /// desk's word: `Zeitung`, `Date de parution`) when `RecordKeys` knows it, else its name, its value
    /// `contentFieldValue.data` (HTML made paragraphs; an empty value states nothing), a repeated field's values a
    /// list, nested fields (three levels) beside it; the content's `title` the headline unless a field names one.
    /// `creator` and the content's own moments are Liferay's. Nil when the fields hold no article.
    private static func liferayArticle(_ content: [String: Any], dates: DateRecognizer) -> JSONRecords.Record? {
        var fields: [String: Any] = [:]
        var budget = 200
        func add(_ list: [Any], depth: Int) {
            for case let field as [String: Any] in list.prefix(200) {
                guard budget > 0 else { return }
                budget -= 1
                if depth < 3, let nested = field["nestedContentFields"] as? [Any], !nested.isEmpty { add(nested, depth: depth + 1) }
                guard let value = (field["contentFieldValue"] as? [String: Any])?["data"] as? String, case let trimmed = LineBytes.trimmed(value),
                    !trimmed.isEmpty
                else { continue }
                let label = (field["label"] as? String).map { LineBytes.trimmed($0) } ?? ""
                let name = (field["name"] as? String).map { LineBytes.trimmed($0) } ?? ""
                let key = RecordKeys.field(label) != nil || name.isEmpty ? label : name
                guard !key.isEmpty else { continue }
                let text = XMLRecords.holdsMarkup(trimmed) ? XMLRecords.paragraphs(fromMarkup: trimmed) : trimmed
                switch fields[key] {
                case nil: fields[key] = text
                case let earlier as String: fields[key] = [earlier, text]
                case let earlier as [String]: if earlier.count < 50 { fields[key] = earlier + [text] }
                default: break
                }
            }
        }
        add(content["contentFields"] as? [Any] ?? [], depth: 0)
        if !fields.keys.contains(where: { RecordKeys.field($0) == .title }), let title = content["title"] as? String {
            fields["title"] = title
        }
        return DeskServices.fieldArticle(fields, bareDate: true, dates: dates)
    }

    // MARK: Docspell

    /// A Docspell item (`/sec/item/ID`): `name`, `state`, and its `corrOrg`, `itemDate` or `attachments`.
    private static func isDocspellItem(_ object: [String: Any]) -> Bool {
        object["name"] is String && object["state"] is String && object["direction"] != nil
            && (object.keys.contains("corrOrg") || object.keys.contains("itemDate"))
    }

    /// The item's attachment's text (`…/attachment/ID/meta`'s `content`, another answer of the print) read as the
    /// scanned article: from the line repeating the item's `name` (the publication's line above it read too:
    /// `Le Monde · 3 mars 1987`), else from its first lines as they are; `corrOrg`'s name the publication and `itemDate`
    /// the day (milliseconds at a midnight, the nearest UTC day), the text's own line failing them. `source` (the upload
    /// channel), `created`, `updated`, the folder and the tags are Docspell's. Nil when no text is printed or it holds
    /// no article (an invoice, a letter).
    private static func docspellArticle(_ item: [String: Any], answers: [Any], dates: DateRecognizer) -> JSONRecords.Record? {
        guard let content = answers.lazy.compactMap({ ($0 as? [String: Any])?["content"] as? String }).first else { return nil }
        var lines = DeskShells.head(content).map { LineBytes.trimmed($0) }
        // A name is a headline or a file's: a longer one is compared with no line.
        let name = (item["name"] as? String).flatMap { $0.utf8.count <= 600 ? LineBytes.trimmed($0) : nil } ?? ""
        let org = ((item["corrOrg"] as? [String: Any])?["name"] as? String).map { LineBytes.trimmed($0) } ?? ""
        var above: (name: String, date: CalendarDate?)?
        var named = false
        let filled = lines.indices.prefix(200).filter { !lines[$0].isEmpty }
        if !name.isEmpty, let at = filled.first(where: { lines[$0] == name }) {
            if let previous = filled.last(where: { $0 < at }), lines[previous].utf8.count <= 200 {
                above = DeskAnswers.publicationLine(lines[previous], dates: dates) ?? folio(lines[previous], dates: dates)
            }
            lines = Array(lines[at...])
            named = true
        } else if filled.count >= 2, case let first = lines[filled[0]], first.utf8.count <= 200,
            let named = DeskAnswers.publicationLine(first, dates: dates) ?? folio(first, dates: dates),
            named.date != nil || !org.isEmpty && named.name.lowercased() == org.lowercased()
        {
            // The publication (and its day) above the headline.
            above = named
            lines = Array(lines[filled[1]...])
        }
        // An item naming its correspondent (`corrOrg`) states the publication its text may not: a text stating none
        // under its headline (`DeskShells.pasted` refuses it) is read by its first line.
        guard var record = named ? headedArticle(lines, sourced: !org.isEmpty || above != nil, dates: dates)
            : DeskShells.pasted(lines, dates: dates) ?? (org.isEmpty ? nil : headedArticle(lines, sourced: true, dates: dates))
        else { return nil }
        if !org.isEmpty {
            record.source = org
        } else {
            record.source = record.source ?? above?.name
        }
        if let day = millisecondsDay(item["itemDate"]) {
            record.date = day
        } else {
            record.date = record.date ?? above?.date
        }
        return record
    }

    /// Milliseconds since 1970 at a midnight (Docspell's `itemDate`) as the nearest UTC day (a midnight east of
    /// Greenwich falls on the evening before); nil for a null or anything else.
    private static func millisecondsDay(_ value: Any?) -> CalendarDate? {
        guard let number = value as? NSNumber, !(value is Bool), case let ms = number.doubleValue, ms.isFinite,
            abs(ms) < 1e14
        else { return nil }
        let day = (ms / 86_400_000).rounded()
        let date = Date(timeIntervalSince1970: day * 86_400)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let year = parts.year, let month = parts.month, let dayOfMonth = parts.day else { return nil }
        return CalendarDate(year: year, month: month, day: dayOfMonth)
    }

    // MARK: Shared

    /// A pasted article whose first line is known to be its headline (a container's title repeats it, or a folio stands
    /// above it): `DeskShells.pasted`'s record when it keeps that line as the headline; else (a headline in capitals over
    /// a blank line, which a stored clipping's reading takes for a masthead, or, when the container names the
    /// publication (`sourced`), a short article) the line as the headline over the text, 20 words at least under it.
    private static func headedArticle(_ lines: [String], sourced: Bool, dates: DateRecognizer) -> JSONRecords.Record? {
        guard let first = lines.prefix(200).firstIndex(where: { !LineBytes.trimmed($0).isEmpty }) else { return nil }
        let title = LineBytes.trimmed(lines[first])
        let pasted = DeskShells.pasted(lines, dates: dates)
        if let pasted, pasted.title == title { return pasted }
        guard pasted != nil || sourced, title.utf8.count <= 300 else { return nil }
        let text = lines[(first + 1)...].prefix(20_000).joined(separator: "\n")
        guard LineBytes.words(String(text.utf8.prefix(64 << 10)) ?? "").count >= 20 else { return nil }
        return JSONRecords.Record(title: title, rest: title + "\n" + text)
    }

    /// Whether a pasted article's record states an article rather than a colleague's own note: a publication under its
    /// headline, a byline among its first lines, or two paragraphs of prose (20 words each, ending like sentences).
    /// Minutes, a to-do list and a short note state none. (Asked after `DeskShells.pasted`, whose `statesArticle` asks
    /// the head under the headline; this asks the record and the text's first lines.)
    private static func isArticleNotNote(_ record: JSONRecords.Record, dates: DateRecognizer) -> Bool {
        if record.source != nil { return true }
        let lines = DeskShells.head(String(record.rest.utf8.prefix(256 << 10)) ?? "", lines: 2_000).map { LineBytes.trimmed($0) }
        if lines.dropFirst().prefix(6).contains(where: { !$0.isEmpty && $0.utf8.count <= 200 && Bylines.parse($0, dates: dates) != nil }) {
            return true
        }
        let paragraphs = lines.filter { LineBytes.words($0).count >= 20 && LayoutReader.endsLikeSentence($0) }
        return paragraphs.count >= 2
    }
}
