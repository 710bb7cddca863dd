import TextToolkit

/// The rules `LayoutReader.read` consults before it judges a text's lines: an export or record
/// that holds the whole article (`exportedArticle`), the rules that rewrite the lines of a known
/// shape, each consulted only when the text's bytes can hold that shape (`withLineRules`,
/// `TextSigns`), and the carriers above an article whose text follows them (`carriedArticle`).
/// Pure.
extension LayoutReader {
    /// A LaTeX source's or an RTF document's printed lines, a calendar invitation's description,
    /// or what a terminal session's pdftotext printed, read as a text; a delimited export's or a
    /// RIS record's article; or a news API's or a CMS's JSON record (or a Python-printed one, or a
    /// page's JSON-LD), an outliner's `key:: value` properties, a YAML record or an XML record,
    /// read with the text after it (or its content): the record's fields over what the text states. Nil when the text is none of these.
    func exportedArticle(_ text: String, signs: TextSigns) -> TextLayout? {
        let lead = LineBytes.leadingByte(text)
        // A clear-signed message, a patch adding the clipping, a bounce: the text they enclose.
        if let enclosed = EnclosedTexts.unwrapped(text, lead: lead) { return read(enclosed) }
        // A store's record its shell printed (mongosh's document, redis-cli's hash), or a command's JSON answers under
        // its `$ ` line (DynamoDB's item, kcat's message, ntfy's poll, Feedbin's entry and subscription): asked of the
        // first line alone.
        if let lead, lead != 0x7B, lead != 0x3C, lead != 0x5B, let record = consoleRecord(text, lead: lead),
            let article = read(under: record, record.rest)
        {
            return article
        }
        // A print of `DeskExports`' tools holding no article: no other reader's (`read` refuses it).
        if lead == 0x24, DeskExports.holdsNoArticle(text, dates: dates) { return nil }
        // So is one of `DeskFetches`' (a Linkwarden link with no text, a listing alone, a music video's dump).
        if lead == 0x24, DeskFetches.holdsNoArticle(text, dates: dates) { return nil }
        // A LaTeX source (`\documentclass…`): the lines its body prints.
        if lead == 0x5C, let plain = LaTeXSources.plain(text) { return read(plain) }
        // A browser's bookmarks file: the bookmark whose note holds the article; its tab title's site dropped when the
        // note names it, and the source when the note names none.
        if lead == 0x3C, let plain = BookmarkFiles.plain(text), var article = read(plain) {
            if let tab = BookmarkFiles.tabTitle(article.title), !tab.title.isEmpty,
                tab.site == article.source || article.source == nil && ClippingFacts.isMasthead(tab.site) && LineBytes.words(tab.site).count <= 4
            {
                article.title = tab.title
                article.source = tab.site
            }
            return article
        }
        // A Rich Text Format document (`{\rtf1…`): the text it prints.
        if lead == 0x7B, let plain = RTFText.plain(text) { return read(plain) }
        // A calendar invitation (`BEGIN:VCALENDAR`): the article pasted into its event's description.
        if lead == 0x42, let description = CalendarInvites.description(text) { return read(description) }
        // A terminal session (`$ pdfinfo …`, `$ pdftotext … -`): what pdftotext printed; a browser's print names the site.
        if lead == 0x24 {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { LineBytes.trimmed($0) }
            if let session = TerminalSessions.read(lines),
                var article = read(TerminalSessions.withoutFurniture(lines[session.text]).joined(separator: "\n"))
            {
                if article.source == nil, let tab = session.tabTitle, tab.title == article.title { article.source = tab.site }
                return article
            }
        }
        // A troff `ms` source (`.TL`, `.AU`, `.ND`, `.PP`): its title, authors, institution, day and paragraphs.
        if lead == 0x2E || lead == 0x27, let record = RoffSources.read(text, dates: dates), let article = read(under: record, record.rest) {
            return article
        }
        if let export = DelimitedExport.read(text, dates: dates) ?? RISRecord.read(text, dates: dates)
            ?? RefWorksRecords.read(text, dates: dates)
        {
            return export
        }
        // A tracker sheet converted to a Markdown table (a header row of field names, a row per article): read as a delimited export.
        if lead == 0x7C || lead == 0x23, let delimited = MarkdownRecordTables.delimited(text),
            let export = DelimitedExport.read(delimited, dates: dates), !export.body.isEmpty
        {
            return export
        }
        // A teletext page (` P124  ARD Text  Fr 27.02.87  19:47:54`): its headline, its service.
        if lead == 0x50 || lead.map({ $0 &- 0x30 < 10 }) == true, let page = TeletextPages.read(text),
            let article = read(under: page, page.rest)
        {
            return article
        }
        // A scraper's log logging what it extracted (`title='…' published='…'`) above the text it stored.
        if lead.map({ $0 &- 0x30 < 10 || $0 == 0x5B }) == true, let record = LogRecords.read(text, dates: dates),
            let article = read(under: record, record.rest)
        {
            return article
        }
        // A table's row in psql's expanded display (`-[ RECORD 1 ]`): its columns' fields.
        if signs.contains(.psqlRecord), let record = PsqlRecords.read(text, dates: dates),
            let article = read(under: record, record.rest)
        {
            return article
        }
        // A colleague's mail read through Microsoft Graph (its body: the note and the article pasted, never its subject),
        // a tracker's rows read through the Google Sheets API (read as a delimited export): parsed once, for both, and
        // for `JSONTexts.plain` below when neither reads it (a 4 MiB document was parsed twice: 0.3 s).
        var parsedJSON: Any?
        if lead == 0x7B, LineBytes.contains(text, bytes: "\"contentType\"") || LineBytes.contains(text, bytes: "\"majorDimension\"")
            || LineBytes.contains(text, bytes: "\"TopicArn\""),
            let value = JSONTexts.parsed(text)
        {
            parsedJSON = value
            if let body = GraphMessages.body(value), let article = read(body), !article.body.isEmpty { return article }
            // A mail Amazon SES received, posted by SNS: the mail's body (the headers are the sender's).
            if let body = SESNotifications.body(value), let article = read(body), !article.body.isEmpty { return article }
            if let delimited = SheetValues.delimited(value), let export = DelimitedExport.read(delimited, dates: dates) { return export }
        }
        // A JSON record, or a Python-printed one (a notebook's `pprint` of an extraction's result).
        if signs.contains(.brace),
            let record = JSONRecords.read(text, dates: dates)
                ?? (LineBytes.contains(text, bytes: "{'") || LineBytes.contains(text, bytes: "{\"")
                    ? PythonRecords.read(text, dates: dates) : nil),
            let article = read(under: record, record.rest)
        {
            return article
        }
        // A notebook's Markdown cell, a chat export's message: the text any other JSON document carries.
        if signs.contains(.brace), let plain = JSONTexts.plain(text, parsed: parsedJSON), let article = read(plain), !article.body.isEmpty { return article }
        // An outliner page's `key:: value` properties, a YAML record: their fields, and the text they hold.
        if let record = PropertyLines.read(text, dates: dates) ?? YAMLRecords.read(text, dates: dates),
            let article = read(under: record, record.rest)
        {
            return article
        }
        // XML, parsed once for both readers below.
        guard lead == 0x3C, let root = XMLRecords.root(of: text) else { return nil }
        // A feed's entry, a notes app's export, an agency's NITF file: their fields, and the text they hold.
        if let record = XMLRecords.read(root, dates: dates), let article = read(under: record, record.rest) {
            return article
        }
        // A sheet saved as XML Spreadsheet 2003: its table read as a delimited export (its header row names the fields).
        if root.name == "workbook", let delimited = SpreadsheetXML.delimited(root), let export = DelimitedExport.read(delimited, dates: dates) {
            return export
        }
        // A record whose elements only resemble a title's and a text's (`<story><hdl>…</hdl><story_body>…`).
        if let record = LooseRecords.record(in: LooseRecords.value(of: root), strict: true, dates: dates),
            let article = read(under: record, record.rest)
        {
            return article
        }
        // A PDF page converted to XML by poppler (`pdftohtml -xml`): its lines, blocks apart.
        if root.name == "pdf2xml", let page = PDFTextXML.plain(root) { return read(page) }
        // Any other XML document (a speech script, a translation job): its text, paragraph by paragraph.
        if let plain = XMLRecords.plain(root) { return read(plain) }
        return nil
    }

