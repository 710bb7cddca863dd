import DateReading
import TextToolkit

/// What the structure of a text article says, before the parser assembles the `Article`.
package struct TextLayout: Equatable {
    package var title: String
    package var authors: [String] = []
    package var source: String?
    package var site: String?
    package var published: CalendarDate?
    package var body: [String] = []
    /// A summary the file declares (front matter `description`), or nil.
    package var summary: String?

    package init(title: String) {
        self.title = title
    }
}

/// Reads a plain-text clipping field by field, whatever its layout.
///
/// Every line at the top and bottom of the file is judged on its form (`ClippingFacts`: labelled
/// field, forwarded-mail banner, byline, date line, `Source:` line, copyright line, agency,
/// signature, or several joined by `|`); what the lines state is collected, and the remaining
/// middle is the body (`Paragraphs`, which unwraps hard-wrapped prose). The title is, in order:
/// a labelled one (`Title:`, `Subject:`, `Betreff:`, …); the last line of a **trailer** (the
/// OSIRIS press review, the seed: body, author, `(Source : X, date)`, one to three short lines
/// of which the last is the title and the first the site); the first line when it can be a title
/// (short, and not a sentence run on into the next line); else the last line when it can be one.
/// A bare line of names is an author only beside other metadata: at the bottom, or under the
/// title (`LayoutReader+Head`: never above it, where it may be a title in capitals); a
/// publication's name above a date or edition line is the source (`Le Monde`, then
/// `Économie, 3 mars 2026 612 mots, p. 9`); metadata under a standfirst is read, and the
/// standfirst stays in the body. Databases' and web pages' furniture (`ExportLines`: word
/// counts, sections, share buttons, `Updated …`) is consumed without stating anything. A wire
/// dateline opening the first paragraph (`PARIS, 3 mars 2026 (AFP) -`) gives the agency and,
/// when it has a year, the date, and stays in the body. A date, source or byline the layout left
/// unstated is then looked for in the body's first and last lines and the preamble, each judged
/// on its form (`LayoutReader+Edges`).
///
/// Before any line is judged, invisible typesetting marks are removed (`InvisibleMarks`), a raw
/// e-mail's encoded text part is decoded (`MailBodies`); a
/// delimited export or a RIS record is read as such (`DelimitedExport`, `RISRecord`); ASCII grid
/// tables and tagged text become labelled lines (`GridTables`, `TaggedText`); and below
/// `Original article:` the reading starts again (`ArticleMarkers`). A note naming where the
/// article first appeared gives the original's source, date and authors (`OriginNotes`).
///
/// Contract: dates come only from date lines, labelled values, source lines, bylines and a
/// dateline, never from body prose; a copyright year is never a date. When a field is stated
/// twice, the top of the file wins, and a date statement beats a source line's date, which beats
/// a byline's, which beats a dateline's. Throws `.noTitle` when no line can be a title. Pure.
package struct LayoutReader: Sendable {
    package var dates: DateRecognizer
    /// How many readers this one is nested in (a carrier's text read again, an `Original
    /// article:` marker's): `read` gives nil past `maximumNesting`, so that a file repeating a
    /// carrier cannot recurse without end.
    private var nesting = 0
    private static let maximumNesting = 8
    /// The bytes nested readers may still read, shared by every reader nested in one top-level
    /// `read`: a carrier's part read again costs what it holds, and once the nested reads of
    /// one file have read twice its size plus 64 KiB, no carrier reads a part that large again
    /// (`read` gives nil). A nested read that finds nothing gives back what it cost when it read
    /// 1 MiB at most, 16 times at most (a carrier that matched and fell through must not starve
    /// the next one on an ordinary file).
    /// Depth alone did not bound the work: two carriers that each read the rest again at every
    /// level read a text with no title 2⁸ times (1 MiB: 26 s).
    private var budget: ReadBudget?

    package init(dates: DateRecognizer) {
        self.dates = dates
    }

    /// The fields collected so far.
    struct Found {
        var title: String?
        var authors: [String] = []
        var source: String?
        var site: String?
        /// A labelled publication (`Publication: Le Monde`): the source when no line names one.
        var labelledSite: String?
        /// A kicker's words above the title that may name the publication (`Boing Boing`): the
        /// source when no line names one.
        var overlineSource: String?
        /// The site a browser's print header names after the tab's title (`… | Le Monde`): the source when nothing in the
        /// page names one (a masthead over the title wins: the tab may be a reading platform's).
        var printedSite: String?
        var date: CalendarDate?
        var dateRank = LineFacts.DateRank.dateline
        /// The authors are a mail's sender: a byline read later replaces them.
        var authorsAreSender = false
        /// The subject was forwarded (`FW: Title`): a sender signing a note above the article is no author.
        var forwarded = false
        /// The mail's sender when a person (`From: Jane Doe <…>`), kept when a byline replaces them as author.
        var sender: String?
        /// The item came from a news aggregator's feed: its title ends ` - Publisher`.
        var aggregated = false
        /// The date of the press review the article was copied into (`PRESS REVIEW – Thursday,
        /// April 2, 2026`), and the days back from it a relative time states (`yesterday`).
        var reviewDate: CalendarDate?
        var daysBeforeReview: Int?

        mutating func absorb(_ facts: LineFacts) {
            // `Aus: Stern Nr. 18/1983 vom 28. April 1983` under the article's own day: a caption's issue, none of its fields.
            if let own = facts.ownIssueDays, let date, let cited = facts.date, !own.contains(cited.days(since: date)) { return }
            title = title ?? facts.title
            forwarded = forwarded || facts.isForward
            if facts.authorsAreSender, sender == nil, facts.authors.count == 1 { sender = facts.authors[0] }
            aggregated = aggregated || facts.isAggregated
            if authors.isEmpty || authorsAreSender && !facts.authors.isEmpty && !facts.authorsAreSender && !facts.isBareNames {
                authors = facts.authors
                authorsAreSender = facts.authorsAreSender
            }
            source = source ?? facts.source
            site = site ?? facts.site
            labelledSite = labelledSite ?? facts.site
            if let date = facts.date, self.date == nil || facts.dateRank < dateRank {
                self.date = date
                dateRank = facts.dateRank
            }
        }

        /// No date yet, or only when a mail was sent (or an update stamp): an article's date is wanted.
        var needsDate: Bool { date == nil || dateRank >= .mailSent }
        /// No authors yet, or only a mail's sender: a byline is wanted.
        var needsAuthors: Bool { authors.isEmpty || authorsAreSender }

        /// Takes from `facts` only the fields nothing stated yet.
        mutating func fill(_ facts: LineFacts) {
            if authors.isEmpty { authors = facts.authors }
            source = source ?? facts.source
            if date == nil, let date = facts.date {
                self.date = date
                dateRank = facts.dateRank
            }
        }
    }

    /// Whether one of the first eight non-empty lines is the sender's given name alone: a note's
    /// signature (`Carmen` under `For the review, text below.`).
    static func signsNote(_ sender: String, _ lines: ArraySlice<String>) -> Bool {
        guard let given = sender.split(separator: " ").first, sender.contains(" ") else { return false }
        let folded = TextFolding.fold(given)
        return lines.lazy.filter { !$0.isEmpty }.prefix(8).contains { TextFolding.fold($0) == folded }
    }

    /// Whether one of the last four non-empty lines is the sender's whole name alone: the
    /// signature closing a forwarded mail (`Stefan Krüger` over `Press review · +33 1 40 00 67 90`).
    static func signsOff(_ sender: String, _ lines: ArraySlice<String>) -> Bool {
        guard sender.contains(" ") else { return false }
        let folded = TextFolding.fold(sender)
        return lines.reversed().lazy.map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }.prefix(4).contains { TextFolding.fold($0) == folded }
    }

    /// The layout of `text`, or nil when no line can be its title (the façade's `noTitle`), even
    /// after the second reading of `rescued` (a headline running into the text). A page printed
    /// from a browser is read without its headers and footers (`BrowserPrints`), the site its
    /// tab's title names the source when nothing else names one.
    /// A site's bare address is no source (`news.example.org`), nor a section after the
    /// publication's name (`Le Figaro — Economia` is `Le Figaro`: `sectionedMasthead`); a title opening with the
    /// source's name or a site's address and a colon, as a distributor prints it (`Reuters:
    /// Title`), loses that prefix.
    package func read(_ text: String, knownTitle: String? = nil) -> TextLayout? {
        guard nesting < Self.maximumNesting else { return nil }
        var inner = self
        inner.nesting += 1
        if let budget {
            guard budget.spend(text.utf8.count) else { return nil }
        } else {
            inner.budget = ReadBudget(bytes: 2 * text.utf8.count + 64 << 10)
        }
        // A page printed from a browser: its headers and footers are the print's (the tab's title may name the site).
        let printed = nesting == 0 ? BrowserPrints.unwrapped(text) : nil
        // A wire message saved with its transmission envelope (IPTC 7901), a message as Apple Mail stores it: the message alone.
        let text = printed?.text ?? (nesting == 0 ? WireEnvelopes.message(text) ?? AppleMailFiles.message(text) : nil) ?? text
        // A text in which no line could be a title is read again with its head rewritten (`rescued`).
        guard var layout = inner.readLayout(text, knownTitle: knownTitle) ?? (knownTitle == nil && nesting == 0 ? inner.rescued(text) : nil)
        else {
            budget?.refund(text.utf8.count)
            return nil
        }
        if let source = layout.source, Self.isBareHost(source) { layout.source = nil }
        if layout.source == nil, let tab = printed?.tabTitle { layout.source = BrowserPrints.site(inTab: tab, title: layout.title) }
        // `Le Figaro — Economia`: the publication, without its section.
        if let source = layout.source, let named = Self.sectionedMasthead(source) { layout.source = named.name }
        // `4. Title` under a digest's `Item 4 of 14`: the entry's number is none of the title's.
        if let lead = layout.title.utf8.first, lead &- 0x30 < 10, let numbered = Self.withoutItemNumber(layout.title, in: text) {
            layout.title = numbered
        }
        // `ANALYSE | Title`, `Kommentar: Title`: a genre's kicker on the headline's line.
        if let bare = Self.withoutKicker(layout.title) { layout.title = bare }
        // `Title (S+)`, `Title - Abonnés`: a paywall's mark after the headline.
        if let bare = Self.withoutSubscriberMark(layout.title) { layout.title = bare }
        // `Title*`: a footnote's mark after the headline, its note (`* First published in …`) at the foot.
        if layout.title.utf8.last == 0x2A, let bare = Self.withoutFootnoteMark(layout.title, in: text) { layout.title = bare }
        // `Title (26.2.1987)`: the day after the headline, the article's when the file states no other.
        if layout.title.utf8.last == 0x29, let (bare, day) = inner.withoutDay(layout.title) {
            layout.title = bare
            layout.published = layout.published ?? day
        }
        // A `:` or ` ` Character is that one byte (no other scalar is canonically equivalent to
        // either), so a title without the bytes `: ` has no such pair of Characters: the
        // Character search (slow) is made only for a title that has them.
        if LineBytes.contains(layout.title, bytes: ": "), let colon = layout.title.firstRange(of: ": ") {
            let prefix = layout.title[..<colon.lowerBound]
            let rest = LineBytes.trimmed(layout.title[colon.upperBound...])
            if !rest.isEmpty, Self.isBareHost(String(prefix)) || ExportLines.isAddress(String(prefix))
                || layout.source.map({ TextFolding.fold($0) == TextFolding.fold(prefix) }) == true
            {
                layout.title = rest
            }
        }
        return layout
    }

    /// `Title*` → `Title` when a line of `text` opens with the footnote's mark (`* First published in
    /// Le Figaro.`, `*) Erschienen in …`); nil for any other title (`*Title*`, `Title **`, a lone `*`).
    static func withoutFootnoteMark(_ title: String, in text: String) -> String? {
        let utf8 = title.utf8
        guard utf8.count >= 2, utf8.first != 0x2A, utf8.last == 0x2A else { return nil }
        let before = utf8[utf8.index(utf8.endIndex, offsetBy: -2)]
        guard before != 0x2A, before != 0x20, LineBytes.contains(text, bytes: "\n* ") || LineBytes.contains(text, bytes: "\n*)")
        else { return nil }
        return String(decoding: utf8.dropLast(), as: UTF8.self)
    }

    /// `Title (26.2.1987)` → `Title` and its day: parentheses closing the title that hold a date
    /// and nothing else (`dates.dateLine`, 30 Characters at most; no update stamp); nil for any other title.
    func withoutDay(_ title: String) -> (String, CalendarDate)? {
        guard let open = LineBytes.lastIndex(of: "(", in: title) else { return nil }
        let inner = title[title.index(after: open)..<title.index(before: title.endIndex)]
        guard TextFolding.hasAtMost(inner, 30), inner.contains(where: \.isNumber), !ExportLines.isUpdateStamp(inner),
            let day = dates.dateLine(String(inner))
        else { return nil }
        let bare = LineBytes.trimmed(title[..<open])
        return bare.contains(where: \.isLetter) ? (bare, day) : nil
    }

    /// Where a known title stands again in a text's first 12 lines (a heading's marks and case
    /// ignored), at most one non-empty line above it; nil otherwise.
    static func repeatedTitle(_ title: String, in lines: [String]) -> Int? {
        let folded = TextFolding.fold(title)
        var above = 0
        for index in lines.indices.prefix(12) where !lines[index].isEmpty {
            if TextFolding.fold(headingText(lines[index])) == folded { return index }
            above += 1
            if above > 1 { return nil }
        }
        return nil
    }

    /// `ANALYSIS: Title`, `Il Punto | Title`, `Éditorial. Title` → `Title`: a genre's kicker
    /// (`genreKickers`) of at most 30 bytes before `: `, `. `, ` | `, ` — `, ` – ` or ` - `,
    /// a letter after it; nil for any other title.
    static func withoutKicker(_ title: String) -> String? {
        // A kicker opens with a letter; the separator is found on the first 34 bytes, read once.
        guard let lead = title.utf8.first, ASCII.isLetter(lead) || lead >= 0xC3 else { return nil }
        let head = Array(title.utf8.prefix(34))
        var cut: (start: Int, end: Int)?
        for index in head.indices where cut == nil {
            func at(_ offset: Int) -> UInt8 { index + offset < head.count ? head[index + offset] : 0 }
            switch head[index] {
            case 0x3A, 0x2E: if at(1) == 0x20 { cut = (index, index + 2) }  // `: `, `. `
            case 0x20:
                if (at(1) == 0x7C || at(1) == 0x2D) && at(2) == 0x20 { cut = (index, index + 3) }  // ` | `, ` - `
                if at(1) == 0xE2, at(2) == 0x80, at(3) == 0x94 || at(3) == 0x93, at(4) == 0x20 { cut = (index, index + 5) }  // ` — `, ` – `
            default: break
            }
        }
        guard let cut, cut.start <= 30,
            Self.genreKickers.contains(TextFolding.fold(String(decoding: head[..<cut.start], as: UTF8.self)))
        else { return nil }
        let rest = LineBytes.trimmed(String(decoding: title.utf8.dropFirst(cut.end), as: UTF8.self))
        return rest.contains(where: \.isLetter) ? rest : nil
    }

    /// `Title (S+)`, `Title [Abo]`, `Title | Plus`, `Title - Abonnés` → `Title`: a paywall's mark
    /// (`subscriberMarks`) closing the title in parentheses or brackets, or after ` | `, ` - `, ` – `
    /// or ` — `, in its last 40 bytes; nil for any other title (or when nothing with a letter is left).
    static func withoutSubscriberMark(_ title: String) -> String? {
        let tail = Array(title.utf8.suffix(40))
        guard let last = tail.last else { return nil }
        var cut: (start: Int, end: Int)?  // the separator's first byte and the mark's, in `tail`
        if last == 0x29 || last == 0x5D, let open = tail.lastIndex(of: last == 0x29 ? 0x28 : 0x5B), open > 0, tail[open - 1] == 0x20 {
            cut = (open - 1, open + 1)
        } else {
            for index in tail.indices.reversed() where cut == nil && index + 2 < tail.count && tail[index] == 0x20 {
                if (tail[index + 1] == 0x7C || tail[index + 1] == 0x2D) && tail[index + 2] == 0x20 { cut = (index, index + 3) }
                if index + 4 < tail.count, tail[index + 1] == 0xE2, tail[index + 2] == 0x80, tail[index + 3] == 0x93 || tail[index + 3] == 0x94,
                    tail[index + 4] == 0x20
                {
                    cut = (index, index + 5)
                }
            }
        }
        guard let cut else { return nil }
        let closing = last == 0x29 || last == 0x5D ? tail.count - 1 : tail.count
        guard cut.end <= closing, subscriberMarks.contains(TextFolding.fold(String(decoding: tail[cut.end..<closing], as: UTF8.self)))
        else { return nil }
        let bare = LineBytes.trimmed(String(decoding: title.utf8.dropLast(tail.count - cut.start), as: UTF8.self))
        return bare.contains(where: \.isLetter) ? bare : nil
    }

    /// Paywalls' marks after a headline, folded (`S+`, `Abo`, `Plus`, `Premium`, `Abonnés`, `Exclusivo suscriptores`).
    private static let subscriberMarks: Set<String> = [
        "s+", "f+", "z+", "abo", "abo+", "plus", "premium", "subscribers", "subscriber", "subscribers only", "subscriber only",
        "for subscribers", "abonnes", "abonne", "reserve aux abonnes", "pour les abonnes", "exclusivo suscriptores",
        "exclusivo para suscriptores", "solo suscriptores", "suscriptores", "abbonati", "solo per abbonati", "riservato agli abbonati",
        "exclusivo assinantes", "exclusivo para assinantes", "assinantes", "€",
    ]

    /// The kickers of a piece's genre (analysis, opinion, commentary, explainer, background), folded: never
    /// part of the headline. A live page's (`Live: Storm Eunice batters…`), a letters page's (`Leserbriefe: …`)
    /// or a word that may be the subject (`Breaking: the Olympic debut of a street dance`) stays.
    private static let genreKickers: Set<String> = [
        "analysis", "analyse", "analisi", "analisis", "analise", "opinion", "opinione", "opiniao", "meinung", "comment",
        "commentary", "commento", "kommentar", "editorial", "editoriale", "leitartikel", "tribune", "tribuna", "point de vue",
        "gastbeitrag", "explainer", "explicador", "explicativo", "decryptage", "hintergrund", "background", "il punto",
        "claves", "las claves", "les cles", "key points", "factbox", "fact check", "faktencheck",
        "q&a", "questions & answers", "fragen & antworten", "fragen und antworten", "questions-reponses",
        "preguntas y respuestas", "domande e risposte", "perguntas e respostas",
    ]

    /// `4. Title` → `Title` when one of the first 12 lines of `text` is a digest's counter of
    /// that number (`Item 4 of 14`, `ExportLines.counterNumber`); nil for any other title.
    static func withoutItemNumber(_ title: String, in text: String) -> String? {
        let digits = title.utf8.prefix { $0 &- 0x30 < 10 }
        guard (1...3).contains(digits.count), let number = Int(String(decoding: digits, as: UTF8.self)),
            title.utf8.dropFirst(digits.count).starts(with: ". ".utf8)
        else { return nil }
        let rest = LineBytes.trimmed(String(decoding: title.utf8.dropFirst(digits.count + 2), as: UTF8.self))
        guard !rest.isEmpty else { return nil }
        let head = text.split(separator: "\n", maxSplits: 12, omittingEmptySubsequences: false).prefix(12)
        return head.contains { ExportLines.counterNumber(LineBytes.trimmed($0)) == number } ? rest : nil
    }

    /// Whether a forward's banner (`Begin forwarded message:`, `---------- Forwarded message ---------`)
    /// stands among the first 60 lines below a sender's line (`From:`, `De :`, `Von:`): the mail's own
    /// headers above the message it passes on.
    static func forwardsUnderOwnHeaders(_ lines: [String]) -> Bool {
        guard let banner = lines.prefix(60).firstIndex(where: ClippingLabels.isBanner) else { return false }
        return lines[..<banner].contains { ClippingLabels.parse($0)?.0 == .sender }
    }

    /// Where the text starts under a colleague's lead-in (`For the morning review:`, `Für den
    /// Morgenspiegel:`): a first line of one to eight words whose only colon ends it, no field's
    /// label (`Author:`, `Titre :`), right above a line that could be a title, or above a blank line
    /// and such a line (a chat message's note: `For tomorrow's review, pasted below:`); or a slip's
    /// heading underlined by a rule (`PRESSEAUSSCHNITT` over `================`) right above labelled
    /// lines among which one labels the title. 0 when the text has
    /// none. Not asked when the title is known (a carrier's text: its first line is the text's).
    static func leadInEnd(_ lines: [String]) -> Int {
        if let first = lines.firstIndex(where: { !$0.isEmpty }), first + 2 < lines.count, Paragraphs.isRule(lines[first + 1]),
            lines[first + 1].utf8.count >= 3, LineBytes.spaceSeparatedCount(lines[first]) <= 5,
            ClippingLabels.parse(lines[first]) == nil,
            lines[(first + 2)...].prefix(12).lazy.map(ClippingLabels.parse).prefix(while: { $0 != nil }).contains(where: { $0?.field == .title })
        {
            return first + 2
        }
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), first + 1 < lines.count,
            lines[first].utf8.last == 0x3A, lines[first].utf8.dropLast().firstIndex(of: 0x3A) == nil,
            (1...8).contains(LineBytes.words(lines[first]).count)
        else { return 0 }
        let next = lines[first + 1].isEmpty ? first + 2 : first + 1
        guard next < lines.count, !lines[next].isEmpty, isTitleLike(lines[next]), ClippingLabels.parse(lines[first]) == nil
        else { return 0 }
        return next
    }

    /// `read` of the lines joined, unless they hold more than the nested readers' budget has
    /// left (then nil, without joining them: a carrier's part of a hostile file is not copied
    /// only to be refused).
    func read(lines part: ArraySlice<String>, knownTitle: String? = nil) -> TextLayout? {
        if let budget, !budget.allows(part.reduce(part.count) { $0 + $1.utf8.count }) { return nil }
        return read(part.joined(separator: "\n"), knownTitle: knownTitle)
    }

    /// `news.example.org`, `www.example.com`: a lowercase host name of three labels or more, or
    /// opening with `www.`.
    static func isBareHost(_ text: String) -> Bool {
        guard text.utf8.count <= 80, !text.isEmpty,
            text.utf8.allSatisfy({ ASCII.isLetter($0) && $0 >= 0x61 || $0 &- 0x30 < 10 || $0 == 0x2E || $0 == 0x2D })
        else { return false }
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        return labels.allSatisfy { !$0.isEmpty } && (labels.count >= 3 || labels.count == 2 && text.hasPrefix("www."))
            && labels.last!.utf8.allSatisfy { ASCII.isLetter($0) }
    }

    /// `read`'s reading, without the title's and source's final touches (`rescued` reads again with it).
    func readLayout(_ text: String, knownTitle: String?) -> TextLayout? {
        let decoded = MailBodies.decoded(InvisibleMarks.removed(text))
        // A carrier's text (an RTF document's, a JSON string's escapes, an XML element's references, a
        // mail's quoted-printable bytes, marks left joined where invisible ones were taken out) can make
        // one `Character` of a hundred thousand combining marks, which the file's decoding bounds
        // (`TextFolding.nfc`) but no carrier did: every Character operation on it walks it all (the
        // head's rules judging it: 8 s per MiB), and the amounts' search steps back over it at each
        // offset (more than 60 s at 1 MiB). Its clusters are cut as the decoding cuts a file's.
        let text = nesting > 1 || decoded != text ? TextFolding.boundedClusters(decoded) : decoded
        // Every whole-text prefilter below, found in one pass over the bytes.
        let signs = TextSigns(of: text)
        // A terminal browser's dump of a page showing no article (a robot check, a search page): its lines are no article's.
        if knownTitle == nil, LineBytes.leadingByte(text) == 0x24, TerminalSessions.isDumpWithoutArticle(text, dates: dates) { return nil }
        if knownTitle == nil, let article = exportedArticle(text, signs: signs) { return article }
        // A Notion page `NotionPages` refused (a meeting's notes) is no article, and its JSON no text to read as lines.
        if knownTitle == nil, signs.contains(.brace), LineBytes.leadingByte(text) == 0x7B, LineBytes.contains(text, bytes: "\"properties\""),
            let value = JSONTexts.parsed(text), NotionPages.isPage(value)
        {
            return nil
        }
        // So is a web service's document no article was found in (`ServiceDocuments.isServiceShape`: a Firestore comment
        // or task, a Prismic author's profile or event page, a HAR capture of a login), and a psql session's record of a
        // table that holds no article (an events table's row, `pg_stat_activity`): their lines are no article's.
        if knownTitle == nil, signs.contains(.brace), LineBytes.leadingByte(text) == 0x7B, ServiceDocuments.mayHoldServiceShape(text),
            let value = JSONTexts.parsed(text), ServiceDocuments.isServiceShape(value)
        {
            return nil
        }
        if knownTitle == nil, signs.contains(.psqlRecord), PsqlRecords.opensSession(text), PsqlRecords.fields(text) != nil { return nil }
        // So is a store's print a shell or a command gave (mongosh, redis-cli, DynamoDB, kcat, ntfy) holding no article.
        if knownTitle == nil, isConsolePrintWithoutArticle(text) { return nil }
        // A desk tool's answer under its command (`DeskAnswers`: an issue quoting no article, a notice, a receipt) or
        // calibre's `ebook-meta` with no book's text: refused, as the record says nothing of an article.
        if knownTitle == nil, LineBytes.leadingByte(text) == 0x24, ConsoleRecords.holdsNoArticle(text) { return nil }
        // A LF is always a character of its own (grapheme clusters break after it), so without
        // CR (which would join a following LF into one character) splitting the UTF-8 is the same.
        let thread = MailThreads.withoutReplyNote(MailHeaders.relabelled(MailHeaders.unfolded(WebmailPrints.relabelled(
            signs.contains(.carriageReturn)
                ? text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                : LineBytes.lines(text)))))
        // A mail's or a news post's signature (under `-- `) is no part of the article.
        let signed = signs.contains(.signatureDelimiter) && thread.lines.first.map(MailHeaders.isMailHeader) == true
        let archived = ArchivedCopies.unwrapped(signed ? MailHeaders.withoutSignature(thread.lines) : thread.lines)
        var raw = withLineRules(
            CopyStamps.withoutStamps(
                SpokenPages.labelled(SubtitleFiles.labelled(PastedRows.labelled(SpacedMastheads.labelled(archived.lines), dates: dates))),
                dates: dates),
            signs: signs)
        // A journal's cover page (`To cite this article: …`, often a page of its own): the text follows it.
        if knownTitle == nil, signs.contains(.cite),
            let cover = CoverPages.read(raw.map { LineBytes.trimmed($0) }, dates: dates), let article = read(under: cover, raw)
        {
            return article
        }
        if signs.contains(.formFeed) { raw = ExportedPages.withoutPageStamps(ExportedPages.withoutCoverPage(raw)) }
        if let lead = text.utf8.first, lead == 0x5B || lead &- 0x30 < 10 { raw = ExportedPages.withoutChatFrame(raw) }
        if raw.count > 4, let lead = raw[2].utf8.first, lead &- 0x30 < 10 { raw = NoteAppPages.withoutHeader(raw, dates: dates) }
        // Most lines need no trimming: the raw lines are used as they are when none does.
        let lines = raw.allSatisfy(LineBytes.isTrimmed) ? raw : raw.map { LineBytes.trimmed($0) }
        if knownTitle == nil, let article = carriedArticle(lines, raw: raw, signs: signs) { return article }
        let judged = JudgedLines(lines, judge: ClippingFacts(dates: datesOfTheDesk(lines, replyLanguage: thread.language)))
        var found = Found()
        if let first = lines.first(where: { !$0.isEmpty }), ExportLines.isReviewBanner(first) {
            found.reviewDate = dates.firstDate(in: first)?.date
        }
        var start: Int
        if let knownTitle, let repeated = Self.repeatedTitle(knownTitle, in: lines) {
            // A record's text opening with its title again (a scan's OCR), perhaps under the publication's masthead:
            // the masthead is the source, the lines under the title its byline and date.
            if let above = lines[..<repeated].lastIndex(where: { !$0.isEmpty }) {
                if let facts = judged.facts(above) {
                    found.absorb(facts)  // a running head (`REUTERS   Donnerstag, 26. Februar 1987`)
                } else if ClippingFacts.isMasthead(lines[above]) {
                    found.source = lines[above]
                }
            }
            start = consumeHead(judged, from: repeated + 1, into: &found)
        } else {
            start = consumeHead(judged, from: knownTitle == nil ? Self.leadInEnd(lines) : 0, into: &found)
        }
        // A newsletter's name above its `View in browser` link: no title.
        if start + 1 < lines.count, !lines[start].isEmpty, ExportLines.isLinkText(lines[start + 1]) {
            start = consumeHead(judged, from: start + 1, into: &found)
        }
        var end = lines.count
        var title: String
        var preamble = 0..<0
        // How weak the first line is, judged once for the two branches that ask.
        var judgedOpening: Opening??
        func openingAtStart() -> Opening? {
            if let judgedOpening { return judgedOpening }
            let value = opening(judged, at: start)
            judgedOpening = .some(value)
            return value
        }
        if let knownTitle {
            title = knownTitle
            if start < lines.count, TextFolding.fold(Self.headingText(lines[start])) == TextFolding.fold(knownTitle) {
                start += 1
            }
        } else if let labelled = found.title {
            title = labelled
        } else if let trailer = trailer(judged, from: start) {
            title = trailer.title
            found.site = found.site ?? trailer.site
            end = trailer.end
        } else if let masthead = masthead(lines, at: start) {
            // `Members' bulletin`, `Mitgliederbrief`: an association's bulletin carrying the piece names its
            // publication only when no line (`* First published in Le Figaro.`) names another.
            if ExportLines.isMembersBulletin(masthead.name) {
                found.overlineSource = found.overlineSource ?? masthead.name
            } else {
                found.source = found.source ?? masthead.name
            }
            // A column's standing title between them names its writers.
            for index in (start + 1)..<masthead.title { if let facts = judged.facts(index) { found.absorb(facts) } }
            (title, start) = wrappedHeadline(raw, judged, at: masthead.title, underHead: true)
        } else if let overline = overline(judged, at: start) {
            // `Exklusiv` or `Boing Boing` right above the title.
            if overline { found.overlineSource = Self.sectionedMasthead(lines[start])?.name ?? lines[start] }
            (title, start) = wrappedHeadline(raw, judged, at: start + 1, underHead: true)
        } else if start < lines.count, Self.isTitleLike(lines[start]), let opening = openingAtStart(),
            let anchored = titleAboveBody(judged, from: start, opening: opening)
        {
            // A post's author, a service's name, a table's row above the title: they stay in the body.
            title = Self.headingText(lines[anchored])
            preamble = start..<anchored
            start = anchored + 1
            // `Público`, then the title: the publication's name right above it.
            if lines[anchored - 1].isEmpty == false, Self.isPublication(lines[anchored - 1]) {
                found.source = found.source ?? lines[anchored - 1]
            }
        } else if start < lines.count, Self.isTitleLike(lines[start]), openingAtStart() == .weak,
            let candidate = titleFurtherDown(judged, from: start + 1),
            lines[candidate - 1].isEmpty || judged.facts(candidate - 1) != nil || candidate - 1 == start && lines[start].utf8.last != 0x3A
        {
            // A weak opening (a fax's header, a sheet's heading) whose body was not found: the
            // first line further down with a blank line or metadata under it, opening its block
            // (not the last line of a title wrapped over two after its colon).
            title = Self.headingText(lines[candidate])
            preamble = start..<candidate
            start = candidate + 1
        } else if start < lines.count, Self.isTitleLike(lines[start]), canOpen(lines, at: start) || !hasTitleLast(judged, after: start) {
            (title, start) = wrappedHeadline(raw, judged, at: start)
            if start < lines.count, Paragraphs.isRule(lines[start]) { start += 1 }
        } else if hasTitleLast(judged, after: start), let last = lines.lastIndex(where: { !$0.isEmpty }) {
            title = Self.headingText(lines[last])
            end = last
        } else if let candidate = titleFurtherDown(judged, from: start) {
            // A preamble (a long notice, a digest's header) above the title: it stays in the body.
            title = Self.headingText(lines[candidate])
            preamble = start..<candidate
            start = candidate + 1
        } else if let candidate = lastResortTitle(judged, from: start) {
            // No layout found its title: the first short line standing alone (a sentence's period
            // allowed), else the first short line. What stands above it stays in the body.
            title = Self.headingText(lines[candidate])
            preamble = start..<candidate
            start = candidate + 1
        } else {
            return nil
        }
        title = Self.withoutWireSlug(Self.withoutTicketKey(Self.withoutLink(title)))
        if found.aggregated, let (rest, publisher) = FeedNames.aggregatedTitle(title) {
            title = rest
            found.source = found.source ?? publisher
        }
        if let (name, rest) = Self.bracketedSource(title) ?? Self.trailingBracketedSource(title) {
            found.source = found.source ?? name
            title = rest
        } else if let (reference, rest) = trailingBracketedReference(title) {
            // `Headline [El País, 07.09.2017]`: the archive's reference closing the headline's line.
            found.source = found.source ?? reference.source
            if found.date == nil || found.dateRank > .sourceLine, let date = reference.date {
                found.date = date
                found.dateRank = .sourceLine
            }
            if found.authors.isEmpty { found.authors = reference.authors }
            title = rest
        } else if knownTitle == nil, found.title == nil, let keyed = keyedSubject(title) {
            // `LE MONDE 03/03/1987 – Peter Amende – Headline`: a desk's subject line keying every field before the headline.
            title = keyed.title
            found.source = found.source ?? keyed.source
            if found.date == nil, let date = keyed.date {
                found.date = date
                found.dateRank = .sourceLine
            }
            if found.authors.isEmpty { found.authors = keyed.authors }
        }
        // A share sheet's sentence around the title; an e-reader's `Title (Jane Doe)`.
        if let shared = TitleWrappers.shared(title) {
            title = shared.title
            found.source = found.source ?? shared.source
        } else if let (rest, owner) = TitleWrappers.owner(of: title) {
            title = rest
            switch owner {
            case .people(let names): if found.authors.isEmpty { found.authors = names }
            case .publication(let name): found.source = found.source ?? name
            }
        }
        // A labelled title repeated as the body's first line (a mail's subject above its text).
        if found.title != nil, let first = firstFilled(lines, from: start),
            TextFolding.fold(Self.withoutLink(Self.headingText(lines[first]))) == TextFolding.fold(title)
        {
            start = first + 1
        }
        let underTitle = start
        start = consumeHead(judged, from: start, afterTitle: true, into: &found)
        // `Headline — Le Monde` over `Peter Amende, 3 mars 1987`: the publication closing the headline's line, its byline
        // or day right under it.
        if knownTitle == nil, found.source == nil, start > underTitle, !lines[underTitle].isEmpty,
            let facts = judged.facts(underTitle), facts.date != nil || !facts.authors.isEmpty,
            let closed = Self.closingPublication(title)
        {
            title = closed.title
            found.source = closed.source
        }
        let standfirst = metadataAfterStandfirst(judged, at: start, before: end, into: &found)
        // A reference to cite the article by, under its heading at the foot, is read before the foot's other lines.
        citedFacts(lines, title: title, end: &end, into: &found)
        end = consumeFoot(judged, from: standfirst?.upperBound ?? start, end: end, into: &found)

        // A title sharing no word with the lead, under which a line does: the article starts there.
        // The first line itself (under a heading the reading took for a title) is read as the known title.
        if knownTitle == nil, let better = TitleEvidence.headlineUnderStandfirst(title, judged: judged)
            ?? TitleEvidence.betterTitle(than: title, judged: judged),
            var article = better > 0
                ? read(lines: raw[better...])
                : read(raw.joined(separator: "\n"), knownTitle: Self.headingText(lines[0]))
        {
            // What the lines above stated fills what the article leaves unstated.
            if article.authors.isEmpty { article.authors = found.authors }
            article.source = article.source ?? found.source ?? found.labelledSite ?? found.overlineSource ?? found.printedSite
            article.published = article.published ?? found.date
            return article
        }
        var layout = TextLayout(title: title)
        if !preamble.isEmpty {
            layout.body = Paragraphs.build(raw[preamble] + [""] + raw[start..<max(start, end)])
        } else if let standfirst {
            // (A reference cited at the foot may have set the end inside the standfirst's metadata: `Cite this article:`.)
            layout.body = Paragraphs.build(
                raw[start..<standfirst.lowerBound] + [""] + raw[standfirst.upperBound..<max(standfirst.upperBound, end)])
        } else {
            layout.body = start < end ? Paragraphs.build(raw[start..<end]) : []
        }
        // A press review's `Reuters reported on March 3, 2026:` before the text: read, and cut.
        if let first = layout.body.first, let leadIn = LeadIns.read(first, dates: dates) {
            found.absorb(leadIn.facts)
            layout.body[0] = leadIn.rest
            if leadIn.rest.isEmpty { layout.body.removeFirst() }
        }
        // A page copied without its line breaks: `By A Reuters Published on March 3, 2026 The text …`.
        if let first = layout.body.first, let stamp = RunInStamps.read(first, dates: dates) {
            if found.authors.isEmpty { found.authors = stamp.authors }
            found.source = found.source ?? stamp.source
            if found.needsDate {
                found.date = stamp.date
                found.dateRank = .byline
            }
            layout.body[0] = stamp.rest
        }
        if let first = layout.body.first { found.absorb(dateline(first)) }
        // What the preamble's metadata lines state counts last (`Date: 1987-02-26   Reference: 4089`).
        for index in preamble { if let facts = judged.facts(index) { found.fill(facts) } }
        // A date, source or byline left unstated: the preamble and the body's first and last lines.
        edgeFacts(judged, body: start..<max(start, end), preamble: preamble, into: &found)
        // An archived copy's address (`…/2017/09/07/…`) dates it only when nothing else does,
        // and so does `yesterday` under the title, from the date of the review it was copied into.
        found.date = found.date ?? archived.addressDate
        if found.date == nil, let review = found.reviewDate, let days = found.daysBeforeReview {
            found.date = RelativeStamps.date(review, daysAfter: days)
        }
        // Who forwarded the mail (`From:` above `Subject: FW: Title`) and signed a note above the
        // article with their given name (`For the review, text below.` / `Carmen`), or sent it with a
        // forward's banner under its own `From:` (`forwardsUnderOwnHeaders`), passed it on: neither their
        // name nor when they sent it is the article's. A banner on top, over its `From:`, names the article's sender.
        let passedOn = found.forwarded
            && found.sender.map {
                Self.signsNote($0, lines[start..<max(start, end)]) || Self.forwardsUnderOwnHeaders(lines) || Self.signsOff($0, lines[start...])
            } == true
        layout.authors = passedOn && found.authorsAreSender ? [] : found.authors
        layout.source = found.source ?? found.labelledSite ?? found.overlineSource ?? found.printedSite
        // An interview whose questions are labelled with the publication (`SPIEGEL: Warum gerade jetzt?`): `DeskCarriers`.
        if layout.source == nil { layout.source = DeskCarriers.questioner(layout.body, writers: layout.authors) }
        layout.site = found.site
        // An update stamp alone (`Aktualisiert am 4. Februar 2026`) tells when a later version was made, not when the article
        // appeared: no day rather than that one.
        layout.published = passedOn && found.dateRank == .mailSent || found.dateRank == .update ? nil : found.date
        return layout
    }

    // MARK: - Regions

    /// The article's date reading with the numeric order of the desk that wrote the file's
    /// dates: the order a numeric date anywhere in the file can only be read in (`28/02/1987`,
    /// `NumericDateOrder`); else the order of the language the labels or bylines at the top and
    /// bottom are written in (`Fecha: 03/02/2026` in an English article: day first; `Date:` under
    /// `Author:`: month first); else day first, the desk's convention, whatever language the
    /// article itself is in (an English text is no sign of a month-first desk).
    /// The edges are the first 12 and the last 8 non-empty lines, top first; a line in both is
    /// asked once (`language(of:)` is pure, so the first answer is the same).
    /// A reply's `wrote` phrase (`replyLanguage`) tells the desk's language when no line does.
    private func datesOfTheDesk(_ lines: [String], replyLanguage: String?) -> DateRecognizer {
        let monthFirst = NumericDateOrder.dayFirst(in: lines).map { !$0 } ?? ((deskLanguage(lines) ?? replyLanguage) == "en")
        guard monthFirst != (dates.language == "en") else { return dates }
        return DateRecognizer(language: monthFirst ? "en" : nil, keepsTime: dates.keepsTime)
    }

    private func deskLanguage(_ lines: [String]) -> String? {
        var asked = 0
        var lastAsked = -1
        for index in lines.indices where !lines[index].isEmpty {
            if let language = Self.language(of: lines[index]) { return language }
            asked += 1
            lastAsked = index
            if asked == 12 { break }
        }
        var bottom: [Int] = []
        bottom.reserveCapacity(8)
        for index in lines.indices.reversed() where !lines[index].isEmpty {
            bottom.append(index)
            if bottom.count == 8 { break }
        }
        for index in bottom.reversed() where index > lastAsked {
            if let language = Self.language(of: lines[index]) { return language }
        }
        return nil
    }

    /// The language a header line is written in, as far as it tells: a label or byline
    /// (`ClippingLabels`) or a publication or update line (`ExportLines`).
    private static func language(of line: String) -> String? {
        ClippingLabels.language(of: line) ?? ExportLines.language(of: line)
    }

    /// Consumes metadata lines upwards from `end` (at most 8); a bare line of names only with
    /// metadata below it; a publication's name last only with an author or date line above it,
    /// or alone after a blank line when its words name a publication.
    /// Returns the body's end (`end` itself when `start` is past it).
    private func consumeFoot(
        _ judged: JudgedLines, from start: Int, end: Int, into found: inout Found
    ) -> Int {
        let lines = judged.lines
        var end = end
        var consumed = 0
        var skipped = false
        // The head read under the title may have passed the body's end (a trailer's lines, `Jane Doe`, a date, `Daily
        // Planet`, the title, and no body above them: read as the head's byline, date and source): no foot then.
        while consumed < 8, let last = lines[start..<max(start, end)].lastIndex(where: { !$0.isEmpty }), last > start {
            if consumed == 0, let block = stackedFoot(judged, at: last, after: start) {
                found.absorb(block.facts)
                end = block.first
                consumed = block.count
                continue
            }
            var facts = judged.facts(last, allowsBareNames: consumed > 0 && found.authors.isEmpty, atBottom: true)
                ?? (consumed == 0 ? publicationUnderMetadata(judged, at: last, after: start) ?? publicationAlone(judged, at: last, signed: !found.authors.isEmpty || isOpinionPiece(judged, at: last)) : nil)
                ?? (consumed == 0 && found.authors.isEmpty ? signatureUnderProse(judged, at: last, after: start, sender: found.sender) : nil)
            if facts == nil, !skipped, let nothing = lineUnderSource(judged, at: last, after: start) {
                facts = nothing
                skipped = true
            }
            // `Richard Adams` over `Bruxelles` or `Brussels correspondent`: a correspondent's signature in two lines,
            // the town or role under the name (read as the name's on the next turn).
            if facts == nil, found.authors.isEmpty, last - 1 > start, !lines[last - 1].isEmpty, ExportLines.isSignatureTail(lines[last]),
                let above = judged.facts(last - 1, allowsBareNames: true, atBottom: true), above.isBareNames, above.authors.count == 1,
                GivenNames.holdsGivenName(lines[last - 1])
            {
                facts = LineFacts()
            }
            // A wire copy's trailer: `26-FEB-87 06:10 NNNN`, an editor's sign-off `YT1-MRG`.
            if facts == nil, WireHeaders.isCodeLine(lines[last]) { facts = WireHeaders.facts(lines[last]) }
            if facts == nil, WireHeaders.isSignOff(lines[last]) { facts = LineFacts() }
            // `*Cal Mankowski covers the European institutions from Brussels.*`: the writer's biography.
            // (A column's closing note, `Jane Doe writes this column every week for Reuters.`, is `ColumnNotes`', naming the source too.)
            if facts == nil, consumed <= 1, found.authors.isEmpty, let bio = FootBios.facts(lines[last]), ColumnNotes.read(lines[last]) == nil {
                facts = bio
            }
            guard let facts else { break }
            found.absorb(facts)
            end = last
            consumed += 1
        }
        return end
    }

    /// A signatory's office or role (folded words): `Présidente de Vélo Strasbourg`, `Gabinete de Prensa` under a name
    /// sign a letter or a release, they name no publication.
    private static let officeWords: Set<String> = [
        "president", "presidente", "presidenta", "prasident", "prasidentin", "chairman", "chairwoman", "chair", "directeur",
        "directrice", "director", "directora", "direttore", "direttrice", "diretor", "diretora", "gabinete", "pressestelle",
        "pressesprecher", "pressesprecherin", "sprecher", "sprecherin", "spokesman", "spokeswoman", "spokesperson",
        "porte-parole", "portavoz", "portavoce", "porta-voz", "ufficio", "assessoria", "mayor", "maire", "burgermeister",
        "burgermeisterin", "alcalde", "alcaldesa", "sindaco", "prefeito", "prefeita", "secretary", "secretaire", "secretario",
        "secretaria", "segretario", "segretaria", "ceo", "founder", "fondateur", "fondatrice", "grunder", "grunderin",
        "councillor", "councilor", "concejal", "concejala", "conseiller", "conseillere", "adjoint", "adjointe", "stadtrat",
        "stadtratin", "dezernent", "dezernentin", "assessore", "assessora", "consigliere", "consigliera", "vereador",
        "vereadora", "vereacao", "minister", "ministre", "ministro", "ministra", "ministerin", "deputy", "council",
        "ayuntamiento", "comune", "mairie", "vorsitzende", "vorsitzender", "delegado", "delegada",
    ]

    /// Whether a line names a signatory's office or its body (`Deputy Leader, Norwich City Council`, `Councillor,
    /// …`): one of its folded words, a comma or period after it dropped, is an office's (`officeWords`).
    static func namesOffice(_ line: String) -> Bool {
        LineBytes.words(TextFolding.fold(line)).contains { word in
            Self.officeWords.contains(String(word.last == "," || word.last == "." ? word.dropLast() : word))
        }
    }

    /// `Headline [El País, 07.09.2017]`, `Headline [Le Monde, 3 mars 1987, p. 12]`: the reference in brackets closing a
    /// headline's line (`BracketedTrailers`: a publication and its day) and the headline before it (five characters at
    /// least); nil when the brackets hold no publication with a day (`[Video]`, `[Updated]`, `[Reuters]`).
    private func trailingBracketedReference(_ title: String) -> (reference: LineFacts, title: String)? {
        guard title.utf8.last == 0x5D, title.utf8.count <= 600, let open = title.range(of: " [", options: .backwards) else { return nil }
        let head = LineBytes.trimmed(String(title[..<open.lowerBound]))
        guard head.count >= 5, let reference = BracketedTrailers.read(String(title[title.index(after: open.lowerBound)...]), dates: dates, alone: true),
            reference.source != nil, reference.date != nil
        else { return nil }
        return (reference, head)
    }

    /// A desk's facts stacked at the foot one a line, unlabelled, after a blank line: each writer, the publication, the
    /// day, the page (`Christoph Becker` / `ComputerBase` / `2007-06-08` / `S. 8`), in any order. Read when every line of
    /// the block (two to six, 60 characters at most) is a person's name (two to four words holding a given name), a
    /// publication's (`ClippingFacts.isPlausiblePublication`, no office's word: `Présidente de …`; one), a day (the whole
    /// line a date) or a page, and the block holds a publication and a day or a page (a short closing paragraph is none
    /// of these), and a writer or a page too unless the publication names itself (`isPublication`, an agency, a brand's
    /// one word in capitals). Returns the facts and the block's first line;
    /// nil otherwise.
    private func stackedFoot(_ judged: JudgedLines, at last: Int, after start: Int) -> (facts: LineFacts, first: Int, count: Int)? {
        let lines = judged.lines
        guard let blank = lines[start..<last].lastIndex(where: \.isEmpty), blank > start, (2...6).contains(last - blank) else { return nil }
        var facts = LineFacts()
        var paged = false
        for line in lines[(blank + 1)...last] {
            guard TextFolding.hasAtMost(line, 60), !Self.endsLikeSentence(line) || ClippingFacts.isPageReference(line) else { return nil }
            if ClippingFacts.isPageReference(line) {
                paged = true
            } else if facts.date == nil, let found = dates.firstDate(in: line), LineBytes.trimmed(line[..<found.range.lowerBound]).isEmpty,
                LineBytes.trimmed(line[found.range.upperBound...]).isEmpty
            {
                facts.date = found.date
                facts.dateRank = .sourceLine
            } else if (2...4).contains(LineBytes.words(line).count), Bylines.isPersonLike(line), GivenNames.holdsGivenName(LineBytes.words(line)[0]),
                facts.authors.count < 4
            {
                facts.authors.append(line)
            } else if facts.source == nil, ClippingFacts.isPlausiblePublication(line), !GivenNames.holdsGivenName(line),
                !Self.namesOffice(line)
            {
                facts.source = line
            } else {
                return nil
            }
        }
        // Without a writer or a page the block must name its publication by itself (`Neue Fahrradstraße in Hiltrup` over a
        // day is a related article's teaser).
        guard paged || facts.date != nil, let source = facts.source,
            !facts.authors.isEmpty || paged || Self.isPublication(source) || WireAgencies.isAgency(source)
                || LineBytes.words(source).count == 1 && source.dropFirst().contains(where: \.isUppercase)
        else { return nil }
        return (facts, blank + 1, last - blank)
    }

    /// The last line when it is a publication's name (`ClippingFacts.isMasthead`) right under a
    /// line stating an author or a date (`— Jane Doe`, then `Boing Boing`): the source. Nil
    /// otherwise.
    private func publicationUnderMetadata(_ judged: JudgedLines, at last: Int, after start: Int) -> LineFacts? {
        let lines = judged.lines
        guard ClippingFacts.isMasthead(lines[last]), let above = lines[start..<last].lastIndex(where: { !$0.isEmpty }),
            above > start, let facts = judged.facts(above, atBottom: true), !facts.authors.isEmpty || facts.date != nil
        else { return nil }
        var source = LineFacts()
        source.source = lines[last]
        return source
    }

    /// The last line when it is a publication's name by its words (`namesPublication`:
    /// `Süddeutsche Zeitung`, `FAZ.NET`, `Público`; not `News` alone) or a wire agency's, alone
    /// after a blank line: the source, whose clipping it is; under a text whose writers the head
    /// named (`signed`), any plausible publication's name (`ClippingFacts.isPlausiblePublication`:
    /// `Boing Boing`, `ComputerBase`, `BRIGITTE`) that opens with no given name. Nil otherwise, and
    /// for a list's heading (`More News`, `Weitere Nachrichten`) or a credit (`… Photo`, `Press Office`).
    /// An op-ed or an editorial, whose foot names its publication as a signed text's does: the file opens with a
    /// column's or genre's word alone on its line (`Tribune`, `Éditorial`, `Leitartikel`: `columnWords`), or the
    /// paragraph above `last` is a writer's biographical note (`* Peter Amende est professeur…`: an asterisk, a space, a
    /// given name).
    private func isOpinionPiece(_ judged: JudgedLines, at last: Int) -> Bool {
        let lines = judged.lines
        if let first = lines.firstIndex(where: { !$0.isEmpty }), TextFolding.hasAtMost(lines[first], 24),
            Self.columnWords.contains(TextFolding.fold(lines[first]))
        {
            return true
        }
        guard last >= 2, lines[last - 1].isEmpty, !lines[last - 2].isEmpty else { return false }
        let note = lines[last - 2]
        return note.hasPrefix("* ") && note.utf8.count <= 400 && GivenNames.holdsGivenName(String(note.dropFirst(2).prefix(60)))
    }

    private func publicationAlone(_ judged: JudgedLines, at last: Int, signed: Bool) -> LineFacts? {
        let lines = judged.lines
        guard last > 0, lines[last - 1].isEmpty, last + 1 == lines.count || lines[(last + 1)...].allSatisfy(\.isEmpty),
            Self.namesPublication(lines[last]) || TextFolding.hasAtMost(lines[last], 40) && WireAgencies.isAgency(lines[last])
                || signed && Self.isSignedTextsPublication(lines[last])
        else { return nil }
        // `More News`, `Weitere Nachrichten` (a list's heading), `Süddeutsche Zeitung Photo`, `Press Office` (a credit).
        let words = LineBytes.words(TextFolding.fold(lines[last]))
        guard let first = words.first, let final = words.last, !Self.listOpenings.contains(String(first)),
            !Self.creditEndings.contains(String(final)), words.count > 1 || !Self.genericPublicationWords.contains(String(final))
        else { return nil }
        var source = LineFacts()
        source.source = lines[last]
        return source
    }

    /// A publication's name alone under a signed text (`publicationAlone`): a plausible one
    /// (`ClippingFacts.isPlausiblePublication`), its words capitalised (`Published in Vice` is a
    /// sentence), letters only (`Lusa/Fim`, a desk's initials `SK` are none), no page's furniture
    /// (`Send Feedback`, `Teilen Drucken`), no kicker, section or given name opening it.
    private static func isSignedTextsPublication(_ line: String) -> Bool {
        let words = LineBytes.words(line)
        let folded = TextFolding.fold(line)
        guard (1...4).contains(words.count), line.count >= 3, ClippingFacts.isPlausiblePublication(line),
            line.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" }),
            words.allSatisfy({ $0.first?.isUppercase == true }), !ExportLines.isKicker(folded), !ExportLines.isSectionWord(folded),
            !LineBytes.words(folded).contains(where: { ExportLines.isFurnitureWord(String($0)) }),
            let first = words.first, !GivenNames.holdsGivenName(first), !editorialBoards.contains(folded)
        else { return false }
        return true
    }

    /// An editorial board's signature under an editorial (folded): `La Dirección`, `La Rédaction`, not a publication.
    private static let editorialBoards: Set<String> = [
        "la direccion", "la direzione", "la direction", "la redaction", "la redaccion", "la redazione", "a direcao", "a redacao",
        "die chefredaktion", "die redaktion", "the editors", "the editorial board", "el director", "il direttore", "le directeur",
        "o diretor", "la editorial", "el consejo editorial", "le comite de redaction", "der herausgeber", "die herausgeber",
    ]

    private static let listOpenings: Set<String> = [
        "more", "other", "latest", "top", "related", "mehr", "weitere", "andere", "neueste", "plus", "autres", "dernieres",
        "mas", "otras", "otros", "ultimas", "altre", "altri", "ultime", "mais", "outras", "outros",
    ]

    /// A publication word alone (`News`, `Zeitung`) names none.
    static let genericPublicationWords: Set<String> = [
        "news", "press", "presse", "zeitung", "journal", "magazine", "magazin", "review", "report", "radio", "tv", "online",
        "wire", "daily", "weekly", "nachrichten", "agency", "agence", "agentur", "times", "post",
    ]

    private static let creditEndings: Set<String> = [
        "photo", "photos", "foto", "fotos", "office", "release", "buro", "service", "desk", "team", "archive", "archiv",
        "images", "imagens", "immagini", "imagenes", "bilder", "maps", "karten", "mapas", "mappe", "cartes", "legal", "legale",
        "legali", "legales", "impressum", "datenschutz", "privacy", "cookies",
    ]

    /// The last line when it is a writer's signature alone under the text, as print sets it: one
    /// person's name (a given name among its words) in capitals (`BENJAMIN FISCHER`) or with the
    /// town in parentheses after its preposition (`Benjamin Fischer (in Bruxelles)`, `(aus Brüssel)`), after a blank line
    /// under a paragraph of prose (60 characters at least, ending a sentence). Nil for anything
    /// else: a name as written alone (`Rui Almeida`) signs a colleague's note above a clipping as
    /// often as an article; nil too for the name of the mail's sender (`sender`: who signs a
    /// forwarded mail passed the article on).
    private func signatureUnderProse(_ judged: JudgedLines, at last: Int, after start: Int, sender: String?) -> LineFacts? {
        let lines = judged.lines
        guard last - 2 > start, lines[last - 1].isEmpty, TextFolding.hasAtMost(lines[last], 60),
            let above = lines[start..<(last - 1)].lastIndex(where: { !$0.isEmpty }), above > start,
            !TextFolding.hasAtMost(lines[above], 60), Self.endsLikeSentence(lines[above])
        else { return nil }
        var name = lines[last]
        // `(in Bruxelles)`, `(aus Brüssel)`: the correspondent's town after the name, after its preposition (`(Linke)`,
        // `(Grüne)` after a quoted politician's name are parties).
        if name.last == ")", let open = name.lastIndex(of: "(") {
            let town = LineBytes.words(String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
            guard let word = town.last, town.count == 2, ["in", "à", "en", "a", "aus", "da", "de", "em"].contains(town[0]),
                ClippingFacts.isTownWord(String(word))
            else { return nil }
            name = LineBytes.trimmed(name[..<open])
        }
        // A name in capitals, or with its town: a print signature. (A name as written signs a colleague's note as often.)
        guard name != lines[last] || !name.contains(where: \.isLowercase),
            GivenNames.holdsGivenName(name), sender.map({ TextFolding.fold($0) != TextFolding.fold(name) }) ?? true,
            let facts = judged.judge.facts(name, allowsBareNames: true, atBottom: true), facts.isBareNames, facts.authors.count == 1
        else { return nil }
        return facts
    }

    /// A short line that ends no sentence right under a copyright or source line (a newsletter's
    /// postal address under `© 2026 Reuters`): read as stating nothing. Nil otherwise.
    private func lineUnderSource(_ judged: JudgedLines, at last: Int, after start: Int) -> LineFacts? {
        let lines = judged.lines
        guard TextFolding.hasAtMost(lines[last], 100), !Self.endsLikeSentence(lines[last]),
            let above = lines[start..<last].lastIndex(where: { !$0.isEmpty }), above > start,
            judged.facts(above, atBottom: true)?.source != nil
        else { return nil }
        return LineFacts()
    }

    /// The first line among the next 15 that can be a title (short, no sentence end, no
    /// metadata) with a blank line or metadata right under it, when neither the first nor the
    /// last line can be one; nil when there is none.
    private func titleFurtherDown(_ judged: JudgedLines, from start: Int) -> Int? {
        let lines = judged.lines
        let upper = min(lines.count - 1, start + 15)
        guard start < upper else { return nil }
        for index in start..<upper where !lines[index].isEmpty {
            guard Self.isTitleLike(lines[index]), !Self.endsWithPeriod(lines[index]), judged.facts(index) == nil else { continue }
            if lines[index + 1].isEmpty || judged.facts(index + 1) != nil { return index }
        }
        return nil
    }

    /// The title of a file no layout reads, rather than rejecting it (a desk's file is read
    /// with what it states): the first line, from `start`, that could be a title, states no
    /// metadata, is no sentence of more than 150 characters nor a `Label: value` line, and has a
    /// blank line or metadata under it; else the first such line; among the first thousand
    /// non-empty lines from `start`. Nil when there is none.
    private func lastResortTitle(_ judged: JudgedLines, from start: Int) -> Int? {
        let lines = judged.lines
        guard start < lines.count else { return nil }
        var first: Int?
        var seen = 0
        for index in start..<lines.count where !lines[index].isEmpty {
            // A title stands among the first thousand lines: a text of a million lines none of
            // which can be one is not judged line by line to its end (10 MiB of them took 2 s).
            seen += 1
            if seen > 1_000 { break }
            // A sentence of more than 150 characters is the text's; a `Label: value` line (`Apologies: none.`) a field.
            guard Self.isTitleLike(lines[index]), judged.facts(index) == nil,
                !Self.endsLikeSentence(lines[index]) || TextFolding.hasAtMost(lines[index], 150),
                !Self.isLabelled(lines[index])
            else { continue }
            if index + 1 == lines.count || lines[index + 1].isEmpty || judged.facts(index + 1) != nil { return index }
            first = first ?? index
        }
        return first
    }

    /// `Apologies: none.`, `Chair: Jane Doe`: one to three words before a colon within the first
    /// 30 bytes, then a space and a value of one to three words (`Steve Forbes: Trump is indeed a
    /// billionaire.` is a headline).
    private static func isLabelled(_ line: String) -> Bool {
        guard let colon = LineBytes.index(of: 0x3A, within: 30, in: line) else { return false }
        let label = line[..<colon]
        let after = line.utf8[line.utf8.index(after: colon)...]
        return after.first == 0x20 && (1...3).contains(LineBytes.words(String(label)).count)
            && (1...3).contains(LineBytes.words(String(decoding: after, as: UTF8.self)).count)
    }

    /// The headline standing at `index` (under the masthead, the overline or nothing), joined
    /// when it was wrapped over lines (`wrappedTitle`, `centredTitle`, `outdentedTitle`,
    /// `halvedTitle`, `narrowTitle`, each with its own evidence of a break), and the index after
    /// it. Under a masthead or an overline (`underHead`) a print page's deck stands under the
    /// headline: a file's narrow wrap (`wrappedTitle`) is no evidence there. Never fails: the
    /// line alone when no reader finds a wrap.
    private func wrappedHeadline(_ raw: [String], _ judged: JudgedLines, at index: Int, underHead: Bool = false) -> (title: String, end: Int) {
        (underHead ? nil : wrappedTitle(judged, from: index)) ?? Self.centredTitle(raw, judged, from: index)
            ?? outdentedTitle(raw, judged, from: index) ?? halvedTitle(judged, from: index)
            ?? narrowTitle(judged, from: index) ?? (Self.headingText(judged.lines[index]), index + 1)
    }

    /// A title wrapped over two or three short lines in a file hard-wrapped at a narrow width
    /// (a printed page's columns, OCR): the joined title and the index after it, or nil. Only
    /// when the lines are followed by a blank line, none ends a sentence but the last, none states
    /// metadata, and the body's lines (ten at least) are at most 64 characters long.
    private func wrappedTitle(_ judged: JudgedLines, from start: Int) -> (title: String, end: Int)? {
        let lines = judged.lines
        var end = start + 1
        while end < lines.count, end - start < 3, !lines[end].isEmpty, judged.facts(end) == nil { end += 1 }
        guard end > start + 1, end < lines.count, lines[end].isEmpty,
            lines[start..<end].allSatisfy({ TextFolding.hasAtMost($0, 60) }),
            lines[start..<(end - 1)].allSatisfy({ !Self.endsWithPeriod($0) })
        else { return nil }
        var body = 0
        for line in lines[end...] where !line.isEmpty {
            guard TextFolding.hasAtMost(line, 64) else { return nil }
            body += 1
            if body == 10 { break }
        }
        guard body >= 10 else { return nil }
        var title = Self.headingText(lines[start])
        for line in lines[(start + 1)..<end] {
            title += title.hasSuffix("-") && line.first?.isLowercase == true ? line : " " + line
        }
        return (title, end)
    }

    /// A headline set in a narrow column above a body that is not (a web copy's title block kept at
    /// 38 characters a line): the joined title and the index after it, or nil. Only when three or
    /// four lines of 48 characters at most (the first 28 at least) stand before a blank line or a
    /// line stating metadata (the byline, the day), or two before such a line; none states
    /// metadata, a date or an address or ends with a period but the last, none but the first is a
    /// label's line and the joined lines are none; the others open
    /// with a letter or a quote and hold no figure; the last is no name alone (`isNameLine`: a
    /// publication under the title); a line of the ten under them runs past 60 characters (the
    /// body is set wider); and each break shows a wrap: the line runs close to the widest (12
    /// characters short at most), would have taken the next line's first word had the column been
    /// wider, and falls inside a sentence (the next line goes on with a word in lower case, not
    /// `iOS`, or the line ends with a hyphen or a word no headline ends with, `breakWords`).
    func narrowTitle(_ judged: JudgedLines, from start: Int) -> (title: String, end: Int)? {
        let lines = judged.lines
        var end = start + 1
        while end < lines.count, end - start < 4, !lines[end].isEmpty, judged.facts(end) == nil { end += 1 }
        // Two lines before a blank one are `halvedTitle`'s to judge (a title and its deck look the same).
        guard end > start + 1, end < lines.count, end - start >= 3 || !lines[end].isEmpty && judged.facts(end) != nil,
            lines[start].count >= 28, lines[start..<end].allSatisfy({ TextFolding.hasAtMost($0, 48) }),
            lines[start..<(end - 1)].allSatisfy({ !Self.endsWithPeriod($0) }),
            lines[start..<end].allSatisfy({ !LineBytes.contains($0, bytes: "://") && !LineBytes.contains($0, 0x40) && dates.firstDate(in: $0) == nil }),
            // A label's line (`Chair: Jane Doe`) is none, but a headline's kicker before its colon is (`Nutzerbasierte
            // Abrechnung: Musik-Stars` / `fordern neues Streaming-Modell`): the lines under the first, and the whole, asked.
            !lines[(start + 1)..<end].contains(where: Self.isLabelled),
            !Self.isLabelled(lines[start..<end].joined(separator: " ")),
            lines[(start + 1)..<end].allSatisfy({
                $0.first.map { $0.isLetter || "\"„“«‘'".contains($0) } == true && !LineBytes.hasDigit($0)
            }),
            !Self.isNameLine(lines[end - 1]),
            // A body set wider than the title (a file hard-wrapped at that width is `wrappedTitle`'s).
            lines[end...].lazy.filter({ !$0.isEmpty }).prefix(10).contains(where: { !TextFolding.hasAtMost($0, 60) })
        else { return nil }
        let widths = lines[start..<end].map(\.count)
        let widest = widths.max() ?? 0
        for index in start..<(end - 1) {
            guard let next = LineBytes.words(lines[index + 1]).first, widths[index - start] >= widest - 12,
                widths[index - start] + 1 + next.count > widest,
                // The break falls inside the sentence: the next line goes on in lower case, or this one ends with a hyphen
                // or a word no headline ends with (`… WG, zu` / `Hause …`), not a name (`… - CHIP` / `Das Wichtigste`).
                next.allSatisfy({ !$0.isUppercase }) && next.first?.isLowercase == true || lines[index].hasSuffix("-")
                    || LineBytes.words(lines[index]).last.map({ Self.breakWords.contains(TextFolding.fold($0)) }) == true
            else { return nil }
        }
        var title = Self.headingText(lines[start])
        for line in lines[(start + 1)..<end] {
            // `EuGH-` / `Urteil`: a word broken at its own hyphen joins without a space.
            title += title.hasSuffix("-") && !title.hasSuffix(" -") ? line : " " + line
        }
        return (title, end)
    }

    /// One word, or two to four capitalised words (particles and figures aside): a publication's, a person's or a
    /// section's name under a title (`correctiv.org`, `Le Monde diplomatique`, `Cal Mankowski`, `36 Stunden`), no
    /// wrapped title's end.
    private static func isNameLine(_ line: String) -> Bool {
        let words = LineBytes.words(line)
        // One word alone (`correctiv.org`, `Público`) is a name however it is written; so is a masthead's form.
        return words.count == 1 || words.count <= 4 && ClippingFacts.isMasthead(line) || words.count <= 4 && words.allSatisfy {
            $0.first?.isUppercase == true || $0.first?.isNumber == true || publicationParticles.contains(String($0))
        }
    }

    /// A title wrapped over two or three lines flush left above a body indented by two spaces or
    /// more (a terminal browser's dump: `lynx -dump` indents paragraphs, not headings): the
    /// joined title and the index after it, or nil. Only when the first line is longer than 50
    /// characters, no title line is indented or states metadata or a date, none but the last ends a sentence, a blank line follows, and the first
    /// three lines of text after it are indented.
    func outdentedTitle(_ raw: [String], _ judged: JudgedLines, from start: Int) -> (title: String, end: Int)? {
        let lines = judged.lines
        // A wrapped line runs close to the wrap width.
        guard raw.count == lines.count, raw[start].first?.isWhitespace == false, !TextFolding.hasAtMost(lines[start], 50) else { return nil }
        var end = start + 1
        while end < lines.count, end - start < 3, !lines[end].isEmpty, raw[end].first?.isWhitespace == false,
            judged.facts(end) == nil, TextFolding.hasAtMost(lines[end], 80), dates.firstDate(in: lines[end]) == nil
        {
            end += 1
        }
        guard end > start + 1, end < lines.count, lines[end].isEmpty,
            lines[start..<(end - 1)].allSatisfy({ !Self.endsWithPeriod($0) })
        else { return nil }
        let body = raw[end...].lazy.filter { !LineBytes.trimmed($0).isEmpty }.prefix(3)
        guard body.count == 3, body.allSatisfy({ $0.hasPrefix("  ") }) else { return nil }
        var title = Self.headingText(lines[start])
        for line in lines[(start + 1)..<end] {
            // `Baden-` / `Württemberg`: a word broken at its own hyphen joins without a space.
            title += title.hasSuffix("-") && !title.hasSuffix(" -") ? line : " " + line
        }
        return (title, end)
    }

    /// A title centred over two or three lines (a PDF saved as text with its layout kept:
    /// `pdftotext -layout`): the joined title and the index after it, or nil. Only when each
    /// line is indented by six spaces or more in `raw`, none states metadata or ends a sentence
    /// but the last, and a blank line follows.
    static func centredTitle(_ raw: [String], _ judged: JudgedLines, from start: Int) -> (title: String, end: Int)? {
        let lines = judged.lines
        guard raw.count == lines.count, raw[start].hasPrefix("      ") else { return nil }
        var end = start + 1
        while end < lines.count, end - start < 3, !lines[end].isEmpty, raw[end].hasPrefix("      "),
            judged.facts(end) == nil, TextFolding.hasAtMost(lines[end], 80)
        {
            end += 1
        }
        guard end > start + 1, end < lines.count, lines[end].isEmpty,
            lines[start..<(end - 1)].allSatisfy({ !endsWithPeriod($0) })
        else { return nil }
        return (lines[start..<end].map { headingText($0) }.joined(separator: " "), end)
    }

    /// The seed's trailer: a line stating a source or date among the last five, followed only by
    /// one to three short lines (site …, title). Nil when the file does not end that way, or when
    /// a single short line follows and the first line can open the file as its title.
    private func trailer(_ judged: JudgedLines, from start: Int) -> (title: String, site: String?, end: Int)? {
        let lines = judged.lines
        var filled: [Int] = []
        filled.reserveCapacity(lines.count - min(start, lines.count))
        for index in lines.indices where index >= start && !lines[index].isEmpty { filled.append(index) }
        guard filled.count >= 3, !lines[filled[0]].hasPrefix("#") else { return nil }
        let lowest = max(1, filled.count - 5)
        guard filled.count - 2 >= lowest else { return nil }
        // The last line is among the short lines after every candidate: when it cannot be one, every
        // candidate gives nil, so none is judged (a wire copy's source line, a paragraph).
        guard let last = filled.last, Self.isTitleLike(lines[last]), judged.facts(last) == nil else { return nil }
        // Asked only once a line stating a source or date is found (pure, so the same answer).
        lazy var firstOpens = Self.isTitleLike(lines[filled[0]]) && canOpen(lines, at: filled[0])
        // A line with more than three lines after it gives nil whatever it states: not judged.
        for position in stride(from: filled.count - 2, through: max(lowest, filled.count - 4), by: -1) {
            guard let facts = judged.facts(filled[position]), facts.source != nil || facts.date != nil,
                facts.authors.isEmpty
            else { continue }
            let after = Array(filled[(position + 1)...])
            guard after.count <= 3, !(after.count == 1 && firstOpens) else { return nil }
            let short = after.allSatisfy {
                Self.isTitleLike(lines[$0]) && judged.facts($0) == nil
                    && (!Self.endsWithPeriod(lines[$0]) || !firstOpens)
            }
            guard short else { return nil }
            return (Self.headingText(lines[after.last!]), after.count >= 2 ? lines[after[0]] : nil, after[0])
        }
        return nil
    }

    /// `Le Monde diplomatique`, blank, `Turpitude et architecture`, blank, body: a publication's
    /// name standing alone above a line that can only be a title, a series' marker or a column's standing title
    /// perhaps between them (the title: no period, alone too, or with
    /// its standfirst right under it when the name joins no parts: `BMJV | Transparenz …` is a title,
    /// `crazy-julia.de` a name).
    private func masthead(_ lines: [String], at index: Int) -> (name: String, title: Int)? {
        // (`Bulletin des adhérents`, `Notiziario dei soci`: a members' bulletin, lowercase words and all.)
        guard index + 2 < lines.count, lines[index + 1].isEmpty, ClippingFacts.isMasthead(lines[index]) || ExportLines.isMembersBulletin(lines[index]),
            !lines[index].hasPrefix("#"), !Self.isLonePerson(lines[index]), !ExportLines.isKicker(TextFolding.fold(lines[index])),
            !ExportLines.isSectionWord(TextFolding.fold(lines[index])),
            let filled = lines[(index + 1)...].firstIndex(where: { !$0.isEmpty }),
            case let next = Self.underStandingHead(lines, at: filled),
            Self.isTitleLike(lines[next]), !Self.endsWithPeriod(lines[next]),
            next + 1 < lines.count,
            lines[next + 1].isEmpty || ClippingFacts(dates: dates).facts(lines[next + 1]) != nil && !isQuoteAttribution(lines, at: next + 1)
                || !ClippingFacts.joinsParts(lines[index]) && Self.isStandfirst(lines, at: next + 1, under: lines[next]),
            ClippingFacts(dates: dates).facts(lines[next]) == nil,
            lines[next].count > lines[index].count
        else { return nil }
        return (lines[index], next)
    }

    /// The line under a series' marker at `index` (`SÉRIE – L'ACIER EUROPÉEN (3/5)`), or the first filled line
    /// under a column's standing title (`La chronique d'Hélène Roux`, `ColumnHeads`), when one stands there; else `index`.
    private static func underStandingHead(_ lines: [String], at index: Int) -> Int {
        if index + 1 < lines.count, !lines[index + 1].isEmpty, let last = lines[index].utf8.last, last == 0x29 || last &- 0x30 < 10,
            isSeriesMarker(lines[index])
        {
            return index + 1
        }
        if ColumnHeads.read(lines[index]) != nil, let filled = lines[(index + 1)...].prefix(3).firstIndex(where: { !$0.isEmpty }) {
            return filled
        }
        return index
    }

    /// A standfirst right under the title (no blank line between): a sentence longer than the title
    /// and than 60 characters, alone in its block (a blank line under it).
    private static func isStandfirst(_ lines: [String], at index: Int, under title: String) -> Bool {
        guard index + 1 < lines.count, lines[index + 1].isEmpty else { return false }
        let line = lines[index]
        return line.utf8.count > title.utf8.count && !TextFolding.hasAtMost(line, 60) && endsLikeSentence(line)
    }

    /// Whether the line at `index` can open the file as its title: not a sentence, or a
    /// sentence standing alone (a blank line, metadata or a wire dateline after it), or a Markdown
    /// heading.
    private func canOpen(_ lines: [String], at index: Int) -> Bool {
        let line = lines[index]
        if line.hasPrefix("# ") || !Self.endsWithPeriod(line) { return true }
        guard index + 1 < lines.count else { return true }
        let next = lines[index + 1]
        return next.isEmpty || ClippingFacts(dates: dates).facts(next) != nil
            || SourceLines.wireAgency(in: next) != nil
    }

    /// The last line can be the title: short, not ending with a period, below the body start,
    /// and no metadata or furniture (`Sent from my iPhone`).
    private func hasTitleLast(_ judged: JudgedLines, after start: Int) -> Bool {
        let lines = judged.lines
        guard let last = lines.lastIndex(where: { !$0.isEmpty }), last > start else { return false }
        return Self.isTitleLike(lines[last]) && !Self.endsWithPeriod(lines[last]) && judged.facts(last, atBottom: true) == nil
    }

    /// `PARIS, 3 mars 2026 (AFP) - …`: the agency, and the date when the dateline has one; `Frankfurt, October 6, 2017 —
    /// …`, `BERLIN, 3. März 2026 – …`: a town (three capitalised words at most) and the day before a dash, the date.
    private func dateline(_ paragraph: String) -> LineFacts {
        var facts = LineFacts()
        guard let agency = SourceLines.wireAgency(in: paragraph) else {
            if let date = placedDate(paragraph) {
                facts.date = date
                facts.dateRank = .dateline
            }
            return facts
        }
        facts.source = agency
        if let open = paragraph.firstIndex(of: "("), let date = dates.firstDate(in: String(paragraph[..<open])) {
            facts.date = date.date
            facts.dateRank = .dateline
        }
        return facts
    }

    /// The day of a dateline opening a paragraph without an agency: a town (one to three capitalised words, 30
    /// characters at most), a comma, the day, then ` — `, ` – ` or ` - `; nil for any other paragraph.
    private func placedDate(_ paragraph: String) -> CalendarDate? {
        guard paragraph.first?.isUppercase == true, let comma = paragraph.prefix(32).firstIndex(of: ",") else { return nil }
        let town = LineBytes.words(paragraph[..<comma])
        guard (1...3).contains(town.count), town.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        let head = paragraph[paragraph.index(after: comma)...].prefix(48)
        guard let dash = [" — ", " – ", " - "].lazy.compactMap({ head.range(of: $0) }).first else { return nil }
        return dates.dateLine(LineBytes.trimmed(head[..<dash.lowerBound]))
    }
}

/// What the nested readers of one top-level `LayoutReader.read` may still read, in bytes. Made
/// by that call and used only within it, on its thread (the readers nested in it are its own
/// copies): it is never shared between two reads.
final class ReadBudget: @unchecked Sendable {
    private var bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    /// Whether `count` bytes are left (nothing taken).
    func allows(_ count: Int) -> Bool { count <= bytes }

    /// Gives back `count` bytes a read found nothing in, when it is 1 MiB at most and fewer than
    /// 16 were given back before; else nothing.
    func refund(_ count: Int) {
        guard count <= 1 << 20, refunds < 16 else { return }
        refunds += 1
        bytes += count
    }

    private var refunds = 0

    /// Takes `count` bytes when that many are left; false (nothing taken) otherwise.
    func spend(_ count: Int) -> Bool {
        guard count <= bytes else { return false }
        bytes -= count
        return true
    }
}
