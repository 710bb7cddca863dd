import DateReading
import Foundation
import HTMLTree
import TextToolkit

/// Five more shapes a desk receives an article in, each read by what it states of the article: `head` over an
/// e-edition's unpacked EPUB (`==> OEBPS/content.opf <==`, the package's Dublin Core metadata, then `==>
/// OEBPS/text/ch08.xhtml <==`, the chapter holding the article), a writer's (or a press office's) mail sending a piece
/// with a note saying where and when it ran (`voici mon article paru hier dans Le Figaro`), a colleague's mail whose
/// short note points below to a pasted article (`For tomorrow's review, see below.`), an accessible text edition's item
/// (`Le Monde text edition, Tuesday, March 3, 2026.` / `Business section, article 3 of 12.`), and a news magazine's
/// interview whose questions are labelled with the magazine's name in capitals (`SPIEGEL: Warum gerade jetzt?`).
///
/// Contract: `carried(_:first:dates:)` (asked by `LayoutReader`'s console prints of any first line but a command)
/// reads a text by its first line and returns what it read with the article's record; nil for any other text, and
/// when the shape holds no article this reader can show (it is then read as before, never refused).
/// - `head`'s print (first line `==> FILE <==`) holding an OPF package (`.opf`) and a chapter (`.xhtml`, `.html`,
///   `.htm`) with a heading over prose: the chapter's first `h1` (else `h2`) the headline, the blocks above it (a
///   section's kicker) dropped, a `byline`/`author` block under it the byline (read by the text reader), the other
///   blocks the text; the package's `dc:publisher` the publication and its `dc:date` the day when it is a whole day
///   (`YYYY-MM-DD…`) and no `opf:event` names another event than the publication. Never the package's `dc:title` nor
///   the chapter's `<title>` (the edition's), never `dcterms:modified`, a `modification` event or the identifier.
///   Nil without a package or without such a chapter. (`opensEPUBHead` tells `ArticleParser` such a print is text.)
/// - A mail (first line `From:`, `De :`, `Von:`, `Da:` …; then `Subject:`/`Objet :`/`Betreff:`/`Asunto:`/`Oggetto:`/
///   `Assunto:`) whose note above the headline names a piece (`piece`, `article`, `Artikel`, `artículo`, `pezzo`,
///   `artigo` …); the headline is the subject repeated under the note, else (a subject like `My piece`) the line alone
///   under a note ending with a colon. The publication is the one the note names after a preposition (`in`, `dans`,
///   `von`, `en`, `su`, `no` …, a possessive `yesterday's`; a person's name is none), as the sender's signature writes
///   it when it names the same (`Journaliste, le Monde diplomatique`, `Jane Doe | Correspondent | Le Monde`), else the
///   signature's when the note names none; the sender the writer only when the note calls the piece theirs (`my
///   piece`, `mon article`, `mein Artikel`, `mi artículo`, `il mio pezzo`, `o meu artigo`, our …), with the names the
///   note adds in parentheses (`(written with B)`); the day is the mail's sending day only when the note says the
///   piece ran that day (`today`, `aujourd'hui`, `heute`, `hoy`, `oggi`, `hoje`) or a day or a stated number of days
///   before (`yesterday`, French `hier`, `gestern`, `ayer`, `ieri`, `ontem`, `the day before yesterday`, `3 days ago`,
///   `il y a 3 jours`, `vor 3 Tagen`, `hace 3 días`, `3 giorni fa`, `há 3 dias`), never the mail's day otherwise; the
///   text the lines under the headline, the sign-off (a short closing line over the sender's name) and what follows
///   left out. Nil when the note names no piece, when no headline stands under it, when a forward's banner or inner
///   headers stand above the headline, or when no prose follows.
/// - A mail (first line `From:`, `Received:` or `Return-Path:`; its text as `MailBodies` decodes it) whose text opens
///   with a short note pointing below (`see below`, `voir ci-dessous`, `siehe unten`, `ver abajo`, `vedi sotto`, `ver
///   abaixo`) over a pasted article: that article's head as a stored clipping's (`DeskShells.pasted`: the headline,
///   the publication and day under it, the byline the text's), the sender's name and the lines under it (the
///   signature) cut. Never the sender, the mail's `Date`, its subject. Nil without such a note, when a forward's
///   banner or headers follow it, or when no article is pasted.
/// - A text edition's item: the second line counts the edition's items (`Business section, article 3 of 12.`,
///   `Rubrique Économie, article 4 sur 15.`, `Artikel 2 von 9`, `artículo 4 de 24`, `articolo 1 di 8`, `artigo 4 de
///   24`), the first names the publication and the edition's day (`P text edition, D.`, `P, édition texte du D.`, `P,
///   Textausgabe vom D.`, `P, edición en texto del D.` …; the publication alone when undated): that publication and
///   day, the headline under them, its byline sentence (`By A.`), the text up to `End of article.` (`Fin de
///   l'article.`, `Ende des Artikels.` …); the next item's headline (`Next article: …`) is none of this article's.
///   The edition line's name is taken as the publication (a service naming itself there cannot be told from one).
///
/// `questioner(_:writers:)` (asked by `LayoutReader.readLayout` when nothing named a publication) reads an
/// interview's turns: paragraphs opening with a label in capitals and `: `; the label whose turns (two at least, or
/// the only question right above the only answer) are all questions, alternating with another label's answers, is
/// the publication asking them (`EL PAÍS`, `SPIEGEL`, as printed), unless it is a generic label (`Q`, `FRAGE`,
/// `PREGUNTA`, `INTERVIEWER`, `UPDATE` …), a person's (a given name opening a label of two words or more, or a word of
/// the writers' names: the interviewer's surname) or longer than eight words. Nil otherwise (more than six labels).
///
/// Bounded: 4 MiB, 20,000 lines, a document of 2 MiB for libxml2 (a markup scan beyond), 20,000 blocks, 60 header
/// lines, a note of 2,000 bytes (400 words), 2,000 interview paragraphs; each line read a bounded number of times.
/// Pure.
package enum DeskCarriers {
    // MARK: Entry points

    /// Whether the bytes open with `head`'s banner over an EPUB's package (`==> OEBPS/content.opf <==`): a text the
    /// parser reads as text (`carried`), though a chapter's `<html` follows (asked by `ArticleParser` of a page's bytes).
    package static func opensEPUBHead(_ bytes: [UInt8]) -> Bool {
        let first = bytes.prefix(1_024).prefix { $0 != 0x0A }
        guard first.starts(with: Array("==> ".utf8)) else { return false }
        let line = LineBytes.trimmed(String(decoding: first, as: UTF8.self))
        return line.hasSuffix(".opf <==")
    }

    /// An EPUB's files printed by `head`, or a mail sending a piece, by the text's first line; nil for any other text.
    static func carried(_ text: String, first: String, dates: DateRecognizer) -> DeskFetches.Print? {
        let opening = LineBytes.trimmed(first)
        if opening.hasPrefix("==> "), opening.hasSuffix(" <==") { return epubHead(text, dates: dates) }
        if headerKind(opening)?.kind == .from, let sent = sentPiece(text, dates: dates) { return sent }
        if headerKind(opening)?.kind == .from || opening.hasPrefix("Received: ") || opening.hasPrefix("Return-Path: ") {
            return notedPaste(text, dates: dates)
        }
        if opening.hasSuffix("."), opening.utf8.count <= 200 { return textEdition(text, dates: dates) }
        return nil
    }

    // MARK: A colleague's note over a pasted article

    /// A note's pointer to what follows it (`see below`, `voir ci-dessous`, `siehe unten`), folded.
    private static let belowWords = [" see below", " below:", " below.", "ci-dessous", "ci-apres", "siehe unten", " unten.", "ver abajo",
                                     "vease abajo", "vedi sotto", "qui sotto", "ver abaixo", "veja abaixo", "em baixo"]

    /// A mail (its headers, then its text as the mail client shows it: `MailBodies`) whose text opens with a colleague's
    /// short note pointing below (`For tomorrow's review, see below.`) over a pasted article (its headline, the
    /// publication and day under it, the byline, the text: `DeskShells.pasted`), the colleague's signature (their name,
    /// then their lines) closing it. Neither the sender, the mail's day, the subject nor the signature is the article's.
    /// Nil when the text opens with no such note, or no article is pasted under it.
    private static func notedPaste(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        let lines = DeskShells.head(text).map { LineBytes.trimmed($0) }
        guard let blank = lines.prefix(200).firstIndex(where: \.isEmpty),
            let from = lines[..<blank].first(where: { headerKind($0)?.kind == .from }).flatMap({ headerKind($0)?.value }),
            let noteStart = lines.indices.dropFirst(blank).prefix(3).first(where: { !lines[$0].isEmpty })
        else { return nil }
        let noteEnd = lines[noteStart...].prefix(4).firstIndex(where: \.isEmpty) ?? lines.count
        let note = " " + TextFolding.fold(lines[noteStart..<noteEnd].joined(separator: " "))
        guard noteEnd < lines.count, LineBytes.words(note).count <= 40, belowWords.contains(where: { note.contains($0) }) else { return nil }
        // A forward's banner or inner headers under the note (`-----Original Message-----`, `Begin forwarded message:`,
        // `From: …`): a forwarded mail, another reader's.
        let pastedHead = lines.indices.dropFirst(noteEnd).lazy.filter { !lines[$0].isEmpty }.prefix(8)
        guard let pastedFirst = pastedHead.first.map({ lines[$0] }),
            !(pastedFirst.hasPrefix("--") || pastedFirst.hasPrefix("__") || pastedFirst.hasSuffix(":") || pastedFirst.hasPrefix(">")),
            !pastedHead.contains(where: { headerKind(lines[$0]) != nil })
        else { return nil }
        var end = lines.count
        if let sender = senderName(from) {
            let full = TextFolding.fold(sender)
            let tail = lines.indices.dropFirst(noteEnd).reversed().lazy.filter { !lines[$0].isEmpty }.prefix(6)
            if let signed = tail.last(where: { TextFolding.fold(lines[$0]) == full }) { end = signed }
        }
        guard let record = DeskShells.pasted(Array(lines[(noteEnd + 1)..<max(noteEnd + 1, end)]), dates: dates) else { return nil }
        return (["from": from, "note": lines[noteStart]], record)
    }

    // MARK: An accessible text edition

    /// The edition line's words after the publication (`Le Monde text edition, …`, `Le Monde, édition texte du …`), folded.
    private static let editionWords = [" text edition", ", edition texte", ", textausgabe", ", edicion en texto", ", edizione testuale",
                                       ", edicao em texto", ", edicion de texto", ", edizione di testo"]
    /// The article's end marker closing the text (`End of article.`), folded without its period.
    private static let endMarkers: Set<String> = ["end of article", "fin de l'article", "ende des artikels", "fin del articulo", "fine dell'articolo",
                                                   "fim do artigo", "end of story", "fin de l’article", "fine dell’articolo"]

    /// An accessible text edition's item (for a screen reader or a braille display): the edition line naming the
    /// publication and its day (`Le Monde text edition, Tuesday, March 3, 2026.`; the publication alone when undated),
    /// the section line counting the items (`Business section, article 3 of 12.`), the headline, the byline and text,
    /// `End of article.` and the next item's headline (`Next article: …`), which is none of this article's. Nil unless
    /// the second line counts the edition's items and a headline over text follows.
    private static func textEdition(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        // The second line first (most texts whose first line ends with a period are none of these).
        guard DeskShells.head(text, lines: 3).dropFirst().first.map({ isItemCount(LineBytes.trimmed($0)) }) == true else { return nil }
        let lines = DeskShells.head(text).map { LineBytes.trimmed($0) }
        guard lines.count > 4, isItemCount(lines[1]),
            let title = lines.indices.dropFirst(2).prefix(3).first(where: { !lines[$0].isEmpty }), lines[title - 1].isEmpty
        else { return nil }
        var edition = String(lines[0].dropLast())
        var day: CalendarDate?
        let folded = TextFolding.fold(edition)
        if folded.count == edition.count, let phrase = editionWords.lazy.compactMap({ folded.range(of: $0) }).first {
            let cut = folded.distance(from: folded.startIndex, to: phrase.lowerBound)
            let rest = String(edition.dropFirst(cut))
            day = dates.firstDate(in: rest)?.date
            edition = String(edition.prefix(cut))
        }
        edition = LineBytes.trimmed(edition)
        guard !edition.isEmpty, LineBytes.words(edition).count <= 8 else { return nil }
        var end = lines.count
        if let marker = lines.indices.dropFirst(title + 1).first(where: { endMarkers.contains(TextFolding.fold(lines[$0]).trimmingCharacters(in: CharacterSet(charactersIn: ". "))) }) {
            end = marker
        }
        var body = Array(lines[(title + 1)..<max(title + 1, end)])
        // The byline under the headline, a screen reader's sentence (`By Jane Doe.`).
        var authors: [String] = []
        if let first = body.firstIndex(where: { !$0.isEmpty }), body[first].utf8.count <= 200, body[first].hasSuffix("."),
            let byline = Bylines.parse(String(body[first].dropLast()), dates: dates), !byline.authors.isEmpty
        {
            authors = byline.authors
            body.remove(at: first)
        }
        guard DeskArchives.holdsText(body) else { return nil }
        var record = JSONRecords.Record(title: lines[title], rest: ([lines[title]] + body).joined(separator: "\n"))
        record.source = edition
        record.authors = authors
        record.date = day
        return (["edition": lines[0], "section": lines[1]], record)
    }

    /// `Business section, article 3 of 12.`, `Rubrique Économie, article 4 sur 15.`, `Ressort Wirtschaft, Artikel 2 von
    /// 9.`, `Sección Economía, artículo 4 de 24.`, `Sezione Economia, articolo 1 di 8.`, `Secção Economia, artigo 4 de 24.`
    private static func isItemCount(_ line: String) -> Bool {
        guard line.hasSuffix("."), line.utf8.count <= 160 else { return false }
        let words = TextFolding.fold(line.dropLast()).split(separator: " ")
        guard words.count >= 4, let total = Int(words[words.count - 1]), let number = Int(words[words.count - 3]), number <= total else { return false }
        return ["article", "artikel", "articulo", "articolo", "artigo", "item", "story"].contains(words[words.count - 4])
            && ["of", "sur", "von", "de", "di", "/"].contains(words[words.count - 2])
    }

    // MARK: An EPUB's files under head

    /// `head`'s print of an unpacked EPUB: its `.opf` package's publisher and day, its first chapter holding a heading
    /// over prose the article. Nil without both.
    private static func epubHead(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        let lines = DeskShells.head(text)
        var sections: [(name: String, lines: ArraySlice<String>)] = []
        var start = 0
        var name = ""
        for (index, line) in lines.enumerated() {
            guard line.hasPrefix("==> "), line.hasSuffix(" <=="), line.utf8.count <= 1_024 else { continue }
            if !name.isEmpty { sections.append((name, lines[start..<index])) }
            name = String(line.dropFirst(4).dropLast(4)).lowercased()
            start = index + 1
        }
        if !name.isEmpty { sections.append((name, lines[start...])) }
        guard let package = sections.first(where: { $0.name.hasSuffix(".opf") }) else { return nil }
        let metadata = packageMetadata(package.lines.joined(separator: "\n"), dates: dates)
        for section in sections where [".xhtml", ".html", ".htm"].contains(where: { section.name.hasSuffix($0) }) {
            guard !section.name.hasSuffix("nav.xhtml"), !section.name.hasSuffix("toc.xhtml"),
                let chapter = chapterArticle(section.lines.joined(separator: "\n"))
            else { continue }
            var record = JSONRecords.Record(title: chapter.headline, rest: chapter.lines.joined(separator: "\n"))
            record.source = metadata.publisher
            record.date = metadata.date
            return (metadata.fields, record)
        }
        return nil
    }

    /// The package's `dc:publisher` and whole-day `dc:date` (not a modification's), with its Dublin Core fields as read.
    private static func packageMetadata(_ xml: String, dates: DateRecognizer) -> (fields: [String: String], publisher: String?, date: CalendarDate?) {
        var fields: [String: String] = [:]
        var publisher: String?
        var date: CalendarDate?
        let bytes = Array(xml.utf8.prefix(XMLElements.maximumBytes))
        guard let root = XMLElements.parse(bytes), let metadata = root.first("metadata") else { return (fields, nil, nil) }
        for element in metadata.children.prefix(2_000) {
            let value = LineBytes.trimmed(element.allText)
            guard !value.isEmpty, value.utf8.count <= 300 else { continue }
            if fields[element.name] == nil { fields[element.name] = value }
            switch element.name {
            case "publisher":
                publisher = publisher ?? value
            case "date":
                let event = element.attributes["event"].map { $0.lowercased() }
                guard date == nil, event == nil || event == "publication" else { continue }
                date = wholeDay(value)
            default:
                break
            }
        }
        return (fields, publisher, date)
    }

    /// `2017-09-07` or `2017-09-07T06:00:00Z` as a day; nil for a year or a month alone.
    static func wholeDay(_ value: String) -> CalendarDate? {
        let digits = Array(value.utf8.prefix(10))
        guard digits.count == 10, digits[4] == 0x2D, digits[7] == 0x2D,
            let year = Int(String(decoding: digits[0..<4], as: UTF8.self)), let month = Int(String(decoding: digits[5..<7], as: UTF8.self)),
            let day = Int(String(decoding: digits[8..<10], as: UTF8.self)), (1...12).contains(month), (1...31).contains(day), year >= 1800
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// A chapter's article: its first `h1` (else `h2`) the headline, the blocks under it its lines (a byline block
    /// first, as printed), a blank line between blocks; nil without a heading or without prose under it.
    private static func chapterArticle(_ markup: String) -> (headline: String, lines: [String])? {
        var blocks: [(tag: String, className: String, text: String)] = []
        let bytes = Array(markup.utf8.prefix(4 << 20))
        if bytes.count <= XMLElements.maximumBytes, let root = XMLElements.parse(bytes), let body = root.first("body") {
            collectBlocks(body, into: &blocks)
        } else {
            blocks = markupBlocks(String(decoding: bytes, as: UTF8.self))
        }
        guard let heading = blocks.firstIndex(where: { $0.tag == "h1" }) ?? blocks.firstIndex(where: { $0.tag == "h2" }) else { return nil }
        let headline = blocks[heading].text
        var lines = [headline]
        for block in blocks[(heading + 1)...] {
            let folded = block.className.lowercased()
            if ["caption", "credit", "figcaption", "footnote"].contains(where: { folded.contains($0) }) || block.tag == "figcaption" { continue }
            lines.append("")
            lines.append(block.text)
        }
        guard !headline.isEmpty, DeskArchives.holdsText(lines.dropFirst()) else { return nil }
        return (headline, lines)
    }

    private static let blockNames: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "figcaption", "pre"]

    /// The block elements under `element` in document order (a block's own blocks not entered), each with its tag,
    /// its `class` and its text; a `div` holding no block is a block. 20,000 blocks at most.
    private static func collectBlocks(_ element: XMLElement, into blocks: inout [(tag: String, className: String, text: String)], depth: Int = 0) {
        for child in element.children {
            guard blocks.count < 20_000, depth < 64 else { return }
            let isBlock = blockNames.contains(child.name)
                || child.name == "div" && !child.children.contains { blockNames.contains($0.name) || $0.name == "div" }
            if isBlock {
                let text = LineBytes.trimmed(child.allText.replacingOccurrences(of: "\n", with: " "))
                if !text.isEmpty { blocks.append((child.name, child.attributes["class"] ?? "", text)) }
            } else {
                collectBlocks(child, into: &blocks, depth: depth + 1)
            }
        }
    }

    /// The blocks of markup libxml2 did not read (cut short, an HTML entity): each `<h1>`…`<h6>` and `<p>` up to its
    /// closing tag, its `class`, its text without tags. One pass over the bytes.
    private static func markupBlocks(_ markup: String) -> [(tag: String, className: String, text: String)] {
        var blocks: [(tag: String, className: String, text: String)] = []
        let bytes = Array(markup.utf8)
        var index = 0
        var open: (tag: String, className: String, start: Int)?
        while index < bytes.count, blocks.count < 20_000 {
            guard bytes[index] == 0x3C, let close = bytes[index...].prefix(4_096).firstIndex(of: 0x3E) else {
                index += 1
                continue
            }
            let tag = bytes[(index + 1)..<close]
            let closing = tag.first == 0x2F
            let name = String(decoding: tag.dropFirst(closing ? 1 : 0).prefix { ASCII.isLetter($0) || $0 &- 0x30 < 10 }, as: UTF8.self).lowercased()
            if ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li"].contains(name) {
                if closing, let current = open, current.tag == name {
                    let inner = String(decoding: bytes[current.start..<index], as: UTF8.self)
                    let text = LineBytes.trimmed(XMLRecords.lines(fromMarkup: inner).replacingOccurrences(of: "\n", with: " "))
                    if !text.isEmpty { blocks.append((name, current.className, text)) }
                    open = nil
                } else if !closing {
                    let element = String(decoding: tag, as: UTF8.self)
                    let className = element.firstRange(of: "class=\"").map { String(element[$0.upperBound...].prefix { $0 != "\"" }) } ?? ""
                    open = (name, className, close + 1)
                }
            }
            index = close + 1
        }
        return blocks
    }

    // MARK: A mail sending a piece

    private enum HeaderKind { case from, sent, subject, other }

    /// Header labels (folded, without the colon), their kind and the language the label is in (nil: shared).
    private static let headerLabels: [String: (kind: HeaderKind, language: String?)] = [
        "from": (.from, "en"), "de": (.from, nil), "von": (.from, "de"), "da": (.from, "it"), "expediteur": (.from, "fr"),
        "absender": (.from, "de"), "remitente": (.from, "es"), "mittente": (.from, "it"), "remetente": (.from, "pt"),
        "sent": (.sent, "en"), "date": (.sent, nil), "envoye": (.sent, "fr"), "gesendet": (.sent, "de"), "datum": (.sent, "de"),
        "enviado": (.sent, nil), "fecha": (.sent, "es"), "inviato": (.sent, "it"), "data": (.sent, nil), "envoye le": (.sent, "fr"),
        "subject": (.subject, "en"), "objet": (.subject, "fr"), "betreff": (.subject, "de"), "asunto": (.subject, "es"),
        "oggetto": (.subject, "it"), "assunto": (.subject, "pt"),
        "to": (.other, "en"), "a": (.other, nil), "an": (.other, "de"), "para": (.other, nil), "cc": (.other, nil), "bcc": (.other, nil),
        "reply-to": (.other, nil), "importance": (.other, nil),
    ]

    /// A header line's kind, language and value (`De : Jane Doe <jane@example.org>`); nil for any other line.
    private static func headerKind(_ line: String) -> (kind: HeaderKind, language: String?, value: String)? {
        guard line.utf8.count <= 2_000, let colon = line.utf8.prefix(24).firstIndex(of: 0x3A) else { return nil }
        let label = TextFolding.fold(LineBytes.trimmed(line[..<colon]))
        guard let known = headerLabels[label] else { return nil }
        return (known.kind, known.language, LineBytes.trimmed(line[line.utf8.index(after: colon)...]))
    }

    /// Words naming a piece of writing, folded (an elided article dropped: `l'article`).
    private static let pieceWords: Set<String> = [
        "piece", "article", "story", "column", "op-ed", "oped", "report", "feature", "interview", "text",
        "papier", "chronique", "tribune", "enquete", "reportage", "entretien", "texte",
        "artikel", "beitrag", "bericht", "kommentar", "kolumne", "reportage", "essay",
        "articulo", "reportaje", "columna", "cronica", "entrevista", "texto", "nota",
        "pezzo", "articolo", "servizio", "editoriale", "intervista", "testo",
        "artigo", "reportagem", "coluna",
    ]
    /// A first person's possessive before the piece's word (the sender calls it theirs), folded.
    private static let ownWords: Set<String> = [
        "my", "our", "mon", "ma", "notre", "mein", "meinen", "meine", "meinem", "unser", "unseren", "unsere", "mi", "mio", "mia",
        "nuestro", "nostro", "nostra", "meu", "minha", "nosso", "nossa",
    ]
    /// Prepositions a publication's name follows (`in Le Figaro`, `von Süddeutsche Zeitung`, `su Corriere della Sera`), folded.
    private static let placeWords: Set<String> = [
        "in", "from", "dans", "de", "du", "des", "von", "aus", "bei", "im", "en", "del", "su", "sul", "sulla", "di",
        "nel", "nella", "no", "na", "em", "do", "da",
    ]
    /// Lower-case words a publication's name may hold between capitalised ones (`Corriere della Sera`), folded.
    private static let nameJoiners: Set<String> = ["de", "della", "del", "di", "du", "des", "la", "le", "of", "the", "y", "do", "da", "dos", "das", "und", "and", "&"]

    /// A mail sending a piece: headers, a greeting and a note naming the piece and its publication, the headline again,
    /// the text, the sign-off. Nil when any part is missing (`DeskCarriers`' contract).
    private static func sentPiece(_ text: String, dates: DateRecognizer) -> DeskFetches.Print? {
        let lines = DeskShells.head(text).map { LineBytes.trimmed($0) }
        var from: String?
        var sent: String?
        var subject: String?
        var language: String?
        var index = 0
        while index < min(lines.count, 60), !lines[index].isEmpty {
            guard let header = headerKind(lines[index]) else { return nil }
            switch header.kind {
            case .from: from = from ?? header.value
            case .sent: sent = sent ?? header.value
            case .subject:
                subject = subject ?? DeskFetches.withoutPrefixes(header.value)
                language = language ?? header.language
            case .other: break
            }
            index += 1
        }
        guard let from, let subject, !subject.isEmpty, subject.utf8.count <= 400 else { return nil }
        // The headline repeated under the note (within the body's first 30 filled lines).
        let foldedSubject = TextFolding.fold(subject)
        var filled = 0
        var headline: Int?
        for position in lines.indices.dropFirst(index) where !lines[position].isEmpty {
            filled += 1
            if filled > 30 { break }
            if lines[position].utf8.count <= 400, TextFolding.fold(lines[position]) == foldedSubject {
                headline = position
                break
            }
        }
        // Else (a subject like `My piece`, `Article`): the note of a few lines ends with a colon, the headline alone under it.
        if headline == nil, let noteStart = lines.indices.dropFirst(index).prefix(4).first(where: { !lines[$0].isEmpty }) {
            let noteEnd = lines[noteStart...].prefix(6).firstIndex(where: \.isEmpty) ?? lines.count
            if noteEnd < lines.count, lines[noteEnd - 1].hasSuffix(":"),
                let under = lines.indices.dropFirst(noteEnd).prefix(3).first(where: { !lines[$0].isEmpty }),
                under + 1 < lines.count, lines[under + 1].isEmpty, LineBytes.words(lines[under]).count <= 30
            {
                headline = under
            }
        }
        guard let headline else { return nil }
        // A forward's inner message (`-----Original Message-----`, its own headers) above the headline: another reader's.
        guard !lines[index..<headline].contains(where: { headerKind($0) != nil || $0.hasPrefix("-----") || $0.hasPrefix("________") })
        else { return nil }
        let note = String(decoding: lines[index..<headline].filter { !$0.isEmpty }.joined(separator: " ").utf8.prefix(2_000), as: UTF8.self)
        // The text, up to the sign-off over the sender's name; the line under the name its role and publication.
        let sender = senderName(from)
        var end = lines.count
        var affiliation: String?
        if let sender {
            let given = TextFolding.fold(sender.split(separator: " ").first ?? "")
            let full = TextFolding.fold(sender)
            let tail = Array(lines[(headline + 1)...].indices.reversed().lazy.filter { !lines[$0].isEmpty }.prefix(8).reversed())
            if let signed = tail.first(where: { TextFolding.fold(lines[$0]) == given || TextFolding.fold(lines[$0]) == full }) {
                end = signed
                if let closing = tail.last(where: { $0 < signed }), LineBytes.words(lines[closing]).count <= 5 { end = closing }
            }
            // `Journaliste, Le Figaro` under `Jane Doe`: what follows the role's comma.
            if let named = tail.last(where: { TextFolding.fold(lines[$0]) == full }), let under = tail.first(where: { $0 > named }),
                let comma = lines[under].range(of: ", ")
            {
                affiliation = LineBytes.trimmed(lines[under][comma.upperBound...])
            } else if let signature = tail.last(where: { lines[$0].hasPrefix(sender + " | ") }) {
                // `Jane Doe | Correspondent | Le Monde`, `Jane Doe | Le Monde`: the last part, unless it is a role.
                let parts = lines[signature].components(separatedBy: " | ").dropFirst().map { LineBytes.trimmed($0) }
                if let last = parts.last, parts.count <= 3, !last.isEmpty, !isRole(last) { affiliation = last }
            }
        }
        guard let piece = notedPiece(note, affiliation: affiliation) else { return nil }
        // A note naming no publication (`here is the article from our newsroom:`): the signature's, if any.
        let publication = piece.publication ?? affiliation
        let body = Array(lines[(headline + 1)..<max(headline + 1, end)])
        guard DeskArchives.holdsText(body) else { return nil }
        var record = JSONRecords.Record(title: lines[headline], rest: ([lines[headline]] + body).joined(separator: "\n"))
        record.source = publication
        if piece.own, let sender { record.authors = [sender] + piece.coWriters(dates) }
        if let sent, let days = ranDaysBefore(note, language: language), let day = dates.firstDate(in: sent)?.date,
            let bare = CalendarDate(year: day.year, month: day.month, day: day.day)
        {
            record.date = RelativeStamps.date(bare, daysAfter: -days)
        }
        return (["from": from, "subject": subject, "note": note], record)
    }

    /// The sender's name (`Jane Doe <jane@example.org>`, `"Doe, Jane" <…>` turned); nil for an address alone.
    private static func senderName(_ value: String) -> String? {
        var name = value
        if let angle = name.firstIndex(of: "<") { name = String(name[..<angle]) }
        name = LineBytes.trimmed(name).trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
        if let comma = name.firstIndex(of: ",") {
            name = LineBytes.trimmed(name[name.index(after: comma)...]) + " " + LineBytes.trimmed(name[..<comma])
        }
        let words = LineBytes.words(name)
        guard (2...5).contains(words.count), !name.contains("@"), words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return name
    }

    /// What a note says of the piece it sends: the publication named after a preposition following the piece's word,
    /// whether the sender calls it theirs, the names added in parentheses. Nil without a piece's word or a publication.
    /// A publication the sender's signature names (`affiliation`) is taken as written when the note names it after a
    /// preposition (`paru dans le Monde diplomatique`, `no Daniel Lemire's blog`).
    private static func notedPiece(_ note: String, affiliation: String?) -> (publication: String?, own: Bool, coWriters: (DateRecognizer) -> [String])? {
        let words = note.split(separator: " ").prefix(400).map(String.init)
        let folded = words.map { word -> String in
            var value = TextFolding.fold(word.trimmingCharacters(in: .punctuationCharacters.subtracting(CharacterSet(charactersIn: "'’-"))))
            // `l'article`, `dell'articolo`: the elided article dropped.
            if let apostrophe = value.firstIndex(where: { $0 == "'" || $0 == "’" }), value.distance(from: value.startIndex, to: apostrophe) <= 4,
                value.index(after: apostrophe) < value.endIndex, !value.hasSuffix("'s"), !value.hasSuffix("’s")
            {
                value = String(value[value.index(after: apostrophe)...])
            }
            return value
        }
        guard let pieceIndex = folded.firstIndex(where: { pieceWords.contains($0) }) else { return nil }
        let own = folded[max(0, pieceIndex - 3)..<pieceIndex].contains { ownWords.contains($0) }
        var publication: String?
        var index = pieceIndex + 1
        while index < words.count, publication == nil {
            defer { index += 1 }
            let word = folded[index]
            guard placeWords.contains(word) || word.hasSuffix("'s") || word.hasSuffix("’s") else { continue }
            if let affiliation, !affiliation.isEmpty, affiliation.utf8.count <= 120,
                words[(index + 1)...].joined(separator: " ").hasPrefix(affiliation)
            {
                publication = affiliation
                break
            }
            // The capitalised run right after it, lower-case joiners allowed inside (`Corriere della Sera`).
            var run: [String] = []
            var next = index + 1
            while next < words.count, run.count < 6 {
                let raw = words[next].trimmingCharacters(in: CharacterSet(charactersIn: "\"«»“”„()"))
                let bare = raw.trimmingCharacters(in: .punctuationCharacters.subtracting(CharacterSet(charactersIn: "'’&-")))
                if bare.hasSuffix("'s") || bare.hasSuffix("’s") { break }
                if let first = bare.first, first.isUppercase || first.isNumber && !run.isEmpty {
                    run.append(bare)
                } else if !run.isEmpty, nameJoiners.contains(TextFolding.fold(bare)), next + 1 < words.count,
                    words[next + 1].first?.isUppercase == true
                {
                    run.append(bare)
                } else {
                    break
                }
                // A name ends at punctuation (`El País, über den …`).
                if raw.last.map({ ",.;:!?)".contains($0) }) == true { break }
                next += 1
            }
            // A person's name (`l'article de Jean Dupont`: by him) is no publication.
            if let lead = run.first, !GivenNames.holdsGivenName(lead) { publication = run.joined(separator: " ") }
        }
        // The co-writers the note adds in parentheses (`my piece in Le Monde (with Jane Doe)`).
        var inner: String?
        if let open = note.firstIndex(of: "("), let close = note[open...].firstIndex(of: ")") {
            inner = String(note[note.index(after: open)..<close])
        }
        return (publication, own, { dates in
            guard var inner, inner.utf8.count <= 200 else { return [] }
            // `(with Jana Berg)`, `(écrit avec …)`, `(zusammen mit …)`, `(escrito con …)`, `(com …)`: the names after the word.
            let words = inner.split(separator: " ")
            if let with = words.prefix(3).lastIndex(where: { ["with", "avec", "mit", "con", "com"].contains($0.lowercased()) }) {
                inner = words[(with + 1)...].joined(separator: " ")
            }
            return Bylines.parse("By " + inner, dates: dates)?.authors ?? []
        })
    }

    /// How many days before the mail the note says the piece ran (`yesterday` 1, `today` 0, `3 days ago` 3); nil
    /// when it says nothing of when (the mail's day is then no day of the article's). French `hier` only in a mail
    /// labelled in French (`hier` is German's `here`).
    private static func ranDaysBefore(_ note: String, language: String?) -> Int? {
        let folded = " " + TextFolding.fold(note).map { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "-" ? $0 : " " }.reduce(into: "") { $0.append($1) } + " "
        for phrase in [" day before yesterday ", " avant-hier ", " vorgestern ", " anteayer ", " antes de ayer ", " altro ieri ", " anteontem "]
        where folded.contains(phrase) { return 2 }
        for phrase in [" yesterday ", " yesterday's ", " gestern ", " gestrigen ", " gestrige ", " gestriger ", " ayer ", " ieri ", " ontem "]
        where folded.contains(phrase) { return 1 }
        if language == "fr", folded.contains(" hier ") || folded.contains(" d'hier ") { return 1 }
        for phrase in [" today ", " today's ", " aujourd'hui ", " heute ", " heutigen ", " hoy ", " oggi ", " hoje "] where folded.contains(phrase) {
            return 0
        }
        // `3 days ago`, `il y a 3 jours`, `vor 3 Tagen`, `hace 3 días`, `3 giorni fa`, `há 3 dias`.
        let words = folded.split(separator: " ").prefix(400)
        for (index, word) in words.enumerated() {
            guard let count = Int(word), (1...60).contains(count) else { continue }
            let before = index > 0 ? words[words.startIndex + index - 1] : ""
            let after = index + 1 < words.count ? words[words.startIndex + index + 1] : ""
            let later = index + 2 < words.count ? words[words.startIndex + index + 2] : ""
            if ["days", "giorni"].contains(after), later == "ago" || later == "fa" { return count }
            if ["jours", "tagen", "dias"].contains(after), ["a", "vor", "hace", "ha"].contains(before) { return count }
        }
        return nil
    }

    /// Roles a signature names after the sender (`Correspondent`, `Journaliste`, `Pressestelle`), folded.
    private static let roles: Set<String> = [
        "correspondent", "correspondante", "correspondant", "korrespondent", "korrespondentin", "corresponsal", "corrispondente",
        "correspondente", "reporter", "reporterin", "journalist", "journaliste", "journalistin", "redakteur", "redakteurin",
        "periodista", "giornalista", "jornalista", "editor", "editora", "redacteur", "redactrice", "redactor", "redactora",
        "redattore", "redattrice", "redator", "redatora", "press office", "service de presse", "pressestelle", "prensa",
        "ufficio stampa", "assessoria de imprensa", "columnist", "chroniqueur", "chroniqueuse", "kolumnist", "kolumnistin",
    ]

    private static func isRole(_ part: String) -> Bool {
        roles.contains(TextFolding.fold(part))
    }

    // MARK: An interview's questions labelled with the publication

    /// Labels that name the asking side without naming it (`Q`, `FRAGE`, `INTERVIEWER`), folded.
    private static let genericLabels: Set<String> = [
        "q", "a", "f", "p", "d", "r", "question", "questions", "frage", "fragen", "pregunta", "domanda", "pergunta", "interviewer",
        "interviewerin", "reporter", "journalist", "journaliste", "periodista", "giornalista", "jornalista", "entrevistador",
        "entrevistadora", "intervistatore", "moderator", "moderatorin", "moderateur", "answer", "antwort", "reponse", "respuesta",
        "risposta", "resposta", "host", "presenter", "anchor", "note", "nota", "notes", "update", "edit", "ps", "nb", "warning",
        "achtung", "attention", "hinweis", "aviso", "attenzione", "atencao", "notice", "faq", "tl;dr", "tldr",
    ]

    /// The publication labelling an interview's questions (`EL PAÍS: ¿Por qué ahora?` over `ROUX: …`), as printed; nil
    /// when the paragraphs hold no such turns (`DeskCarriers`' contract).
    static func questioner(_ paragraphs: [String], writers: [String]) -> String? {
        var turns: [String: (count: Int, questions: Int, first: Int)] = [:]
        for (position, paragraph) in paragraphs.prefix(2_000).enumerated() {
            let utf8 = paragraph.utf8
            guard let colon = utf8.prefix(80).firstIndex(of: 0x3A), utf8.index(after: colon) < utf8.endIndex,
                utf8[utf8.index(after: colon)] == 0x20
            else { continue }
            let label = LineBytes.trimmed(paragraph[..<colon])
            guard label.count >= 2, label.contains(where: \.isLetter), !label.contains(where: \.isLowercase),
                label.allSatisfy({ $0.isLetter || $0.isNumber || " -'’.&|,".contains($0) })
            else { continue }
            let said = LineBytes.trimmed(paragraph[utf8.index(after: colon)...]).trimmingCharacters(in: CharacterSet(charactersIn: "\"»”“« "))
            var entry = turns[label] ?? (0, 0, position)
            entry.count += 1
            if said.hasSuffix("?") { entry.questions += 1 }
            turns[label] = entry
            if turns.count > 6 { return nil }
        }
        guard turns.count >= 2 else { return nil }
        var askers = turns.filter { $0.value.count >= 2 && $0.value.questions == $0.value.count }
        var answerers = turns.filter { $0.value.count >= 2 && $0.value.questions * 2 < $0.value.count }
        // A short interview's one question and its answer, the only labelled paragraphs, one after the other.
        if turns.count == 2, turns.values.allSatisfy({ $0.count == 1 }) {
            askers = turns.filter { $0.value.questions == 1 }
            answerers = turns.filter { $0.value.questions == 0 && askers.first.map { asker in asker.value.first + 1 } == $0.value.first }
        }
        guard askers.count == 1, let asker = askers.first, !answerers.isEmpty else { return nil }
        let label = asker.key
        let labelWords = LineBytes.words(label).map { TextFolding.fold($0) }
        // A person's name (`PETER AMENDE`) asks as a person; a magazine may bear a given name alone (`BRIGITTE`).
        guard labelWords.count <= 8, !genericLabels.contains(TextFolding.fold(label)),
            labelWords.count < 2 || !GivenNames.holdsGivenName(labelWords[0])
        else { return nil }
        let writerWords = Set(writers.flatMap { LineBytes.words($0).map { TextFolding.fold($0) } })
        guard !labelWords.contains(where: { writerWords.contains($0) }) else { return nil }
        return label
    }
}