    /// `ConsoleRecords`' print under its first line, read as a record (`FieldRecords`); nil when the first line names
    /// none or the print holds no article.
    private func consoleRecord(_ text: String, lead: UInt8) -> JSONRecords.Record? {
        consolePrint(text, lead: lead)?.record
    }

    /// Whether the text is a store's print `ConsoleRecords` reads (a mongosh document, a redis-cli hash, a command's
    /// DynamoDB item, kcat message, ntfy message or Feedbin entry) that holds no article (a users collection, a session
    /// hash, an order, a metric, an ops alert): its lines are no article's either.
    func isConsolePrintWithoutArticle(_ text: String) -> Bool {
        guard let lead = LineBytes.leadingByte(text), lead != 0x7B, lead != 0x3C, lead != 0x5B,
            let print = consolePrint(text, lead: lead)
        else { return false }
        return print.record == nil
    }

    /// The print `ConsoleRecords` finds under the text's first line, with its article's record (nil when it holds
    /// none); nil when the text is no such print.
    private func consolePrint(_ text: String, lead: UInt8) -> (value: Any, record: JSONRecords.Record?)? {
        let first = ConsoleRecords.firstLine(text)
        if ConsoleRecords.isMongoPrint(first) {
            return ConsoleRecords.mongoDocument(text).map {
                ($0, FieldRecords.record(in: $0, rest: "", bareDate: true, isArticle: true, dates: dates))
            }
        }
        if ConsoleRecords.isRedisHash(first) {
            return ConsoleRecords.redisHash(text).map {
                ($0, FieldRecords.record(in: $0, rest: "", bareDate: true, isArticle: true, dates: dates))
            }
        }
        // The HBase shell's row under its prompt (`hbase:001:0> get …`: `DeskStores`).
        if lead == 0x68, let print = DeskStores.shellPrint(text, first: first, dates: dates) { return print }
        // A transcript, a MARC record, a telex or a routing slip its first line opens (`DeskArchives`).
        if lead != 0x24, let print = DeskArchives.carried(text, first: first, dates: dates) { return print }
        // An EPUB's files under `head`, a mail sending a piece with a note naming where it ran (`DeskCarriers`).
        if lead != 0x24, let print = DeskCarriers.carried(text, first: first, dates: dates) { return print }
        // A desk's fetch (`DeskFetches`: a vertical record, rdrview, Linkwarden, an HTTP response, svn, rclone, himalaya, yt-dlp).
        if lead == 0x24, let print = DeskFetches.print(text, first: first, dates: dates) { return print }
        // calibre's `ebook-meta` over the book's text: the text is the print, its record none without the text.
        if lead == 0x24, DeskAnswers.isEbookMeta(first) { return (text, DeskAnswers.ebookMeta(text, dates: dates)) }
        // A print of `DeskExports`' tools (notmuch, mdls, S3, Taskwarrior, MQTT, jrnl); any command's answer holding an article.
        if lead == 0x24, let print = DeskExports.print(text, first: first, dates: dates) { return print }
        guard lead == 0x24, let answers = ConsoleRecords.answers(text) else { return nil }
        guard let value = ConsoleRecords.known(answers) else { return DeskExports.articleAnswer(answers, dates: dates) }
        return (value, FieldRecords.record(in: value, rest: "", dates: dates))
    }

