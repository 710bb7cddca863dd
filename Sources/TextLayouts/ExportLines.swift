import Foundation
import DateReading
import TextToolkit

/// The lines that press databases (Factiva, Nexis, Europresse), PDF press reviews and web pages put
/// around an article without stating a field of it, in en, fr, de, es, it, pt: word counts
/// (`523 words`, `Length: 523 words`), sections (`Section: BUSINESS; Pg. 3`, a section name alone such as
/// `ÉCONOMIE`), a language name alone (`English`), `Body`, `End of Document`, `Load-Date: …`,
/// document numbers (`Document LBA0000020260216`, `news·20260216·LM·123456`), agencies' keyword
/// slugs (`FRA-ECO-PORT`), Europresse's `Certificat émis le …`, page counters (`Page 1/2`), share
/// buttons (`Share`, `Partager`), a phone's `Sent from my iPhone`, updates
/// (`Updated March 4, 2026`, `Mis à jour le …`: a date that is not the publication's), press-review
/// banners (`OSIRIS — Revue de presse`, not the phrase alone, which may be a review's name); and
/// the **edition line** of a database export, which states the date beside a section, a word count
/// or a page (`Économie, jeudi 26 février 2026 361 mots, p. 12`).
///
/// Contract: `judge` answers `.nothing` for the first kind, `.edition(date)` for an edition
/// line (`.edition(nil)` when it states no date), nil for any other line (prose, titles, names,
/// every form `ClippingFacts` reads itself). It reads whole lines only: a word count or a section
/// name inside a sentence is nil. Pure; never fails.
package enum ExportLines {
    package enum Verdict: Equatable {
        case nothing
        /// An edition line, with its date when it has one (`Économie, 361 mots, p. 12` has none).
        case edition(CalendarDate?)
        /// An update stamp's date (`Updated March 4, 2026`, `Stand: 03.03.2026 10:42 Uhr`): the
        /// article's date only when the file states no other.
        case update(CalendarDate)
    }

    private static let certificateOpening = LineOpenings("certificat ")

    /// `text.firstIndex(of: ":")`, from the bytes when the first colon's byte stands apart (`LineBytes.firstApart`).
    private static func firstColon(_ text: String) -> String.Index? {
        switch LineBytes.firstApart(colonBytes, in: text) {
        case .absent: return nil
        case .found(let range): return range.lowerBound
        case .unsure: return text.firstIndex(of: ":")
        }
    }

    private static let colonBytes: [UInt8] = [0x3A]

    /// `X-Mailer: …`, `x-originating-ip: …`: an `X-` label of letters, digits and hyphens (2 to 60 bytes) and its colon.
    static func isExtensionHeader(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, first | 0x20 == 0x78, utf8.dropFirst().first == 0x2D else { return false }
        var length = 0
        for byte in utf8 {
            if byte == 0x3A { return length > 2 }
            guard length < 60, byte == 0x2D || (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 else { return false }
            length += 1
        }
        return false
    }

    package static func judge(_ text: String, dates: DateRecognizer) -> Verdict? {
        // `X-Spam-Report: …` of any length (an extension header of a raw e-mail, its value perhaps thousands of bytes
        // long): asked first, as the length's tests below turn long lines down.
        if isExtensionHeader(text) { return .nothing }
        guard TextFolding.hasAtMost(text, 160) else { return nil }
        // Each form is recognised on its bytes before anything is folded: a line of prose (the
        // title, the body's first lines) is turned down without a copy.
        if LineBytes.mayStart(text, withAnyOf: certificateOpening),
            TextFolding.fold(text.prefix(19)) == "certificat emis le "
        {
            return .nothing
        }
        if LineBytes.contains(text, bytes: "ookie"), !LineBytes.contains(text, 0x28), isCookieNotice(TextFolding.fold(text)) {
            return .nothing
        }
        // A link's text with its long address (`View this email in your browser (https://…)`).
        if !TextFolding.hasAtMost(text, 100) {
            // The address in parentheses or angle brackets closes the line.
            guard let last = text.utf8.last, last == 0x29 || last == 0x3E, TextFolding.hasAtMost(text, 240),
                LineBytes.contains(text, bytes: "http"), let bare = shortText(text),
                linkTexts.contains(bare)
            else { return nil }
            return .nothing
        }
        let fewWords = LineBytes.spaceSeparatedCount(text) <= 5
        if fewWords {
            if isSlug(text) || isChannelLine(text) { return .nothing }
            let bare = TextFolding.fold(text).trimmingSuffix { $0 == ":" || $0 == " " }
            if alone.contains(bare) || isWordCount(bare) || isPageCounter(bare) || isDocumentNumber(text, bare) {
                return .nothing
            }
        }
        // `Share · Facebook · X · LinkedIn`: share buttons in a row.
        if TextFolding.hasAtMost(text, 120), isButtonRow(text) { return .nothing }
        if LineBytes.contains(text, 0x3A), LineBytes.mayHoldCharacter(0x3A, within: 33, of: text), let colon = firstColon(text),
            text.distance(from: text.startIndex, to: colon) <= 32
        {
            let label = TextFolding.fold(text[..<colon]).trimmingSuffix { $0 == " " }
            // `X-Mailer:`, `X-Originating-IP:`: any extension header of a raw e-mail.
            if labels.contains(label) || label.hasPrefix("x-") && !label.contains(" ") { return .nothing }
        }
        if fewWords || TextFolding.hasAtMost(text, 80), isFurniture(text) { return .nothing }
        if isReviewBanner(text) { return .nothing }
        guard LineBytes.hasDigit(text) else { return nil }  // a date, a count, a page
        if isRetrievalNote(text) { return .nothing }
        if isUpdateStamp(text) {
            // `Updated 19 March 2026 (first published 18 March 2026)`, `Aggiornato il 19/03/2026 – Pubblicato il 18/03/2026`:
            // the publication's day stated beside the update's is the article's.
            if let published = publishedBesideUpdate(text, dates: dates) { return .edition(published) }
            if let found = dates.firstDate(in: text) { return .update(found.date) }
        }
        return edition(text, dates: dates)
    }

    /// A wiki page's information line (Confluence's `Created by A, last modified by B on 15 Oct
    /// 2017`, in six languages): who made and edited the page holding the clipping, not who
    /// wrote the article, nor when it appeared. At most 200 characters. Pure.
    static func isPageInfo(_ text: String) -> Bool {
        guard LineBytes.mayStart(text, withAnyOf: pageInfoOpenings), TextFolding.hasAtMost(text, 200) else { return false }
        let folded = TextFolding.fold(text)
        return pageCreated.contains { folded.hasPrefix($0) } && pageModified.contains { LineBytes.contains(folded, bytes: $0) }
    }

    private static let pageInfoOpenings = LineOpenings("created by ", "cr", "erstellt von ", "creado por ", "creato da ", "criado por ")
    /// How the line opens, folded (`Créé par`, `Erstellt von`, …).
    private static let pageCreated = ["created by ", "cree par ", "erstellt von ", "creado por ", "creato da ", "criado por "]
    /// Its second part, folded.
    private static let pageModified = [
        "last modified", "last updated", "derniere modification", "derniere mise a jour", "zuletzt geandert",
        "zuletzt aktualisiert", "modificado por ultima vez", "ultima modificacion", "ultima actualizacion", "ultima modifica",
        "ultimo aggiornamento", "ultima modificacao", "ultima atualizacao",
    ]

    /// A printer-friendly page's banner (`Druckversion — gedruckt am 03.08.1987 um 18:39 Uhr`,
    /// `Versión para imprimir — impreso el …`, `Printer-friendly version`): the day it was printed,
    /// not the article's; no title. At most 200 characters, in six languages. Pure.
    static func isPrintBanner(_ text: String) -> Bool {
        guard LineBytes.mayStart(text, withAnyOf: printOpenings), TextFolding.hasAtMost(text, 200) else { return false }
        // Every phrase is at most 24 Characters: only the line's opening is folded.
        let folded = TextFolding.fold(text.prefix(24))
        return printBanners.contains { folded.hasPrefix($0) }
    }

    private static let printOpenings = LineOpenings("print", "version", "druck", "versione", "versao")
    /// How such a banner opens, folded.
    private static let printBanners = [
        "print version", "printer-friendly version", "printer friendly version", "printable version", "version imprimable",
        "version pour impression", "druckversion", "druckansicht", "version para imprimir", "version imprimible",
        "versione stampabile", "versione per la stampa", "versao para impressao", "versao para imprimir",
    ]

    /// A mail room's reception stamp (`RECEIVED FEBRUARY 27, 1987`, `REÇU LE 27 FÉVRIER 1987`, `EINGANG
    /// 27. FEBRUAR 1987`, `PERVENUTO IL …`, `RECIBIDO …`, `RECEBIDO EM …`) on a scanned cutting: the day the
    /// desk received it, not the article's; no title. The stamp's word, then a date and nothing else;
    /// or, run in with the desk's other notes after a ` · `, ` | `, ` — ` or ` – ` (`EINGANG 05.03.1987 ·
    /// WIEDERVORLAGE 12.03.1987 · Ablage Wirtschaft`, at most 200 characters), that as its first part and every part
    /// after it a desk's note (`isDeskNote`: `Wv. 21.5.`, `REFER: CITY DESK`, `Archivio: Sanità`), never a headline run
    /// in after the stamp (`Eingang 3. März 2026 · Warum das Bürgeramt Briefe sechs Wochen liegen lässt`). Pure.
    static func isReceptionStamp(_ text: String, dates: DateRecognizer) -> Bool {
        guard LineBytes.mayStart(text, withAnyOf: receptionOpenings), TextFolding.hasAtMost(text, 200) else { return false }
        // The run-in stamp: its first part is the stamp, the others the desk's notes.
        if LineBytes.contains(text, 0xB7) || LineBytes.contains(text, 0x7C) || LineBytes.contains(text, 0x80),
            let cut = runInMarks.compactMap({ text.firstRange(of: $0)?.lowerBound }).min()
        {
            guard isBareReceptionStamp(String(text[..<cut]), dates: dates) else { return false }
            var notes = [text[cut...]]
            for mark in runInMarks { notes = notes.flatMap { $0.split(separator: mark) } }
            return notes.allSatisfy { isDeskNote(LineBytes.trimmed($0)) }
        }
        return isBareReceptionStamp(text, dates: dates)
    }

    /// A desk's note run in after a stamp: at most four words, and a label (`Archivo: Economía`, `REFER: CITY DESK`),
    /// a figure (`Wv. 21.5.`, `WIEDERVORLAGE 12.03.1987`, `Az. 4-117`), an abbreviation (`Wv.`), capitals
    /// (`ROUTE TO CITY`), a routing or filing word first (`Copia a dirección`, `Kopie an Chefredaktion`) or at most
    /// two words (`Ablage Wirtschaft`, `Verkehr`); a headline or a sentence is none.
    private static func isDeskNote(_ note: String) -> Bool {
        let words = LineBytes.words(note)
        guard !words.isEmpty, words.count <= 4 else { return words.isEmpty }
        if words.count <= 2 || note.contains(where: \.isNumber) || LineBytes.contains(note, 0x3A) { return true }
        if words.contains(where: { $0.count <= 4 && $0.last == "." }) { return true }
        if deskNoteWords.contains(TextFolding.fold(words[0])) { return true }
        return !note.contains(where: \.isLowercase)
    }

    /// A desk's routing and filing words opening a note (folded), in the six languages.
    private static let deskNoteWords: Set<String> = [
        "copy", "cc", "route", "refer", "file", "filed", "archive", "attn", "see", "kopie", "ablage", "archiv", "akte",
        "wiedervorlage", "siehe", "copie", "classement", "classer", "archives", "voir", "copia", "archivo", "ver", "archivio",
        "vedi", "arquivo", "arquivar",
    ]

    /// The stamp's word, then a date and nothing else, in at most 60 characters.
    private static func isBareReceptionStamp(_ text: String, dates: DateRecognizer) -> Bool {
        guard TextFolding.hasAtMost(text, 60) else { return false }
        let folded = TextFolding.fold(text)
        guard let word = receptionWords.first(where: { folded.hasPrefix($0) }) else { return false }
        let rest = String(text.dropFirst(word.count))
        guard let found = dates.firstDate(in: rest) else { return false }
        return LineBytes.trimmed(rest[..<found.range.lowerBound]).isEmpty && LineBytes.trimmed(rest[found.range.upperBound...]).isEmpty
    }

    /// What sets a run-in stamp's parts apart: a middle dot, a bar, a dash (`EINGANG 05.03.1987 — Dokumentation`).
    private static let runInMarks = [" · ", " | ", " — ", " – "]
    private static let receptionOpenings = LineOpenings("re", "einga", "perv", "ricev")
    /// The stamp's words, folded, with the space after them (longest first).
    private static let receptionWords = [
        "received on ", "received ", "recu le ", "recu ", "eingegangen am ", "eingang am ", "eingang: ", "eingang ",
        "pervenuto il ", "pervenuto ", "ricevuto il ", "ricevuto ", "recibido el ", "recibido ", "recebido em ", "recebido ",
    ]

    /// The day after a publishing word on an update stamp's line (`… (first published 18 March 2026)`, `… – Publié le
    /// 18/03/2026`), or nil when the line states none.
    private static func publishedBesideUpdate(_ text: String, dates: DateRecognizer) -> CalendarDate? {
        for word in publishingWords {
            guard let found = text.range(of: word, options: [.caseInsensitive, .diacriticInsensitive]) else { continue }
            return dates.firstDate(in: String(text[found.upperBound...]))?.date
        }
        return nil
    }

    private static let publishingWords = [
        "published", "publié", "pubblicato", "pubblicata", "publicado", "publicada", "veröffentlicht", "erschienen", "paru",
    ]

    /// `Updated …`, `Stand: …`, `Actualizado hace 3 horas` and their translations: when a later
    /// version was published (with a date, `judge` says `.update`). Pure.
    package static func isUpdateStamp(_ text: some StringProtocol) -> Bool {
        guard LineBytes.mayStart(text, withAnyOf: updateOpenings) else { return false }
        let opening = TextFolding.fold(text.prefix(24))
        return updatePrefixes.contains(where: { opening.hasPrefix($0) })
    }

    /// Lines of a web page or newsletter copied with the article that state nothing: a
    /// breadcrumb (`Home › World › Europe`), a reading time (`Lectura: 2 min`, `3 min read`), an
    /// advertisement's label, a link's text (`→ Read the full article`, `View in browser
    /// <https://…>`, `Unsubscribe`), a rule (`——————`, `--`), a licence (`CC BY-NC-ND 4.0`).
    /// A press review's or clipping service's banner (`PRESS REVIEW – Thursday, April 2, 2026`,
    /// `MEDIAWATCH — Coupure de presse`): a phrase naming one with more on the line (the phrase
    /// alone may be a press review's name: the site of the seed's trailer), no sentence end.
    package static func isReviewBanner(_ text: String) -> Bool {
        guard TextFolding.hasAtMost(text, 100), LineBytes.contains(text, anyOf: bannerMarks),
            !LayoutReader.endsWithPeriod(text)
        else { return false }
        let folded = TextFolding.fold(text)
        return bannerPhrases.contains(where: { LineBytes.contains(folded, bytes: $0) && folded != $0 })
    }

    /// A site's text-only version's banner (`NPR : Text-Only Version   Go To Full Site`, in six
    /// languages): the site's name before ` : ` (`""` when the banner names none), or nil when
    /// the line is no such banner.
    package static func textOnlyBannerSite(_ text: String) -> String? {
        guard TextFolding.hasAtMost(text, 120), LineBytes.contains(text, bytes: "   ") else { return nil }
        let folded = TextFolding.fold(text)
        guard textOnlyPhrases.contains(where: { folded.contains($0) }), fullSitePhrases.contains(where: { folded.contains($0) })
        else { return nil }
        guard let colon = text.firstRange(of: " : ") else { return "" }
        return LineBytes.trimmed(text[..<colon.lowerBound])
    }

    private static let textOnlyPhrases = [
        "text-only version", "text only version", "textversion", "version texte", "versione solo testo",
        "version solo texto", "versao so de texto", "versao texto",
    ]
    private static let fullSitePhrases = [
        "go to full site", "zur vollstandigen website", "aller au site complet", "vai al sito completo",
        "ir al sitio completo", "ir para o site completo",
    ]

    private static func isFurniture(_ text: String) -> Bool {
        // Every form is short: a rule, a breadcrumb, a link's text with its address (120 bytes).
        guard let lead = text.utf8.first, text.utf8.count <= 480, TextFolding.hasAtMost(text, 120) else { return false }
        // A rule opens with one of its marks' bytes (`-=_*~`, or 0xE2 / 0xC2 for `—–•·`).
        if lead == 0x2D || lead == 0x3D || lead == 0x5F || lead == 0x2A || lead == 0x7E || lead == 0xE2 || lead == 0xC2,
            text.allSatisfy({ "-—–=_*~•·".contains($0) })
        {
            return text.count >= 2
        }
        // A breadcrumb's separators: `>` (3E), `›` (E2 80 BA), `»` (C2 BB); the last two by their
        // whole UTF-8 (`ú` is C3 BA), since no other scalar is canonically equivalent to either.
        if LineBytes.contains(text, 0x3E) || LineBytes.contains(text, bytes: "›") || LineBytes.contains(text, bytes: "»"),
            isBreadcrumb(text)
        {
            return true
        }
        // An audio player's label, perhaps after its play mark (`▶ Artikel anhören · 6 Min.`), and its clock (`0:00 / 6:12`).
        let spoken = lead == 0xE2 && text.unicodeScalars.first.map(playMarks.contains) == true
            ? LineBytes.trimmed(String(text.unicodeScalars.dropFirst())) : text
        if LineBytes.mayOpen(spoken, letters: "leao") {
            let folded = TextFolding.fold(spoken)  // once, not once per phrase
            if listenPhrases.contains(where: { folded.hasPrefix($0) }) { return true }
        }
        if lead &- 0x30 < 10, isPlayerClock(text) { return true }
        // A fax machine's header on each page (`02/03/1987 14:44  +33 1 42 00 00 00  PRESSE-DOC SERVICE  P.001/002`).
        if lead &- 0x30 < 10 || lead &- 0x41 < 26, let last = text.utf8.last, last &- 0x30 < 10, isFaxHeader(text) { return true }
        if LineBytes.contains(text, anyOf: newsletterWords) {
            if let last = text.utf8.last, last &- 0x30 < 10, isNewsletterIssue(text) { return true }
            if isNewsletterEditor(text) { return true }
        }
        // The player's narrator (`Gelesen von P`, `Narrated by P`), a colleague of the newsroom, not a writer.
        if LineBytes.mayStart(text, withAnyOf: narratorPhrases), TextFolding.hasAtMost(text, 60),
            narratorPhrases.prefixes.contains(where: { TextFolding.fold(text.prefix(20)).hasPrefix($0.description) })
        {
            return true
        }
        // A notes vault's image alone on its line (`![cover](https://…)`), and its heading over
        // a page's properties (`## Metadata`).
        if lead == 0x21, text.hasPrefix("!["), text.hasSuffix(")"), LineBytes.contains(text, bytes: "](") { return true }
        // (Its marks may be gone: `ClippingFacts.judged` reads a heading's text.)
        if lead == 0x23 || text.utf8.count <= 14, propertyHeadings.contains(TextFolding.fold(text.drop { $0 == "#" || $0 == " " })) {
            return true
        }
        if LineBytes.mayOpen(text, letters: "fge"), isFoundingLine(text) { return true }
        if lead == 0x43 || lead == 0x63, isLicence(text) { return true }
        guard let bare = shortText(text) else { return false }
        // `Contact ProQuest`, `Contact us`: a service's footer link (not `Contact tracing`).
        if bare.hasPrefix("contact "), contactLinks.contains(bare) { return true }
        return linkTexts.contains(bare) || appLinks.contains(bare) || isReadingTime(bare) || isCredit(bare) || isKicker(bare)
            || isPlacedRole(bare)
    }

    /// `brussels correspondent`, `senior reporter` (folded): a role after one or two words, set under a
    /// writer's name, stating no field.
    private static func isPlacedRole(_ folded: String) -> Bool {
        guard let last = folded.utf8.last, last == 0x74 || last == 0x6C || last == 0x65 || last == 0x72 || last == 0x6E,
            roleEndings.contains(where: { folded.hasSuffix($0) })
        else { return false }
        let words = LineBytes.words(folded)
        // `dal nostro corrispondente`, `de notre correspondant`: the paper's own phrase, an unsigned byline.
        return (2...3).contains(words.count) && !possessiveOpenings.contains(String(words[0]))
    }

    private static let possessiveOpenings: Set<String> = [
        "de", "du", "dal", "dalla", "del", "della", "von", "vom", "from", "by", "our", "notre", "nos", "nostro", "nostra",
        "nuestro", "nuestra", "nosso", "nossa", "unserem", "unserer", "unser", "il", "le", "la", "el", "the", "o", "a", "da", "do",
    ]

    private static let roleEndings = [
        " correspondent", " correspondant", " correspondante", " korrespondent", " korrespondentin", " corresponsal",
        " corrispondente", " correspondente", " reporter", " reporterin",
    ]

    /// A Creative Commons licence alone on its line (`CC BY-NC-ND 4.0`, `CC0 1.0`, `cc-by-sa`): the
    /// licence's code, its version perhaps; at most 40 bytes.
    static func isLicence(_ text: String) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        let words = text.lowercased().split(separator: " ")
        guard let first = words.first, first == "cc" && words.count > 1 || first == "cc0" || first.hasPrefix("cc-by") else { return false }
        func isTerms(_ word: Substring) -> Bool {
            word.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { ["cc", "by", "nc", "nd", "sa"].contains($0) }
        }
        func isVersion(_ word: Substring) -> Bool { word.contains(where: \.isNumber) && word.allSatisfy { $0.isNumber || $0 == "." } }
        return words.dropFirst().allSatisfy { isTerms($0) || isVersion($0) } && (first != "cc" || isTerms(words[1]))
    }

    /// A masthead's founding line (`Founded in 1878 · No. 32788`, `Gegründet 1828 · Nr. 23113`,
    /// `Fondato nel 1889`): the phrase, then a year of four digits.
    /// Nothing may follow the year but an issue's number (`· No. 32788`, `| Nr. 23113`,
    /// `, Jahrgang 42`): `Founded in 1998, Google now employs …` is a sentence, `Established in
    /// 1990, the bakery …` a title.
    static func isFoundingLine(_ text: String) -> Bool {
        guard text.utf8.count <= 120, LineBytes.mayOpen(text, letters: "fge") else { return false }
        let folded = TextFolding.fold(text)
        guard let phrase = foundingPhrases.first(where: { folded.hasPrefix($0) }) else { return false }
        let afterPhrase = folded.utf8.dropFirst(phrase.utf8.count)
        let year = afterPhrase.prefix { $0 &- 0x30 < 10 }
        guard year.count == 4 else { return false }
        let rest = String(decoding: afterPhrase.dropFirst(4), as: UTF8.self)
            .drop { $0 == " " || $0 == "·" || $0 == "|" || $0 == "," || $0 == "-" || $0 == "–" || $0 == "—" }
        return rest.isEmpty || issueWords.contains { rest.hasPrefix($0) }
    }

    /// How an issue's number opens after a founding year (folded).
    private static let issueWords = ["no.", "no ", "nr.", "nr ", "n.", "n°", "n ", "jahrgang", "anno ", "annee", "ano ", "issue", "vol"]

    private static let foundingPhrases = [
        "founded in ", "founded ", "established in ", "established ", "est. ", "gegrundet im jahr ", "gegrundet ",
        "fonde en ", "fondee en ", "fondato nel ", "fondata nel ", "fundado en ", "fundada en ", "fundado em ",
        "fundada em ",
    ]

    /// A service's contact links (folded).
    private static let contactLinks: Set<String> = [
        "contact us", "contact proquest", "contact lexisnexis", "contact factiva", "contact support", "contact the newsroom",
    ]

    /// Headings over a notes page's properties (folded).
    private static let propertyHeadings: Set<String> = [
        "metadata", "metadaten", "metadonnees", "metadatos", "metadati", "metadados", "properties", "eigenschaften",
        "proprietes", "propiedades", "proprieta", "propriedades",
    ]

    /// A genre's or format's overline above a title (`LIVE`, `EN DIRECT`, `Exklusiv`,
    /// `OPINION`, `EDITORIAL`), folded, after a live page's mark (`● LIVE`, `🔴 EN DIRECT`): it
    /// states nothing about the article.
    package static func isKicker(_ folded: some StringProtocol) -> Bool {
        // A mark's first byte is no ASCII letter's: a line opening with a letter is looked up as it is.
        if let lead = folded.utf8.first, lead >= 0x80, let mark = folded.first, kickerMarks.contains(mark) {
            let bare = String(folded.drop { kickerMarks.contains($0) || $0 == " " })
            return kickers.contains(bare) || regionalProgrammes.contains(bare)
        }
        return kickers.contains(String(folded)) || regionalProgrammes.contains(String(folded))
    }

    /// The marks a live page sets before its overline.
    private static let kickerMarks: Set<Character> = ["●", "•", "■", "▶", "►", "◉", "🔴", "⚫"]

    private static let kickers: Set<String> = [
        "live", "breaking", "breaking news", "exclusive", "opinion", "editorial", "analysis", "comment", "interview",
        "en direct", "direct", "exclusif", "tribune", "editorial", "analyse", "entretien", "decryptage", "point de vue",
        "live-ticker", "liveticker", "eilmeldung", "exklusiv", "meinung", "kommentar", "leitartikel", "gastbeitrag",
        "en directo", "directo", "ultima hora", "exclusiva", "opinion", "tribuna", "analisis", "entrevista",
        "in diretta", "diretta", "ultima ora", "esclusiva", "opinione", "commento", "editoriale", "analisi", "intervista",
        "ao vivo", "em direto", "em directo", "ao minuto", "ultima hora", "exclusivo", "opiniao", "editorial", "analise", "entrevista",
        // A guest's piece or the paper's own voice, with its article.
        "l'editoriale", "l'intervento", "intervento", "l'editorial", "guest column", "guest essay", "op-ed", "gastkommentar",
        "tribune libre", "la tribune", "la tribuna", "l'opinione",
        // A column's name, with or without its article: the genre, not the publication.
        "column", "the column", "chronique", "la chronique", "bloc-notes", "le bloc-notes", "billet", "le billet",
        "kolumne", "die kolumne", "glosse", "die glosse", "cronica", "la cronica", "columna", "la columna",
        "rubrica", "la rubrica", "corsivo", "il corsivo", "coluna", "a coluna", "cronica", "a cronica",
        "notebook", "carnet", "carnets", "tagebuch", "diario", "taccuino", "caderno",
        // An explainer, an obituary, a weekend edition: the genre or supplement, not the publication.
        "q&a", "questions & answers", "questions and answers", "explainer", "faq", "fragen & antworten",
        "fragen und antworten", "questions-reponses", "questions/reponses", "questions & reponses",
        "preguntas y respuestas", "preguntas & respuestas", "domande e risposte", "domande & risposte",
        "perguntas e respostas", "perguntas & respostas", "obituary", "obituaries", "nachruf", "necrologie",
        "obituario", "necrologio", "in memoriam", "weekend", "week-end", "wochenende", "fin de semana",
        "fim de semana", "fine settimana",
        "photo essay", "in pictures", "fotostrecke", "bildergalerie", "diaporama", "portfolio", "reportage photo",
        "fotogaleria", "galeria", "fotogallery", "galleria fotografica",
        // Background pieces and explainers.
        "background", "hintergrund", "factbox", "fact check", "faktencheck", "il punto", "explicador", "explicativo",
        "claves", "las claves", "key points", "les cles",
        // Readers' letters: the page's section, not the publication.
        "letters", "letters to the editor", "letter to the editor", "courrier des lecteurs", "le courrier des lecteurs",
        "lettres", "leserbriefe", "leserbrief", "cartas al director", "cartas a la directora", "cartas de los lectores",
        "lettere al direttore", "lettere", "cartas do leitor", "cartas dos leitores", "cartas ao diretor", "cartas ao director",
    ]

    /// A broadcaster's regional news (`Regional news`, `Info régionale`, `TGR`), folded: the
    /// programme, not the publication (a kicker too).
    package static func isRegionalProgramme(_ folded: some StringProtocol) -> Bool {
        regionalProgrammes.contains(String(folded))
    }

    private static let regionalProgrammes: Set<String> = [
        "regional news", "local news", "info regionale", "infos regionales", "regionalnachrichten", "regionales",
        "informativo regional", "noticias regionales", "tgr", "telegiornale regionale", "informacao regional",
        "noticias regionais",
    ]

    /// A short line folded, without the arrows and bullets before it (and `›`, `»` after it) and a link's address
    /// after it (`→ Read more`, `View in browser <https://…>`, `Abmelden: https://…`); nil for
    /// a line longer than 48 characters that holds no address (furniture is short).
    private static func shortText(_ text: String) -> String? {
        let hasAddress = LineBytes.contains(text, bytes: "http")
        guard hasAddress || TextFolding.hasAtMost(text, 48) else { return nil }
        var folded = Substring(TextFolding.fold(text))
        // A first byte that is ASCII but `>`, `*`, `-` and a space opens a Character equal to none of the
        // marks (the others are not ASCII, and no other scalar is canonically equivalent to those four).
        if let lead = folded.utf8.first, lead >= 0x80 || lead == 0x3E || lead == 0x2A || lead == 0x2D || lead == 0x20 {
            folded = folded.drop { $0 == "→" || $0 == "»" || $0 == ">" || $0 == "•" || $0 == "·" || $0 == "*" || $0 == "-" || $0 == "–" || $0 == " " }
        }
        if hasAddress, let http = folded.firstRange(of: "http") {
            folded = folded[..<http.lowerBound]
            while let last = folded.last, last == " " || last == "<" || last == ":" || last == "(" { folded = folded.dropLast() }
        }
        return String(folded).trimmingSuffix { $0 == ":" || $0 == " " || $0 == "." || $0 == "…" || $0 == "›" || $0 == "»" }
    }

    /// `photos : giulia bianchi`, `foto di rui almeida`, `infografica di rui almeida`, `journaliste au service economie`
    /// (folded): a photographer's or a graphic's credit or a role line under a name, stating no field.
    private static func isCredit(_ folded: String) -> Bool {
        // Every photo word and role opens with one of these letters: other lines are not split.
        guard let lead = folded.utf8.first(where: { $0 != 0x20 }), "pfbijrckge".utf8.contains(lead) else { return false }
        let words = LineBytes.words(folded)
        guard let first = words.first else { return false }
        if photoWords.contains(String(first).trimmingSuffix { $0 == ":" }) {
            return words.count > 1 && (first.hasSuffix(":") || [":", "di", "de", "by", "von", "par", "por", "da"].contains(String(words[1])))
        }
        return roleOpenings.contains(String(first)) && words.count > 1
            && ["au", "aux", "de", "du", "im", "in", "at", "for", "del", "della", "da", "do", "der", "fur", "bei", "chez", "en", "a",
                "speciale", "special", "especial", "especiale"]
                .contains(String(words[1]))
    }

    /// `Brussels correspondent`, `Korrespondent in Brüssel`, `Bruxelles` (a town's word,
    /// `ClippingFacts.isTownWord`): what a correspondent's signature sets on the line under the
    /// writer's name at the foot (three words and 40 Characters at most). Pure.
    package static func isSignatureTail(_ text: String) -> Bool {
        guard TextFolding.hasAtMost(text, 40), !LayoutReader.endsLikeSentence(text) else { return false }
        if ClippingFacts.isTownWord(text) { return true }
        let folded = TextFolding.fold(text)
        return isPlacedRole(folded) || isCredit(folded) && roleOpenings.contains(String(LineBytes.words(folded)[0]))
    }

    private static let photoWords: Set<String> = [
        "photo", "photos", "foto", "fotos", "fotografia", "fotografie", "fotograf", "bild", "bilder", "image",
        "images", "illustration", "illustrations", "photographie", "photographies", "picture", "pictures",
        // A graphic's credit (`Infografica di A`, `Infographie : A`, `Grafik: A`).
        "infografica", "infografia", "infographie", "infographic", "infographics", "infografik", "grafik", "grafica",
        "graphic", "graphics", "graphique", "illustrazione", "illustrazioni", "ilustracion", "ilustracao", "grafico",
    ]

    private static let roleOpenings: Set<String> = [
        "journaliste", "journalist", "journalistin", "reporter", "reporterin", "correspondent", "correspondant",
        "correspondante", "korrespondent", "korrespondentin", "redakteur", "redakteurin", "redacteur", "redactrice",
        "periodista", "giornalista", "jornalista", "corresponsal", "corrispondente", "correspondente", "editor",
        "editora", "columnist", "chroniqueur", "chroniqueuse", "kolumnist", "kolumnistin", "reportera", "redactor",
        "redactora", "redattore", "redattrice", "redator", "redatora", "envoye", "envoyee", "enviado", "enviada", "inviato",
        "inviata",
    ]

    /// A link's text alone on its line (`View in browser <https://…>`, `→ Read more`): furniture
    /// a newsletter puts under its own name. Pure.
    package static func isLinkText(_ text: String) -> Bool {
        guard TextFolding.hasAtMost(text, 120), let bare = shortText(text) else { return false }
        return linkTexts.contains(bare) || appLinks.contains(bare)
    }

    /// `Home › World › Europe`, `Accueil > International`: three to six short parts (one to three
    /// words each), or two from the home page, joined by ` › `, ` » ` or ` > `.
    private static func isBreadcrumb(_ text: String) -> Bool {
        guard text.contains(where: { $0 == "›" || $0 == "»" || $0 == ">" }), !text.contains("<") else { return false }
        var parts = [Substring(text)]
        for separator in [" › ", " » ", " > "] { parts = parts.flatMap { $0.split(separator: separator) } }
        // Two parts only from the home page down (`Home › Europe`): a page title names its site so
        // (`Die Ablehnung der Gendersprache » SciLogs`).
        guard (3...6).contains(parts.count) || parts.count == 2 && homeWords.contains(TextFolding.fold(parts[0])) else { return false }
        return parts.allSatisfy { (1...3).contains(LineBytes.words($0).count) && !$0.contains { "›»>".contains($0) } }
    }

    private static let homeWords: Set<String> = [
        "home", "accueil", "startseite", "start", "inicio", "portada", "home page", "pagina inicial", "inicio",
    ]

    /// A portal's stamp under a title that ends with a reading time: `4 min read`, `Tue, March 3,
    /// 2026 at 9:12 AM GMT+1 · 4 min read`, `2 min de lectura` (its last part after ` · `: four
    /// words at most, opening with a number or a reading word).
    package static func endsWithReadingTime(_ text: String) -> Bool {
        // `4 min read`, `2 Min. Lesezeit` (German capitalises it).
        guard LineBytes.contains(text, bytes: "min") || LineBytes.contains(text, bytes: "Min"), let last = lastMiddleDotPart(text)
        else { return false }
        let part = TextFolding.fold(LineBytes.trimmed(last))
        // `4 min read`, `Lesedauer: 2 Min.`: a number or a reading word first, four words at most (no sentence).
        guard LineBytes.words(part).count <= 4, part.first?.isNumber == true || readingWords.contains(where: { part.hasPrefix($0) })
        else { return false }
        return isReadingTime(part)
    }

    /// `text.split(separator: "·").last`, without walking the Characters of a line that holds no
    /// `·` (U+00B7, or U+0387, canonically equivalent to it): the whole line then.
    private static func lastMiddleDotPart(_ text: String) -> Substring? {
        if !LineBytes.contains(text, bytes: "\u{B7}") && !LineBytes.contains(text, bytes: "\u{387}") { return text.isEmpty ? nil : text[...] }
        return text.split(separator: "·").last
    }

    /// `reading time: 3 min`, `lectura: 2 min`, `3 min read`, `4 minuten lesezeit` (folded).
    private static func isReadingTime(_ folded: String) -> Bool {
        guard TextFolding.hasAtMost(folded, 40), LineBytes.hasDigit(folded),
            // A year in it (`3 March 2026 · 4 min read`) makes it a date line, not furniture.
            LineBytes.contains(folded, bytes: "min"), !LineBytes.holdsYear(folded)
        else { return false }
        return readingWords.contains { LineBytes.contains(folded, bytes: $0) }
    }

    private static let readingWords = ["read", "lectura", "lesezeit", "lecture", "lettura", "leitura", "lesedauer"]

    /// A news app's link to itself (`Open in the app ›`, `Lire dans l'app`), alone on its line:
    /// under the publication's name on a shared article. Pure.
    package static func isAppLink(_ text: String) -> Bool {
        guard TextFolding.hasAtMost(text, 48), let bare = shortText(text) else { return false }
        return appLinks.contains(bare)
    }

    private static let appLinks: Set<String> = [
        "read in app", "open in app", "open in the app", "ouvrir dans l'application", "ouvrir dans l’application",
        "in der app offnen", "abrir en la app", "apri nell'app", "apri nell’app", "abrir na app", "abrir no app",
        "in der app lesen", "lire dans l'app", "lire dans l’app", "leer en la app", "leggi nell'app", "ler no app",
        "lire dans l'application", "lire dans l’application", "ler na app",
    ]

    /// A link's or a label's text alone on its line (folded).
    private static let linkTexts: Set<String> = [
        "advertisement", "advertising", "ad", "anzeige", "werbung", "publicite", "publicidad", "pubblicita",
        "publicidade", "sponsored", "sponsorise", "gesponsert", "patrocinado", "annuncio",
        "read more", "read the full article", "continue reading", "read the full story", "full story",
        "lire la suite", "lire l'article complet", "lire l’article complet", "weiterlesen", "mehr lesen",
        "zum artikel", "leer mas", "seguir leyendo", "leer el articulo completo", "continua a leggere",
        "leggi tutto", "leggi l'articolo completo", "ler mais", "continuar lendo", "ler o artigo completo",
        "view in browser", "view online", "voir dans le navigateur", "voir la version en ligne",
        "im browser ansehen", "im browser anzeigen", "ver en el navegador", "visualizza nel browser",
        "ver no navegador", "view this email in your browser", "voir ce courriel dans votre navigateur",
        "voir cet e-mail dans votre navigateur", "e-mail im browser ansehen", "ver este correo en el navegador",
        "visualizza questa email nel browser", "ver este e-mail no navegador", "unsubscribe", "se desinscrire", "se desabonner", "desinscription", "abmelden",
        "newsletter abbestellen", "darse de baja", "cancelar suscripcion", "annulla l'iscrizione",
        "cancella iscrizione", "disiscriviti", "cancelar inscricao", "descadastrar", "abbestellen", "cancelar subscricao",
        "upgrade to paid", "passer a l'abonnement payant", "auf kostenpflichtig upgraden", "pasar a pago", "passa a pagamento",
        "passar a pago",
        // A social or newsletter platform's buttons.
        "like", "comment", "comments", "restack", "reply", "subscribe", "follow", "j'aime", "commenter", "s'abonner",
        "gefallt mir", "kommentieren", "abonnieren", "me gusta", "comentar", "suscribirse", "mi piace", "commenta",
        "iscriviti", "curtir", "assinar", "seguir",
        // A whole page selected and copied: the skip link, the cookie banner's buttons, the account's links.
        "skip to main content", "skip to content", "aller au contenu principal", "aller au contenu",
        "zum inhalt springen", "zum hauptinhalt springen", "direkt zum inhalt", "saltar al contenido principal",
        "ir al contenido principal", "saltar al contenido", "vai al contenuto principale", "salta al contenuto",
        "saltar para o conteudo principal", "ir para o conteudo principal", "accept all", "accept", "reject all",
        "manage preferences", "cookie settings", "tout accepter", "tout refuser", "parametrer", "accepter",
        "alle akzeptieren", "akzeptieren", "alle ablehnen", "einstellungen", "aceptar todo", "aceptar",
        "rechazar todo", "configurar", "accetta tutto", "accetta", "rifiuta tutto", "gestisci preferenze",
        "aceitar tudo", "aceitar", "rejeitar tudo", "gerir preferencias", "sign in", "log in", "se connecter",
        "connexion", "anmelden", "einloggen", "iniciar sesion", "accedi", "entrar", "save", "sauvegarder",
        "merken", "guardar", "salva", "menu", "search", "rechercher", "suche", "buscar", "cerca", "pesquisar",
    ]

    /// `Listen to this article · 9 min`, `Écouter cet article`: a page's audio button.
    /// `Association X — Members' Newsletter No. 116`, `Lettre aux adhérents n° 81`: a newsletter's
    /// masthead with its issue's number (a newsletter's word, then an issue's word and one to five
    /// digits ending the line), no publication's name (`Le Figaro, no. 21692` is one: no such word).
    private static func isNewsletterIssue(_ text: String) -> Bool {
        let words = TextFolding.fold(text).split(separator: " ")
        guard words.count >= 3, let number = words.last, number.count <= 5, number.allSatisfy(\.isNumber) else { return false }
        // An issue's word as a press database's head writes it (`ClippingFacts.issueWords`), its period perhaps left out.
        let word = String(words[words.count - 2])
        return ClippingFacts.issueWords.contains(word) || ClippingFacts.issueWords.contains(word + ".")
    }

    /// `Members' bulletin`, `Bulletin des adhérents`, `Mitgliederbrief`, `Boletín de socios`, `Notiziario dei soci`:
    /// an association's bulletin for its members, by name (four words at most: a newsletter's word and a
    /// members' word, or a German compound of both).
    static func isMembersBulletin(_ text: String) -> Bool {
        // Asked of most first lines: a members' word among the bytes first (`member`, `adh`, `soci`, `mitglied`, …).
        guard text.utf8.count <= 160, LineBytes.contains(text, anyOf: memberNeedles), TextFolding.hasAtMost(text, 40) else { return false }
        let words = LineBytes.words(TextFolding.fold(text)).map { $0.filter { $0 != "'" && $0 != "’" } }
        guard (1...4).contains(words.count) else { return false }
        if words.count == 1, let word = words.first {
            return word.hasPrefix("mitglieder") && (word.hasSuffix("brief") || word.hasSuffix("zeitung") || word.hasSuffix("zeitschrift") || word.hasSuffix("info"))
        }
        return words.contains(where: { memberWords.contains($0) }) && LineBytes.contains(text, anyOf: newsletterWords)
    }
    /// A piece of every members' word (`memberWords`, folded or not), ASCII case ignored.
    private static let memberNeedles = NeedleSet(["member", "membre", "adh", "soci", "cios", "associ", "mitglied"], ignoringCase: true)

    private static let memberWords: Set<String> = [
        "members", "member", "membres", "adherents", "adherent", "socios", "soci", "associados", "socies", "associes", "mitglieder",
    ]

    /// `Newsletter edited by P`, `Lettre préparée par P`, `Redaktion des Rundbriefs: P`, `Notiziario a cura di P`: who
    /// edits the newsletter, not who wrote the article (80 characters at most, no sentence).
    private static func isNewsletterEditor(_ text: String) -> Bool {
        guard TextFolding.hasAtMost(text, 80), !LayoutReader.endsLikeSentence(text) else { return false }
        let folded = TextFolding.fold(text)
        return editorPhrases.contains { folded.firstRange(of: $0) != nil }
    }

    private static let editorPhrases = [
        " edited by ", " prepared by ", " compiled by ", " preparee par ", " redigee par ", " coordonnee par ",
        "redaktion des rundbriefs", "redaktion des newsletters", " herausgegeben von ", " coordinado por ", " editado por ",
        " a cura di ", " coordenado por ", " coordenada por ",
    ]

    private static let newsletterWords = NeedleSet(
        ["newsletter", "lettre", "rundbrief", "boletín", "boletin", "notiziario", "boletim", "bulletin", "infobrief"],
        ignoringCase: true)

    /// A player's play marks (`▶`, `►`, `⏵`).
    private static let playMarks: Set<Unicode.Scalar> = ["\u{25B6}", "\u{25BA}", "\u{23F5}"]

    /// `Le service Économie`, `Redazione Economia`, `Redacción de Economía`, `Editoria de Economia`, `Business desk`,
    /// `Wirtschaftsredaktion`: a newsroom's department credited for an unsigned piece, naming no one and no publication
    /// (a department's word and a section's, `isSectionWord`, or a German compound of a section's and `redaktion`).
    static func isDeskCredit(_ text: String) -> Bool {
        // 40 Characters are 160 bytes at most, and most lines this is asked of are longer than 60 bytes.
        guard text.utf8.count <= 160, text.utf8.count <= 60 || TextFolding.hasAtMost(text, 40), LineBytes.contains(text, anyOf: deskNeedles)
        else { return false }
        var words = LineBytes.words(TextFolding.fold(text)).map(String.init)
        if words.first == "le" || words.first == "la" || words.first == "il" || words.first == "el" || words.first == "a" || words.first == "o"
            || words.first == "the" || words.first == "die" || words.first == "das"
        {
            words.removeFirst()
        }
        if words.count == 1, let word = words.first, word.hasSuffix("redaktion"), word.count > 9 {
            // `Wirtschafts|redaktion`: the compound's linking `s` is no part of the section's word.
            let section = String(word.dropLast(9))
            return isSectionWord(section) || section.hasSuffix("s") && isSectionWord(String(section.dropLast()))
        }
        guard (2...4).contains(words.count) else { return false }
        if deskWords.contains(words[0]) {
            let rest = words.dropFirst().drop { ["de", "di", "du", "des", "da", "do", "della", "del"].contains($0) }
            return isSectionWord(rest.joined(separator: " "))
        }
        if let last = words.last, ["desk", "team", "section", "department"].contains(last) {
            return isSectionWord(words.dropLast().joined(separator: " "))
        }
        return false
    }

    /// A piece of every department's word (`deskWords`, `redaktion`, `desk`, `team`, …), asked first on the bytes.
    private static let deskNeedles = NeedleSet(
        ["service", "rubrique", "daktion", "daction", "dacci", "dazione", "dação", "dacao", "editoria", "ressort", "desk", "team",
         "section", "sezione", "departament", "secci", "seção", "secao"],
        ignoringCase: true)

    /// `Northern office`, `Paris bureau`, `Bureau de Lyon`, `Büro Hannover`, `Ufficio di Roma`, `Oficina de Madrid`: a
    /// newsroom's office named by its place or region, a copy sheet's or a mail's sender naming no publication (two to
    /// four words, an office's word first or last). With `office` last, the words before it name a place: a compass
    /// region (`Northern`, `East Midlands`) or town words (`ClippingFacts.isTownWord`: `Paris`, `Glasgow`), not an
    /// institution's (`Met Office`, `Home Office`, `Foreign Office`, `Cabinet Office`, `Patent Office`: senders of their own).
    static func isBureau(_ text: String) -> Bool {
        guard text.utf8.count <= 60 else { return false }
        let words = LineBytes.words(TextFolding.fold(text)).map(String.init)
        guard (2...4).contains(words.count), let first = words.first, let last = words.last else { return false }
        if ["bureau", "buro", "ufficio", "oficina", "escritorio", "delegacion", "delegazione", "delegacao"].contains(first) { return true }
        if ["bureau", "buro"].contains(last) { return true }
        guard last == "office" else { return false }
        let place = LineBytes.words(text).dropLast().map(String.init)
        return place.allSatisfy { word in
            let folded = TextFolding.fold(word)
            return compassWords.contains(folded) || !institutionWords.contains(folded) && ClippingFacts.isTownWord(word)
        }
    }

    /// A region's words before `office` (folded).
    private static let compassWords: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "midlands", "central", "regional",
        "city", "local", "county", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
        "south-east", "south-west",
    ]

    /// An institution's words before `office` (folded): `Home Office`, `Foreign Office`, `Cabinet Office`.
    private static let institutionWords: Set<String> = [
        "home", "foreign", "cabinet", "patent", "war", "colonial", "passport", "post", "press", "head", "land", "records",
        "public", "general", "crown", "scotland", "wales", "ireland", "india", "statistics", "weather", "audit", "meteorological",
    ]

    private static let deskWords: Set<String> = [
        "service", "rubrique", "redaction", "redazione", "redaccion", "redacao", "editoria", "ressort", "seccion", "sezione",
        "secao", "departamento", "desk",
    ]

    /// `MAR-01-1987 07:27  FROM:PRESSCUTTINGS LTD  ID:+33142000000  PAGE 1/2`, `02/03/1987 14:44  +33 1 42 00 00 00
    /// PRESSE-DOC SERVICE  P.001/002`: a fax machine's transmission header, fields parted by two spaces or more, the
    /// first a day and a time, the last the page and the pages sent (`PAGE 1/2`, `P.001/002`, `S.001/002`, `Seite 1/2`).
    static func isFaxHeader(_ text: String) -> Bool {
        // The page count's slash among the last bytes first: most lines end otherwise.
        guard text.utf8.suffix(8).contains(0x2F), LineBytes.contains(text, bytes: "  "), LineBytes.contains(text, 0x3A) else { return false }
        let fields = text.split(separator: "  ").map { LineBytes.trimmed($0) }.filter { !$0.isEmpty }
        guard fields.count >= 3, let first = fields.first, let last = fields.last, LineBytes.words(first).count == 2,
            let clock = LineBytes.words(first).last, clock.count == 5, clock.dropFirst(2).first == ":"
        else { return false }
        let folded = TextFolding.fold(last).filter { $0 != " " }
        guard let word = ["page", "seite", "pag.", "pag", "p.", "s."].first(where: { folded.hasPrefix($0) }) else { return false }
        let count = folded.dropFirst(word.count).split(separator: "/", omittingEmptySubsequences: false)
        return count.count == 2 && count.allSatisfy { (1...3).contains($0.count) && $0.allSatisfy(\.isNumber) }
    }

    /// `0:00 / 6:12`: an audio player's position and length.
    private static func isPlayerClock(_ text: String) -> Bool {
        let parts = text.split(separator: " / ")
        guard text.utf8.count <= 20, parts.count == 2 else { return false }
        return parts.allSatisfy { part in
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            return (2...3).contains(pieces.count) && pieces.allSatisfy { $0.count <= 2 && !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
        }
    }

    /// An audio version's narrator credit (folded, with its space).
    private static let narratorPhrases = LineOpenings(
        "narrated by ", "voiced by ", "read by ", "lu par ", "gelesen von ", "vorgelesen von ", "narrado por ", "letto da ",
        "narrato da ", "lido por "
    )

    private static let listenPhrases = [
        "listen to this article", "ecouter cet article", "artikel anhoren", "escuchar este articulo",
        "escuchar articulo", "ascolta l'articolo", "ascolta questo articolo", "ouvir este artigo", "ouvir artigo",
    ]

    /// A page's cookie notice (`We use cookies to …. By continuing you agree …`): a line of at
    /// most 160 characters naming cookies, eight words at least ending with a period, without a
    /// parenthesis (`ROME (DW.COM) - We use cookies …` is a dateline). A headline about cookies
    /// (`Google delays the end of third-party cookies`) ends without a period.
    private static func isCookieNotice(_ folded: String) -> Bool {
        LineBytes.contains(folded, bytes: "cookie") && folded.utf8.last == 0x2E && LineBytes.spaceSeparatedCount(folded) >= 8
    }

    /// The language of a publication or update line (`Veröffentlicht am 01/03/2026` → `de`), or of a desk's press review
    /// stamp (`Pressespiegel vom 05.03.2026 · …`), which also wrote its numeric date, or nil.
    package static func language(of line: String) -> String? {
        guard LineBytes.mayStart(line, withAnyOf: datedOpenings) else { return nil }
        let folded = TextFolding.fold(line.prefix(20))
        return datedPhrases.first { folded.hasPrefix($0.phrase) }?.language
    }

    /// The ASCII openings of `datedPhrases` (a line whose bytes differ there is none of them).
    private static let datedOpenings = LineOpenings(
        "publi", "mis ", "ver", "aktualisiert", "actualizado", "pubblicato", "aggiornato", "atualizado", "updated on",
        "stand", "press", "revue", "resumen", "revista", "rassegna"
    )

    private static let datedPhrases: [(phrase: String, language: String)] = [
        ("publie le", "fr"), ("mis a jour le", "fr"), ("mis en ligne le", "fr"), ("veroffentlicht am", "de"),
        ("aktualisiert am", "de"), ("publicado el", "es"), ("actualizado el", "es"), ("pubblicato il", "it"),
        ("aggiornato il", "it"), ("publicado em", "pt"), ("atualizado em", "pt"), ("published on", "en"),
        ("updated on", "en"), ("actualizado", "es"), ("aktualisiert", "de"), ("stand:", "de"), ("aggiornato", "it"),
        ("atualizado", "pt"), ("mis a jour", "fr"),
        // A desk's press review stamping the file (`Press review, 02/10/2019 · …`): the desk's own language.
        ("press review", "en"), ("revue de presse", "fr"), ("pressespiegel", "de"), ("presseschau", "de"),
        ("resumen de prensa", "es"), ("revista de prensa", "es"), ("rassegna stampa", "it"), ("revista de imprensa", "pt"),
    ]

    /// `Économie, jeudi 26 février 2026 361 mots, p. 12`, `Politique, 3 mars 2026`: a date on a
    /// line whose other words are a section name, a word count or a page reference; without a
    /// date, an edition line all the same when it has a word count and a page or section
    /// (`Économie, 361 mots, p. 12`).
    private static func edition(_ text: String, dates: DateRecognizer) -> Verdict? {
        // A section's name is ASCII or Latin letters: a comma in the first 40 bytes ends it.
        let opensWithSection = LineBytes.index(of: 0x2C, within: 40, in: text).map {
            sections.contains(TextFolding.fold(text[..<$0]))
        } ?? false
        let hasCount = LineBytes.contains(text, anyOf: countMarks)
        let hasPage = LineBytes.contains(text, anyOf: pageMarks)
        guard hasCount || hasPage || opensWithSection else { return nil }
        if let found = dates.firstDate(in: text) { return .edition(found.date) }
        return hasCount && (hasPage || opensWithSection) ? .edition(nil) : nil
    }

    /// A teleprinter's channel line (`REU492 3 GEN 0472 /REU-CM49`): three words or more of ten
    /// bytes at most, no lowercase letter, no clock time or date, three or more holding a digit,
    /// one mixing letters and digits.
    static func isChannelLine(_ text: String) -> Bool {
        // No lowercase letter and no colon, asked first: most lines are turned down on their bytes, unsplit.
        guard !text.utf8.contains(where: { $0 &- 0x61 < 26 || $0 == 0x3A }) else { return false }
        let words = text.split(separator: " ")
        // No clock time and no date (`BELGA-3150 26/02/1987 21:32` is a wire's header, read for its date and agency).
        guard words.count >= 3, words.allSatisfy({ $0.utf8.count <= 10 && $0.utf8.filter { $0 == 0x2F }.count < 2 }) else { return false }
        let digits = words.filter { $0.utf8.contains { $0 &- 0x30 < 10 } }
        return digits.count >= 3 && digits.contains { $0.utf8.contains { $0 &- 0x41 < 26 } }
    }

    /// An agency's keyword slug (`FRA-ECO-PORT-TRANSPORT`): one word of ASCII capitals and
    /// digits, in three or more parts joined by hyphens with four capitals at least, or in two
    /// with eight (`FOUR-SEASONS`).
    package static func isSlug(_ text: String) -> Bool {
        let bytes = text.utf8
        let hyphens = bytes.filter({ $0 == 0x2D }).count
        guard (5...60).contains(bytes.count), hyphens >= 1, bytes.first != 0x2D, bytes.last != 0x2D
        else { return false }
        // Letters in it: `2026-03-03` is a date, not a slug; with one hyphen, eight letters or more (`FOUR-SEASONS`).
        return bytes.allSatisfy { $0 == 0x2D || $0 &- 0x41 < 26 || $0 &- 0x30 < 10 }
            && bytes.filter({ $0 &- 0x41 < 26 }).count >= (hyphens >= 2 ? 4 : 8)
    }

    /// A web address alone on its line (`https://…`, `www.…`): in a header, where the text was
    /// copied from (`LayoutReader+Head`); at the end of a body it may be the article's own link,
    /// so `judge` leaves it alone.
    private static let addressOpenings = LineOpenings("http://", "https://", "www.")

    package static func isAddress(_ text: String) -> Bool {
        LineBytes.mayStart(text, withAnyOf: addressOpenings) && !text.utf8.contains(0x20)
            && text.utf8.first.map { $0 < 0x80 } == true
    }

    /// When a news app shows an article was read, not when it was published: `3h`, `5 min ago`,
    /// `il y a 2 heures`, `vor 3 Std.`, `hace 4 horas`, `yesterday`, `hier`, `gestern`. Pure.
    package static func isRelativeTime(_ text: some StringProtocol) -> Bool {
        relativeDayOffset(text) != nil
    }

    /// The days back from the time of reading that a relative time states: `today`, `3 hours
    /// ago`, `vor 20 Min.` 0, `yesterday`, `hier` -1, `il y a 2 jours` -2 (24 hours or more
    /// count whole days); nil when the text is none. Pure.
    package static func relativeDayOffset(_ text: some StringProtocol) -> Int? {
        guard TextFolding.hasAtMost(text, 30) else { return nil }
        var words = LineBytes.words(TextFolding.fold(text)).map(String.init)
        let joined = words.joined(separator: " ")
        if todayWords.contains(joined) { return 0 }
        if yesterdayWords.contains(joined) { return -1 }
        // `il y a 2 heures`, `vor 3 Std.`, `hace 4 horas`, `há 2 horas` (folded `ha`).
        if words.starts(with: ["il", "y", "a"]) {
            words.removeFirst(3)
        } else if let first = words.first, ["vor", "hace", "ha"].contains(first) {
            words.removeFirst()
        }
        if words.last == "ago" || words.last == "fa" || words.last == "atras" { words.removeLast() }
        guard let number = words.first else { return nil }
        let digits = number.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let count = Int(digits) else { return nil }
        let unit = (number.dropFirst(digits.count).isEmpty ? words.dropFirst().joined(separator: " ") : String(number.dropFirst(digits.count)))
            .trimmingSuffix { $0 == "." }
        guard relativeUnits.contains(unit) else { return nil }
        if dayUnits.contains(unit) { return -count }
        return hourUnits.contains(unit) ? -(count / 24) : 0
    }

    /// A time of day alone, beside a date in a header (`05:54`, `14:32 Uhr`, `10h22`, `9.30 am`,
    /// `05:54 GMT`, `10:22 CET`): when on the day, never the day. Pure.
    package static func isClockTime(_ text: some StringProtocol) -> Bool {
        guard TextFolding.hasAtMost(text, 24) else { return false }
        var words = LineBytes.words(TextFolding.fold(text))
        // `à 10h22`, `um 10.42 Uhr`, `at 8:10 a.m. ET`, `alle 10:42`, `às 10:42`.
        if let first = words.first, ["a", "um", "at", "alle", "as", "ore", "h"].contains(String(first)) { words.removeFirst() }
        guard let clock = words.first, words.count <= 3 else { return false }
        var parts = clock.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "h" || $0 == "." })
        // `09:11:42.067`: milliseconds after the seconds.
        if parts.count == 4, parts[3].count == 3, parts[3].allSatisfy(\.isNumber) { parts.removeLast() }
        guard (2...3).contains(parts.count), let hour = Int(parts[0]), hour < 24, parts[0].count <= 2,
            parts.dropFirst().allSatisfy({ $0.count == 2 && Int($0).map { $0 < 60 } == true })
        else { return false }
        return words.dropFirst().allSatisfy { clockWords.contains(String($0)) }
    }

    private static let clockWords: Set<String> = [
        "uhr", "h", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "cet", "cest", "met", "mez", "mesz", "bst", "et",
        "est", "edt", "pt", "pst", "pdt", "hs", "hrs", "horas", "ore", "heures", "hora",
    ]

    /// `yesterday` in the six languages (`today`'s are `todayWords`).
    private static let yesterdayWords: Set<String> = ["yesterday", "hier", "gestern", "ayer", "ieri", "ontem"]
    static let todayWords: Set<String> = ["today", "aujourd'hui", "heute", "hoy", "oggi", "hoje"]
    private static let dayUnits: Set<String> = ["d", "day", "days", "jour", "jours", "tag", "tagen", "dia", "dias", "giorno", "giorni"]
    private static let hourUnits: Set<String> = ["h", "hr", "hrs", "hour", "hours", "heure", "heures", "std", "stunde", "stunden",
                                                 "hora", "horas", "ora", "ore"]

    private static let relativeUnits: Set<String> = [
        "h", "hr", "hrs", "hour", "hours", "m", "min", "mins", "minute", "minutes", "d", "day", "days", "heure",
        "heures", "jour", "jours", "std", "stunde", "stunden", "tag", "tagen", "hora", "horas", "dia", "dias", "ora",
        "ore", "giorno", "giorni", "minuto", "minuti", "minutos",
    ]

    /// When the copy was taken, not the article published (`Retrieved on 24/07/1988 by ACME`,
    /// `Consulté le …`, `Abgerufen am …`, `Printed on …`, `Document 1 of 3`, `Nr. 159`): a
    /// phrase of six languages opening the line, a digit in it.
    private static func isRetrievalNote(_ text: String) -> Bool {
        guard LineBytes.mayOpen(text, letters: "radpcthigsndbe"), mayOpenRetrievalNote(text), TextFolding.hasAtMost(text, 100)
        else { return false }
        let folded = TextFolding.fold(text.prefix(32))
        // An opening's first Character is an ASCII letter, which only that byte equals: the
        // first bytes are compared before the Characters.
        let lead = folded.utf8.first
        if retrievalOpenings.contains(where: { $0.utf8.first == lead && folded.hasPrefix($0) }) { return true }
        // `Document 1 of 3`, `Dokument 1 von 3`; `Nr. 159`, `N° 12`, `No. 45` alone.
        let words = LineBytes.words(folded)
        if words.count == 4, documentWords.contains(String(words[0])), counterWords.contains(String(words[2])),
            words[1].allSatisfy(\.isNumber), words[3].allSatisfy(\.isNumber)
        {
            return true
        }
        return words.count == 2 && numberWords.contains(String(words[0]))
            && words[1].allSatisfy(\.isNumber)
    }

    /// A retrieval's or a digest's counter (`Document 1 of 3`, `Item 4 of 14`, `Beitrag 4 von 14`).
    private static let documentWords = [
        "document", "dokument", "documento", "item", "article", "artikel", "beitrag", "noticia", "articolo", "result",
        "resultat", "ergebnis", "resultado", "risultato", "treffer",
    ]
    /// The word between a counter's two numbers (`of`, `sur`, `von`, …).
    private static let counterWords = ["of", "sur", "von", "aus", "de", "di", "do", "da"]

    /// The item's number when `text` is a digest's or a retrieval's counter (`Item 4 of 14`,
    /// `Article 11 sur 17`, `Noticia 4 de 14`: one of `documentWords`, the number, `of` or its
    /// translation, a number not below it), nil otherwise.
    static func counterNumber(_ text: String) -> Int? {
        guard text.utf8.count <= 40, LineBytes.hasDigit(text) else { return nil }
        let words = LineBytes.words(TextFolding.fold(text))
        guard words.count == 4, documentWords.contains(String(words[0])), counterWords.contains(String(words[2])),
            let number = Int(words[1]), let count = Int(words[3]), number >= 1, number <= count
        else { return nil }
        return number
    }
    private static let numberWords = ["nr.", "n°", "no.", "n.", "n.º", "nº"]

    /// False when the line opens with two ASCII letters or more whose lowercase opens none of
    /// the forms, compared as far as both run: the folded line opens with those letters lowered
    /// (each ASCII letter is a Character's first scalar and folds to its lowercase; each but the
    /// last is followed by the next letter, a Character of its own), so a form other there is no
    /// prefix of it. True otherwise ("ask").
    private static func mayOpenRetrievalNote(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var letters = 0
            while letters < min(bytes.count, 24), ASCII.isLetter(bytes[letters]) { letters += 1 }
            guard letters >= 2 else { return true }
            return retrievalForms.contains { form in
                for index in 0..<min(letters, form.count) where ASCII.lowercased(bytes[index]) != form[index] { return false }
                return true
            }
        } ?? true
    }

    /// The UTF-8 of every form `isRetrievalNote` accepts at the start of a folded line.
    private static let retrievalForms: [[UInt8]] = (retrievalOpenings + documentWords + numberWords).map { Array($0.utf8) }

    /// The phrases that open a retrieval note, each with the space that must follow it (made
    /// once, not per line).
    private static let retrievalOpenings = [
        "retrieved on", "retrieved", "accessed on", "accessed", "downloaded on", "printed on", "consulte le", "consulte",
        "telecharge le", "imprime le", "abgerufen am", "abgerufen", "heruntergeladen am", "gedruckt am", "consultado el",
        "consultado em", "consultado", "descargado el", "impreso el", "consultato il", "consultato", "scaricato il",
        "stampato il", "acedido em", "acessado em", "descarregado em", "impresso em",
    ].map { $0 + " " }

    /// `523 words`, `1,204 mots`, `Length: 523 words`, `WC 523 words`.
    private static func isWordCount(_ folded: String) -> Bool {
        // A last Character read on the bytes as one ASCII scalar must be a unit's last letter
        // (`s`, `d`, `r`, `n`, `e`): most lines are turned down without eight `hasSuffix` walks.
        if let last = LineBytes.lastLoneASCII(folded), !(last == 0x73 || last == 0x64 || last == 0x72 || last == 0x6E || last == 0x65) {
            return false
        }
        guard units.contains(where: { folded.hasSuffix($0) }) else { return false }
        var words = LineBytes.words(folded).map(String.init)
        if let first = words.first, countLabels.contains(first.trimmingSuffix { $0 == ":" }) { words.removeFirst() }
        if words.first == ":" { words.removeFirst() }
        guard words.count == 2, units.contains(words[1]) else { return false }
        return !words[0].isEmpty && words[0].allSatisfy { $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }
            && words[0].first!.isNumber
    }

    /// `page 1/2`, `page 3 of 5`, `seite 2 von 4`, `p. 12`.
    private static func isPageCounter(_ folded: String) -> Bool {
        guard ["page ", "seite ", "pagina ", "p. ", "s. "].contains(where: { LineBytes.hasPrefix(folded, $0) }) else { return false }
        let words = LineBytes.words(folded)
        guard let first = words.first, ["page", "seite", "pagina", "p.", "s."].contains(String(first)),
            (2...4).contains(words.count)
        else { return false }
        return words.dropFirst().allSatisfy { word in
            word.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "/") } || ["of", "sur", "von", "de", "di"].contains(String(word))
        } && words[1].first?.isNumber == true
    }

    /// `Document LBA0000020260216` (Factiva), `news·20260216·LM·123456` (Europresse).
    private static func isDocumentNumber(_ text: String, _ folded: String) -> Bool {
        if folded.hasPrefix("document ") {
            let number = folded.dropFirst(9)
            return !LineBytes.holdsCharacter(number, 0x20) && number.count >= 10 && number.contains(where: \.isNumber)
        }
        let dot: Character = "·"
        return !LineBytes.holdsCharacter(text, 0x20) && text.contains(dot) && text.filter(\.isNumber).count >= 8
    }

    /// Whether the line is two or more of `alone`'s words joined by ` · ` or ` | ` (`Condividi ·
    /// Facebook · X · E-mail`), one of them a share button's, opening with a button's word.
    /// Whether a folded word is a page's furniture alone (`Drucken`, `Teilen`, `Feedback`, a section's name): a button's
    /// or a link's word, no name's.
    static func isFurnitureWord(_ word: String) -> Bool {
        alone.contains(word) || shareButtons.contains(word) || uiWords.contains(word)
    }

    private static let uiWords: Set<String> = [
        "feedback", "send", "senden", "envoyer", "enviar", "invia", "comments", "kommentare", "commentaires", "comentarios",
        "commenti", "subscribe", "abonnieren", "login", "menu", "home", "back", "zuruck", "retour", "volver",
        "indietro", "voltar", "next", "weiter", "suivant", "siguiente", "avanti", "proximo", "visit", "website", "read",
        "more", "view", "open", "download", "click", "here", "continue",
    ]

    private static func isButtonRow(_ text: String) -> Bool {
        // The row opens with a share button's word: other lines are turned down on their first bytes.
        guard LineBytes.mayStart(text, withAnyOf: buttonOpenings),
            LineBytes.contains(text, bytes: " · ") || LineBytes.contains(text, bytes: " | ")
        else { return false }
        let parts = TextFolding.fold(text).split { $0 == "·" || $0 == "|" }.map { LineBytes.trimmed($0) }
        return parts.count >= 2 && parts.allSatisfy { alone.contains($0) } && parts.contains { shareButtons.contains($0) }
    }

    /// The ASCII openings of `shareButtons` and of `alone`'s other words a row may open with.
    private static let buttonOpenings = LineOpenings(
        "share", "partager", "teilen", "compartir", "condividi", "partilhar", "compartilhar", "facebook", "twitter", "linkedin",
        "whatsapp", "x ", "bluesky", "telegram", "reddit", "e-mail", "email", "mail", "print", "imprimer", "drucken", "imprimir",
        "stampa", "copy link"
    )

    private static let shareButtons: Set<String> = [
        "share", "partager", "teilen", "compartir", "condividi", "partilhar", "compartilhar", "facebook", "twitter", "linkedin",
        "whatsapp", "x", "bluesky", "telegram", "reddit",
    ]

    /// Whole lines (folded, a trailing colon dropped) that state nothing.
    private static let alone: Set<String> = sections.union([
        // The language of the text, as a database states it.
        "english", "french", "german", "spanish", "italian", "portuguese", "francais", "anglais", "allemand",
        "espagnol", "italien", "portugais", "deutsch", "englisch", "franzosisch", "spanisch", "italienisch",
        "espanol", "ingles", "frances", "aleman", "italiano", "portugues", "inglese", "francese", "tedesco",
        "spagnolo", "portoghese",
        // Nexis and Factiva furniture.
        "body", "end of document", "full text", "texte integral", "volltext", "texto completo", "testo completo",
        "testo integrale", "texto integral",
        // An issue tracker's heading over a ticket's description.
        "description", "descricao", "descripcion", "beschreibung", "descrizione",
        // Share buttons and their neighbours on a web page.
        "share", "share this article", "partager", "partager cet article", "teilen", "artikel teilen", "compartir",
        "condividi", "partilhar", "compartilhar", "facebook", "twitter", "linkedin", "whatsapp", "e-mail", "email",
        "print", "imprimer", "drucken", "imprimir", "stampa", "copy link", "copier le lien", "link kopieren",
        "x", "bluesky", "threads", "telegram", "reddit", "pinterest", "mastodon", "messenger", "xing", "copiar enlace",
        "copia link", "copiar link", "mail",
        // A phone's mail signature under a shared article.
        "sent from my iphone", "sent from my ipad", "envoye de mon iphone", "von meinem iphone gesendet",
        "enviado desde mi iphone", "inviato da iphone", "enviado do meu iphone",
    ])

    /// Whether `word` (folded) names a section (`economy`, `world`, `sport`): no person's name holds one.
    package static func isSectionWord(_ word: some StringProtocol) -> Bool {
        sections.contains(String(word))
    }

    /// Section names a database, a press review or a web page sets above an article.
    private static let sections: Set<String> = [
        // A live blog's badge after the publication's name (`El País – DIRECTO`).
        "live", "en direct", "directo", "en directo", "diretta", "in diretta", "direto", "ao vivo", "liveblog", "liveticker",
        "politics", "politique", "politik", "politica", "economy", "economics", "business", "economie",
        "wirtschaft", "economia", "world", "monde", "international", "internacional", "internazionale",
        "internationale", "ausland", "foreign", "etranger", "welt", "sport", "sports", "deportes", "esporte", "esportes", "culture",
        "kultur", "cultura", "society", "societe", "gesellschaft", "sociedad", "societa", "sociedade",
        "science", "sciences", "wissenschaft", "ciencia", "scienza", "tech", "technology", "technologie",
        "tecnologia", "opinion", "opinions", "meinung", "opinione", "opiniao", "finance", "finances", "finanzen",
        "finanzas", "finanza", "financas", "health", "sante", "gesundheit", "salud", "salute", "saude", "markets",
        "marches", "markte", "mercados", "mercati", "environment", "environnement", "umwelt", "medio ambiente",
        "ambiente", "climate", "climat", "klima", "clima", "media", "medias", "medien", "medios", "actualite",
        "actualites", "nachrichten", "noticias", "notizie", "breaking news", "national", "nation", "inland",
        "regions", "region", "local", "lokales", "cronaca", "esteri", "courts", "justice", "justiz", "gericht",
        "tribunales", "tribunaux", "giustizia", "giudiziaria", "justica", "tribunais", "football", "soccer", "fussball",
        "futbol", "calcio", "futebol", "economie et entreprises", "entreprises",
        "unternehmen", "empresas", "aziende", "feuilleton", "panorama", "dossier", "analyse", "analysis",
        "interview", "editorial", "edito", "leitartikel", "kommentar", "commentaire", "commentary",
        "trade", "commerce", "handel", "comercio", "commercio", "industry", "industrie", "industria", "energy", "energie",
        "energia", "agriculture", "landwirtschaft", "agricultura", "agricoltura", "transport", "verkehr", "transporte",
        "trasporti", "education", "bildung", "educacion", "istruzione", "educacao", "travel", "reise", "reisen", "viajes",
        "viaggi", "viagens", "voyage", "lifestyle", "auto", "motor", "immobilier", "immobilien", "vivienda",
        // Regions of a world desk's pages (not `Asia` nor `America`: given names too).
        "europe", "europa", "afrique", "afrika", "asie", "asien", "amerique", "ameriques", "amerika", "middle east",
        "moyen-orient", "nahost", "oriente medio", "medio oriente", "medio oriente e africa", "regiones", "regionales",
        "regioes", "territorio",
        // Pages of their own: readers' letters and fact checks.
        "letters to the editor", "letters", "courrier des lecteurs", "leserbriefe", "cartas al director",
        "cartas de los lectores", "lettere al direttore", "cartas ao diretor", "cartas dos leitores", "fact check",
        "fact-check", "fact checking", "fact-checking", "verification", "faktencheck", "verificacion",
        "verificacao", "verificacao de factos", "verificacao de fatos",
    ]

    /// Labels whose value is no field of the article (`Section: BUSINESS; Pg. 3`).
    private static let labels: Set<String> = [
        "section", "sections", "rubrique", "ressort", "rubrik", "seccion", "sezione", "seccao", "secao", "rubrica",
        "load-date", "load date", "language", "langue", "sprache", "idioma", "lingua", "length", "longueur",
        "lange", "longitud", "lunghezza", "comprimento", "word count", "publication-type", "publication type",
        "document type", "type", "graphic", "notes", "classification", "subject codes", "geographic",
        "industry", "organization", "person", "ticker", "document", "documento",
        "nombre de mots", "wortanzahl", "numero de palabras", "numero di parole", "pg", "page", "pages", "seite",
        "pagina", "url", "link", "lien", "keywords", "tags", "mots-cles", "schlagworter", "stichworter",
        "topics", "sujets", "themes", "themen", "temas", "argomenti", "topicos", "assuntos",
        "palabras clave", "parole chiave", "palavras-chave", "category", "categories", "categorie", "kategorie",
        "kategorien", "categoria", "id", "document id", "reference", "ref", "country", "pays", "land", "pais",
        "paese", "region",
        // A monitoring service's own figures about the clipping.
        "audience", "reach", "reichweite", "circulation", "auflage", "tirage", "tiratura", "tirada", "difusion",
        "tone", "tonalite", "tonalitat", "tonalidad", "tonalita", "tom", "sentiment", "ave", "media value",
        // A broadcast's programme (its channel is the source, its topic the title).
        "programme", "program", "programa", "programma", "sendung", "emission", "emision", "trasmissione",
        // A raw e-mail's transport headers.
        "return-path", "received", "delivered-to", "message-id", "mime-version", "content-type",
        "content-transfer-encoding", "dkim-signature", "authentication-results", "list-unsubscribe", "list-id",
        "user-agent", "in-reply-to", "references", "thread-topic", "thread-index", "precedence",
    ]

    private static let countLabels: Set<String> = [
        "length", "longueur", "lange", "longitud", "lunghezza", "comprimento", "wc", "word count",
        "nombre de mots", "wortanzahl",
    ]

    /// (Their last letters are `isWordCount`'s byte gate.)
    private static let units: Set<String> = ["words", "word", "mots", "worter", "wortern", "palabras", "parole", "palavras"]

    /// A word count inside a line, as written (lower case, as databases print it).
    private static let countMarks = NeedleSet(
        [" words", " mots", " Wörter", " palabras", " parole", " palavras", " WORDS"], ignoringCase: false)

    private static let pageMarks = NeedleSet(
        [" p. ", " pg. ", " Pg. ", " S. ", " page ", " Page ", " Seite ", " pag. "], ignoringCase: false)

    /// Bytes every `bannerPhrases` line holds one of, as written in lower or upper case.
    private static let bannerMarks = NeedleSet(
        ["ress", "RESS", "rens", "RENS", "tampa", "TAMPA", "lipping", "LIPPING", "beobachtung", "BEOBACHTUNG", "igest", "IGEST",
         "spiegel", "SPIEGEL"], ignoringCase: false)

    /// The ASCII openings of `updatePrefixes`.
    private static let updateOpenings = LineOpenings(
        "updated", "last updated", "mis ", "modifi", "derni", "aktualisiert", "zuletzt", "ge", "actualizado", "ultim",
        "aggiornato", "atualizado", "load-date", "stand"
    )

    /// `Updated …` and its translations, when a date follows: the date of a later version.
    private static let updatePrefixes = [
        "updated", "last updated", "mis a jour", "modifie le", "derniere mise a jour", "aktualisiert",
        "zuletzt aktualisiert", "geandert am", "actualizado", "ultima actualizacion", "aggiornato",
        "ultimo aggiornamento", "atualizado", "ultima atualizacao", "load-date", "stand:", "stand ",
        "ultima modifica", "modificato il", "modifie le", "ultima modificacion", "modificado el", "geandert",
    ]

    /// Banners of a press review (a desk's own header line).
    private static let bannerPhrases = [
        "revue de presse", "press review", "press clipping", "pressespiegel", "presseschau", "rassegna stampa",
        "revista de prensa", "resumen de prensa", "revista de imprensa", "clipping de imprensa", "clipping",
        "pressebeobachtung", "recorte de prensa", "coupure de presse", "ritaglio stampa", "recorte de imprensa",
        "press cutting", "zeitungsausschnitt", "medienbeobachtung", "media digest", "press digest", "news digest",
        "medienspiegel", "dossier de presse", "dosier de prensa", "dossier de prensa", "dosier diario de prensa",
    ]
}

extension String {
    /// The string without the characters at its end that `drop` accepts.
    fileprivate func trimmingSuffix(while drop: (Character) -> Bool) -> String {
        var text = Substring(self)
        while let last = text.last, drop(last) { text = text.dropLast() }
        return String(text)
    }
}
