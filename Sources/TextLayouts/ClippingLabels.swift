import TextToolkit

/// The field a labelled clipping line names (`Titre : …`, `Betreff: …`, `Sent: …`).
package enum ClippingField: Equatable {
    case title, author, date, source, site
    /// A credit that names authors only when its value is a line of names (`Text: Jane Doe`,
    /// `Firma: Ana López`): `Text:` may also label the article's text.
    case credit
    /// A mail's sender (`From:`, `De :`, `Von:`): a person's name is the author, a
    /// publication's (`"Reuters" <newsletter@…>`) the source.
    case sender
    /// When a mail was sent (`Sent:`, `Envoyé :`, `Gesendet:`): a date, worth less than one the
    /// article states.
    case sent
    /// The feed a feed reader's item came from (`Feed: Reuters – Economía`): a publication's
    /// name, an aggregator's or a site's address (`FeedNames`).
    case feed
    /// A header that is no article field (`To:`, `Cc:`, `An:`): consumed, never body.
    case ignored
}

/// Recognises labelled header lines and forwarded-message banners, in en, fr, de, es, it, pt.
///
/// Contract: `parse` accepts `Label: value` or `Label : value` (also `Label<TAB>value`, a report's
/// row, and a `- ` or `* ` bullet before a notes vault's property: a labelled line whose value is
/// a `[[…]]` page link, unwrapped, or whose label is `Full Title`, `Published Date`…) where the label (one to three
/// words, compared folded: case and accents ignored) is in the table below, or is two such
/// labels of one field around a slash (`Titolo / Titel:`, a bilingual desk's form; one half may
/// be a single word the table lacks); it returns the
/// field and the trimmed value (a known label with no value, `BYLINE:`, is `.ignored`), or nil. A line whose label is
/// unknown, or longer than three words, is nil (so prose with a colon is never a label).
/// `isBanner` accepts forwarded-message separators (`---------- Forwarded message ---------`,
/// `-----Original Message-----`, `Begin forwarded message:`, `-------- Message transféré
/// --------`, …): a line of dashes or underscores around a few words. Pure; never fails.
package enum ClippingLabels {
    private static let table: [String: ClippingField] = {
        var table: [String: ClippingField] = [:]
        let groups: [(ClippingField, [String])] = [
            (.title, ["title", "headline", "subject", "titre", "objet", "titel", "uberschrift", "betreff",
                      "titulo", "asunto", "titolo", "oggetto", "assunto", "article title", "story title", "full title",
                      "heading", "titre de l'article", "titre de l’article", "schlagzeile", "titular",
                      "manchete", "titolo dell'articolo", "titolo articolo", "titulo del articulo", "titulo da materia",
                      "topic", "thema", "sujet", "tema", "argomento", "beitrag", "hed", "head",
                      // A memo's subject line (`RE:` only when it quotes an article: `QuotedSubjects`).
                      "betrifft", "concerne",
                      // Catalan, beside Spanish on a bilingual desk's form.
                      "titol"]),
            (.sender, ["from", "de", "von", "da", "mittente", "remitente", "remetente", "absender", "expediteur"]),
            (.author, ["author", "authors", "author(s)", "by", "byline", "bylines", "written by",
                       "reporter", "reporters", "writer", "writers", "correspondent", "auteur", "auteurs",
                       "auteur(s)", "autrice", "par", "autor", "autoren", "autor(en)", "autorin",
                       "autores", "autor(es)", "por", "autore", "autori", "autrice", "journaliste",
                       "redacteur", "verfasser", "verfasst von", "escrito por", "scritto da", "journalist", "journalistin",
                       "article author",
                       "periodista", "giornalista", "jornalista", "redakteur", "redakteurin", "reporterin",
                       "journalists", "journalistes", "journalisten", "periodistas", "giornalisti", "jornalistas",
                       // Written gender-inclusively (`Autor*innen`, `Auteur·rices`, `Autores/as`).
                       "autor*in", "autor*innen", "autor:in", "autor:innen", "autor_in", "autor_innen", "autorinnen",
                       "auteur·rice", "auteur·rices", "auteur.rice", "auteur.rices", "auteur-rice", "auteur-rices",
                       "auteur·e", "auteur·es", "autor/a", "autores/as", "autor(a)", "autores(as)", "autora", "autoras",
                       "autore/autrice", "autori/autrici"]),
            (.credit, ["text", "texte", "texto", "testo", "signature", "signe", "firma", "assinatura",
                       "reportage", "interview", "words",
                       // Words and pictures by one hand (`Texto y fotos: A`).
                       "words and pictures", "words & pictures", "text and photos", "text and pictures", "texte et photos",
                       "text und fotos", "text und bilder", "texto y fotos", "testo e foto", "texto e fotos",
                       // A television report's reporters (`Report: A · camera: C · editing: E`).
                       "report", "bericht", "reportagem", "reportaje", "informacion", "reporting"]),
            (.date, ["date", "dated", "published", "published on", "publication date", "date published",
                     "pub date", "posted", "posted on", "issue date", "release date", "date de publication",
                     "date de parution", "parution", "paru le", "publie le", "mis en ligne le", "datum",
                     "veroffentlicht", "veroffentlicht am", "erschienen am",
                     "erscheinungsdatum", "erscheinungstag", "veroffentlichungsdatum", "publikationsdatum", "fecha",
                     "fecha de publicacion", "publicado el", "publicado", "publicado em", "data",
                     "data di pubblicazione", "data de publicacao", "pubblicato il", "pubblicato", "data di uscita",
                     "broadcast", "aired", "air date", "date de diffusion", "diffusion", "diffuse le",
                     "ausstrahlung", "sendedatum", "sendetermin", "emision", "emissao", "trasmissione",
                     "data di trasmissione", "transmissao", "messa in onda", "data di messa in onda", "run date",
                     "print date", "date de parution print", "published online", "first published", "publie en ligne",
                     "online veroffentlicht", "publicado en linea", "pubblicato online", "publicado online", "erschienen",
                     "publie", "published date", "month/year", "publication day",
                     // A box's first publication (a later change is not the article's day).
                     "first publication", "premiere parution", "premiere publication", "erstveroffentlichung",
                     "erstmals veroffentlicht", "primera publicacion", "prima pubblicazione", "primeira publicacao",
                     // A cutting service's slip: the edition's day.
                     "fecha de edicion", "data de edicao", "data uscita", "edition date", "date d'edition"]),
            (.sent, ["sent", "envoye", "gesendet", "enviado", "enviado el", "inviato", "enviada", "envoye le", "filed",
                     "filed at", "filed on"]),
            (.source, ["source", "sources", "agency", "news agency", "agence", "agence de presse", "quelle",
                       "agentur", "nachrichtenagentur", "fuente", "agencia", "fonte", "agenzia", "credit",
                       "wire", "origine", "provenance", "herkunft", "procedencia", "provenienza", "channel", "station",
                       "broadcaster", "sender", "chaine", "chaine de television", "cadena", "emisora",
                       "emittente", "rete"]),
            (.site, ["site", "publication", "publisher", "newspaper", "paper", "medium", "media", "journal",
                     "zeitung", "publie dans", "periodico", "diario", "giornale", "testata", "jornal",
                     "veiculo", "website", "outlet", "media outlet", "publication name", "support",
                     "titre de presse", "cabecera", "organe", "magazine", "revue", "blatt", "medio", "publicacion",
                     "rivista", "quotidiano", "revista", "editeur", "verlag", "editore", "mitja", "publicacao",
                     "publikation", "pubblicazione", "journal title", "journaltitle", "periodical", "source title",
                     "publication title", "publication info", "publication information", "meio", "site name", "orgao",
                     "orgao de imprensa"]),
            // `Canal:` names a feed in a Spanish or Portuguese reader, and a TV channel (kept as the publication).
            (.feed, ["feed", "flux", "flux rss", "rss feed", "newsfeed", "fil rss", "canal"]),
            (.ignored, ["to", "cc", "bcc", "reply-to", "a", "an", "para", "destinataire", "destinataires",
                        "kopie", "attachments", "pieces jointes", "anhang", "importance", "wichtigkeit",
                        // A newsroom system's export (`SLUG:`, `DEK:`, `WORDS:`): no field of the article's.
                        "slug", "dek", "deck", "kicker", "word count", "wordcount", "budget line",
                        // An archive's filing moment and the colleague who filed it (`Classé :   13/9/17 / C. Ortiz`).
                        "classe", "abgelegt", "archiviert", "archivado", "archiviato", "arquivado", "filed away", "archived",
                        // A signage template's other fields.
                        "teaser", "qr code",
                        // When a note app captured the copy.
                        "captured", "capture", "erfasst", "capturado", "acquisito", "capture le",
                        // Who took the pictures, filmed, drew or edited (not the article's authors).
                        "photographs", "photographies", "photos", "fotos", "fotografias", "fotografie", "pictures",
                        "bilder", "camera", "kamera", "graphics", "grafik", "grafiken", "infographie", "infografia",
                        // A television report's crew: pictures, camera, editing.
                        "images", "camara", "riprese", "imagem", "montage", "schnitt", "montaggio", "editing",
                        "edicion", "edicao",
                        // A feature's credits block at its foot: photographs, graphics, editing.
                        "photography", "foto", "fotografia", "graficos", "grafica", "edition", "redaktion",
                        "cura redazionale",
                        // The client a clipping service's digest is made for.
                        "client", "kunde", "cliente", "mandant",
                        // A cutting service's slip: the paper's circulation, the cutting's size, when it was supplied.
                        "circulation", "auflage", "diffusione", "difusion", "tiragem", "tirage", "tirada", "size",
                        "surface", "flache", "superficie", "area", "supplied", "delivered", "livre le", "geliefert",
                        "entregado", "consegnato", "entregue",
                        // A print page's number.
                        "page", "pages", "seite", "seiten", "pagina", "paginas", "pagine",
                        // Meeting notes' attendees.
                        "attendees", "participants", "present", "teilnehmende", "teilnehmer", "anwesend", "presents",
                        "presentes", "presenti", "partecipanti", "participantes", "asistentes",
                        // A reference manager's or a library's record: when it was looked up, added, changed,
                        // printed, and for whom (no date or author of the article's).
                        "accessed", "date accessed", "retrieved", "consulte le", "heruntergeladen am", "abgerufen am",
                        "zugriff am", "fecha de acceso", "consultato", "consultado", "consultado em", "acedido",
                        "acessado em", "date added", "date d'ajout", "date d’ajout", "hinzugefugt am", "fecha de adicion",
                        "aggiunto il", "data de adicao", "modified", "last modified", "modifie le", "geandert am",
                        "modificado", "modificato il", "printed", "patron", "item type", "type de document",
                        "last changed", "zuletzt geandert", "derniere modification", "ultima modificacion", "ultima modifica",
                        "ultima alteracao", "license", "licence", "lizenz", "licencia", "licenza", "licenca",
                        "eintragsart", "tipo de elemento", "tipo di elemento", "tipo de item",
                        // Its abstract, section and address: no field either.
                        "abstract", "resume", "zusammenfassung", "resumen", "riassunto", "resumo", "section", "rubrique",
                        "rubrik", "ressort", "seccion", "sezione", "seccao", "secao", "url", "link", "lien",
                        // A newspaper database's record rows (ProQuest-like).
                        "first page", "publication year", "source type", "document type", "database",
                        "document url", "proquest document id", "document id", "copyright", "place of publication",
                        "country of publication", "publication subject", "issn", "coden", "language of publication",
                        // A news post's transport lines, and its poster (`MailHeaders.relabelled`).
                        "newsgroups", "path", "poster", "lines",
                        // A raw e-mail's transport and client headers, written on one line by an Exchange server
                        // (`Received: from EXMBX1… with Microsoft SMTP Server`, Outlook's `Thread-Topic:` repeating
                        // the subject): they state nothing of the article, and one is never its title.
                        "received", "return-path", "delivered-to", "message-id", "mime-version", "thread-topic",
                        "thread-index", "accept-language", "content-language", "x-ms-has-attach", "x-ms-tnef-correlator",
                        "x-originating-ip", "x-mailer",
                        // A coverage database's or a ticket's own fields: who added the record and when, the
                        // tone it was given. (`Erstellt:` heads some sites' articles with their date: it was
                        // not read as one before either; it now leaves the body.)
                        "added by", "ajoute par", "hinzugefugt von", "anadido por", "aggiunto da", "adicionado por",
                        "created", "cree le", "erstellt", "creado", "creato", "criado", "tone", "tonalite", "tonalitat",
                        "tono", "sentiment"]),
        ]
        for (field, labels) in groups {
            for label in labels { table[label] = field }
        }
        for label in standfirstLabels { table[label] = .ignored }
        return table
    }()

    /// A content system's standfirst field (`Intro:`, `Chapo:`, `Vorspann:`, folded): the lede, no
    /// field of the article's; `EchoedTitles` takes no title from its value either.
    package static let standfirstLabels: Set<String> = [
        "intro", "chapo", "chapeau", "standfirst", "vorspann", "entradilla", "sommario", "lede", "bajada", "lead", "teaser",
    ]

    /// The field a label names (`Headline`, `Datum`, `Influencer`: one to three words, compared
    /// folded), or nil.
    package static func field(named label: some StringProtocol) -> ClippingField? {
        table[TextFolding.fold(LineBytes.trimmed(String(label)))]
    }

    /// The field of a label of one to three words, or of a bilingual label whose two halves
    /// (`Titolo / Titel`, `Data / Datum`) both name the same field, or one names it and the other
    /// is one word the table lacks; nil otherwise.
    private static func field(ofLabel label: String) -> ClippingField? {
        if LineBytes.words(label).count <= 3, let field = table[TextFolding.fold(label)] { return field }
        // Two halves need a `/` Character, which holds the byte 0x2F (no other scalar is
        // canonically equivalent to it): a label without the byte is not cut.
        guard LineBytes.contains(label, 0x2F) else { return nil }
        let halves = label.split(separator: "/", omittingEmptySubsequences: false)
        guard halves.count == 2 else { return nil }
        let fields = halves.map { half -> ClippingField? in
            let half = LineBytes.trimmed(half)
            return LineBytes.words(half).count <= 3 ? table[TextFolding.fold(half)] : nil
        }
        // One half may be a language the table lacks (`Medio / Mitjà`), if it is one word.
        switch (fields[0], fields[1]) {
        case let (first?, second?): return first == second ? first : nil
        case let (first?, nil): return LineBytes.words(halves[1]).count == 1 ? first : nil
        case let (nil, second?): return LineBytes.words(halves[0]).count == 1 ? second : nil
        case (nil, nil): return nil
        }
    }

    package static func parse(_ line: String) -> (field: ClippingField, value: String)? {
        if LineBytes.contains(line, 0x09), let row = tabbed(line) { return row }
        // `- Author: [[A]]`, `- Published Date: …`: a notes vault's property list (not a bullet of
        // the text: its value is a page link, or its label one only such a list uses).
        if let first = line.utf8.first, first == 0x2D || first == 0x2A, line.utf8.dropFirst().first == 0x20 {
            let rest = String(line.dropFirst(2))
            if let item = colonLabelled(rest), !item.value.isEmpty,
                item.value.hasPrefix("[[") || propertyLabels.contains(TextFolding.fold(rest.prefix { $0 != ":" }))
            {
                return (item.field, withoutWikiLink(item.value))
            }
        }
        return colonLabelled(line) ?? dotLeadered(line)
    }

    /// `Blatt ......... Le Figaro`, `Titular ...... …`: a cutting service's slip, its label padded
    /// with a leader of two dots or more (within the first 40 bytes, a space before it) up to
    /// the value; the label as `parse` reads one before a colon. Nil otherwise, or when the value
    /// is empty.
    private static func dotLeadered(_ line: String) -> (field: ClippingField, value: String)? {
        guard let dot = LineBytes.index(of: 0x2E, within: 40, in: line), dot > line.startIndex else { return nil }
        let utf8 = line.utf8
        guard utf8[utf8.index(before: dot)] == 0x20, utf8.index(after: dot) < utf8.endIndex,
            utf8[utf8.index(after: dot)] == 0x2E
        else { return nil }
        let label = LineBytes.trimmed(line[..<dot])
        let value = LineBytes.trimmed(line[dot...].drop { $0 == "." || $0 == " " })
        guard !label.isEmpty, !value.isEmpty, let field = field(ofLabel: label) else { return nil }
        return (field, value)
    }

    /// A slip's or a form's word for an unsigned piece in an author's field (`unsigned`, `non
    /// signé`, `sin firma`, `ohne Verfasserangabe`), or a dash alone (`—`): no name. Compared folded.
    package static func isUnsigned(_ value: String) -> Bool {
        guard TextFolding.hasAtMost(value, 30) else { return false }
        let trimmed = LineBytes.trimmed(value)
        // `Auteur(s) : —`: a sheet's dash for a field left empty.
        if !trimmed.isEmpty, trimmed.allSatisfy({ "—–-".contains($0) }) { return true }
        return unsignedWords.contains(TextFolding.fold(trimmed))
    }

    private static let unsignedWords: Set<String> = [
        "unsigned", "not signed", "no byline", "non signe", "non signee", "sans signature", "non signe(e)", "sin firma",
        "sin firmar", "non firmato", "senza firma", "sem assinatura", "nao assinado", "ohne verfasserangabe",
        "ohne verfasser", "ohne autorenangabe", "ohne autor", "nicht gezeichnet", "ungezeichnet",
    ]

    /// `Label: value` or `Label : value` (`parse`'s main form).
    private static func colonLabelled(_ line: String) -> (field: ClippingField, value: String)? {
        guard LineBytes.contains(line, 0x3A), LineBytes.mayHoldCharacter(0x3A, within: 33, of: line), !cannotBeLabelled(line),
            let colon = line.prefix(33).firstIndex(of: ":")
        else { return nil }
        let label = LineBytes.trimmed(line[..<colon])
        guard !label.isEmpty, let field = field(ofLabel: label) else { return nil }
        let value = LineBytes.trimmed(line[line.index(after: colon)...])
        // `Lines: 14`, a news post's count of lines: a header only with its number (`Lines: on the closing of the pit`
        // is a poem's title).
        if field == .ignored, !isLineCount(label: label, value: value) { return nil }
        // A known label left empty (`BYLINE:`) states nothing, and is no line of the text either.
        return (value.isEmpty ? .ignored : field, value)
    }

    /// `Label<TAB>value`, a report's or a sheet's row (`Autor<TAB>Cal Mankowski`, `Data<TAB>26 de
    /// fevereiro de 1987`): the label as `parse` reads one before a colon; nil when the value is
    /// empty or the label unknown.
    private static func tabbed(_ line: String) -> (field: ClippingField, value: String)? {
        guard LineBytes.mayHoldCharacter(0x09, within: 33, of: line), let tab = line.prefix(33).firstIndex(of: "\t") else { return nil }
        let label = LineBytes.trimmed(line[..<tab])
        let value = LineBytes.trimmed(line[line.index(after: tab)...])
        guard !label.isEmpty, !value.isEmpty, !LineBytes.contains(label, 0x3A), let field = field(ofLabel: label) else { return nil }
        return (field, value)
    }

    /// Whether a label is no news post's `Lines:` or, when it is, its value is the count (digits), no year (`Lines:
    /// 1916` is a poem's title).
    private static func isLineCount(label: String, value: String) -> Bool {
        guard label.utf8.count == 5, TextFolding.fold(label) == "lines" else { return true }
        guard value.utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }) else { return false }
        return !(value.utf8.count == 4 && (1500...2100).contains(Int(value) ?? 0))
    }

    /// Labels a notes vault's property list uses (folded).
    private static let propertyLabels: Set<String> = ["full title", "published date", "date published", "publication date"]

    /// `[[Jane Doe]]` (a notes vault's link to a page) as `Jane Doe`; any other value as it is.
    private static func withoutWikiLink(_ value: String) -> String {
        guard value.hasPrefix("[["), value.hasSuffix("]]"), value.utf8.count > 4 else { return value }
        return LineBytes.trimmed(value.dropFirst(2).dropLast(2))
    }

    /// True only when `parse` is sure to return nil, read from the bytes (prose with a colon after
    /// 33 characters or more than three words: `Paragraphe de suivi numéro 3 : …`). Answers
    /// only when every scalar up to the one after the first `:` is below U+0300 or in
    /// U+2010–U+2027 (dashes, quotes such as the apostrophe `’`, bullets, `…`: no White_Space,
    /// no mark, none joins a Character; `TextPieces.isWholeCharacter`), each a Character of its
    /// own, the colon too, and none is CR (CR LF is one Character): then Characters are
    /// scalars, the colon is the first `:` Character, and the label's words are the runs of
    /// bytes between 0x20 bytes once whitespace (0x09-0x0D, 0x20, U+0085, U+00A0: every
    /// White_Space scalar below U+0300; none in U+2010–U+2027) is trimmed off both ends, as
    /// `parse` splits them; a label opening with an ASCII byte that is no letter (`(Source :`)
    /// is in no table either. Otherwise false (ask `parse`).
    static func cannotBeLabelled(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            guard let colon = bytes.firstIndex(of: 0x3A), colon + 1 < bytes.count else { return false }
            var index = 0
            while index <= colon + 1 {
                if bytes[index] == 0x0D { return false }
                if bytes[index] < 0xCC {
                    index += 1
                    continue
                }
                // E2 80 90…A7: U+2010…U+2027 (a sequence may run past `colon + 1`: valid UTF-8).
                guard bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                    (0x90...0xA7).contains(bytes[index + 2])
                else { return false }
                index += 3
            }
            var characters = 0
            for index in 0..<colon where bytes[index] & 0xC0 != 0x80 { characters += 1 }
            if characters >= 33 { return true }
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte &- 0x09 < 5 }
            func isWideSpace(_ lead: UInt8, _ next: UInt8) -> Bool { lead == 0xC2 && (next == 0x85 || next == 0xA0) }
            var start = 0
            var end = colon
            while start < end {
                if isSpace(bytes[start]) {
                    start += 1
                } else if start + 1 < end, isWideSpace(bytes[start], bytes[start + 1]) {
                    start += 2
                } else {
                    break
                }
            }
            while end > start {
                if isSpace(bytes[end - 1]) {
                    end -= 1
                } else if end - 2 >= start, isWideSpace(bytes[end - 2], bytes[end - 1]) {
                    end -= 2
                } else {
                    break
                }
            }
            // Every label in the table opens with an ASCII letter; a Character opening with
            // another ASCII scalar folds to one that does not.
            if start < end, bytes[start] < 0x80, !ASCII.isLetter(bytes[start]) { return true }
            var words = 0
            var inWord = false
            var slashes = 0
            for index in start..<end {
                if bytes[index] == 0x2F { slashes += 1 }
                if bytes[index] == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                }
            }
            // A bilingual label (`Titolo / Titel`): up to three words on each side of the slash.
            return slashes == 1 ? words > 7 : words > 3
        }
    }

    private static let bannerOpenings = LineOpenings("begin forwarded", "debut du", "anfang der")

    package static func isBanner(_ line: String) -> Bool {
        // One of the three phrases, or a separator opening with one of the marks.
        guard LineBytes.mayOpen(line, letters: "", marks: "-_=*")
            || LineBytes.mayStart(line, withAnyOf: bannerOpenings)
        else { return false }
        // A line of more than 38 scalars outside U+0300…U+036F folds to more than 38 (each
        // folds to one or more, only those marks to none): none of the phrases, whatever its
        // length (a 10 MiB line was folded whole).
        if hasAtMostUnmarkedScalars(line, 38),
            ["begin forwarded message:", "debut du message reexpedie :", "anfang der weitergeleiteten nachricht:"]
                .contains(TextFolding.fold(line))
        {
            return true
        }
        guard let inner = innerOfMarks(line), LineBytes.hasAtMostWords(inner, 5) else { return false }
        let words = LineBytes.words(inner)
        return (1...5).contains(words.count) && words.allSatisfy { $0.allSatisfy { $0.isLetter || $0 == "'" || $0 == "’" } }
    }

    /// What stands between a line's opening and closing runs of marks (`-`, `_`, `=`, `*`, two or more each, and
    /// something between them), or nil. Read on the bytes when the byte after the opening run and the byte before
    /// the closing run are ASCII (each mark byte is then a Character of its own: no ASCII scalar extends one, nor
    /// is one Prepend), so a 10 MiB rule is walked once, not three times by Characters (1.1 s); otherwise by
    /// `innerOfMarksByCharacters`. Pure.
    static func innerOfMarks(_ line: String) -> Substring? {
        func isMark(_ byte: UInt8) -> Bool { byte == 0x2D || byte == 0x5F || byte == 0x3D || byte == 0x2A }
        let read: (lead: Int, trail: Int)?? = line.utf8.withContiguousStorageIfAvailable { bytes -> (lead: Int, trail: Int)? in
            var lead = 0
            while lead < bytes.count, isMark(bytes[lead]) { lead += 1 }
            // A line of marks alone: no Characters between the runs.
            if lead == bytes.count { return (lead, 0) }
            var trail = 0
            while isMark(bytes[bytes.count - 1 - trail]) { trail += 1 }
            // Fewer than two mark bytes make fewer than two mark Characters (each is one byte alone).
            if lead < 2 || trail < 2 { return (lead, trail) }
            guard bytes[lead] < 0x80, bytes[bytes.count - 1 - trail] < 0x80 else { return nil }
            return (lead, trail)
        }
        guard let read, let runs = read else { return innerOfMarksByCharacters(line) }
        let (lead, trail) = runs
        let utf8 = line.utf8
        guard lead >= 2, trail >= 2, lead < utf8.count else { return nil }
        return line[utf8.index(utf8.startIndex, offsetBy: lead)..<utf8.index(utf8.endIndex, offsetBy: -trail)]
    }

    /// `innerOfMarks` read on the Characters (its first reading, kept for the lines whose bytes cannot tell).
    static func innerOfMarksByCharacters(_ line: String) -> Substring? {
        let marks = line.prefix { $0 == "-" || $0 == "_" || $0 == "=" || $0 == "*" }
        let trailing = line.reversed().prefix { $0 == "-" || $0 == "_" || $0 == "=" || $0 == "*" }
        guard marks.count >= 2, trailing.count >= 2, line.count > marks.count + trailing.count else { return nil }
        return line.dropFirst(marks.count).dropLast(trailing.count)
    }

    /// Whether `line` holds at most `limit` scalars outside U+0300…U+036F (the marks `TextFolding`
    /// drops), counted on its UTF-8: lead bytes, less those of such a mark (0xCC, or 0xCD
    /// before a continuation byte below 0xB0). Stops once past `limit`.
    private static func hasAtMostUnmarkedScalars(_ line: String, _ limit: Int) -> Bool {
        let utf8 = line.utf8
        guard utf8.count > limit else { return true }
        var count = 0
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte & 0xC0 != 0x80 {
                count += 1
            } else if previous == 0xCC || previous == 0xCD && byte < 0xB0 {
                count -= 1  // the mark's lead byte was counted
            }
            if count > limit + 1 { return false }
            previous = byte
        }
        return count <= limit
    }

    /// The language a labelled line or byline is written in, as far as it tells (`Datum:` → `de`,
    /// `Date :` with the French space → `fr`, `Par X` → `fr`), or nil (`Date:`). The desk
    /// that wrote the labels also wrote the dates beside them: `03/02/2026` under `Fecha:` is
    /// day-first even in an English article.
    package static func language(of line: String) -> String? {
        // A byline opens with one of `bylinePrefixes`; a label needs a colon.
        let mayBeByline = LineBytes.mayStart(line, withAnyOf: bylineOpenings)
        guard mayBeByline || LineBytes.contains(line, 0x3A) else { return nil }
        if mayBeByline {
            let lowered = TextFolding.fold(line.prefix(12))
            for (prefix, language) in bylinePrefixes where lowered.hasPrefix(prefix) { return language }
        }
        guard parse(line) != nil, let colon = line.prefix(33).firstIndex(of: ":") else { return nil }
        let label = TextFolding.fold(LineBytes.trimmed(line[..<colon]))
        if let language = labelLanguages[label] { return language }
        guard ["date", "source", "sources", "publication", "site", "journal", "media"].contains(label) else { return nil }
        return line[..<colon].last == " " ? "fr" : nil  // `Date:` is English or French
    }

    private static let bylineOpenings = LineOpenings("by ", "par ", "von ", "por ", "di ")
    private static let bylinePrefixes = [("by ", "en"), ("par ", "fr"), ("von ", "de"), ("por ", "es"), ("di ", "it")]

    private static let labelLanguages: [String: String] = {
        var table: [String: String] = [:]
        let groups: [(String, [String])] = [
            ("en", ["title", "headline", "subject", "author", "authors", "by", "from", "sent", "published", "to",
                    "byline", "outlet", "publication date", "journalist", "channel", "broadcast", "posted",
                    "date published", "published on", "writer", "reporter"]),
            ("fr", ["titre", "objet", "auteur", "par", "envoye", "publie le", "agence", "destinataire",
                    "date de parution", "titre de l'article", "titre de l’article", "journaliste", "signature",
                    "chaine", "date de diffusion", "diffusion", "date de publication", "auteurs", "paru le"]),
            ("de", ["titel", "betreff", "uberschrift", "autor", "von", "datum", "gesendet", "quelle", "an",
                    "erscheinungsdatum", "schlagzeile", "journalistin", "sender", "ausstrahlung", "sendedatum",
                    "autorin", "autoren", "veroffentlicht", "veroffentlicht am", "erschienen am"]),
            ("es", ["titulo", "asunto", "fecha", "fuente", "enviado", "por", "para", "fecha de publicacion",
                    "titular", "periodista", "emision", "emisora", "cadena", "publicado el"]),
            ("it", ["titolo", "oggetto", "autore", "data", "inviato", "fonte", "da", "data di pubblicazione",
                    "titolo articolo", "testata", "giornalista", "messa in onda", "emittente", "pubblicato il",
                    "pubblicato", "autori"]),
            ("pt", ["data de publicacao", "publicado em", "veiculo", "manchete", "jornalista", "assinatura",
                    "emissao", "assunto", "transmissao"]),
        ]
        for (language, labels) in groups {
            for label in labels { table[label] = language }
        }
        return table
    }()

    /// A subject without the `Fwd:` / `TR:` / `WG:` / `RE:` prefixes mailers add.
    /// Also without a mail gateway's tag before or among them (`[EXTERNAL] FW: …`, `RV:
    /// [EXTERNO] …`).
    /// Whether the line's label is a mail's subject (`Subject:`, `Objet :`, `Betreff:`, `Asunto:`,
    /// `Oggetto:`, `Assunto:`), not a clipping's `Title:`.
    static func isMailSubject(_ line: String) -> Bool {
        guard let colon = line.prefix(12).firstIndex(of: ":") else { return false }
        return ["subject", "objet", "betreff", "asunto", "oggetto", "assunto"].contains(TextFolding.fold(LineBytes.trimmed(line[..<colon])))
    }

    package static func subject(_ value: String) -> String {
        String(withoutPrefixes(value).rest)
    }

    /// Whether the subject carries a forward's prefix (`FW:`, `Fwd:`, `TR:`, `WG:`, `RV:`, `I:`, `ENC:`).
    package static func isForward(_ value: String) -> Bool {
        withoutPrefixes(value).forwarded
    }

    /// The length in characters of an alert's prefix opening `text` (`BREAKING:`, `EILMELDUNG:`,
    /// `ALERTE INFO –`, `ÚLTIMA HORA:`, `ULTIM'ORA:`; not a colleague's `URGENT:`) with text after it; nil otherwise.
    private static func alertPrefix(_ text: Substring) -> Int? {
        let head = TextFolding.fold(text.prefix(20))
        for prefix in alertPrefixes where head.hasPrefix(prefix) {
            let rest = head.dropFirst(prefix.count)
            let separator = rest.prefix { $0 == " " || $0 == ":" || $0 == "–" || $0 == "—" || $0 == "-" }
            // A colon, or a dash after a space (`ALERTE INFO – …`; not `Breaking-news desk`).
            guard separator.contains(":") || separator.first == " " && separator.contains(where: { $0 != " " }),
                text.count > prefix.count + separator.count
            else { continue }
            return prefix.count + separator.count
        }
        return nil
    }

    /// Folded words opening an alert's subject, before a colon or a dash.
    private static let alertPrefixes = [
        "breaking news", "breaking", "news alert", "eilmeldung", "alerte info", "ultima hora", "ultim'ora",
    ]

    private static func withoutPrefixes(_ value: String) -> (rest: Substring, forwarded: Bool) {
        var text = Substring(value)
        var forwarded = false
        let prefixes = ["fwd:", "fw:", "tr:", "wg:", "re:", "rv:", "i:", "enc:", "aw:"]
        while true {
            // `TR : …`: a French mailer's space before the colon.
            let head = TextFolding.fold(text.prefix(5)).replacing(" :", with: ":")
            if let prefix = prefixes.first(where: { head.hasPrefix($0) }) {
                if !["re:", "aw:"].contains(prefix) { forwarded = true }
                let spaced = TextFolding.fold(text.prefix(prefix.count)) != prefix
                text = text.dropFirst(prefix.count + (spaced ? 1 : 0)).drop { $0 == " " }
            } else if let alert = alertPrefix(text) {
                // `BREAKING: Title`, `ALERTE INFO – Title`: a publication's alert, the title after its prefix.
                text = text.dropFirst(alert).drop { $0 == " " }
            } else if text.first == "[", let close = text.firstIndex(of: "]"),
                gatewayTags.contains(TextFolding.fold(text[text.index(after: text.startIndex)..<close]))
            {
                text = text[text.index(after: close)...].drop { $0 == " " }
            } else {
                return (text, forwarded)
            }
        }
    }

    /// A mail gateway's tags on mail from outside (folded, without brackets).
    private static let gatewayTags: Set<String> = [
        "external", "extern", "externe", "externo", "esterno", "externa", "ext", "external email", "external sender",
        "mail externe", "externe e-mail", "correo externo", "email esterna", "e-mail externo", "caution", "warning", "spam",
        "suspicious", "suspect",
    ]
}