    /// A record's text read with its title known, its fields over what the text states (its
    /// authors only when it names some).
    private func read(under record: JSONRecords.Record, _ rest: String) -> TextLayout? {
        if record.headlineOnly {
            var article = TextLayout(title: record.title)
            article.body = [record.title]
            article.authors = record.authors
            article.published = record.date
            article.source = record.source
            return article
        }
        guard var article = read(rest, knownTitle: record.title) else { return nil }
        // A page's tab title (`Headline | Le Figaro`) whose ending names the publication the text credits.
        if record.source == nil, let source = article.source, let title = record.title(without: source) { article.title = title }
        article.published = record.date ?? article.published
        article.source = record.source ?? article.source
        if !record.authors.isEmpty { article.authors = record.authors }
        return article
    }

    /// The lines with each shape's rule applied when `signs` say the text can hold the shape
    /// (a converter's leftovers, line numbers, grid tables, frames of box-drawing characters, writers' portraits, a Markdown table of fields, tagged text, a shared document's comments, a terminal
    /// browser's dump, a page's Markdown dump, Jina's reader output, a template's bracketed labels, a metadata dump, a forum thread, a mail gateway's banners, an Org entry,
    /// a wiki page, a press review's index entry, a mailing service's headings, a database
    /// record's stacked fields, a brief's run-in headline, a closing list of related articles), in that order; each rule returns the lines it does not
    /// recognise unchanged.
    func withLineRules(_ lines: [String], signs: TextSigns) -> [String] {
        var raw = lines
        // A converter's `<!-- image -->` and `GLYPH<…>`: nothing a reader of the page sees.
        if ConverterLeftovers.mayHold(raw) { raw = ConverterLeftovers.cleaned(raw) }
        if signs.contains(.doubleSpace) { raw = LineNumbers.withoutNumbers(raw) }
        if signs.contains(.gridCorner) { raw = GridTables.labelled(raw) }
        // A frame drawn with box-drawing characters (`┌──┐`, `│ Le Monde │`): the lines it frames.
        if BoxDrawing.framed(raw) { raw = BoxDrawing.unframed(raw) }
        // Writers' portraits' alt texts above their names (`Portrait of A`, `A`, `Follow`): one byline.
        raw = PortraitCredits.joined(raw)
        if raw.prefix(20).contains(where: { $0.utf8.first == 0x7C }) { raw = MarkdownFieldTables.labelled(raw) }
        if signs.contains(.at) { raw = TaggedText.labelled(raw) }
        if raw.first?.utf8.first == 0x3C { raw = TaggedText.inDesignLabelled(raw, dates: dates) }
        if signs.contains(.bracket) { raw = ExportedPages.withoutComments(raw) }
        if signs.contains(.firstLink) { raw = LinkDumps.cleaned(raw) }
        if signs.contains(.bracket) { raw = MarkdownDumps.cleaned(raw) }
        if signs.contains(.colon), raw.first.map({ LineBytes.hasPrefix($0, "Title: ") }) == true { raw = JinaReaderPages.labelled(raw) }
        if signs.contains(.colon), raw.first.map({ LineBytes.hasPrefix($0, "Content-Type: ") }) == true { raw = ZimPages.labelled(raw) }
        // Bracketed labels, or a property table's tabs: most texts hold neither (a byte search per line, no copy).
        // A routing slip of boxes to tick over the copy (`UMLAUF – Pressestelle`, `[ ] A   [ ] B`, a rule): the copy under it.
        if signs.contains(.bracket) { raw = TickBoxSlips.withoutSlip(raw) }
        if signs.contains(.bracket) || raw.contains(where: { LineBytes.contains($0, 0x09) }) { raw = BracketLabels.labelled(raw) }
        if signs.contains(.colon), raw.contains(where: { $0.utf8.first == 0x3A }) { raw = RestructuredText.labelled(raw) }
        if signs.contains(.paddedColon) { raw = MetadataDumps.labelled(raw) }
        if signs.contains(.userHandle) { raw = ForumThreads.cleaned(raw) }
        if signs.contains(.colon) { raw = CautionBanners.withoutBanners(raw) }
        if signs.contains(.propertiesDrawer) { raw = OrgEntries.labelled(raw) }
        if signs.contains(.doubleBrace) { raw = WikiPages.labelled(raw) }
        raw = IndexEntries.labelled(raw, dates: dates)
        raw = RunInHeads.split(StackedLabels.labelled(MailingServiceText.labelled(raw)))
        // A list of related articles closing a page's copy (`Mehr zum Thema`, then other headlines): none of the article's;
        // a writer's credit or a signature with its day under it closes the text (a line stating authors or a day).
        let dates = dates
        return RelatedLists.withoutTrailingList(raw) { line in
            ClippingFacts(dates: dates).facts(line, atBottom: true).map { !$0.authors.isEmpty || $0.date != nil } ?? false
        }
    }

