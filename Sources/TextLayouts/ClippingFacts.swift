import Foundation
import DateReading
import TextToolkit

/// What one header or trailer line of a clipping states, whatever its layout.
package struct LineFacts: Equatable {
    /// How much a date on this line is worth; a lower rank wins.
    package enum DateRank: Int, Comparable {
        /// Where a reprinted article first appeared (`… where this article first appeared on March 3, 1987.`):
        /// the original's day, above any day the reprint's own lines state.
        case original = -1
        case statement = 0, sourceLine, byline, dateline
        /// When a mail was sent (`Sent:`, `Gesendet:`): the article's date only when the article
        /// pasted in it states none.
        case mailSent
        /// An update stamp (`Stand: 03.03.2026`): the date only when nothing else states one.
        case update
        package static func < (a: DateRank, b: DateRank) -> Bool { a.rawValue < b.rawValue }
    }

    package var title: String?
    package var authors: [String] = []
    package var source: String?
    package var site: String?
    package var date: CalendarDate?
    package var dateRank: DateRank = .statement
    /// A bare line of names (`Adoni Conrad Quenum`): only believed next to other metadata.
    package var isBareNames = false
    /// A bare name signed with a town (`Cal Mankowski, Bruselas`): believed at the foot on its own.
    package var isSigned = false
    /// The authors are a mail's sender (`From: Jane Doe <…>`): a byline of the article pasted
    /// below names the authors instead.
    package var authorsAreSender = false
    /// A subject a mailer marked as forwarded (`FW:`, `TR:`, `WG:`): a sender who signs a note
    /// above the article passes on someone else's, and is none of its authors.
    package var isForward = false
    /// The item was read from a news aggregator's feed (`Feed: "X" - Google News`): its title
    /// ends with ` - Publisher`.
    package var isAggregated = false
    /// A print edition's reference or a weekly's issue line: the days from a day stated already
    /// within which its own day makes it the article's issue; outside them it cites another issue
    /// (a caption's, an exhibit's, a broadcast's). A weekly's or a monthly's issue (`IssueReferences`)
    /// is dated up to a month and a half after its web day (`Die Zeit Nr. 11/2026 vom 5. März 2026`
    /// under `4. März 2026`) or a week before it (a print piece posted later; `Stern Nr. 8/2026 vom
    /// 12. Februar 2026` under `4. März 2026` is cited); a paper's edition named bare (`El País, edición del 8 de marzo de 2026`)
    /// is the same day's or the next morning's. Nil for every other line.
    package var ownIssueDays: ClosedRange<Int>?
}

extension LineFacts {
    /// A source line's facts (`Reuters, 3 March 1987`, `Lu dans Le Figaro du 3 mars 1987`): the publication it names
    /// and its day, the day ranked `.sourceLine`.
    static func sourceLine(_ source: String?, _ date: CalendarDate?) -> LineFacts {
        var facts = LineFacts()
        facts.source = source
        facts.date = date
        facts.dateRank = .sourceLine
        return facts
    }
}