    /// The article under a carrier that opens the file, read from the text that follows it
    /// (`lines` trimmed, `raw` as they are, one for one), in this order: a record's cells on
    /// the first line, a reading list's item, a Refer/EndNote record, a news e-book, a newspaper
    /// archive's clipping, a mail's text attachment, a chat channel's export, a list archive's
    /// post, a slide deck's outline, a podcast's page, passages copied out of an e-book reader, a
    /// chatbot conversation, a BibTeX entry, a Pandoc title block, a colleague's note quoting the
    /// headline, a memo's subject quoting it, an `Original article:` marker, the title alone
    /// under a carrier that named it. Nil when there is none, or no article under it.
    func carriedArticle(_ lines: [String], raw: [String], signs: TextSigns) -> TextLayout? {
        let first = lines.firstIndex(where: { !$0.isEmpty })
        // A record's cells on the first line (`Reuters ; 26/02/1987 ; Cal Mankowski ; TITLE`): the text follows.
        if let first, let record = RecordLines.read(lines[first], dates: dates),
            let article = read(under: CarriedFacts(title: record.title, authors: record.authors, date: record.date,
                                                   source: record.source, bodyStart: first + 1), raw)
        {
            return article
        }
        // A reference to the article above its title (`Roux, Hélène. “Title.” Le Figaro, 3 Mar. 1987, p. 7.`): the text follows.
        if let carried = HeadReferences.read(lines, dates: dates), let article = read(under: carried, raw) { return article }
        // A publication's newsletter as its plain-text part: the lead item under its rule of dashes.
        if let letter = NewsletterTexts.read(lines), var article = read(letter.text, knownTitle: letter.title) {
            article.source = article.source ?? letter.source
            return article
        }
        // A press review in AsciiDoc: the article is a section (`== Title`, `[.source]`, `[.byline]`) under the review's header.
        if let page = AsciiDocPages.read(lines), let article = read(page.text, knownTitle: page.title) {
            return article
        }
        // A Mastodon thread: a publication's post with its headline, a colleague's reply pasting the text.
        if signs.contains(.at), let thread = FediverseThreads.read(lines), var article = read(thread.text, knownTitle: thread.title) {
            article.source = thread.source
            return article
        }
        // A colleague's notes above a rule (`Summary (Jane Doe): …`, `Relevance: high`, `Recommended by A, date`): the
        // article is under it.
        if let start = RuledNotes.articleStart(lines, dates: dates), let article = read(lines: raw[start...]) {
            return article
        }
        // A meeting's transcript in which a colleague announces a piece and reads it out.
        if signs.contains(.doubleSpace), let record = MeetingTranscripts.read(lines, dates: dates),
            let article = read(under: record, record.rest)
        {
            return article
        }
        // An archive's record view above the copy it keeps: the copy alone; an archive shop's order naming the
        // article (`Article: «TITLE»`): the text under that heading, up to the copy's end.
        if signs.contains(.colon), let record = ArchiveRecords.read(lines) {
            if let order = ArchiveRecords.order(record.fields, dates: dates),
                let heading = Self.heading(order.title, in: lines[record.copy].prefix(8)),
                let article = read(under: CarriedFacts(title: order.title, authors: order.facts.authors, date: order.facts.date,
                                                       source: order.facts.source, bodyStart: heading + 1),
                                   Array(raw[..<record.copy.upperBound]))
            {
                return article
            }
            if var article = read(lines: raw[record.copy]) {
                if let newspaper = ArchiveRecords.newspaper(record.fields), TextFolding.fold(newspaper) != TextFolding.fold(article.title),
                    article.source.map({ TextFolding.fold($0) == TextFolding.fold(newspaper) }) ?? true
                {
                    article.source = newspaper
                }
                return article
            }
        }
        // A customer-service chat in which an agent sends the article.
        if signs.contains(.bracket), let record = ServiceChats.read(lines, dates: dates), let article = read(under: record, record.rest) {
            return article
        }
        // A reading list's item (`→ Title — A for Publication (3 Mar 2026)`): the text follows.
        if let item = ListItems.read(lines, dates: dates), let article = read(under: item, raw) { return article }
        // A Refer/EndNote record (`%T Title`, `%A Family, Given`): the text follows.
        if lines.first?.first == "%", let record = ReferRecords.read(lines, dates: dates), let article = read(under: record, raw) {
            return article
        }
        // A news e-book's article (`Reuters [Fri, 27 Feb 1987]`, its sections, then the article between bars).
        if lines.first?.utf8.last == 0x5D, let book = EbookNews.read(lines), var article = read(lines: raw[book.article]) {
            article.source = article.source ?? (Self.isBareHost(book.source) ? nil : book.source)
            return article
        }
        // A newspaper archive's clipping (`Clipped by …`, the page's publication and day, `Text (OCR):`): the page follows.
        if let clipping = ArchiveClippings.read(lines, dates: dates),
            let headline = lines[clipping.start...].firstIndex(where: { !$0.isEmpty }),
            let article = read(under: CarriedFacts(title: lines[headline], date: clipping.date, source: clipping.source,
                                                   bodyStart: headline + 1), raw)
        {
            return article
        }
        // A mail's text attachment (mutt), a chat channel's export, a list archive's post: the article they carry.
        if let part = MessageExports.attachedText(lines), let article = read(lines: raw[part]) { return article }
        if let chat = MessageExports.chatExport(lines),
            var article = read(lines: raw[chat.text], knownTitle: chat.title)
        {
            if !Self.isBareHost(chat.site) { article.source = chat.site }
            return article
        }
        // A text message in parts (`[1/5] …` under each part's headers): the parts joined.
        if lines.prefix(40).contains(where: { $0.utf8.first == 0x5B && $0.hasPrefix("[1/") }), let parts = MultipartTexts.joined(lines), let article = read(parts.joined(separator: "\n")) {
            return article
        }
        // A phone chat's export: its longest message, without the stamp and the poster.
        if let message = ChatLogs.longestMessage(lines),
            let article = read(([message.first] + raw[message.rest]).joined(separator: "\n"))
        {
            return article
        }
        // A team chat's thread copied from its window: the longest message, under its poster and time.
        if let post = ChatLogs.longestPost(lines), var article = read(lines: raw[post.text], knownTitle: post.preview?.title) {
            if article.source == nil { article.source = post.preview?.site }
            return article
        }
        if let post = MessageExports.archivedPost(lines), let article = read(lines: raw[post.text], knownTitle: post.title) {
            return article
        }
        // A slide deck's outline: the slide holding the article.
        if let slide = SlideOutlines.article(raw), let article = read(slide.joined(separator: "\n")) { return article }
        // A read-aloud article's podcast page (`Episode 142 · 5 Mar 2026 · 12 min`, the headline, `Transcript`).
        if let episode = AudioEditions.read(lines, dates: dates), let article = read(under: episode, raw) { return article }
        // Passages copied out of an e-book reader (`Excerpt From`, the title, its creator): the passages are the text.
        if let excerpts = BookExcerpts.read(lines), let article = read(under: excerpts.facts, excerpts.text) { return article }
        // A chatbot conversation: the article the user pasted, not what the assistant wrote.
        if let pasted = ChatTurns.article(lines), let article = read(lines: raw[pasted]) { return article }
        // A BibTeX or biblatex entry (`@article{key,`), a note perhaps above it: the text follows.
        if let entry = BibTeXEntries.read(lines, dates: dates), let article = read(under: entry, raw) { return article }
        // Pandoc's title block (`% Title`, `% A; B`, `% 3 March 2026`): the text follows.
        if let first, lines[first].hasPrefix("% "), let block = TitleBlocks.read(raw, from: first, dates: dates),
            let article = read(under: block, raw)
        {
            return article
        }
        // A colleague's note quoting the headline (`below is the piece A wrote in X, headline “Title”.`): the text follows.
        // (A headline ending with a quoted name, `… show called “Dark Harbour”`, is no note.)
        if let first, !Self.endsWithQuote(lines[first]), let note = HeadlineNotes.read(lines[first], dates: dates),
            let article = read(under: CarriedFacts(title: note.title, authors: note.authors, date: note.date, source: note.source,
                                                   bodyStart: Self.afterSignOff(lines, from: first + 1)), raw)
        {
            return article
        }
        // An app's information panel under the article (`Title           Headline`, `Site name       Reuters`): its fields.
        if signs.contains(.doubleSpace), let panel = FootPanels.read(lines, dates: dates),
            var article = read((raw[..<panel.lines.lowerBound] + raw[(panel.lines.upperBound + 1)...]).joined(separator: "\n"), knownTitle: panel.title)
        {
            article.published = panel.date ?? article.published
            article.source = panel.source ?? article.source
            if !panel.authors.isEmpty { article.authors = panel.authors }
            return article
        }
        // A site's news ticker (`16:02  Title` items), one item opened: its text, up to the next item.
        if let ticker = NewsTickers.read(lines, dates: dates),
            var article = read(lines: raw[ticker.text], knownTitle: ticker.title)
        {
            article.published = ticker.date ?? article.published
            article.source = ticker.source ?? article.source
            return article
        }
        // A reference alone above the text, its title quoted (`«TITLE». Reuters, 26 de febrero de 1987.`): the text follows.
        if let cited = QuotedReferences.read(lines, dates: dates),
            let article = read(under: CarriedFacts(title: cited.title, authors: cited.reference.authors, date: cited.reference.date,
                                                   source: cited.reference.source, bodyStart: cited.index + 1), raw)
        {
            return article
        }
        // A reference labelled as the source at the foot (an exam's excerpt): the text under the heading it names.
        if let cited = QuotedReferences.footnote(lines, dates: dates),
            let heading = Self.heading(cited.title, in: lines[..<cited.index].prefix(40)),
            let article = read(under: CarriedFacts(title: cited.title, authors: cited.reference.authors, date: cited.reference.date,
                                                   source: cited.reference.source, bodyStart: heading + 1), raw)
        {
            return article
        }
        // A message citing the article in its first paragraph (a voicemail's transcription, a written question),
        // naming more than its title or annexing its text: the annexed text when there is one, else the message.
        // An article's own byline above the line (`By A`, `Par A`) makes it a paragraph of the article that mentions another.
        if let (index, note) = HeadlineNotes.citing(lines, dates: dates), index != first,
            !lines[..<index].contains(where: { !$0.isEmpty && Bylines.read($0, dates: dates, keepsAgencies: false) != nil })
        {
            let annex = ArticleMarkers.annex(in: lines, from: index + 1)
            // A looser note, announced: the text annexed, a colon closing its line, or its title in a heading above.
            let foldedTitle = TextFolding.fold(note.title)
            let titledAbove = lines[..<index].contains { !$0.isEmpty && TextFolding.fold($0).contains(foldedTitle) }
            let announced = annex != nil || lines[index].utf8.last == 0x3A || titledAbove
            // A headline right above an unannounced paragraph naming another title: the article's own lead that
            // mentions a film, a book or another paper's story (`… titled “The Long Winter”, premiered …`), no message.
            let underHeadline = !announced && first.map { first in
                first < index && lines[(first + 1)..<index].allSatisfy(\.isEmpty) && Self.isHeadline(lines[first])
            } ?? false
            // A day stated alone on a line above the message (a programme's `Friday, October 6, 2017`) is the article's.
            let date = note.date ?? lines[..<index].lazy.filter { !LineBytes.contains($0, 0x3A) }.compactMap { dates.dateLine($0) }.first
            if !underHeadline, !note.isLoose || announced, annex != nil || note.source != nil || note.date != nil || !note.authors.isEmpty,
                let article = read(under: CarriedFacts(title: note.title, authors: note.authors, date: date, source: note.source,
                                                       bodyStart: annex.map { $0 + 1 } ?? index), raw)
            {
                return article
            }
        }
        // A memo or mail whose subject quotes the article's headline (`RE: Article “Title” (Reuters, March 3, 2026)`).
        if let memo = QuotedSubjects.read(lines, dates: dates), let article = read(under: memo, raw) { return article }
        // `Original article:` under an analysis or a summary: the article is what follows.
        if let marker = ArticleMarkers.index(in: lines), let article = read(lines: raw[(marker + 1)...]) {
            return article
        }
        // The title alone on its line under a carrier that named it (`Subject: Title`): the article starts there.
        guard let echo = EchoedTitles.start(in: lines),
            var article = read(EchoedTitles.article(raw, from: echo.start).joined(separator: "\n"))
        else { return nil }
        // What the carrier states (a publication's own mailing, `Title | Publication`) fills the gaps.
        if article.published == nil || article.source == nil || article.authors.isEmpty {
            let carried = carried(by: echo, in: lines)
            if article.authors.isEmpty { article.authors = carried.authors }
            // A newsletter's own day is no date of an article naming another source.
            if article.source == nil || article.source == carried.source { article.published = article.published ?? carried.date }
            article.source = article.source ?? carried.source
        }
        return article
    }