/// Judges one line of a clipping on its form alone: labelled field, forwarded-mail banner,
/// byline (with its date and agency), date line, `Source:` line, copyright line, agency line
/// (`(AFP)`), signature (`— Jane Doe`), a database's or web page's furniture or edition line
/// (`ExportLines`: `523 words`, `Section: BUSINESS`, `Économie, 3 mars 2026 361 mots, p. 12`;
/// a text-only version's banner, `NPR : Text-Only Version   Go To Full Site`, gives the site),
/// a feed's author field (`jane.doe@example.org (Jane Doe)`),
/// or several of these joined by ` | `, ` · `, ` • `, ` — `, ` / `, ` › ` (or else ` - `), a time of day among them
/// (`26 February 2026 | Reuters`, `By Jane Doe · March 3, 2026`, `03.03.2026 | 14:32 | dpa`;
/// `Jane Doe - Reuters`: a person's name beside a wire agency is the author).
///
/// Contract: returns nil for a line that is none of these (body prose, a title); never reads a
/// date out of prose (`dateLine` and labelled values only). A copyright line yields its holder
/// as the source and no date. A credit line (`(Reporting by A; Editing by B)`) gives its reporters.
/// With `atBottom`, `Le Soleil, 16 février 2026` gives a source and a date.
/// With `allowsBareNames`, a short line of one to three names
/// (`Bylines.names`) is accepted and flagged `isBareNames`; with `atBottom`, a writer's name and
/// town (`Cal Mankowski, Bruselas`, a correspondent's signature) is accepted, flagged `isSigned` too. Pure; never fails.
package struct ClippingFacts {
    package var dates: DateRecognizer

    package func facts(_ line: String, allowsBareNames: Bool = false, atBottom: Bool = false) -> LineFacts? {
        if let italic = Self.italicPublication(line) { return italic }
        guard let text = Self.judged(line) else { return nil }
        return plainFacts(text) ?? flaggedFacts(text, allowsBareNames: allowsBareNames, atBottom: atBottom)
    }

    /// The text `facts` judges: the line without a Markdown heading's marks and emphasis marks
    /// (its no-break spaces plain), or nil when that is empty or longer than 300 characters (then
    /// `facts` is nil whatever the flags).
    static func judged(_ line: String) -> String? {
        let text = withoutTimeZoneNote(withoutNoBreakSpaces(withoutInnerEmphasis(unemphasised(withoutLabelDash(withoutHeadingMarks(line))))))
        return !text.isEmpty && TextFolding.hasAtMost(text, 300) && !isHeadlineWithReference(text) ? text : nil
    }

    /// `Headline words [Le Monde, 3 mars 1987, p. 12]`: a headline closed by its archive reference in brackets (three
    /// words or more before ` [`, no label's colon, no parenthesis or bracket opening the line; the brackets last, holding
    /// `, ` and a figure). No metadata line: the title's reader takes the reference (`LayoutReader`'s
    /// `trailingBracketedReference`), where a print reference's reader took the whole line for the day and lost the title.
    static func isHeadlineWithReference(_ text: String) -> Bool {
        guard text.utf8.last == 0x5D, let first = text.utf8.first, first != 0x5B, first != 0x28,
            let open = LineBytes.range(of: " [", in: text, backwards: true)
        else { return false }
        let head = text[..<open.lowerBound]
        let inner = text[open.upperBound...].dropLast()
        // The bracket's few bytes first: a paragraph ending in a bracket (`… [12]`) is turned down on them.
        return !inner.contains("[") && inner.contains(", ") && inner.contains(where: \.isNumber)
            && !LineBytes.hasAtMostWords(head, 2) && !(LineBytes.contains(head, 0x3A) && head.contains(":"))
    }

    /// `— Source : Le Monde (édition du 3 mars 1987) · Auteurs : …` → the line after its dash (an em or en dash and a
    /// space) when a label follows it; any other line (`— Jane Doe, spokeswoman`, `– AFP`) as it is.
    static func withoutLabelDash(_ line: String) -> String {
        guard line.utf8.first == 0xE2, line.hasPrefix("— ") || line.hasPrefix("– ") else { return line }
        let rest = String(line.dropFirst(2))
        return ClippingLabels.parse(rest) != nil ? rest : line
    }

    /// `## REUTERS   26 February 1987   32` → the heading's text (one to six `#` and a space); any
    /// other line (`#Brexit`) as it is.
    static func withoutHeadingMarks(_ line: String) -> String {
        guard line.utf8.first == 0x23 else { return line }
        let marks = line.utf8.prefix { $0 == 0x23 }.count
        guard marks <= 6, line.utf8.dropFirst(marks).first == 0x20 else { return line }
        return String(decoding: line.utf8.dropFirst(marks + 1), as: UTF8.self)
    }

    /// `Publié le 3 mars 1987 à 18h42 (heure de Paris), modifié à 19h10` → the line without the
    /// parenthesised time zone (`(heure de Paris)`, `(hora de Lisboa)`, `(ora italiana)`, `(Paris
    /// time)`), whose `de Paris` is no byline; any other line as it is. Only a line with a digit
    /// (a stamp's) and such a parenthesis is copied.
    static func withoutTimeZoneNote(_ line: String) -> String {
        // Most lines hold no `(`: one byte search turns them down.
        guard line.utf8.count <= 400, LineBytes.contains(line, 0x28),
            LineBytes.contains(line, bytes: "(h") || LineBytes.contains(line, bytes: "(o") || LineBytes.contains(line, bytes: " time)"),
            LineBytes.hasDigit(line)
        else { return line }
        var text = line
        for opening in ["(heure ", "(hora ", "(ora ", "(horario "] {
            guard let open = text.range(of: opening), let close = text[open.upperBound...].firstIndex(of: ")"),
                text.distance(from: open.lowerBound, to: close) <= 30
            else { continue }
            text.removeSubrange(open.lowerBound...close)
        }
        if let close = text.range(of: " time)"), let open = text[..<close.lowerBound].lastIndex(of: "("),
            text.distance(from: open, to: close.lowerBound) <= 24
        {
            text.removeSubrange(open..<close.upperBound)
        }
        guard text != line else { return line }
        return text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ").replacing(" ,", with: ",")
    }

    /// The line with its no-break spaces (U+00A0, a word processor's `Par Hélène Roux`, `3 mars
    /// 2026`) made plain spaces, judged as the words they separate; any other line as it is.
    static func withoutNoBreakSpaces(_ line: String) -> String {
        guard LineBytes.contains(line, 0xA0), line.utf8.count <= 400, line.unicodeScalars.contains("\u{A0}") else { return line }
        return String(String.UnicodeScalarView(line.unicodeScalars.map { $0 == "\u{A0}" ? " " : $0 }))
    }

    /// `[Reuters, 26.II.1987, p. 14]` → `Reuters, 26.2.1987, p. 14`: a bracketed line holding a
    /// comma (at most 120 characters), a month in Roman numerals between a day's and a year's
    /// digits made Arabic; nil for any other line.
    static func bracketedStamp(_ text: String) -> String? {
        guard text.utf8.first == 0x5B, text.utf8.last == 0x5D, text.utf8.count <= 120, LineBytes.contains(text, bytes: ", ") else {
            return nil
        }
        let inner = text.dropFirst().dropLast()
        let words = inner.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let parts = word.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count >= 3, let month = romanMonths.firstIndex(of: String(parts[1])),
                parts[0].count <= 2, !parts[0].isEmpty, parts[0].allSatisfy(\.isNumber), parts[2].prefix(4).allSatisfy(\.isNumber)
            else { return String(word) }
            return ([String(parts[0]), String(month + 1)] + parts.dropFirst(2).map(String.init)).joined(separator: ".")
        }
        return LineBytes.trimmed(words.joined(separator: " "))
    }

    private static let romanMonths = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

    /// What `facts` finds in a judged text whatever the flags (a banner, or one of `single`'s
    /// forms but a bare line of names); when not nil, it is `facts`' answer for every flag.
    func plainFacts(_ text: String) -> LineFacts? {
        // `Veröffentlicht am Donnerstag, 7. September 2017 um 19:49 Uhr in The Guardian`: the day and the publication.
        if let sentence = ArticleIntros.publishingSentence(text, dates: dates) { return sentence }
        // `(Communiqué de presse, 9 avril 2026)`, `(Pressemitteilung der Stadt Regensburg, 09.04.2026)`: a press release's
        // day, its sender no publication (asked first: the sender's name may read as one).
        if text.utf8.first == 0x28, text.utf8.last == 0x29, text.utf8.count <= 160, let comma = text.firstIndex(of: ","),
            case let sender = TextFolding.fold(text[text.index(after: text.startIndex)..<comma]),
            LayoutReader.releaseWords.contains(where: { sender.hasPrefix($0) }),
            let found = dates.firstDate(in: String(text[text.index(after: comma)...].dropLast()))
        {
            var day = LineFacts()
            day.date = found.date
            day.dateRank = .sourceLine
            return day
        }
        // `(Corriere della Sera, 7. September 2017)` alone: a reference in parentheses, the publication and its day.
        if text.utf8.first == 0x28, text.utf8.last == 0x29, text.utf8.count > 2, LineBytes.contains(text, 0x2C),
            let inner = facts(String(text.dropFirst().dropLast()), atBottom: true), let source = inner.source, inner.date != nil,
            inner.authors.isEmpty, !GivenNames.holdsGivenName(source)
        {
            // `(Comunicato stampa, 18 marzo 2026)`: a press release's day, no publication; `(File photo, …)` a caption's.
            if Self.isPlausiblePublication(source) { return inner }
            if LayoutReader.releaseWords.contains(where: { TextFolding.fold(source).hasPrefix($0) }) {
                var day = LineFacts()
                day.date = inner.date
                day.dateRank = inner.dateRank
                return day
            }
        }
        // `Quelle: ComputerBase, Nr. 8914, S. 30, Artikel von Christoph Becker.`: the reference and its writers.
        if LineBytes.contains(text, bytes: ", "), let (rest, authors) = ArticleIntros.trailingWriters(text),
            !RelatedLists.opensWithHeading(rest),  // `Siehe auch: …, Artikel von …`: another article's writers
            var facts = facts(rest, atBottom: true)
        {
            facts.authors = authors
            return facts
        }
        // `Quelle/Datum/Seite: Le Monde / 03.03.1987 / 12`: labels joined by slashes, their values likewise.
        if let combined = slashedLabels(text) { return combined }
        if ClippingLabels.isBanner(text) { return LineFacts() }
        // `De notre correspondant à Bruxelles` alone: an unsigned piece's byline, naming nobody.
        if Bylines.isUnsignedCorrespondent(text) { return LineFacts() }
        // `[Le Figaro, 03.03.1987, Hélène Roux / Stefan Krüger]`: a typed-up clipping's trailer.
        if text.utf8.first == 0x5B, let trailer = BracketedTrailers.read(text, dates: dates) { return trailer }
        // `— Benjamin Fischer, FAZ.NET, 3 March 2026` closing the text: who wrote it, where, when.
        if let attribution = AttributionLines.read(text, dates: dates) {
            var facts = LineFacts.sourceLine(attribution.source, attribution.date)
            facts.authors = attribution.author.map { [$0] } ?? []
            return facts
        }
        // `Le Figaro avec AFP`, `Reuters with ANSA` alone on a line: the publication that used an agency's copy.
        if let joined = Bylines.joinedAgency(text), Self.isMasthead(joined.name), !GivenNames.holdsGivenName(joined.name),
            !LayoutReader.endsLikeSentence(text)
        {
            var facts = LineFacts()
            facts.source = joined.name
            return facts
        }
        return single(text)
    }

    /// `facts`' answer for a judged text whose `plainFacts` is nil: a print page's masthead line (not
    /// `atBottom`), a bare line of names (with `allowsBareNames`), a publication and date (`atBottom`),
    /// or several parts joined.
    func flaggedFacts(_ text: String, allowsBareNames: Bool, atBottom: Bool) -> LineFacts? {
        // `Article de Peter Amende paru dans Le Monde le 3 mars 1987 :`: the desk's introduction above the article. (At the
        // foot, `Article by … published in the South Wales Echo on 2 March 2026:` over a link names another article.)
        if !atBottom, text.utf8.last == 0x3A, let intro = ArticleIntros.read(text, dates: dates) { return intro }
        // A print page's masthead line (`THE GUARDIAN — No. 16583 — Friday, October 6, 2017 — Price 5.00`) heads a page; at
        // the foot such a line is a box the text quotes (a comic's or a series' issue, `TEX — N. 785 — marzo 2026`).
        if !atBottom, let masthead = IssueReferences.readMastheadLine(text, dates: dates) {
            var issue = LineFacts.sourceLine(masthead.source, masthead.date)
            issue.ownIssueDays = -7...45
            return issue
        }
        // At the foot, a correspondent's signature (`Cal Mankowski, Bruselas`) is believed on its own.
        // (Asked at the foot only of a line with a comma, the signature's shape.)
        if allowsBareNames || atBottom && Self.mayBeSigned(text), let names = bareNames(text), allowsBareNames || names.isSigned {
            return names
        }
        if let signed = publicationAndDate(text, atBottom: atBottom) { return signed }
        // An archive's stamp at the foot (`[Reuters, 26.II.1987, p. 14]`): the line it brackets.
        if atBottom, let inner = Self.bracketedStamp(text), let stamped = facts(inner, atBottom: true) { return stamped }
        if atBottom, text.utf8.first == 0x5B, let trailer = BracketedTrailers.read(text, dates: dates, alone: true) { return trailer }
        // `(Christoph Becker)`, `(Laura Martínez y Pablo Ruiz)` under the text: who wrote it (persons opening with a given
        // name: `(Edição de Rui Almeida)` credits an editor); `(BRIGITTE)`: whose it is.
        if atBottom, text.utf8.first == 0x28, text.utf8.last == 0x29, text.utf8.count <= 122,
            let split = Bylines.split(String(text.dropFirst().dropLast()), separatingAgencies: false), split.agency == nil,
            (1...3).contains(split.names.count),
            split.names.allSatisfy({ name in
                LineBytes.words(name).count >= 2 && Bylines.isPersonLike(name) && GivenNames.holdsGivenName(LineBytes.words(name)[0])
            })
        {
            var facts = LineFacts()
            facts.authors = split.names
            return facts
        }
        if atBottom, let name = Self.parenthesisedName(text) {
            var facts = LineFacts()
            facts.source = name
            return facts
        }
        return combined(text, allowsBareNames: allowsBareNames)
    }

    /// One of the forms on its own (every form but the bare line of names, which is tried after
    /// them: `bareNames`).
    private func single(_ text: String) -> LineFacts? {
        var facts = LineFacts()
        // `Testata: Reuters    Data di uscita: 26/02/1987    Pagina: 23`, `Source : Le Monde (…) · Auteurs : A, B · Saisi le …`:
        // labelled cells in columns or apart, read one by one (`labelledRow`), before a source line takes the first cell.
        if Self.isLabelledRow(text) { return labelledRow(text) }
        if let sourceLine = SourceLines.parse(text, dates: dates) { return .sourceLine(sourceLine.source, sourceLine.date) }
        // `Süddeutsche Zeitung, Nr. 51, Dienstag, 3. März 1987, Seite 7`: a print edition's reference; `Aus: Reuters Nr.
        // 9/1987 vom 26. Februar 1987`: a weekly's issue line, its day perhaps.
        if let reference = IssueReferences.read(text, dates: dates) ?? IssueReferences.readIssueLine(text, dates: dates) {
            var issue = LineFacts.sourceLine(reference.source, reference.date)
            issue.ownIssueDays = -7...45
            return issue
        }
        // `Le Figaro, édition du 3 mars 1987`, a copy sheet's `For: Reuters, edition of Thursday, February 26, 1987`.
        if let edition = editionReference(text) {
            var issue = LineFacts.sourceLine(edition.source, edition.date)
            if !edition.labelled { issue.ownIssueDays = 0...1 }
            return issue
        }
        // `Ingrid Hartmann, * 20. Juni 1942   † 23. Februar 1987`, `born …; died …`: a life's days, no article's.
        if Self.isLifeLine(text) { return facts }
        // `Created by A, last modified by B on 15 Oct 2017`: a wiki page's editors, not the article's writers.
        if ExportLines.isPageInfo(text) { return facts }
        // `Druckversion — gedruckt am 03.08.1987 um 18:39 Uhr`: when the page was printed, no article's day.
        if ExportLines.isPrintBanner(text) { return facts }
        // `RECEIVED FEBRUARY 27, 1987`: a mail room's stamp on a scanned cutting, when the desk got it.
        if ExportLines.isReceptionStamp(text, dates: dates) { return facts }
        // `NAPACH, Bernice. Title. Reuters [online]. 2 March 1987. [Accessed …]`: an ISO 690 reference heading the file.
        if let reference = ISOReferences.read(text, dates: dates) {
            var cited = LineFacts.sourceLine(reference.source, reference.date)
            cited.title = reference.title
            cited.authors = reference.authors
            return cited
        }
        // `P, professor of …, was quoted in Reuters on March 3, 2026:`: the publication quoting someone, and its day.
        if text.utf8.last == 0x3A, let cited = CitedInLines.read(text, dates: dates) { return .sourceLine(cited.source, cited.date) }
        // `Written by A · Edición: P · Published 3 March 1987`: a long-read's credits (before labels: `Edición:` is none).
        if let credits = CreditLines.credits(text, dates: dates) {
            facts.authors = credits.authors
            facts.date = credits.date
            facts.dateRank = .byline
            return facts
        }
        if let stamp = reviewStamp(text) { return stamp }
        if let signed = Self.writersSlashPublication(text) { return signed }
        // `SERVICE DE PRESSE – ARCHIVES`, `PRESSESTELLE – ARCHIV`: the desk's archive's heading over its stamp.
        if Self.isArchiveHeading(text) { return facts }
        // `Lu dans Le Figaro du 3 mars 1987`, `Publicado em: Público, 07/09/2017`: where the desk read it, and when it
        // appeared (before labels: `Publicado em:` alone labels a day).
        if let read = ReadInLines.read(text, dates: dates) { return .sourceLine(read.source, read.date) }
        if let (field, value) = ClippingLabels.parse(text),
            let facts = labelled(field, value, mailSubject: field == .title && ClippingLabels.isMailSubject(text))
        {
            return facts
        }
        if let name = Self.publishedIn(text) ?? Self.numberedMasthead(text) {
            facts.source = name  // `Published in Boing Boing`: a blogging platform's line naming the publication
            return facts
        }
        if let site = ExportLines.textOnlyBannerSite(text) {
            facts.source = site.isEmpty ? nil : site  // `NPR : Text-Only Version   Go To Full Site`
            return facts
        }
        if let note = PrintNotes.read(text, dates: dates) { return .sourceLine(note.source, note.date) }
        if let date = PublishedNotes.date(text, dates: dates) {
            facts.date = date  // `This article was published on 02/26/1987 at 08:39.`
            facts.dateRank = .dateline
            return facts
        }
        if let date = PublishedNotes.editionDate(text, dates: dates) {
            facts.date = date  // `Edition of Saturday, December 22, 2012` under a masthead
            facts.dateRank = .sourceLine
            return facts
        }
        if let date = EmbargoLines.date(text, dates: dates) {
            facts.date = date  // `EMBARGOED UNTIL 00:01 GMT MARCH 2, 1987`: published then
            return facts
        }
        if let date = EmbargoLines.transmitted(text, dates: dates) {
            facts.date = date  // `Transmitted 1987-03-01 17:45`: when the copy left the wire
            facts.dateRank = .mailSent
            return facts
        }
        // `Jane Doe · 4 min read` (furniture to `ExportLines`, as `4 min read` alone is): the author.
        // `Reuters · Business · By A · February 26, 1987 · 1 min read`: the publication, the writers and the day.
        if ExportLines.endsWithReadingTime(text), Self.mayHaveSeparator(text), let stamp = combined(text, allowsBareNames: false),
            !stamp.authors.isEmpty || stamp.source != nil
        {
            return stamp
        }
        switch ExportLines.judge(text, dates: dates) {
        case .nothing?:
            return facts
        case .edition(let date)?:
            // `Reuters del 26/02/1987, pág. 37 / Economía`: an archive's reference names the publication;
            // `Le Figaro, édition de Besançon · mardi 3 mars 2026 · p. 14`: a regional page's head too.
            if let signed = publicationAndDate(text, atBottom: false) { return signed }
            if date != nil, let parts = combined(text, allowsBareNames: false), parts.source != nil, parts.date != nil { return parts }
            // `Publicado em Reuters a 26 de fevereiro de 1987.`: a note naming the publication too.
            if let note = OriginNotes.read(text, dates: dates), let source = note.source {
                facts.source = source
                facts.authors = note.authors
                facts.date = note.date ?? date
                return facts
            }
            facts.date = date
            return facts
        case .update(let date)?:
            facts.date = date
            facts.dateRank = .update
            return facts
        case nil:
            break
        }
        if let holder = WireAgencies.copyrightHolder(text) {
            facts.source = holder
            return facts
        }
        // `Mit Ingrid Dahl sprach Cal Mankowski.`: an interview's closing credit, its writer last.
        if let interviewers = Bylines.interviewers(text) {
            facts.authors = interviewers
            return facts
        }
        // `Transparenzhinweis: Der Tagesspiegel gehört wie … zur …`: the publication discloses its owner.
        if let publication = DisclosureNotes.publication(text) {
            facts.source = publication
            return facts
        }
        // A column's standing title naming its writers (`La chronique d'Hélène Roux`), or alone (`Der Zwischenruf`).
        if let columnists = ColumnHeads.read(text) {
            facts.authors = columnists
            return facts
        }
        // A reprint's credit in the head (`Reproduced by kind permission of X, where this article first
        // appeared on March 3, 1987.`, above the title in a newsletter reprinting it): the original's fields.
        if let note = OriginNotes.read(text, dates: dates), let source = note.source, OriginNotes.isReprintCredit(text) {
            facts.source = source
            facts.authors = note.authors
            if let date = note.date {
                facts.date = date
                facts.dateRank = .original
            }
            return facts
        }
        if TextFolding.hasAtMost(text, 40), WireAgencies.isAgency(text) {
            facts.source = text
            return facts
        }
        // `Le service Économie`, `Wirtschaftsredaktion`: a department credited for an unsigned piece, no one and no publication.
        if ExportLines.isDeskCredit(text) { return facts }
        if let newsroom = NewsroomCredits.read(text, dates: dates) {
            facts.source = newsroom.source
            facts.date = newsroom.date
            facts.dateRank = .byline
            return facts
        }
        if let post = PostedLines.read(text, dates: dates) {
            facts.authors = post.authors  // `Posted by Jane Doe on February 26, 1987 in Economy`
            facts.date = post.date
            facts.dateRank = .byline
            // `Publicado em Reuters a 26 de fevereiro de 1987.`: no poster, a note naming the publication.
            if post.authors.isEmpty, let note = OriginNotes.read(text, dates: dates), let source = note.source {
                facts.source = source
                facts.authors = note.authors
                facts.date = note.date ?? post.date
            }
            return facts
        }
        if let site = PostedLines.printHeader(text) {
            facts.source = site  // `- Site Name - https://example.org -` over a printed post
            return facts
        }
        if let byline = Bylines.read(text, dates: dates, keepsAgencies: false) {
            facts.authors = byline.authors
            facts.date = byline.date
            facts.dateRank = .byline
            facts.source = byline.agency
            // A credit naming the piece read as a byline (`A story by A, published in X on …`): its publication too,
            // and its day as a statement (a blog's post line above it is the reposter's).
            if let note = OriginNotes.read(text, dates: dates) {
                facts.source = facts.source ?? note.source
                if let date = note.date {
                    facts.date = date
                    facts.dateRank = .statement
                }
            }
            return facts
        }
        // A date needs digits (`dateLine`, `dateAndTime` and `dateThenByline` find none without).
        if LineBytes.hasDigit(text) {
            // (The date line and the first date from one tokenizing: `dateAndTime` asks the latter.)
            let stated = dates.statedDate(text)
            if let date = stated.line {
                facts.date = date
                return facts
            }
            if let dated = dateThenByline(text) { return dated }
            if let date = dateAndTime(text, found: stated.first) {
                facts.date = date
                return facts
            }
            if let date = placeAndDate(text) {
                facts.date = date
                return facts
            }
        }
        if let channel = Self.forwardedFrom(text) {
            // A messaging channel's forward: the publication's channel is the source, a person's none.
            if ClippingFacts.isMasthead(channel), !Bylines.isPersonLike(channel) || !GivenNames.holdsGivenName(channel) {
                facts.source = channel
            }
            return facts
        }
        if let name = Self.feedAuthor(text) {
            facts.authors = [name]
            return facts
        }
        if let reporters = CreditLines.authors(text) {
            facts.authors = reporters
            return facts
        }
        // `Économie | Le Figaro`, `Reuters — The economy blog`: a publication after its section, or over its blog's tagline.
        if text.utf8.count <= 240, let named = LayoutReader.publicationBesideTagline(text) {
            facts.source = named
            return facts
        }
        // The first Character equal to `(` opens with its byte, the last equal to `)` ends with its.
        if text.utf8.first == 0x28, text.utf8.last == 0x29, text.hasPrefix("("), text.hasSuffix(")"),
            WireAgencies.isAgency(text.dropFirst().dropLast())
        {
            facts.source = String(text.dropFirst().dropLast())
            return facts
        }
        // A Character equal to `—`, `–` or `-` starts with the byte E2 or 2D.
        if let lead = text.utf8.first, lead == 0xE2 || lead == 0x2D,
            let first = text.first, "—–-".contains(first), text.dropFirst().first == " ",
            let split = Bylines.split(String(text.dropFirst(2)), separatingAgencies: true)
        {
            facts.authors = split.names
            facts.source = split.agency
            return facts
        }
        return nil
    }

    /// `February 26, 2026, 8:10 a.m. ET`, `26.02.2026, 11.16 Uhr`, `Publié le 3 mars 2026 à
    /// 10h22`: a date line followed by a time of day, or nil.
    func dateAndTime(_ text: String) -> CalendarDate? {
        guard TextFolding.hasAtMost(text, 100) else { return nil }
        return dateAndTime(text, found: dates.firstDate(in: text))
    }

    /// `dateAndTime(text)` given `found`, `dates.firstDate(in: text)` of a text of 100 Characters at most (nil for a
    /// longer one: `dates.statedDate(text).first`).
    func dateAndTime(_ text: String, found: DateRecognizer.Match?) -> CalendarDate? {
        guard let found else { return nil }
        var time = text[found.range.upperBound...].drop { $0 == "," || $0 == " " || $0 == "-" || $0 == "|" }
        // `Publié le 3 mars 2026 à 14:04, modifié le 4 mars 2026 à 22:53`: the update after a comma.
        // (or after ` - `, ` · `, ` | `: `Pubblicato il 02/03/2026 alle 08:15 - Ultima modifica il …`).
        for separator in [",", " - ", " · ", " | ", " – "] {
            if let cut = time.firstRange(of: separator), ExportLines.isUpdateStamp(LineBytes.trimmed(time[cut.upperBound...])) {
                time = time[..<cut.lowerBound]
            }
        }
        guard !time.isEmpty, ExportLines.isClockTime(LineBytes.trimmed(time)) else { return nil }
        return dates.dateLine(String(text[..<found.range.upperBound]))
    }

    /// `Published March 3, 2026 by Jane Doe`, `Publié le 3 mars 2026 par Jane Doe`: a date line
    /// followed by a byline on the same line (a blog's `Posted on … by …`), or nil.
    private func dateThenByline(_ text: String) -> LineFacts? {
        guard TextFolding.hasAtMost(text, 160), LineBytes.hasDigit(text) else { return nil }
        // Each space that opens ` by `, ` par `, ` von `, ` por ` or ` di ` (ASCII case ignored).
        var spaces: [Int] = []
        var copy = text
        copy.withUTF8 { bytes in
            let count = bytes.count
            func at(_ index: Int) -> UInt8 { index < count ? bytes[index] | 0x20 : 0 }
            for space in 1..<max(1, count) where bytes[space] == 0x20 {
                let (a, b, c, d) = (at(space + 1), at(space + 2), at(space + 3), at(space + 4))
                let two = (a == 0x62 && b == 0x79) || (a == 0x64 && b == 0x69)  // by, di
                let three = (a == 0x70 && b == 0x61 && c == 0x72) || (a == 0x76 && b == 0x6F && c == 0x6E)
                    || (a == 0x70 && b == 0x6F && c == 0x72)  // par, von, por
                if two && c == 0x20 || three && d == 0x20 { spaces.append(space) }
            }
        }
        for space in spaces {
            let cut = text.utf8.index(text.utf8.startIndex, offsetBy: space)
            guard let date = dates.dateLine(String(text[..<cut])),
                let byline = Bylines.read(String(text[text.index(after: cut)...]), dates: dates, keepsAgencies: false)
            else { continue }
            var facts = LineFacts()
            facts.authors = byline.authors
            facts.source = byline.agency
            facts.date = date
            facts.dateRank = .byline
            return facts
        }
        return nil
    }

    /// A short line of one to three names of two words or more (`Adoni Conrad Quenum`), flagged
    /// `isBareNames`.
    private func bareNames(_ text: String) -> LineFacts? {
        guard TextFolding.hasAtMost(text, 80), !LayoutReader.endsLikeSentence(text),
            let split = Bylines.split(text, separatingAgencies: true), split.names.count <= 3
        else { return nil }
        let names = split.names
        // `Cal Mankowski, Bruselas`: the writer's town after the name, one capitalised word (`Bylines.split`
        // drops it), a correspondent's signature, believed on its own.
        // (The line is cut at its commas only for a single name without an agency.)
        let signed = names.count == 1 && split.agency == nil && Self.mayBeSigned(text)
        guard names.allSatisfy({ $0.contains(Character(" ")) && Bylines.isPersonLike($0) }) else { return nil }
        var facts = LineFacts()
        facts.authors = names
        facts.source = split.agency
        facts.isBareNames = true
        facts.isSigned = signed
        return facts
    }

    /// Whether a line has a signature's shape (`Name, Town`: at most 80 Characters, one comma, a
    /// town's word after it, `isTownWord`), asked before the costlier `bareNames` at the foot.
    private static func mayBeSigned(_ text: String) -> Bool {
        guard LineBytes.contains(text, 0x2C), TextFolding.hasAtMost(text, 80) else { return false }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        return parts.count == 2 && isTownWord(LineBytes.trimmed(parts[1]))
    }

    /// A town's name as a signature writes it after the writer's: a capital, then lowercase
    /// letters (`Bruselas`, `Zürich`), four to 20 Characters; no agency's or publication's name.
    /// A role written alone passes too (`Chancellor`): such a line signs the text either way.
    static func isTownWord(_ word: String) -> Bool {
        guard (4...20).contains(word.count), word.first?.isUppercase == true, word.dropFirst().allSatisfy({ $0.isLowercase })
        else { return false }
        return !WireAgencies.isAgency(word) && !LayoutReader.isPublication(word)
    }

    /// `Published in Reuters`, `Publié dans Le Monde`, `Erschienen in FAZ.NET`: the publication's
    /// name (a masthead's form; one word only when an agency's, a publication's or a brand's, not
    /// `London`) after the phrase; nil for any other line.
    /// A weekly's issue line (`From Público, issue 27/2026`, `Aus Reuters Nr. 9/1987`, `Article paru dans
    /// Le Figaro n° 35/2026`, `Publicado em The Guardian n.º 6/2019`) names the publication too, its issue
    /// number (no date) cut off; `From`, `Aus`, `Da`, `De` open one only before an issue number.
    static func publishedIn(_ text: String) -> String? {
        let issued = withoutIssueNumber(text)
        let line = issued ?? text
        guard let phrase = publishedInPhrase(line) ?? (issued == nil ? nil : issuePhrase(line)) else { return nil }
        var name = LineBytes.trimmed(line.dropFirst(phrase.count))
        // `Published in correctiv.org.`: the sentence's period is none of the name's (an abbreviation's stays: `Inc.`;
        // a sentence going on, `Erschienen in FAZ.NET, von A.`, `Published in Boing Boing by A.`, is read by others:
        // a name of several words keeps its period when one of them is lowercase but for one particle, `the Guardian`,
        // `Recht am Bild`, never a byline's `by`, `von`, `par`).
        let nameWords = LineBytes.words(name)
        let lowercase = nameWords.filter { $0.first?.isLowercase == true }
        if name.hasSuffix("."), !name.hasSuffix(".."), !LineBytes.contains(name, 0x2C),
            nameWords.count == 1 || lowercase.count <= 1 && !lowercase.contains(where: { ["by", "von", "par", "por", "di", "da", "de"].contains($0) }),
            let last = nameWords.last,
            !["Inc.", "Ltd.", "Co.", "Corp.", "Bros.", "Jr.", "Sr.", "St."].contains(last)
        {
            name = String(name.dropLast())
        }
        // `Publicado en BOE núm. 58, de 7 de marzo`: a law's gazette, no article's publication.
        guard isMasthead(name), !IssueReferences.isOfficialGazette(name) else { return nil }
        // One plain capitalised word may be a place (`Published in London`): a publication's only
        // when it is an agency, a publication's form, or written like a brand (`ComputerBase`, `BRIGITTE`).
        let words = LineBytes.words(name)
        let branded = name.dropFirst().contains(where: \.isUppercase)
        // A place has no issue number: one word is the publication's name then.
        return words.count > 1 || branded || issued != nil || WireAgencies.isAgency(name) || LayoutReader.isPublication(name) ? name : nil
    }

    /// `text` without an issue number at its end (`, issue 27/2026`, ` n° 35/2026`, ` Nr. 9/1987`,
    /// ` n.º 6/2019`, `, número 45/2026`, ` 9/1987`); nil when it ends with none.
    static func withoutIssueNumber(_ text: String) -> String? {
        // A year's digit last and a slash five bytes before it: most lines are turned down on their bytes.
        let utf8 = text.utf8
        guard let last = utf8.last, last &- 0x30 < 10, utf8.count >= 8, utf8.count <= 240,
            utf8[utf8.index(utf8.endIndex, offsetBy: -5)] == 0x2F,
            TextFolding.hasAtMost(text, 120), let slash = text.lastIndex(of: "/")
        else { return nil }
        let year = text[text.index(after: slash)...]
        guard year.count == 4, year.allSatisfy(\.isASCII), year.allSatisfy(\.isNumber) else { return nil }
        var head = text[..<slash]
        let number = head.reversed().prefix { $0.isASCII && $0.isNumber }.count
        guard (1...3).contains(number) else { return nil }
        head = head.dropLast(number)
        let trimmed = head.trimmingCharacters(in: .whitespaces)
        let folded = TextFolding.fold(trimmed)
        // `Aus Reuters 9/1987`: a German weekly's issue, no word before it (and no comma: `From Paris, 12/2026` is a dateline).
        let word = issueWords.first(where: { folded.hasSuffix(" " + $0) }) ?? ""
        if word.isEmpty, trimmed.hasSuffix(",") { return nil }
        let rest = trimmed.dropLast(word.count).trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        return rest.isEmpty ? nil : rest
    }

    /// `Reuters Breaking News`, `Reuters – Alerte info`, `El País Última hora`: a publication's alert
    /// service sending a mail, named by its publication; any other sender as it is.
    static func withoutAlertService(_ sender: String) -> String {
        let folded = TextFolding.fold(sender)
        guard let suffix = alertServices.first(where: { folded.hasSuffix(" " + $0) }) else { return sender }
        let name = String(sender.dropLast(suffix.count)).trimmingCharacters(in: CharacterSet(charactersIn: " –—-|·:"))
        return name.isEmpty ? sender : name
    }

    /// Folded names of a publication's alert service, after its name.
    private static let alertServices = [
        "breaking news", "news alerts", "news alert", "alerts", "eilmeldung", "eilmeldungen", "alerte info", "alertes info",
        "ultima hora", "ultim'ora", "ultimora", "alerta", "urgente",
    ]

    /// `Le Figaro, no. 21692`, `Reuters, n° 24946`: a press database's head naming the publication and its
    /// issue's number (three to six digits after `no.`, `n°`, `nº`, `Nr.`, `núm.` or `n.`); nil otherwise.
    static func numberedMasthead(_ text: String) -> String? {
        guard let last = text.utf8.last, last &- 0x30 < 10, LineBytes.contains(text, 0x2C), TextFolding.hasAtMost(text, 80),
            let comma = text.lastIndex(of: ",")
        else { return nil }
        let tail = TextFolding.fold(LineBytes.trimmed(String(text[text.index(after: comma)...])))
        guard let word = ["no. ", "n° ", "nº ", "nr. ", "num. ", "n. "].first(where: { tail.hasPrefix($0) }) else { return nil }
        let digits = tail.dropFirst(word.count)
        // An issue's number has three digits or more: `Via Garibaldi, n. 12`, `Klaviersonate, Nr. 14` are none.
        guard (3...6).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let name = LineBytes.trimmed(String(text[..<comma]))
        return isMasthead(name) && !ExportLines.isAddress(name) ? name : nil
    }

    /// Folded words of an issue's number, longest first where one ends another.
    static let issueWords = ["issue", "issue no.", "no.", "nr.", "ausgabe", "heft", "n.", "n°", "nº", "n.º", "numero"]

    /// The phrase opening an issue line (folded, with its space): a publishing phrase, or `From`, `Aus`, `Da`, `De`.
    private static func issuePhrase(_ text: String) -> String? {
        let folded = TextFolding.fold(text)
        return issueOpenings.first(where: { folded.hasPrefix($0) })
    }

    /// What opens an issue line but a publishing phrase (`publishedInPhrases`), folded, with its space.
    static let issueOpenings = ["article paru dans ", "paru dans le ", "from ", "aus ", "da ", "de ", "dal ", "do ", "du "]

    /// An archive stamp's publication and day (`Süddeutsche Zeitung du 7/9/17`, `Le Monde v. 3.3.87`, `Público del
    /// 7/9/17`): the day numeric with a two-digit year, day first but after English's `of` (`69`–`99` the 1900s; a
    /// first number over 12 is the day, a second the month's order's), after a connector or a comma;
    /// or the publication marked undated (`Corriere della Sera, s.d.`, `Le Monde o. D.`, `The Guardian, n.d.`), the day
    /// nil (the label names a publication: the name is taken as it stands). Nil otherwise (120 bytes at most).
    static func publicationWithShortDay(_ value: String) -> (name: String, date: CalendarDate?)? {
        guard value.utf8.count <= 120 else { return nil }
        let folded = TextFolding.fold(value)
        if folded.count == value.count, let mark = undatedMarks.first(where: { folded.hasSuffix($0) }) {
            let name = LineBytes.trimmed(String(value.dropLast(mark.count)).trimmingCharacters(in: CharacterSet(charactersIn: ", ")))
            return name.isEmpty ? nil : (name, nil)
        }
        var words = value.split(separator: " ")
        guard words.count >= 2, let last = words.last, let numbers = shortNumericDay(last) else { return nil }
        words.removeLast()
        var monthFirst = false
        if let connector = words.last, shortDayConnectors.contains(TextFolding.fold(connector)) {
            monthFirst = TextFolding.fold(connector) == "of"  // `The Guardian of 9/7/17`: an English desk's, month first
            words.removeLast()
        } else if words.last?.hasSuffix(",") != true {
            return nil
        }
        guard let date = shortNumericDay(numbers, monthFirst: monthFirst) else { return nil }
        let name = LineBytes.trimmed(words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ", ")))
        return name.isEmpty ? nil : (name, date)
    }

    /// The numbers of a numeric day with a two-digit year (`7/9/17`, `12.05.26`: one or two ASCII digits each, `.` or
    /// `/` between), or nil for any other word.
    static func shortNumericDay(_ word: Substring) -> (first: Int, second: Int, year: Int)? {
        let parts = word.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "/" }
        guard parts.count == 3, parts[2].count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) }),
            let first = Int(parts[0]), let second = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return (first, second, year)
    }

    /// The day of `shortNumericDay`'s numbers: `69`–`99` the 1900s; day first unless `monthFirst`, but a first number over
    /// 12 is the day and a second over 12 makes the order month first. Nil for no calendar day.
    static func shortNumericDay(_ numbers: (first: Int, second: Int, year: Int), monthFirst: Bool) -> CalendarDate? {
        var monthFirst = monthFirst
        let (first, second, year) = numbers
        if first > 12 { monthFirst = false } else if second > 12 { monthFirst = true }
        return CalendarDate(year: year >= 69 ? 1900 + year : 2000 + year, month: monthFirst ? first : second, day: monthFirst ? second : first)
    }

    /// `2/8/26 / H. Roux`, `8.10.17 / G. Bianchi`: a short numeric day, ` / ` and a colleague's initial and name.
    private static func isFilingStamp(_ value: String) -> Bool {
        guard value.utf8.count <= 60, let bar = value.range(of: " / ") else { return false }
        let day = value[..<bar.lowerBound].split(omittingEmptySubsequences: false) { $0 == "." || $0 == "/" }
        return day.count == 3 && day.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isNumber) }
            && value[bar.upperBound...].contains(".")
    }

    /// How an archive's stamp says it holds no day (folded), after the publication.
    private static let undatedMarks = [", s. d.", ", s.d.", " s. d.", " s.d.", ", o. d.", " o. d.", ", o.d.", " o.d.", ", n.d.", " n.d.",
                                       ", s/d", " s/d", ", s. f.", " s. f.", ", s.f.", " s.f.", ", sin fecha", ", senza data", ", sem data",
                                       ", undated"]

    /// A desk's archive heading: a line in capitals (60 characters at most) whose last word is an archive's
    /// (`ARCHIVES`, `ARCHIV`, `ARCHIVIO`, `ARQUIVO`, `ARCHIVO`) after a dash, naming the office that keeps it.
    private static func isArchiveHeading(_ text: String) -> Bool {
        guard TextFolding.hasAtMost(text, 60), !text.contains(where: \.isLowercase), let dash = text.range(of: " – ") ?? text.range(of: " - ")
        else { return false }
        return archiveWords.contains(TextFolding.fold(LineBytes.trimmed(text[dash.upperBound...])))
    }

    private static let archiveWords: Set<String> = ["archives", "archive", "archiv", "archivio", "arquivo", "archivo"]

    /// The word between an archive stamp's publication and its short day (folded).
    private static let shortDayConnectors: Set<String> = ["du", "v.", "vom", "del", "de", "di", "do", "da", "of", "from", "dal"]

    /// A press review's one-line stamp: the review's banner and its own day, ` · ` or ` | `, then the publication and the
    /// article's day (`Pressespiegel vom 05.03.2026 · Le Monde vom 03.03.1987`, `Press review, 02/10/2019 · Público,
    /// 02/07/2019`), the publication alone when undated (`Revue de presse du 06/02/2026 · Süddeutsche Zeitung`). The
    /// review's day is never the article's. The banner is `ExportLines.isReviewBanner`'s; the publication a masthead's
    /// form and plausible (`isPlausiblePublication`), its day's connector dropped (`vom`, `du`, `de`, a comma). Nil for any
    /// other line (200 bytes at most).
    private func reviewStamp(_ text: String) -> LineFacts? {
        guard text.utf8.count <= 200, Self.stampBars.contains(where: { $0.mayFind(in: text) }),
            let bar = text.range(of: " · ") ?? LineBytes.range(of: " | ", in: text) else { return nil }
        let banner = String(text[..<bar.lowerBound])
        guard ExportLines.isReviewBanner(banner), dates.firstDate(in: banner) != nil else { return nil }
        var rest = Substring(LineBytes.trimmed(text[bar.upperBound...]))
        var date: CalendarDate?
        if let found = dates.firstDate(in: String(rest)) {
            guard rest[found.range.upperBound...].allSatisfy({ $0.isWhitespace || $0 == "." }) else { return nil }
            date = found.date
            rest = rest[..<found.range.lowerBound]
            while let last = rest.last, last == "," || last == " " { rest = rest.dropLast() }
            if let space = rest.lastIndex(of: " "), Self.stampConnectors.contains(TextFolding.fold(rest[rest.index(after: space)...])) {
                rest = rest[..<space]
            }
        }
        let name = LineBytes.trimmed(rest)
        // `· Comune di Trieste`: the review's owner, an office's body, is no publication.
        guard !name.isEmpty, Self.isMasthead(name), Self.isPlausiblePublication(name), !LayoutReader.namesOffice(name) else { return nil }
        return .sourceLine(name, date)
    }

    /// `Peter Amende et Anna Keller / Le Monde`, `Jane Doe / The Guardian`: one to four writers (persons' names, the first
    /// holding a given name), a slash, and the publication (a masthead's form, plausible, no office's); nil for any other
    /// line (a photographer's credit opens with its label: `Photo : Katrin Vogt / Le Monde`). 160 bytes at most.
    static func writersSlashPublication(_ text: String) -> LineFacts? {
        guard text.utf8.count <= 160, LineBytes.contains(text, 0x2F), !LineBytes.contains(text, 0x3A),
            let slash = LineBytes.range(of: " / ", in: text), !text[slash.upperBound...].contains("/")
        else { return nil }
        let left = LineBytes.trimmed(String(text[..<slash.lowerBound]))
        let right = LineBytes.trimmed(String(text[slash.upperBound...]))
        guard let names = Bylines.names(left), (1...4).contains(names.count), names.allSatisfy(Bylines.isPersonLike),
            let first = LineBytes.words(names[0]).first, GivenNames.holdsGivenName(first),
            isMasthead(right), isPlausiblePublication(right), !LayoutReader.namesOffice(right), !GivenNames.holdsGivenName(right)
        else { return nil }
        var facts = LineFacts.sourceLine(right, nil)
        facts.authors = names
        return facts
    }

    /// Says when a line cannot hold a review stamp's ` · ` or ` | ` (most lines), before Foundation's search.
    private static let stampBars = [FoundationSearchGuard(" · "), FoundationSearchGuard(" | ")]

    /// The word between a stamp's publication and its day (folded).
    private static let stampConnectors: Set<String> = ["vom", "du", "del", "de", "of", "do", "da", "dal", "from"]

    /// The `Published in ` phrase (folded) opening `text`, or nil.
    static func publishedInPhrase(_ text: String) -> String? {
        guard LineBytes.mayOpen(text, letters: "pev"), TextFolding.hasAtMost(text, 80) else { return nil }
        let folded = TextFolding.fold(text)
        return publishedInPhrases.first(where: { folded.hasPrefix($0) })
    }

    static let publishedInPhrases = [
        "published in ", "publie dans ", "paru dans ", "erschienen in ", "publicado en ", "publicado em ", "pubblicato su ",
        "pubblicato in ", "veroffentlicht in ", "veroffentlicht im ", "publiee dans ", "parue dans ", "erschienen im ",
    ]

    /// Nil when the value is not what the label promises (`Data: the new oil` is a title).
    private func labelled(_ field: ClippingField, _ value: String, mailSubject: Bool = false) -> LineFacts? {
        var facts = LineFacts()
        switch field {
        case .title:
            let subject = ClippingLabels.subject(value)
            // A mail's subject of one word of letters (`Subject: clipping`, `Oggetto: rassegna`, `Betreff: Artikel`)
            // names what the mail carries, or the forwarder's topic (`RV: Bibliotecas` over the pasted headline), not
            // its headline: the title is looked for in the text (a clipping's `Title: Brexit` is its headline). (A
            // one-word headline forwarded, `Fwd: Gentrification`, is lost so: review_s56 13-14 against 06, 78 and
            // review_s57 64.)
            facts.title = mailSubject && subject.utf8.count <= 24 && !subject.isEmpty && subject.allSatisfy(\.isLetter) ? nil : subject
            facts.isForward = ClippingLabels.isForward(value)
        case .author:
            if ClippingLabels.isUnsigned(value) { return facts }  // `Verfasser: ohne Verfasserangabe`: no one
            let person = Self.firstNameFirst(Self.withoutAddress(value))
            if !person.contains(" "), person.contains("."), !person.contains("@"), person == person.lowercased() {
                return facts  // `Author: news.example.org`: a site filed as the author names no one
            }
            if WireAgencies.isAgency(person) || LayoutReader.isPublication(person) {
                facts.source = person  // `Author: [[Reuters]]`: a service filing an unsigned piece under its publication
                return facts
            }
            if let byline = Bylines.read("by " + person, dates: dates, keepsAgencies: false) {
                facts.authors = byline.authors
                facts.source = byline.agency
                facts.date = byline.date
                facts.dateRank = .byline
            } else if !person.contains("@"), !person.isEmpty, person.count <= 80 {
                facts.authors = [person]
            } else if !person.contains("@") {
                return nil
            }
        case .sender:
            // A mail's sender: a person is the author, a publication or agency the source.
            let sender = Self.firstNameFirst(Self.withoutAddress(value))
            if !Self.isRoleAddress(value), let byline = Bylines.read("by " + sender, dates: dates, keepsAgencies: false),
                byline.authors.allSatisfy({ $0.contains(Character(" ")) && Bylines.isPersonLike($0) })
            {
                facts.authors = byline.authors
                facts.source = byline.agency
                facts.authorsAreSender = true
            } else if !sender.isEmpty, !sender.contains("@"), Self.isMasthead(sender), !ExportLines.isDeskCredit(sender),
                !ExportLines.isBureau(sender) || Self.mailsFromOwnDomain(sender, value)
            {
                // (A newsroom's department, `Foreign desk`, `Sección de Internacional`, or office, `Büro Hannover`, names
                // no publication.)
                facts.source = Self.withoutAlertService(sender)
            }
        case .credit:
            if ClippingLabels.isUnsigned(value) { return facts }
            guard let names = Bylines.names(Self.withoutAddress(value)), names.count <= 4 else { return nil }
            facts.authors = names
        case .date:
            guard let date = dates.firstDate(in: value)?.date else { return nil }
            facts.date = date
        case .sent:
            // `Filed:  2/8/26 / H. Roux`: an archive's filing moment (a two-digit year) and who filed it, no article's.
            if Self.isFilingStamp(value) { return facts }
            guard let date = dates.firstDate(in: value)?.date else { return nil }
            facts.date = date
            facts.dateRank = .mailSent
        case .source:
            // `Channel: "X" - Google News`: an aggregator's feed names no source.
            if FeedNames.isAggregator(value) {
                facts.isAggregated = true
            } else {
                facts.source = Self.withoutPage(value)
            }
        case .site:
            // `Zeitung:   Le Monde v. 3.3.87`, `Journal :  Le Monde, s. d.`: an archive's stamp, its two-digit year.
            if let stamped = Self.publicationWithShortDay(value) {
                facts.site = stamped.name
                facts.date = stamped.date
                return facts
            }
            // `Publication info: Reuters; 26 Feb 1987: A.4.`: the name, then the issue's day.
            // `Publication info: Le Monde diplomatique: A.17.`, `Publication info: 26 Feb 1987: A.3.`: a page after a colon.
            let name = value.firstIndex(of: ";").map { LineBytes.trimmed(value[..<$0]) }
                ?? value.firstRange(of: ": ").map { LineBytes.trimmed(value[..<$0.lowerBound]) } ?? value
            if let date = dates.firstDate(in: value)?.date, name != value || LineBytes.contains(value, 0x3B) {
                facts.date = date
            } else if name == value, LineBytes.hasDigit(value), let date = dates.dateLine(value) {
                // `Publicación: 2016-05-04`, `Pubblicazione: 3 marzo 1987`: the label names when, not where.
                facts.date = date
            }
            // A page (`A.3.`) is no name; `20 Minutes` is.
            let isPage = !name.contains(" ") && name.contains(".") && name.contains(where: \.isNumber)
            facts.site = dates.firstDate(in: name) == nil && !name.isEmpty && !isPage ? name : nil
        case .feed:
            if FeedNames.isAggregator(value) {
                facts.isAggregated = true
            } else {
                facts.site = FeedNames.publication(value)
            }
        case .ignored:
            break
        }
        return facts
    }

    /// `26 February 2026 | Reuters`: every part a date, byline, source, agency or (beside one
    /// of those, or beside a news app's relative time: `BASIC thinking • 3h`) a short
    /// capitalised name, which is read as the source.
    private func combined(_ text: String, allowsBareNames: Bool) -> LineFacts? {
        let columns = LineBytes.contains(text, 0x09) || LineBytes.contains(text, bytes: "   ")
        guard columns || Self.mayHaveSeparator(text) else { return nil }
        var parts = [Substring(text)]
        // `REUTERS   lunedì 2 marzo 2026   2`: a printed page's running head, in columns.
        if columns { parts = Self.columns(text) }
        for separator in [" | ", " · ", " • ", " — ", " – ", " / ", " › "] {
            parts = parts.flatMap { $0.split(separator: separator, omittingEmptySubsequences: true) }
        }
        // A hyphen separates only when nothing else does: `INCURVY Plus-Size Fashion - BLOG • 3h`
        // keeps its name whole, `Jane Doe - Reuters` is two parts.
        if parts.count == 1 { parts = parts[0].split(separator: " - ", omittingEmptySubsequences: true) }
        // A news app's stamp may hold five parts when its last is the reading time.
        guard parts.count >= 2, parts.count <= 4 || parts.count == 5 && ExportLines.endsWithReadingTime(text) else { return nil }
        var merged = LineFacts()
        var names: [String] = []
        var sawTime = false
        var sawAgency = false
        var sawClock = false
        var sawPage = false
        var sawKicker = false
        var sawCode = false
        var sawLabel = false
        var sawBlog = false
        var sawReadingTime = false
        var sawPageWord = false
        var sawRegional = false
        let trimmedParts = parts.map { Self.withoutEdition(LineBytes.trimmed($0)) }
        let foldedParts = trimmedParts.map { TextFolding.fold($0) }
        for (position, part) in trimmedParts.enumerated() {
            let folded = foldedParts[position]
            // A section after the publication (`Reuters — World`), never first: `Climate - The Planetary Press` ends a title.
            if ExportLines.isKicker(folded) || position > 0 && ExportLines.isSectionWord(folded) {
                sawKicker = true  // `OPINION | Le Monde`, `Reuters — LIVE`, `Reuters — World`: the genre or section beside the publication
                sawRegional = sawRegional || ExportLines.isRegionalProgramme(folded)
            } else if let owner = Self.blogOwner(part, folded: folded) {
                merged.source = merged.source ?? owner  // `Free Thinking — a blog by The Guardian`: the blog's name is no source
                sawBlog = true
            } else if position > 0, Self.isPageReference(part) {
                sawPage = true  // `p. 17` (which `single` reads as furniture, stating nothing)
                sawPageWord = true
            } else if position > 0, ExportLines.endsWithReadingTime(part) {
                sawReadingTime = true  // `Jane Doe · 4 min read`: a news app's stamp under the title
            } else if let facts = single(part) {
                sawAgency = sawAgency || facts.source != nil && WireAgencies.isAgency(part)
                merged.title = merged.title ?? facts.title
                if merged.authors.isEmpty { merged.authors = facts.authors }
                merged.source = merged.source ?? facts.source
                merged.site = merged.site ?? facts.site
                if merged.date == nil || facts.date != nil && facts.dateRank < merged.dateRank {
                    merged.date = facts.date ?? merged.date
                    merged.dateRank = facts.dateRank
                }
            } else if ExportLines.isRelativeTime(part) {
                sawTime = true  // `Reuters • 3h`: when it was read, not when it was published
            } else if ExportLines.isClockTime(part) {
                sawClock = true  // `26/02/2026 | 05:54 | Reuters`: the hour of a day stated beside it
            } else if (1...4).contains(part.count) && part.allSatisfy({ $0.isASCII && $0.isNumber }) || Self.isPageReference(part) {
                sawPage = true  // a page number in a running head (`17 | REUTERS | 26 febbraio 1987`), `p. 26`, `S. 7`
            } else if ExportLines.isUpdateStamp(part) {
                continue  // `26 de febrero de 2026 16:54 · Actualizado hace 3 horas`
            } else if columns, Self.isUnknownLabel(part) {
                sawLabel = true  // `Reuters      Media type: Print`: a monitoring sheet's cell
            } else if Self.isMasthead(part), !Self.isPlacedEdition(part) {
                names.append(part)  // (`Hamburg, Ausgabe Nord`: a place and an edition, no name)
            } else if Self.isProgrammeName(part) {
                sawCode = true  // `Rai Radio 1 — GR1 — 26 febbraio 1987`: a news bulletin's name
            } else {
                return nil
            }
        }
        guard sawBlog || !sawCode || merged.date != nil && !names.isEmpty else { return nil }
        // The blog's own name beside its owner; a region in capitals beside a regional programme
        // (`Le Figaro · Regional news · NORTH YORKSHIRE`).
        if sawBlog { names = [] }
        if sawRegional { names.removeAll { LayoutReader.isInCapitals($0) && !LayoutReader.isPublication($0) && !WireAgencies.isAgency($0) } }
        // `Cadena SER — Hoy por hoy — 2 de marzo de 1987`: beside a programme, the station.
        if sawCode, names.count == 1, merged.source == nil { merged.source = names[0] }
        // `LE FIGARO   11`: a running head may name the publication and the page alone.
        // `Reuters › Economia`: a breadcrumb of names, the site first.
        if merged == LineFacts(), names.first == LineBytes.trimmed(parts[0]), LineBytes.contains(text, bytes: " › ") {
            merged.source = names[0]
            return merged
        }
        // `Client: OSIRIS      Order: 3922-791`: a row of a clipping service's sheet, labels only.
        // `Jane Doe · 4 min read`: the author beside an app's reading time.
        if merged == LineFacts(), sawReadingTime, names.count == 1, let people = Self.people(names[0]),
            GivenNames.holdsGivenName(names[0])
        {
            merged.authors = people
            return merged
        }
        // `Hans Meier · S. 7`: a person's name beside a page is no running head (`9 | BRIGITTE` is).
        let pagedName = (sawPage || sawKicker) && names.count == 1
            && !(merged == LineFacts() && sawPageWord && !sawKicker && LineBytes.words(names[0]).count >= 2
                && Bylines.isPersonLike(names[0]) && GivenNames.holdsGivenName(names[0]))
        guard merged != LineFacts() || sawTime && !names.isEmpty || pagedName || sawLabel && names.isEmpty else { return nil }
        assignNames(merged.source == nil || !sawCode ? names : [], to: &merged, besideAgency: sawAgency, besideClock: sawClock, allowsBareNames: allowsBareNames)
        return merged
    }

    /// `Le Figaro, édition de Besançon`, `The Guardian, North edition`, `Der Spiegel, Ausgabe
    /// Nord`: the publication without its regional edition; any other part as it is (a part
    /// naming an edition after a place or a day stays whole, and is no name: `isPlacedEdition`).
    static func withoutEdition(_ part: String) -> String {
        guard let (name, named) = editionParts(part), named else { return part }
        return name
    }

    /// `Le Figaro, édition du 3 mars 1987`, `Reuters, Ausgabe vom 26. Februar 1987`, a copy sheet's `For: Reuters,
    /// edition of February 26, 1987` (`For`, `Pour`, `Für`, `Para`, `Per` before the name): a publication's name (a
    /// masthead's form) and, after its comma, its edition's line (`PublishedNotes.editionDate`); under a copy sheet's label
    /// the edition's phrase with a day no date reads (`édition du jeudi vingt-six février …`, spoken) gives the name
    /// alone. Nil for any other line.
    func editionReference(_ text: String) -> (source: String, date: CalendarDate?, labelled: Bool)? {
        // `, ` then an edition's word's first byte (`e`, `a`, `É`): most lines go no further than their bytes.
        let utf8 = text.utf8
        guard utf8.count <= 480, let comma = LineBytes.index(of: 0x2C, within: 480, in: text), utf8.index(after: comma) < utf8.endIndex,
            utf8[utf8.index(after: comma)] == 0x20
        else { return nil }
        let restStart = utf8.index(comma, offsetBy: 2)
        guard restStart < utf8.endIndex, [0x45, 0x65, 0x41, 0x61, 0xC3].contains(utf8[restStart]), TextFolding.hasAtMost(text, 160)
        else { return nil }
        let rest = String(text[restStart...])
        var name = LineBytes.trimmed(text[..<comma])
        var labelled = false
        if let colon = name.firstIndex(of: ":"), Self.editionLabels.contains(TextFolding.fold(LineBytes.trimmed(name[..<colon]))) {
            name = LineBytes.trimmed(name[name.index(after: colon)...])
            labelled = true
        }
        let date = PublishedNotes.editionDate(rest, dates: dates, readsSpokenDays: true)
        guard date != nil || labelled && PublishedNotes.opensEdition(rest), Self.isMasthead(name) else { return nil }
        return (name, date, labelled)
    }

    /// A copy sheet's labels for the paper a story is for (folded).
    private static let editionLabels: Set<String> = ["for", "pour", "fur", "para", "per"]

    /// `Hamburg, Ausgabe Nord`, `Saturday, Weekend edition`: an edition after a word that names no
    /// publication (a place's, a day's).
    static func isPlacedEdition(_ part: String) -> Bool {
        editionParts(part).map { !$0.named } ?? false
    }

    /// The name before `, <edition>` and whether it is a publication's: by its words, an agency's,
    /// two words or more, one in capitals (`BRIGITTE`) or with a capital inside (`MajkasWelt`).
    /// Nil when the part names no edition after a comma.
    private static func editionParts(_ part: String) -> (name: String, named: Bool)? {
        let utf8 = part.utf8
        guard utf8.count <= 120, let comma = utf8.firstIndex(of: 0x2C), utf8.index(after: comma) < utf8.endIndex,
            utf8[utf8.index(after: comma)] == 0x20
        else { return nil }
        let edition = TextFolding.fold(part[utf8.index(comma, offsetBy: 2)...])
        guard editionOpenings.contains(where: edition.hasPrefix) || edition.hasSuffix(" edition"), LineBytes.words(edition).count <= 6
        else { return nil }
        let name = String(part[..<comma])
        let named = isMasthead(name) && (LayoutReader.isPublication(name) || WireAgencies.isAgency(name)
            || LineBytes.words(name).count >= 2 || LayoutReader.isInCapitals(name) || name.dropFirst().contains(where: \.isUppercase))
        return (name, named)
    }

    private static let editionOpenings = [
        "edition de ", "edition d'", "edition du ", "ausgabe ", "edicion de ", "edizione di ", "edizione de ", "edicao de ",
        "edicao do ", "edicao da ",
    ]

    /// `a blog by The Guardian`, `un blog de Le Monde`, `ein Blog von FAZ.NET`, `un blog di …`,
    /// `um blogue de …`: the owner's name (a masthead's form), or nil.
    private static func blogOwner(_ part: String, folded: String) -> String? {
        guard let opening = blogOpenings.first(where: { folded.hasPrefix($0) }) else { return nil }
        let name = LineBytes.trimmed(part.dropFirst(opening.count))
        return isMasthead(name) ? name : nil
    }

    private static let blogOpenings = [
        "a blog by ", "a blog from ", "the blog of ", "un blog de ", "un blog du ", "le blog de ", "ein blog von ",
        "ein blog der ", "ein blog des ", "das blog von ", "un blog di ", "un blog del ", "il blog di ", "um blogue de ",
        "um blogue do ", "um blogue da ", "um blog de ", "um blog do ", "um blog da ", "el blog de ",
    ]

    /// `p. 26`, `pp. 3-4`, `S. 7`, `page 7`, `pág. 7`, `pag. 7`, `Seite 7`: a page's number after its word.
    static func isPageReference(_ part: String) -> Bool {
        guard part.utf8.count <= 16, let space = part.lastIndex(of: " ") else { return false }
        let number = part[part.index(after: space)...]
        guard let first = number.first, first.isASCII, first.isNumber,
            number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "–") })
        else { return false }
        return pageWords.contains(TextFolding.fold(part[..<space]))
    }

    private static let pageWords: Set<String> = ["p.", "pp.", "s.", "page", "pages", "pag.", "pag", "seite", "pagina", "pagina:"]

    /// `Reuters, p. 15`, `Süddeutsche Zeitung, S. 12`: the name without the page after its last comma.
    static func withoutPage(_ value: String) -> String {
        guard let comma = value.lastIndex(of: ","), isPageReference(LineBytes.trimmed(value[value.index(after: comma)...])) else {
            return value
        }
        return LineBytes.trimmed(value[..<comma])
    }

    /// Gives the name parts of a combined line their fields: a publication's name is the source;
    /// a lone person's name beside an agency or a date the author (`Jane Doe - Reuters`,
    /// `3 mars 2026 – Jane Doe`); a lone word beside a date and time the place (`Madrid - 03 mar
    /// 2026 - 10:42 CET`), dropped; two short names in a dated line a station or paper and its
    /// programme or section, the first the source (`Deutschlandfunk — Informationen am Morgen —
    /// 26. Februar 1987, 07:15`); else the last name the source when none is known, a lone
    /// name left the author when bare names are allowed, and what is left the title
    /// (`VIDEOTRON BUYS INTO EXHIBIT | Reuters | 26 Feb 1987`: a monitoring service's line).
    private func assignNames(
        _ names: [String], to merged: inout LineFacts, besideAgency: Bool, besideClock: Bool, allowsBareNames: Bool
    ) {
        var rest = names
        if merged.source == nil, let index = rest.firstIndex(where: LayoutReader.isPublication) {
            merged.source = rest.remove(at: index)
        }
        if rest.count == 1, besideAgency || merged.date != nil, merged.authors.isEmpty, let people = Self.people(rest[0]) {
            merged.authors = people
            rest = []
        }
        if rest.count == 1, besideClock, merged.date != nil, !rest[0].contains(Character(" ")), !rest[0].contains(Character(".")) {
            rest = []
        }
        // `Deutschlandfunk — Informationen am Morgen — 26. Februar 1987, 07:15`: a station (or
        // paper) before its programme (or section) in a dated line.
        if merged.source == nil, rest.count == 2, merged.date != nil, merged.title == nil,
            rest.allSatisfy({ LineBytes.words($0).count <= 4 })
        {
            merged.source = rest.removeFirst()
            rest = []
        }
        if merged.source == nil, let last = rest.popLast() { merged.source = last }
        if rest.count == 1, merged.authors.isEmpty, allowsBareNames {
            merged.authors = rest
        } else if !rest.isEmpty, merged.title == nil, rest.count >= 2 || LineBytes.words(rest[0]).count >= 3 {
            merged.title = rest.joined(separator: " | ")
        }
    }

    /// `GR1`, `Le journal de 8h`: a programme's name (one to six words, a capital first, at most
    /// 40 characters, each word letters or a short code of letters and digits, no sentence end).
    private static func isProgrammeName(_ part: String) -> Bool {
        guard TextFolding.hasAtMost(part, 40), part.first?.isUppercase == true, !LayoutReader.endsLikeSentence(part) else {
            return false
        }
        let words = LineBytes.words(part)
        return (1...6).contains(words.count) && words.allSatisfy { word in
            word.allSatisfy(\.isLetter) || word.utf8.count <= 4 && word.allSatisfy { $0.isLetter || $0.isNumber }
        }
    }

    /// `Media type: Print`, `Auflage: 261'706`: a label of one to three words and a short value.
    private static func isUnknownLabel(_ part: String) -> Bool {
        guard TextFolding.hasAtMost(part, 60), let colon = part.firstIndex(of: ":") else { return false }
        let label = part[..<colon]
        return !label.isEmpty && (1...3).contains(LineBytes.words(label).count) && label.first?.isLetter == true
            && part[part.index(after: colon)...].first == " "
    }

    /// The facts of a row of labelled cells, merged (the first of each field kept; cells without a
    /// label passed over).
    private func labelledRow(_ text: String) -> LineFacts {
        var merged = LineFacts()
        for part in Self.cells(text) {
            let cell = LineBytes.trimmed(part)
            // A source's cell with its day or edition (`Source : Le Monde (édition du 3 mars 1987)`): a source line's.
            let cited = SourceLines.parse(cell, dates: dates).map { LineFacts.sourceLine($0.source, $0.date) }
            guard let facts = cited ?? ClippingLabels.parse(cell).flatMap({ labelled($0.0, $0.1) }) else { continue }
            merged.title = merged.title ?? facts.title
            if merged.authors.isEmpty { merged.authors = facts.authors }
            merged.source = merged.source ?? facts.source
            merged.site = merged.site ?? facts.site
            if merged.date == nil, let date = facts.date {
                merged.date = date
                merged.dateRank = facts.dateRank
            }
        }
        return merged
    }

    /// A line giving someone's days of birth and death (`* … † …`, `born …; died …`, `né le …, mort
    /// le …`, `nació el …; murió el …`, `nato il …, morto il …`, `nasceu a …; morreu a …`), at most
    /// 200 characters.
    static func isLifeLine(_ text: String) -> Bool {
        // Two years at least (the birth's and the death's): most lines are turned down in one pass over their bytes.
        guard text.utf8.count <= 400, Self.holdsTwoYears(text) else { return false }
        if LineBytes.contains(text, bytes: "†") || LineBytes.contains(text, bytes: "✝") { return true }
        // Most lines hold no word of dying (`died`, `mort`, `gestorben`, `murió`, `morto`, `morreu`): turned down on their bytes.
        guard LineBytes.contains(text, anyOf: deathStems), TextFolding.hasAtMost(text, 200) else { return false }
        let words = Set(LineBytes.words(TextFolding.fold(text)).map { $0.trimmingCharacters(in: .punctuationCharacters) })
        return lifeWords.contains { words.contains($0.born) && words.contains($0.died) }
    }

    /// Whether two runs of exactly four ASCII digits stand in the text.
    private static func holdsTwoYears(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(holdsTwoYears) ?? Array(text.utf8).withUnsafeBufferPointer(holdsTwoYears)
    }

    private static func holdsTwoYears(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var runs = 0
        var digits = 0
        for byte in bytes {
            if byte &- 0x30 < 10 {
                digits += 1
            } else {
                if digits == 4 { runs += 1 }
                digits = 0
            }
        }
        if digits == 4 { runs += 1 }
        return runs >= 2
    }

    /// The death words' stems as they are spelt, in their cases (`isLifeLine`'s first test).
    private static let deathStems = NeedleSet(
        ["died", "Died", "DIED", "mort", "MORT", "gestorben", "GESTORBEN", "muri", "MURI", "morreu", "MORREU"], ignoringCase: false)

    private static let lifeWords: [(born: String, died: String)] = [
        ("born", "died"), ("ne", "mort"), ("nee", "morte"), ("geboren", "gestorben"), ("nacio", "murio"),
        ("nato", "morto"), ("nata", "morta"), ("nasceu", "morreu"),
    ]

    /// A row of labelled cells (`cells`), two of them labelled at least.
    private static func isLabelledRow(_ text: String) -> Bool {
        guard text.utf8.count <= 300 else { return false }
        let parts = cells(text)
        return parts.count >= 2 && parts.filter({ ClippingLabels.parse(LineBytes.trimmed($0)) != nil }).count >= 2
    }

    /// A row's cells: in columns (apart by a tab or three spaces), else apart by ` | `, else by ` · `
    /// when the first is labelled (`Medium: FAZ.NET | Autor: Benjamin Fischer`, `First published:
    /// 02/26/1987 · Outlet: Reuters`; not `Servizio di A · riprese: B`, a report's credits); none
    /// when the line has none of these.
    private static func cells(_ text: String) -> [Substring] {
        if LineBytes.contains(text, 0x09) || LineBytes.contains(text, bytes: "   ") { return columns(text) }
        if LineBytes.contains(text, 0x7C), LineBytes.contains(text, bytes: " | ") { return text.split(separator: " | ") }
        guard LineBytes.contains(text, bytes: " · ") else { return [] }
        let parts = text.split(separator: " · ")
        return parts.first.map { ClippingLabels.parse(LineBytes.trimmed($0)) != nil } == true ? parts : []
    }

    /// The parts of a line laid out in columns (separated by a tab or three spaces or more).
    private static func columns(_ text: String) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index] == "\t" || text[index...].hasPrefix("   ") else {
                index = text.index(after: index)
                continue
            }
            if start < index { parts.append(text[start..<index]) }
            while index < text.endIndex, text[index] == " " || text[index] == "\t" { index = text.index(after: index) }
            start = index
        }
        if start < text.endIndex { parts.append(text[start...]) }
        return parts
    }

    /// The names on a line of one to three people's names (`Jane Doe and John Roe`: each of two
    /// to four words, none of them an agency's or a word naming a publication, `Deutsche
    /// Presse-Agentur`), or nil.
    private static func people(_ text: String) -> [String]? {
        guard !LayoutReader.isPublication(text), let names = Bylines.names(text), (1...3).contains(names.count),
            names.allSatisfy({ name in
                name.contains(Character(" ")) && Bylines.isPersonLike(name)
                    && !name.split(separator: "-").contains { WireAgencies.isAgency($0) || LayoutReader.isPublicationWord($0) }
            })
        else { return nil }
        return names
    }

    /// Whether the line joins parts with a spaced separator (` | `, ` - `, ` · `, …): `BMJV | Transparenz`
    /// does, `crazy-julia.de` does not.
    static func joinsParts(_ text: String) -> Bool { mayHaveSeparator(text) }

    /// Whether the UTF-8 of `text` holds a space, one of `combined`'s separator marks and a
    /// space in a row: a necessary condition for a split (a line without one is one part).
    private static func mayHaveSeparator(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(mayHaveSeparator(utf8:))
    }

    private static func mayHaveSeparator(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        func at(_ index: Int) -> UInt8 { index < count ? bytes[index] : 0 }
        for index in 0..<count where bytes[index] == 0x20 {
            switch at(index + 1) {
            case 0x7C, 0x2F, 0x2D: if at(index + 2) == 0x20 { return true }  // ` | `, ` / `, ` - `
            case 0xC2: if at(index + 2) == 0xB7, at(index + 3) == 0x20 { return true }  // ` · `
            case 0xE2:  // ` • `, ` — `, ` – `, ` › `
                if at(index + 2) == 0x80, [0xA2, 0x94, 0x93, 0xBA].contains(at(index + 3)), at(index + 4) == 0x20 { return true }
            default: break
            }
        }
        return false
    }

    /// `Le Soleil, 16 février 2026` at the bottom, `Reuters 2026-02-26 05:54 GMT` anywhere: a
    /// publication's name and the date, nothing after the date but a time of day. Away from the
    /// bottom the name must be a wire agency's or a publication's (`LayoutReader.isPublication`).
    private func publicationAndDate(_ text: String, atBottom: Bool) -> LineFacts? {
        // Away from the bottom the line is a name (60 characters at most), a date and a time of
        // day: it ends with a digit or a letter (`2026`, `05:54`, `GMT`, `Uhr`), or a digit and a
        // period (`3 March 2026.`); a longer line, or one ending otherwise (a sentence's last word
        // and its period), is none, and the date is not looked for.
        if !atBottom {
            guard TextFolding.hasAtMost(text, 130), let last = text.utf8.last else { return nil }
            let beforeLast = text.utf8.dropLast().last ?? 0
            guard last &- 0x30 < 10 || ASCII.isLetter(last) || last == 0x2E && beforeLast &- 0x30 < 10 else { return nil }
        }
        guard LineBytes.hasDigit(text) else { return nil }
        let long = dates.firstDate(in: text).map { (range: $0.range, date: $0.date) }
        // A two-digit year's date is found only before its page reference (`pagedShortDate`).
        guard let found = long ?? Self.pagedShortDate(in: text) else { return nil }
        let after = text[found.range.upperBound...]
        guard long == nil || after.allSatisfy({ $0.isPunctuation || $0.isWhitespace })
            || ExportLines.isClockTime(LineBytes.trimmed(after.drop { $0 == "," || $0 == " " })) || Self.isPageReference(after)
        else { return nil }
        var name = Substring(text[..<found.range.lowerBound])
        while let last = name.last, ",;:|-–—•·/".contains(last) || last.isWhitespace { name = name.dropLast() }
        // A print folio's page number before the name (`34  REUTERS | 26 févr. 1987`).
        let page = name.prefix { $0.isASCII && $0.isNumber }
        if (1...3).contains(page.count), let next = name.dropFirst(page.count).first, next == " " || next == "|" {
            name = name.dropFirst(page.count).drop { $0 == " " || $0 == "|" }
        }
        // `Reuters del 26/02/1987`, `Handelsblatt vom 3.3.2026`: the preposition before the date.
        if let space = name.lastIndex(of: " "), Self.datePrepositions.contains(TextFolding.fold(name[name.index(after: space)...])) {
            name = name[..<space]
        }
        // `The Press and Journal, Thu 09/04/26`: a weekday the date's match left before it (a short year's), after a comma.
        if let space = name.lastIndex(of: " "), name[..<space].last == ",",
            DateVocabulary.weekdayNumbers[String(TextFolding.fold(name[name.index(after: space)...]).filter { $0 != "." })] != nil
        {
            name = name[..<space]
            while let last = name.last, last == "," || last.isWhitespace { name = name.dropLast() }
        }
        guard Self.isMasthead(String(name)),
            atBottom || WireAgencies.isAgency(name) || LayoutReader.isPublication(String(name))
        else { return nil }
        return .sourceLine(String(name), found.date)
    }

    private static let datePrepositions: Set<String> = ["vom", "del", "du", "of", "dated", "dal", "von"]

    /// The words `isPageReference` reads after a date, with the space before them (ASCII case ignored).
    private static let pageWordNeedles = NeedleSet([" p. ", " s. ", " pag. ", " pág. ", " page ", " seite ", " pagina "], ignoringCase: true)

    /// A cutting service's index line (`Reuters 26.02.87 S. 34`, `Le Figaro 03/03/87 p. 12 ÉCONOMIE`):
    /// a numeric date with a two-digit year (day first unless only the other order is a date;
    /// 69–99 read as 1969–1999, 00–68 as 2000–2068, as POSIX `%y`), followed by a page reference
    /// (after a comma or a dash); nil for any other text.
    static func pagedShortDate(in text: String) -> (range: Range<String.Index>, date: CalendarDate)? {
        // Asked of every line with a digit and no date: most hold no page's word, found on the bytes first.
        guard text.utf8.count <= 160, LineBytes.contains(text, anyOf: pageWordNeedles) else { return nil }
        let words = text.split(separator: " ")
        for (number, spaced) in words.enumerated() where number > 0 && number + 1 < words.count && spaced.utf8.count <= 9 {
            // `Reuters, 26/02/87, p. 26`: the comma after the date is the list's.
            let word = spaced.hasSuffix(",") ? spaced.dropLast() : spaced
            let parts = word.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "/" }
            guard parts.count == 3, parts[2].count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) }),
                let first = Int(parts[0]), let second = Int(parts[1]), let year = Int(parts[2]),
                // `Reuters — 26.02.87 — S. 7`: an index line's dashes around its date (only there: after a four-digit
                // year, `· p. 24 · Jane Doe` goes on with the writer).
                isPageReference(text[spaced.endIndex...].drop { $0 == " " || $0 == "—" || $0 == "–" })
            else { continue }
            // Day first, unless only the other order is a date (`2/26/87`).
            let (day, month) = second > 12 && first <= 12 ? (second, first) : (first, second)
            guard let date = CalendarDate(year: year >= 69 ? 1900 + year : 2000 + year, month: month, day: day) else { continue }
            return (word.startIndex..<word.endIndex, date)
        }
        return nil
    }

    /// `, p. 12 / Economía`, `, S. 3`, `, pág. 37`: a page reference (and a section) after a
    /// publication's date, 60 characters at most.
    private static func isPageReference(_ after: Substring) -> Bool {
        let text = after.drop { $0 == "," || $0 == " " }
        guard !text.isEmpty, TextFolding.hasAtMost(text, 60) else { return false }
        let folded = TextFolding.fold(text.prefix(8))
        guard let marker = ["p. ", "s. ", "pag. ", "page ", "seite ", "pagina "].first(where: { folded.hasPrefix($0) }) else { return false }
        return folded.dropFirst(marker.count).first?.isNumber == true
    }

    /// `(BRIGITTE)`, `(Le Monde)`: a publication's name in parentheses, or nil.
    static func parenthesisedName(_ text: String) -> String? {
        guard text.utf8.first == 0x28, text.utf8.last == 0x29, text.hasPrefix("("), text.hasSuffix(")") else { return nil }
        let name = String(text.dropFirst().dropLast())
        return isMasthead(name) && LineBytes.words(name).count <= 4 ? name : nil
    }

    /// A feed's author field, `jane.doe@example.org (Jane Doe)`: the name in parentheses, when
    /// it is one (`Bylines.names`), or nil.
    /// `Forwarded from Reuters`, `Weitergeleitet von …`: the channel's name, or nil.
    static func forwardedFrom(_ text: String) -> String? {
        guard LineBytes.mayStart(text, withAnyOf: forwardOpenings)
        else { return nil }
        let folded = TextFolding.fold(text.prefix(24))
        guard let prefix = forwardPrefixes.first(where: { folded.hasPrefix($0) }) else { return nil }
        let name = LineBytes.trimmed(text.dropFirst(prefix.count))
        return name.isEmpty || !TextFolding.hasAtMost(name, 60) ? nil : name
    }

    private static let forwardOpenings = LineOpenings("forwarded", "transf", "weiter", "reenviado", "inoltrato", "encaminhado")
    private static let forwardPrefixes = ["forwarded from ", "transfere depuis ", "transfere de ", "weitergeleitet von ",
                                          "reenviado de ", "reenviado desde ", "inoltrato da ", "encaminhado de "]

    static func feedAuthor(_ text: String) -> String? {
        guard LineBytes.contains(text, 0x40), text.hasSuffix(")"), let open = text.firstIndex(of: "("),
            !text[..<open].dropLast().contains(" "), text[..<open].contains("@")
        else { return nil }
        let name = TextFolding.trimmed(text[text.index(after: open)..<text.index(before: text.endIndex)])
        guard let names = Bylines.names(name), names.count == 1 else { return nil }
        return names[0]
    }

    /// `Otieno, Jane` (a mailer's `Last, First`) → `Jane Otieno`; anything else unchanged.
    package static func firstNameFirst(_ value: String) -> String {
        let parts = value.split(separator: ",").map { LineBytes.trimmed($0) }
        guard parts.count == 2, parts.allSatisfy({ !$0.contains(" ") && $0.first?.isUppercase == true }) else {
            return value
        }
        return parts[1] + " " + parts[0]
    }

    /// A publication's or agency's name: `Le Monde diplomatique`, `FAZ.NET`, `netzpolitik.org`
    /// (at most 5 words and 60 characters, at most one word in lower case, no digits but a
    /// station's number at the end (`BBC Radio 4`), no colon
    /// and space (`Media type: Print` is a label), no sentence end).
    /// Whether `name`, found where a sentence or a reference puts a publication (`Publié le … dans X`, `(X, 7 mars
    /// 2026)`, `Headline [X, 07.09.2017]`), reads as a publication's name rather than a blog's category, a place, a tag or
    /// a phrase: a masthead's form (`isMasthead`); one word only when it is an agency's, a publication's
    /// (`LayoutReader.isPublication`, `namesPublication`) or written like a brand (`ComputerBase`, `BRIGITTE`, `DNA`);
    /// of several words, fewer than half opening in lower case but particles (`Le Monde diplomatique`, `the Guardian`;
    /// `Non classé`, `Senza categoria`, `Comunicato stampa`, `File photo` are none). Pure.
    package static func isPlausiblePublication(_ name: String) -> Bool {
        guard isMasthead(name) else { return false }
        let words = LineBytes.words(name)
        if words.count == 1 {
            // `END`, `FIN` closing a text are no brand's capitals.
            guard !textClosers.contains(TextFolding.fold(name)) else { return false }
            return name.dropFirst().contains(where: \.isUppercase) || WireAgencies.isAgency(name) || LayoutReader.isPublication(name)
                || LayoutReader.namesPublication(name)
        }
        let lowercase = words.filter { word in word.first?.isLowercase == true && !nameParticles.contains(String(word)) }.count
        return lowercase * 2 < words.count
    }

    /// A text's closing word (folded), no publication's: `END`, `ENDE`, `FIN`.
    private static let textClosers: Set<String> = ["end", "ende", "fin", "fine", "fim", "top", "pdf", "ok", "nnnn", "ends"]

    /// Lowercase words a publication's name may hold (`Corriere della Sera`, `the Guardian`, `Diário de Notícias`).
    private static let nameParticles: Set<String> = [
        "the", "of", "and", "de", "del", "della", "delle", "dei", "di", "da", "do", "dos", "das", "du", "des", "d", "la", "le",
        "les", "el", "il", "lo", "los", "las", "der", "die", "das", "am", "im", "und", "et", "y", "e", "a", "o", "sul", "sur",
    ]

    package static func isMasthead(_ text: String) -> Bool {
        guard TextFolding.hasAtMost(text, 60), !LineBytes.contains(text, bytes: ": "),
            !LayoutReader.endsLikeSentence(text), text.first?.isLetter == true
        else { return false }
        var name = Substring(text)
        if LineBytes.holdsNumber(text) ?? text.contains(where: \.isNumber) {
            // `BBC Radio 4`, `Antena 1`, `France 24`: a station's number (one or two digits after
            // a capitalised word) may end the name; no other digit.
            guard let space = text.lastIndex(of: " "), text.distance(from: space, to: text.endIndex) <= 3 else { return false }
            let number = text[text.index(after: space)...]
            name = text[..<space]
            guard !number.isEmpty, number.utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }),
                LineBytes.words(name).last?.first?.isUppercase == true, !name.contains(where: \.isNumber)
            else { return false }
        }
        let words = LineBytes.words(name)
        guard (1...5).contains(words.count) else { return false }
        let lowercase = words.filter { $0.first?.isLowercase == true }.count
        return lowercase <= 1 && (words.count > 1 || text.first?.isUppercase == true || text.contains("."))
    }

    /// `Met Office <pressoffice@metoffice.gov.uk>`: a sender whose address's domain spells its name (letters and digits,
    /// folded) is the institution itself, not a newsroom's office.
    static func mailsFromOwnDomain(_ name: String, _ value: String) -> Bool {
        guard let at = value.firstIndex(of: "@") else { return false }
        let domain = TextFolding.fold(value[value.index(after: at)...].prefix { $0 != ">" && $0 != " " && $0 != "\"" })
        let spelled = String(TextFolding.fold(name).filter { $0.isLetter || $0.isNumber })
        return spelled.count >= 4 && domain.split(separator: ".").contains { $0 == spelled }
    }

    /// `"Reuters" <newsletter@…>`, `<noreply@…>`: an address a service sends from, not a person.
    static func isRoleAddress(_ value: String) -> Bool {
        guard let at = value.firstIndex(of: "@") else { return false }
        let local = TextFolding.fold(value[..<at].split(whereSeparator: { $0 == "<" || $0 == " " || $0 == "\"" }).last ?? "")
        return roleMailboxes.contains { local.hasPrefix($0) }
    }

    private static let roleMailboxes = [
        "newsletter", "news", "noreply", "no-reply", "donotreply", "info", "alert", "digest", "redaktion",
        "redaction", "redazione", "redaccion", "editor", "contact", "presse", "press", "service", "mailer",
        "notification", "bulletin", "briefing", "abo", "subscriptions", "team", "hello",
    ]

    /// `Jane Doe <jane@example.org>` → `Jane Doe`; `"Doe, Jane"` keeps its text without quotes.
    package static func withoutAddress(_ value: String) -> String {
        var text = Substring(value)
        if let open = text.firstIndex(of: "<") { text = text[..<open] }
        return TextFolding.trimmed(text.filter { $0 != "\"" })
    }

    /// `*By Jane Doe*`, `_26 February 2026_` → the text inside the emphasis marks.
    package static func unemphasised(_ line: String) -> String {
        // A line opening with an ASCII byte other than `*` and `_` has no marks to remove.
        if let first = line.utf8.first, first < 0x80, first != UInt8(ascii: "*"), first != UInt8(ascii: "_") {
            return LineBytes.trimmed(line)
        }
        var text = Substring(line)
        // More than two Characters, asked of the first three only, and the marks cut by `index(after:)` and
        // `index(before:)` (a whole line's `count`, and `dropFirst`, which measures the rest, per pair of marks
        // made a rule of a million `*` quadratic).
        while let first = text.first, let last = text.last, first == last, first == "*" || first == "_", holdsThree(text) {
            text = text[text.index(after: text.startIndex)..<text.index(before: text.endIndex)]
        }
        return LineBytes.trimmed(text)
    }

    /// `Quelle/Datum/Seite: Le Monde / 03.03.1987 / 12`, `Source / Date: Le Monde / 3 mars 1987`: two to four labels
    /// (one to three words each) joined by slashes before the colon, and as many values joined by ` / ` after it; each
    /// pair is judged as its own labelled line (`Quelle: Le Monde`, `Datum: 03.03.1987`; `Seite: 12` and an empty value,
    /// `o. D.`, `–`, state nothing) and their facts joined, the first of each field kept. Nil when the counts differ,
    /// or no pair states a publication, a day or a writer (`Text/Fotos: A / B` keeps the writer alone).
    private func slashedLabels(_ text: String) -> LineFacts? {
        guard LineBytes.contains(text, 0x2F), LineBytes.contains(text, bytes: ": "), let colon = text.range(of: ": ") else { return nil }
        let labels = text[..<colon.lowerBound].split(separator: "/", omittingEmptySubsequences: false).map { LineBytes.trimmed($0) }
        guard (2...4).contains(labels.count), labels.allSatisfy({ !$0.isEmpty && (1...3).contains(LineBytes.words($0).count) }) else {
            return nil
        }
        let values = text[colon.upperBound...].components(separatedBy: " / ").map { LineBytes.trimmed($0) }
        guard values.count == labels.count else { return nil }
        var joined = LineFacts()
        var stated = false
        for (label, value) in zip(labels, values) where !value.isEmpty {
            guard let facts = plainFacts("\(label): \(value)") ?? flaggedFacts("\(label): \(value)", allowsBareNames: false, atBottom: true)
            else { continue }
            if joined.source == nil, let source = facts.source {
                joined.source = source
                stated = true
            }
            if joined.date == nil, let date = facts.date {
                joined.date = date
                joined.dateRank = facts.dateRank
                stated = true
            }
            if joined.authors.isEmpty, !facts.authors.isEmpty {
                joined.authors = facts.authors
                stated = true
            }
        }
        return stated ? joined : nil
    }

    /// `*El País*` or `_Le Monde_` alone on its line: a publication's name set in italics, as a clipping cites it (a
    /// plausible publication's name, `isPlausiblePublication`, no kicker's or section's word, no date, no person's
    /// name: `*Opinion*`, `*Advertisement*`, `*Jane Doe*`, `*Updated 2 March*` are none). Nil for any other line, bold
    /// (`**…**`) included. Flag-independent: `JudgedLines` asks it before `plainFacts`. Pure.
    static func italicPublication(_ line: String) -> LineFacts? {
        guard let first = line.utf8.first, first == 0x2A || first == 0x5F, line.utf8.count <= 80 else { return nil }
        let trimmed = LineBytes.trimmed(line)
        guard trimmed.utf8.count > 2, trimmed.utf8.last == first, trimmed.utf8.dropFirst().first != first,
            trimmed.utf8.dropLast().last != first
        else { return nil }
        let name = LineBytes.trimmed(String(trimmed.dropFirst().dropLast()))
        let folded = TextFolding.fold(name)
        // A headline set in italics (`*Ein Albtraum*`, `*UTILICORP <UCU> COMPLETES ACQUISITION*`) is none: the name must
        // name itself a publication (`LayoutReader.isPublication`: an article or a publication's word; an agency; a brand's
        // one word in capitals).
        let words = LineBytes.words(name)
        guard !name.isEmpty, !LineBytes.contains(name, first), isPlausiblePublication(name), !ExportLines.isKicker(folded),
            !ExportLines.isSectionWord(folded), !GivenNames.holdsGivenName(words[0]), !LineBytes.hasDigit(name),
            LayoutReader.isPublication(name) || LayoutReader.namesPublication(name) || WireAgencies.isAgency(name)
                || words.count == 1 && name.count >= 3 && name.dropFirst().contains(where: \.isUppercase)
        else { return nil }
        var facts = LineFacts()
        facts.source = name
        return facts
    }

    /// `*Le Monde*, 3 mars 1987`, `_Le Bien Public_, 9 avril 2026`, `3 mars 1987 — par **Peter Amende**`: the line without
    /// the `*`, `**`, `_` or `__` marks around
    /// emphasised words (a mark opening after a space, a punctuation mark or the line's start and before a word, its
    /// like closing after a word and before a space, a punctuation mark or the line's end); any other `*` stays
    /// (`5 * 3`, `Note*`, `file_name`). A line over 300 bytes or holding neither mark is returned as it is (its cost bounded: each opening
    /// mark looks ahead at most over the 300 bytes).
    static func withoutInnerEmphasis(_ line: String) -> String {
        guard line.utf8.count <= 300, LineBytes.contains(line, 0x2A) || LineBytes.contains(line, 0x5F) else { return line }
        let characters = Array(line)
        func isEdge(_ index: Int) -> Bool {
            index < 0 || index >= characters.count || characters[index].isWhitespace
                || characters[index].isPunctuation && characters[index] != "*" && characters[index] != "_"
        }
        var kept: [Character] = []
        var index = 0
        // Eight opening marks looked ahead from at most: a line of marks stays cheap.
        var attempts = 0
        while index < characters.count {
            // `*Le Monde*` or `_Le Monde_`: a run of one mark, closed by the same run.
            let mark = characters[index]
            guard mark == "*" || mark == "_" else {
                kept.append(characters[index])
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end] == mark { end += 1 }
            let run = end - index
            var closing: Int?
            if run <= 2, attempts < 8, isEdge(index - 1), end < characters.count, !characters[end].isWhitespace {
                attempts += 1
                var probe = end + 1
                while probe + run <= characters.count {
                    if characters[probe] == mark {
                        var probeEnd = probe
                        while probeEnd < characters.count, characters[probeEnd] == mark { probeEnd += 1 }
                        if probeEnd - probe == run, !characters[probe - 1].isWhitespace, isEdge(probeEnd) { closing = probe }
                        if closing != nil { break }
                        probe = probeEnd
                    } else {
                        probe += 1
                    }
                }
            }
            if let closing {
                kept.append(contentsOf: characters[end..<closing])
                index = closing + run
            } else {
                kept.append(contentsOf: characters[index..<end])
                index = end
            }
        }
        return String(kept)
    }

    /// Whether the text holds more than two Characters, walking three at most.
    private static func holdsThree(_ text: Substring) -> Bool {
        var index = text.startIndex
        for _ in 0..<3 {
            guard index < text.endIndex else { return false }
            index = text.index(after: index)
        }
        return true
    }
}