    /// The article under a carrier: its text read with the carrier's title known, the carrier's
    /// fields over what the text states (its authors only when it names some); nil when the text
    /// holds no article.
    func read(under carried: CarriedFacts, _ raw: [String]) -> TextLayout? {
        guard var article = read(lines: raw[carried.bodyStart...], knownTitle: carried.title) else { return nil }
        article.published = carried.date ?? article.published
        article.source = carried.source ?? article.source
        if !carried.authors.isEmpty { article.authors = carried.authors }
        return article
    }

    /// The index of the first line among `lines` whose heading text is `title` (case and accents
    /// aside): where a carrier's named article starts.
    static func heading(_ title: String, in lines: ArraySlice<String>) -> Int? {
        let folded = TextFolding.fold(title)
        return lines.firstIndex { !$0.isEmpty && TextFolding.fold(headingText($0)) == folded }
    }

    /// Whether the line ends with a closing quote (`”`, `»`, `“`, `"`, `’`).
    /// A last Character that `LineBytes.lastLoneASCII` reads as one ASCII scalar is a quote only as `"`
    /// (none of the marks is canonically equivalent to anything else): answered on the bytes.
    static func endsWithQuote(_ line: String) -> Bool {
        if let last = LineBytes.lastLoneASCII(line) { return last == 0x22 }
        guard let last = line.last else { return false }
        return "”»“\"’".contains(last)
    }

    /// A headline's shape: at most 150 characters, no colon, no sentence's end, no comma last (`Dear Ms Hale,`).
    static func isHeadline(_ line: String) -> Bool {
        TextFolding.hasAtMost(line, 150) && !LineBytes.contains(line, 0x3A) && line.utf8.last != 0x2C && !endsLikeSentence(line)
            && isTitleLike(line)
    }

    /// Where the text under a note starts: past a sign-off (`Thanks,` / `Anna`, short lines) and
    /// the rule under it when a rule follows within four lines; else `start` itself.
    static func afterSignOff(_ lines: [String], from start: Int) -> Int {
        var index = start
        var filled = 0
        while index < lines.count, filled <= 4 {
            if Paragraphs.isRule(lines[index]) { return index + 1 }
            if !lines[index].isEmpty {
                guard LineBytes.words(lines[index]).count <= 4 else { return start }
                filled += 1
            }
            index += 1
        }
        return start
    }
}
