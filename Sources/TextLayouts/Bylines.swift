import DateReading
import TextToolkit

/// Recognises author lines and splits them into names.
///
/// Contract: `parse` accepts a line starting with `Par`, `By`, `Written by`, `Von`, `Por` or `Di`
/// (or an interviewer's `Propos recueillis par`, `Interview:`, `Entrevista:`, or a writing hand
/// `✍️`) followed by one or more names, optionally followed by a date (`Par X, le 16 février 2026`).
/// Names are split on `,`, `;`, `&`, ` et `, ` and `, ` und `, ` y `, ` e `; a comma part that
/// starts in lower case is a role (`, correspondant à Dakar`) and is dropped; parentheses are
/// dropped. `names` does the same for a bare line (the author line of the trailer layout). Both
/// return nil unless every remaining part looks like a person's or desk's name (1–6 words, capitals,
/// no digits, no colon), so prose such as `By 2030, Rwanda aims…` is never taken for a byline.
package enum Bylines {
    /// What `LineBytes.mayStartTrimmed` looks for before `prefixes` are compared.
    private static let openings = LineOpenings(
        "written by ", "par ", "by ", "von ", "por ", "di ", "propos recueillis par ", "interview", "entrevista: ",
        "intervista: ", "reviewed by ", "review by ", "rezensiert von ", "rezension von ", "critique ", "reseña ",
        "recensione di ", "recensito da ", "crítica de ", "resenha ", "servizio di ", "post", "publi", "pubblicato da ",
        "geschrieben von ", "ver", "testo ", "liveblog ", "directo ", "diretta ", "direto ", "das gespr", "das interv", "entrevista ",
        "intervista ", "entretien "
    )
    private static let prefixes = [
        "written by ", "par ", "by ", "von ", "por ", "di ",
        // An interviewer's credit, and a writing hand set before the name (`✍️ Jane Doe`).
        "propos recueillis par ", "interview: ", "interview : ", "entrevista: ", "intervista: ",
        // An interviewer's credit in words (`Das Gespräch führte A`, `Interview by A`, `Intervista raccolta da A`).
        "interview by ", "interviewed by ", "interview conducted by ", "interview réalisée par ", "entretien réalisé par ", "das gespräch führte ",
        "das interview führte ", "das gespräch führten ", "das interview führten ", "entrevista realizada por ", "entrevista conduzida por ",
        "entrevista feita por ", "intervista raccolta da ", "intervista a cura di ",
        "✍️ ", "✍ ", "🖊️ ", "🖊 ", "✏️ ", "✏ ",
        // A critic's credit on a review.
        "reviewed by ", "review by ", "rezensiert von ", "rezension von ", "critique de ", "critique par ",
        "reseña de ", "reseña por ", "recensione di ", "recensito da ", "crítica de ", "resenha de ", "resenha por ",
        // A television report's reporter (`Servizio di Jane Doe`); words and pictures by one hand (`Testo e foto di A`).
        "servizio di ", "testo e foto di ", "testo di ",
        // A live blog's credit (`Liveblog betreut von A`, `Directo a cargo de A`; `A cura di P` alone is an editor's).
        "liveblog betreut von ", "directo a cargo de ", "diretta a cura di ", "direto acompanhado por ",
    ] + postPrefixes
    /// An interviewer's credit in words, folded (`Das Gespräch führte A.` may end with a period).
    private static let interviewCredits = [
        "das gesprach fuhrte ", "das interview fuhrte ", "das gesprach fuhrten ", "das interview fuhrten ", "interview by ", "interviewed by ", "interview conducted by ", "propos recueillis par ",
        "interview realisee par ", "entretien realise par ", "entrevista realizada por ", "entrevista conduzida por ",
        "entrevista feita por ", "intervista raccolta da ", "intervista a cura di ",
    ]
    /// A blog's post line without its day (`Posté par Jane Doe`; with the day: `PostedLines`).
    private static let postPrefixes = [
        "posted by ", "posté par ", "publié par ", "publicado por ", "pubblicato da ", "geschrieben von ", "veröffentlicht von ",
    ]
    private static let postStops = [" in ", " dans ", " im ", " en ", " em ", " nel ", " nella ", " | "]
    private static let conjunctions = [" et ", " and ", " und ", " y ", " e ", " & ", ";"]
    private static let particles: Set<String> = [
        "de", "du", "des", "la", "le", "van", "von", "der", "den", "da", "das", "do", "dos",
        "di", "del", "bin", "ben", "el", "al", "ibn", "ould", "mc", "st",
    ]

    package static func parse(_ line: String, dates: DateRecognizer) -> (authors: [String], date: CalendarDate?)? {
        read(line, dates: dates, keepsAgencies: true).map { ($0.authors, $0.date) }
    }

    /// A byline as `parse` reads it, and with `keepsAgencies: false` a wire agency among the
    /// names or in parentheses (`Par A (AFP)`, `Von A, dpa`) is returned as `agency` instead of
    /// a name.
    package static func read(_ line: String, dates: DateRecognizer, keepsAgencies: Bool)
        -> (authors: [String], date: CalendarDate?, agency: String?)?
    {
        var rest: Substring
        if LineBytes.mayStartTrimmed(line, withAnyOf: correspondentOpenings), let named = afterCorrespondent(line) {
            rest = named
        } else if LineBytes.mayStartTrimmed(line, withAnyOf: openings), let named = afterPrefix(line) {
            rest = named
        } else if let named = afterGenre(line) {
            rest = named
        } else {
            return nil
        }
        // An interviewer's credit closed like a sentence (`Das Gespräch führte Hélène Roux.`): the period after the last
        // name is no part of it (a wrapped sentence's last line, `von Modetrends.`, stays no byline).
        if rest.hasSuffix("."), rest.dropLast().last?.isLowercase == true,
            case let opening = TextFolding.fold(line.prefix(28)), interviewCredits.contains(where: { opening.hasPrefix($0) })
        {
            rest = rest.dropLast()
        }
        // `By Our Foreign Staff`, `Par la rédaction`, `Von unserer Redaktion`: the paper's staff, no writer nor agency.
        if isStaffCredit(rest) { return ([], nil, nil) }
        var date: CalendarDate?
        if let found = dates.firstDate(in: String(rest)) {
            let restString = String(rest)
            date = found.date
            rest = Substring(stripTrailingDateWords(restString[..<found.range.lowerBound]))
        }
        guard let split = split(String(rest), separatingAgencies: !keepsAgencies) else { return nil }
        return (split.names, date, split.agency)
    }

    /// Whether a byline's names credit the paper's staff (`Our Foreign Staff`, `la rédaction`, `Redazione`, `Staff`): its
    /// folded opening is one of `staffCredits`, a credit that ends in a letter ending a word there (`Stafford Lyle` is a
    /// writer).
    private static func isStaffCredit(_ names: Substring) -> Bool {
        let folded = TextFolding.fold(names.prefix(24))
        return staffCredits.contains { credit in
            guard folded.hasPrefix(credit) else { return false }
            guard credit.utf8.last != 0x20, let next = folded.dropFirst(credit.count).first else { return true }
            return !next.isLetter
        }
    }

    /// How a byline credits the paper's staff rather than writers (folded): `Our Foreign Staff`, `la rédaction`, the
    /// newsroom's noun alone (`di Redazione`).
    private static let staffCredits = [
        "our ", "unserer ", "unserem ", "unseren ", "notre ", "nos ", "la redaction", "la redaccion", "la redazione", "a redacao",
        "the editors", "staff", "nuestra redaccion", "nuestro ", "nuestra ", "nostra ", "nostro ", "nossa ", "nosso ",
        "redazione", "redaccion", "redacao", "redaction", "redaktion", "newsroom",
    ]

    /// The text after one of `prefixes` (`By `, `Propos recueillis par `, `Posted by `: a post
    /// line's names end at its category, `Posted by Jane Doe in Business`), or nil: then the line
    /// may still name its genre first (`Intervista di Jane Doe`, `afterGenre`).
    private static func afterPrefix(_ line: String) -> Substring? {
        let text = LineBytes.trimmed(line)
        guard TextFolding.hasAtMost(text, 160) else { return nil }
        let lowered = text.lowercased()
        guard let prefix = prefixes.first(where: { lowered.hasPrefix($0) }) else { return nil }
        var rest = Substring(text.dropFirst(prefix.count))
        if postPrefixes.contains(prefix) {
            let after = lowered.dropFirst(prefix.count)
            if let stop = postStops.compactMap({ after.firstRange(of: $0)?.lowerBound }).min() {
                rest = rest.prefix(after.distance(from: after.startIndex, to: stop))
            }
        }
        return rest
    }

    /// Whether a line opens with a byline's or a credit's words (`By `, `Von `, `Par `, `Interview by `: `prefixes`).
    static func opensWithBylineWord(_ line: some StringProtocol) -> Bool {
        afterPrefix(String(line)) != nil
    }

    /// `De notre correspondant à Bruxelles, Jane Doe`, `Von unseren Korrespondenten Jane Doe und
    /// John Roe`, `Dal nostro inviato a Kiev, Jane Doe`: the names after the paper's phrase for its
    /// correspondent (and the place, up to its comma), or nil (also for the phrase without names).
    private static func afterCorrespondent(_ line: String) -> Substring? {
        let text = LineBytes.trimmed(line)
        guard TextFolding.hasAtMost(text, 160) else { return nil }
        let folded = TextFolding.fold(text)
        guard folded.count == text.count, let phrase = correspondentPhrases.first(where: { folded.hasPrefix($0) }) else { return nil }
        let after = text.dropFirst(phrase.count)
        if after.hasPrefix(",") { return after.dropFirst() }
        guard after.hasPrefix(" ") else { return nil }
        // `à Bruxelles, Jane Doe`, `in Brüssel, Jane Doe`: a place before the comma; else the names follow.
        let next = TextFolding.fold(after.dropFirst().prefix { $0 != " " })
        if placePrepositions.contains(next) {
            guard let comma = after.firstIndex(of: ",") else { return nil }
            return after[after.index(after: comma)...]
        }
        return after
    }

    /// `De notre correspondant à Bruxelles`, `From our correspondent in Brussels`: the phrase and
    /// its place with no name after it, an unsigned piece's byline.
    static func isUnsignedCorrespondent(_ line: String) -> Bool {
        guard LineBytes.mayStartTrimmed(line, withAnyOf: correspondentOpenings), afterCorrespondent(line) == nil else { return false }
        let text = LineBytes.trimmed(line)
        guard TextFolding.hasAtMost(text, 80), !LineBytes.contains(text, 0x2C) else { return false }
        let folded = TextFolding.fold(text)
        guard folded.count == text.count, let phrase = correspondentPhrases.first(where: { folded.hasPrefix($0) }) else { return false }
        // The place is needed: the bare phrase may stand over the place's own line (`BRUXELLES`), read with it.
        let place = text.dropFirst(phrase.count).split(separator: " ")
        return (2...4).contains(place.count) && placePrepositions.contains(TextFolding.fold(place[0]))
            && place.dropFirst().allSatisfy { $0.first?.isUppercase == true }
    }

    private static let correspondentOpenings = LineOpenings(
        "from our", "by our", "our corr", "de notre", "de nos", "von unser", "de nuestr", "dal nostr", "dalla nostr", "dai nostri",
        "do nosso", "da nossa", "dos nossos", "des envoy", "de nuestra"
    )

    /// Folded; each Character folds to one (offsets kept).
    private static let correspondentPhrases = [
        "from our own correspondent", "from our correspondents", "from our correspondent", "by our correspondent",
        "our correspondent", "from our special correspondent",
        "de notre correspondante", "de notre correspondant", "de nos correspondants", "de notre envoyee speciale",
        "de notre envoye special", "de nos envoyes speciaux",
        "von unseren korrespondenten", "von unserem korrespondenten", "von unserer korrespondentin", "von unserem korrespondent",
        "de nuestros corresponsales", "de nuestro corresponsal", "de nuestra corresponsal", "de nuestro enviado especial",
        "de nuestra enviada especial",
        "dai nostri corrispondenti", "dal nostro corrispondente", "dalla nostra corrispondente", "dal nostro inviato",
        "dalla nostra inviata",
        "dos nossos correspondentes", "do nosso correspondente", "da nossa correspondente", "do nosso enviado especial",
        "da nossa enviada especial",
        // The old print staff phrases: `Von unserem Redaktionsmitglied A`, `From our staff reporter A`.
        "from our staff reporters", "from our staff reporter", "from our staff correspondent", "de nos collaborateurs",
        "de notre collaborateur", "de notre collaboratrice", "von unseren redaktionsmitgliedern", "von unserem redaktionsmitglied",
        "von unseren mitarbeitern", "von unserem mitarbeiter", "von unserer mitarbeiterin", "von unserem redakteur",
        "von unserer redakteurin", "de nuestros redactores", "de nuestro redactor", "de nuestra redactora", "dai nostri redattori",
        "dal nostro redattore", "dalla nostra redattrice", "dos nossos redatores", "do nosso redator", "da nossa redatora",
    ]

    private static let placePrepositions: Set<String> = ["a", "à", "in", "en", "em", "au", "aux", "nach", "aus", "at", "to"]

    /// `Ein Kommentar von Jane Doe`, `Opinion by Jane Doe`, `Une analyse de Jane Doe`,
    /// `Un reportaje de Ana López`: the text after the word that introduces the author, when
    /// every word before it names the kind of piece (an article, a genre), or nil.
    private static func afterGenre(_ line: String) -> Substring? {
        guard let first = line.utf8.first, first &- 0x41 < 26 || first &- 0x61 < 26 else { return nil }
        // The first word names the genre or is an article: short, and in the list.
        let opening = line.utf8.prefix(13).prefix { $0 != 0x20 }
        guard opening.count <= 12, opening.count < line.utf8.count,
            genreWords.contains(TextFolding.fold(line[..<opening.endIndex]))
        else { return nil }
        let text = LineBytes.trimmed(line)
        guard TextFolding.hasAtMost(text, 160) else { return nil }
        let words = text.split(separator: " ", maxSplits: 4)
        guard words.count >= 3 else { return nil }
        for index in 1..<min(4, words.count - 1) {
            let word = TextFolding.fold(words[index])
            guard ["von", "by", "de", "d'", "par", "di", "por", "da", "del", "della"].contains(word) else { continue }
            guard words[..<index].allSatisfy({ genreWords.contains(TextFolding.fold($0)) }),
                words[..<index].contains(where: { !articles.contains(TextFolding.fold($0)) })
            else { return nil }
            return text[words[index + 1].startIndex...]
        }
        return nil
    }

    private static let articles: Set<String> = ["ein", "eine", "a", "an", "un", "une", "uno", "una", "um", "uma"]

    private static let genreWords: Set<String> = articles.union([
        "opinion", "analysis", "commentary", "comment", "column", "essay", "review", "interview", "report",
        "feature", "editorial", "kommentar", "analyse", "kolumne", "gastbeitrag", "gastkommentar", "reportage",
        "bericht", "rezension", "glosse", "essai", "commentaire", "chronique", "tribune", "critique", "enquete",
        "analisis", "opinion", "columna", "cronica", "reportaje", "entrevista", "critica", "tribuna",
        "commento", "analisi", "opinione", "rubrica", "editoriale", "inchiesta", "recensione", "intervista",
        "analise", "opiniao", "coluna", "reportagem", "artigo", "article", "articolo", "articulo", "texte", "text",
        "texto", "testo", "photos", "story", "guest", "post", "live", "coverage", "liveblog", "ticker",
    ])

    /// Whether a name read off a line without a byline word (`Jane Doe`, `JANE DOE`, `Adoni
    /// Conrad Quenum`) can be a person's: at most four words, none of them a function word
    /// (`Ein Albtraum`, `Two For Fashion`, `VERSATILE TO SELL UNIT`), a word naming an
    /// organisation (`Wiener Badminton Verband`, `Stack Overflow Blog`, `Hertie School`) or a
    /// section (`World Economy`), not a
    /// publication's or agency's name. Pure.
    package static func isPersonLike(_ name: String) -> Bool {
        let words = LineBytes.words(name)
        guard (1...4).contains(words.count), !WireAgencies.isAgency(name), !LayoutReader.isPublication(name) else { return false }
        return !words.contains { word in
            let folded = TextFolding.fold(word)
            return functionWords.contains(folded) || organisationWords.contains(folded) || LayoutReader.isPublicationWord(folded)
                || ExportLines.isSectionWord(folded)
        }
    }

    /// Words of titles and organisations' names that no person's name holds (the particles of
    /// names, `de`, `van`, `la`, are not among them).
    private static let functionWords: Set<String> = [
        "the", "a", "an", "to", "for", "of", "in", "on", "at", "with", "is", "are", "was", "how", "why", "what", "new",
        "ein", "eine", "einer", "eines", "fur", "mit", "im", "zum", "zur", "unsere", "unser", "ist", "nicht", "wie",
        "was", "und", "pour", "avec", "sur", "dans", "au", "aux", "est", "une", "un", "et", "ou", "los", "las", "una",
        "con", "para", "por", "en", "y", "il", "gli", "per", "nel", "nella", "sulla", "e", "o", "um", "uma", "com",
        "no", "na", "os", "as",
    ]

    private static let organisationWords: Set<String> = [
        "blog", "verband", "verein", "school", "university", "universitat", "universite", "universidad", "institut",
        "institute", "instituto", "istituto", "stiftung", "foundation", "fondation", "fundacion", "fondazione",
        "association", "club", "team", "group", "gruppe", "groupe", "grupo", "network", "netzwerk", "project",
        "projekt", "initiative", "council", "ministry", "ministerium", "ministere", "ministerio", "media", "medien",
        "digital", "info", "culture", "kultur", "commons", "company", "inc", "ltd", "gmbh", "ag", "sa", "corp",
        "bank", "partei", "party", "staff", "redaktion", "redaction", "redazione", "redaccion", "newsroom",
        "fashion", "magazine", "verlag", "editions", "edition", "tv", "radio", "online", "channel", "studio",
        "studios", "labs", "lab", "office", "bureau", "buro", "agentur", "agency", "service", "services",
    ]

    /// The names on a line, or nil if any part does not look like a name.
    package static func names(_ line: String) -> [String]? {
        split(line, separatingAgencies: false)?.names
    }

    /// `Mit Ingrid Dahl sprach Cal Mankowski.`, `Ingrid Dahl a répondu aux questions de Jon Porter.`, `… respondió a las
    /// preguntas de A.`, `… ha risposto alle domande di A.`, `… respondeu às perguntas de A.`, `… answered questions from
    /// A.`: an interview's closing credit, the interviewee first (six words at most), the interviewer last, or
    /// `Richard Adams spoke with Anders Holm.` (two names alone, the interviewer first), ending with its period; the
    /// interviewer's names (the writer), or nil for any other line (160 bytes at most).
    static func interviewers(_ line: String) -> [String]? {
        // A sentence of its own: its last byte a period (most lines asked are not), then one of the phrases' words.
        guard line.utf8.count <= 160, line.utf8.last == 0x2E, LineBytes.contains(line, anyOf: interviewNeedles) else { return nil }
        let folded = TextFolding.fold(line)
        guard folded.count == line.count else { return nil }
        // `Richard Adams spoke with Anders Holm.`: the interviewer first, the line two names and the phrase alone.
        if let spoke = [" spoke with ", " spoke to ", " talked to ", " talked with "].lazy.compactMap({ folded.range(of: $0) }).first {
            let offset = folded.distance(from: folded.startIndex, to: spoke.lowerBound)
            let writer = String(line.prefix(offset))
            var other = LineBytes.trimmed(line.dropFirst(folded.distance(from: folded.startIndex, to: spoke.upperBound)))
            if other.last == "." { other.removeLast() }
            guard (2...3).contains(LineBytes.words(writer).count), (2...4).contains(LineBytes.words(other).count),
                isPersonLike(writer), isPersonLike(other), Self.names(other)?.count == 1
            else { return nil }
            return [writer]
        }
        let phrase: Range<String.Index>?
        if folded.hasPrefix("mit ") {
            phrase = folded.range(of: " sprach ")
        } else {
            phrase = interviewPhrases.lazy.compactMap { folded.range(of: $0) }.first
        }
        guard let phrase, LineBytes.spaceSeparatedCount(String(folded[..<phrase.lowerBound])) <= 6 else { return nil }
        // Folding kept the Characters one for one: an offset in `folded` is one in `line`.
        let start = line.index(line.startIndex, offsetBy: folded.distance(from: folded.startIndex, to: phrase.upperBound))
        var rest = LineBytes.trimmed(line[start...])
        if rest.last == "." { rest.removeLast() }
        // `Mit Hanna Keller sprach Jonas Weber, Fotos: Lena Vogt.`: the photographer's credit after the writer's name.
        if LineBytes.contains(rest, 0x2C), let comma = rest.lastIndex(of: ","),
            GalleryCaptions.isPictureCredit(LineBytes.trimmed(rest[rest.index(after: comma)...]))
        {
            rest = LineBytes.trimmed(rest[..<comma])
        }
        guard let names = Self.names(rest), !names.isEmpty, names.allSatisfy(isPersonLike) else { return nil }
        return names
    }

    /// The interviewer's phrases before their name (folded).
    private static let interviewPhrases = [
        " a repondu aux questions de ", " respondio a las preguntas de ", " ha risposto alle domande di ",
        " respondeu as perguntas de ", " answered questions from ", " answered the questions of ", " was talking to ",
    ]

    private static let interviewNeedles = NeedleSet(
        ["sprach ", "questions ", "preguntas ", "domande ", "perguntas ", "talking to ", "spoke ", "talked "], ignoringCase: true)

    /// `Le Figaro avec AFP`, `Reuters with ANSA`, `Jane Doe mit dpa`: a name, then a wire agency after `with`,
    /// `avec`, `mit`, `con` or `com` ending the line; the name and the agency, or nil.
    static func joinedAgency(_ text: String) -> (name: String, agency: String)? {
        guard text.utf8.count <= 120, holdsAgencyJoin(text) else { return nil }
        let words = LineBytes.words(text)  // `text.split(separator: " ")`, cut on the bytes when it can be
        guard words.count >= 3 else { return nil }
        for cut in stride(from: words.count - 2, through: max(1, words.count - 3), by: -1)
        where agencyJoins.contains(String(words[cut]).lowercased()) {
            let agency = words[(cut + 1)...].joined(separator: " ")
            guard WireAgencies.isAgency(agency) else { continue }
            return (words[..<cut].joined(separator: " "), agency)
        }
        return nil
    }

    private static let agencyJoins: Set<String> = ["with", "avec", "mit", "con", "com"]

    /// Whether a space among the last 40 bytes (an agency's name is short) opens ` with `, ` avec `,
    /// ` mit `, ` con ` or ` com ` (ASCII case ignored), in one pass.
    private static func holdsAgencyJoin(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let count = bytes.count
            func at(_ index: Int) -> UInt8 { index < count ? bytes[index] | 0x20 : 0 }
            var index = max(0, count - 40)
            while index + 5 < count {
                defer { index += 1 }
                guard bytes[index] == 0x20 else { continue }
                let a = at(index + 1), b = at(index + 2), c = at(index + 3), d = at(index + 4)
                switch (a, b, c) {
                case (0x77, 0x69, 0x74): if d == 0x68, bytes[index + 5] == 0x20 { return true }  // with
                case (0x61, 0x76, 0x65): if d == 0x63, bytes[index + 5] == 0x20 { return true }  // avec
                case (0x6D, 0x69, 0x74), (0x63, 0x6F, 0x6E), (0x63, 0x6F, 0x6D): if bytes[index + 4] == 0x20 { return true }  // mit, con, com
                default: break
                }
            }
            return false
        }
    }

    /// A letter's salutation (`Dear Rui,`, `Hello Rui`, `Olá Carmen,`, `Sehr geehrte Frau Roux,`): no byline. A
    /// greeting word that is also a given name (`Cara`, `Caro`, `Ola`) counts only before a closing comma or colon.
    static func isSalutation(_ text: String) -> Bool {
        guard let space = text.firstIndex(of: " ") else { return false }
        let first = TextFolding.fold(text[..<space])
        if salutations.contains(first) { return true }
        return namedSalutations.contains(first) && (text.hasSuffix(",") || text.hasSuffix(":"))
    }

    private static let salutations: Set<String> = [
        "dear", "hello", "hi", "hey", "hallo", "liebe", "lieber", "sehr", "guten", "bonjour", "bonsoir", "salut", "cher",
        "chere", "chers", "hola", "estimado", "estimada", "estimados", "querido", "querida", "queridos", "gentile",
        "gentilissimo", "gentilissima", "buongiorno", "ciao", "salve", "prezado", "prezada", "caros", "bom",
    ]
    private static let namedSalutations: Set<String> = ["cara", "caro", "ola"]

    /// `names` (initials alone, `H.R.`, are none); with `separatingAgencies`, a wire agency (`AFP`, `dpa`, in parentheses or as a
    /// comma part after a name) is returned as `agency` instead of being taken for a name or
    /// dropped as a role. An agency joined after `with`, `avec`, `mit`, `con` or `com` (`Par A avec
    /// AFP`: whose copy the author used) is dropped in both modes, never the source.
    /// A publication's name in a byline's parentheses (`Le Figaro`, `Boing Boing`, `BRIGITTE`): a masthead's form
    /// of at most four words, none of them a role's (`correspondent`), no person's name, no section or kicker.
    private static func isPublicationInParentheses(_ inner: String) -> Bool {
        guard ClippingFacts.isMasthead(inner), LineBytes.words(inner).count <= 4 else { return false }
        let folded = TextFolding.fold(inner)
        guard !LineBytes.words(folded).contains(where: isRoleWord), !ExportLines.isKicker(folded),
            !ExportLines.isSectionWord(folded)
        else { return false }
        return LayoutReader.isPublication(inner) || !GivenNames.holdsGivenName(inner)
    }

    package static func split(_ line: String, separatingAgencies: Bool) -> (names: [String], agency: String?)? {
        var text = LineBytes.trimmed(line)
        guard !text.isEmpty, TextFolding.hasAtMost(text, 120), !text.hasSuffix(".") || text.count < 4, !isSalutation(text) else { return nil }
        // `Par A avec AFP`, `Von A mit dpa`: the agency whose copy the author used is neither author nor source.
        if let joined = joinedAgency(text) { text = joined.name }
        var agency: String?
        // `Par A (AFP)`, `Cory Doctorow (Boing Boing)`: an agency or a publication in parentheses after the names.
        if separatingAgencies, let inner = parenthesised(text),
            WireAgencies.isAgency(inner) || isAcronym(inner) || isPublicationInParentheses(inner)
        {
            agency = inner
        }
        text = removingParentheses(withoutPictureCredits(text))
        if separatingAgencies {
            // `Von Anna Schmidt, Berlin`, `By Jane Doe, Staff Writer`: after the first comma, a
            // single word (a place) or a part naming a role is no author; an agency is the source.
            let parts = LineBytes.pieces(text[...], separator: 0x2C, atMost: .max)!.map { LineBytes.trimmed($0) }
            var kept = parts.prefix(1).map { $0 }
            var previousKept = true
            for piece in parts.dropFirst() {
                // `By A, Brussels correspondent, and B, economics reporter`: the conjunction opens the next writer's part.
                var part = piece
                if let space = part.firstIndex(of: " "), ["and", "et", "und", "y", "e", "&"].contains(String(part[..<space])) {
                    part = LineBytes.trimmed(String(part[space...]))
                } else if let space = part.firstIndex(of: " "), ["avec", "with", "mit", "con", "com"].contains(String(part[..<space]).lowercased()),
                    case let named = LineBytes.trimmed(String(part[space...])), isPersonLike(named),
                    let given = LineBytes.words(named).first, GivenNames.holdsGivenName(given)
                {
                    // `Par Peter Amende, avec Anna Keller`: the co-writer the byline joins with `avec`.
                    part = named
                } else if LineBytes.words(part).contains(where: isRoleWord),
                    let joint = [" and ", " et ", " und ", " y ", " e "].lazy.compactMap({ part.range(of: $0) }).first,
                    part[joint.upperBound...].first?.isUppercase == true
                {
                    // `Korrespondent in Brüssel und James Porter`: the role's part ends where the next writer's opens.
                    part = LineBytes.trimmed(String(part[joint.upperBound...]))
                }
                if WireAgencies.isAgency(part) || LayoutReader.isPublication(part) {
                    agency = agency ?? part  // `By Jane Doe, The Guardian`: the publication, the source
                    previousKept = false
                } else if !part.contains(" ") || LineBytes.words(part).contains(where: isRoleWord) {
                    // `…, e Rui Carvalho, fotojornalista`: the name before a photographer's role took the pictures.
                    if kept.count > 1, previousKept, LineBytes.words(part).contains(where: { photographerRoles.contains(TextFolding.fold($0)) }) {
                        kept.removeLast()
                    }
                    previousKept = false
                    continue
                } else {
                    kept.append(part)
                    previousKept = true
                }
            }
            text = kept.joined(separator: ",")
        }
        // Characters equal to ` et ` are its bytes (no other scalar is canonically equivalent to
        // a space or an ASCII letter, or to `&`): without them, no match. `;` has one (U+037E),
        // so it is looked for as either.
        for conjunction in conjunctions where conjunction == ";"
            ? LineBytes.contains(text, 0x3B) || LineBytes.contains(text, bytes: "\u{037E}")
            : LineBytes.contains(text, bytes: conjunction)
        {
            text = text.replacing(conjunction, with: ",")
        }
        var names: [String] = []
        for part in LineBytes.pieces(text[...], separator: 0x2C, atMost: .max)! {
            let name = withoutFootnoteMark(withoutAcademicTitles(withoutPlace(LineBytes.trimmed(part))))
            if name.isEmpty { continue }
            if separatingAgencies, !names.isEmpty, WireAgencies.isAgency(name) {
                agency = agency ?? name
                continue
            }
            if name.first?.isLowercase == true, !names.isEmpty { continue }  // a role
            if isInitials(name) { continue }  // `H.R.`, `C. D.`: a signature nobody outside the desk can read
            guard isName(name) else { return nil }
            names.append(name)
        }
        return names.isEmpty || names.count > 6 ? nil : (names, agency)
    }

    /// `Cal Mankowski in Brussels`, `Patti Domm à Bruxelles`, `Jon Porter em Bruxelas` → the name without the place
    /// the writer files from (`in`, `à`, `en`, `a`, `em`, `aus`, then one to three capitalised words, two words or more
    /// before them); any other part as it is.
    static func withoutPlace(_ part: String) -> String {
        guard part.utf8.count <= 120, placeWords.contains(where: { LineBytes.contains(part, bytes: $0) }) else { return part }
        let words = part.split(separator: " ")
        guard words.count >= 4, let preposition = words.indices.dropFirst(2).last(where: { placeWords.contains(" \(words[$0]) ") }),
            (1...3).contains(words.count - preposition - 1),
            words[(preposition + 1)...].allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" } })
        else { return part }
        return words[..<preposition].joined(separator: " ")
    }

    private static let placeWords = [" in ", " à ", " en ", " a ", " em ", " aus "]

    /// `Mackenzie, Isla` → `Isla Mackenzie`, `García Ortega, Lucía` → `Lucía García Ortega`: one person's name written
    /// surname first, as a library or a citation writes it (one to three capitalised words, a comma, one capitalised
    /// word that is a known given name, `GivenNames`); nil for any other value (`Jane Doe, John Roe`: two people).
    static func invertedName(_ value: String) -> String? {
        guard TextFolding.hasAtMost(value, 60), LineBytes.contains(value, 0x2C) else { return nil }
        let parts = value.split(separator: ",", omittingEmptySubsequences: false).map { LineBytes.trimmed($0) }
        guard parts.count == 2 else { return nil }
        let surname = LineBytes.words(parts[0])
        let given = LineBytes.words(parts[1])
        guard (1...3).contains(surname.count), given.count == 1, GivenNames.holdsGivenName(given[0]),
            (surname + given).allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" } })
        else { return nil }
        return parts[1] + " " + parts[0]
    }

    /// `Hélène Roux (texte), Paul Martin (photos) et Katrin Vogel (infographie)` → `Hélène Roux (texte)`: a name whose
    /// part in parentheses is the pictures, the graphics or the video is none of the writers (an agency's acronym in
    /// capitals, `(MAP)`, stays); any other text as it is.
    static func withoutPictureCredits(_ text: String) -> String {
        guard LineBytes.contains(text, 0x28) else { return text }
        var listed = text
        for conjunction in conjunctions where LineBytes.contains(listed, bytes: conjunction) {
            listed = listed.replacing(conjunction, with: ",")
        }
        let parts = listed.split(separator: ",").map { LineBytes.trimmed($0) }
        let kept = parts.filter { part in
            guard part.hasSuffix(")"), let open = part.lastIndex(of: "(") else { return true }
            let role = LineBytes.trimmed(part[part.index(after: open)...].dropLast())
            // An agency's acronym in capitals (`Par Karim Benali (MAP)`: Maghreb Arabe Presse) credits the wire the
            // writer files for: the roles are read in lower or title case.
            if role.contains(where: \.isLetter), !role.contains(where: \.isLowercase), WireAgencies.isAgency(role) { return true }
            return !pictureRoles.contains(TextFolding.fold(role))
        }
        return kept.count < parts.count ? kept.joined(separator: ", ") : text
    }

    /// Folded parts a byline credits in parentheses that are not the writing.
    private static let pictureRoles: Set<String> = [
        "photo", "photos", "photographs", "photography", "pictures", "graphics", "graphic", "illustration", "illustrations",
        "video", "videos", "map", "maps", "infographie", "infographies", "carte", "cartes", "fotos", "foto", "fotografie",
        "fotografia", "fotografias", "infografik", "grafik", "grafiken", "illustrationen", "karte", "infografia", "grafica",
        "graficos", "ilustracion", "ilustracao", "ilustraciones", "illustrazione", "illustrazioni", "mappa",
    ]

    /// Whether `line` follows one of `names` (read from it by `split`) with the place its writer files from
    /// (`Cal Mankowski in Brussels`: `withoutPlace` dropped it).
    static func placesWriters(_ line: String, names: [String]) -> Bool {
        placeWords.contains { word in LineBytes.contains(line, bytes: word) && names.contains { LineBytes.contains(line, bytes: $0 + word) } }
    }

    /// `Jane Doe*`, `Jane Doe†`, `Jane Doe¹`: the name without the mark that sends the reader to a
    /// note on the writer at the foot (one or two marks after a letter); any other name as it is.
    static func withoutFootnoteMark(_ name: String) -> String {
        guard let last = name.utf8.last, last == 0x2A || last >= 0x80 else { return name }
        var text = Substring(name)
        var dropped = 0
        while dropped < 2, let mark = text.unicodeScalars.last, footnoteMarks.contains(mark) {
            text = text.dropLast()
            dropped += 1
        }
        guard dropped > 0, text.last?.isLetter == true else { return name }
        return String(text)
    }

    private static let footnoteMarks: Set<Unicode.Scalar> = ["*", "\u{2020}", "\u{2021}", "\u{B9}", "\u{B2}", "\u{B3}"]

    /// `Prof. Dr. Jane Doe` → `Jane Doe`, `Dott.ssa Anna Bianchi` → `Anna Bianchi`, `Dr. med. Jane
    /// Doe` → `Jane Doe`: the academic and professional titles before a name (and a faculty's
    /// abbreviation after a doctor's), while two words stay.
    static func withoutAcademicTitles(_ name: String) -> String {
        guard let first = name.utf8.first, academicInitials.contains(first) else { return name }
        var words = name.split(separator: " ")
        var cut = 0
        while cut < words.count - 2, academicTitles.contains(String(words[cut]))
            || cut > 0 && words[cut].hasSuffix(".") && words[cut].first?.isLowercase == true
        {
            cut += 1
        }
        guard cut > 0 else { return name }
        words.removeFirst(cut)
        return words.joined(separator: " ")
    }

    private static let academicInitials: Set<UInt8> = Set("PDMIULd".utf8)
    private static let academicTitles: Set<String> = [
        "Prof.", "Prof", "Dr.", "Dr", "Dres.", "Dott.", "Dott.ssa", "Prof.ssa", "Profa.", "Profª", "Mag.", "Mag.a", "Ing.",
        "Dipl.-Ing.", "Dipl.-Kfm.", "PD", "Pr.", "Pr", "Univ.-Prof.", "Priv.-Doz.", "Doz.", "Me", "Lic.", "Dra.", "Dr.ª",
    ]

    /// A word naming a writer's role (`roleWords`), folded, a gender-inclusive ending after `*`, `:`,
    /// `_`, `·`, `/` or `(` ignored (`Korrespondent*innen`, `envoyé·es`, `enviado/a`).
    private static func isRoleWord(_ word: Substring) -> Bool {
        let folded = TextFolding.fold(word)
        if roleWords.contains(folded) { return true }
        guard let cut = folded.firstIndex(where: { "*:_·/(".contains($0) }) else { return false }
        return roleWords.contains(String(folded[..<cut]))
    }

    /// The roles of whoever made a byline's pictures, not its text (folded): `fotojornalista`, `photographer`.
    private static let photographerRoles: Set<String> = [
        "photographer", "photojournalist", "photographe", "photojournaliste", "fotograf", "fotografin", "fotografo", "fotografa",
        "fotojornalista", "fotoperiodista", "fotoreporter", "cameraman", "camerawoman", "kameramann", "kamerafrau", "infografista",
        "infographiste", "illustrator", "illustrateur", "illustratrice",
    ]

    private static let roleWords: Set<String> = [
        "writer", "correspondent", "reporter", "editor", "staff", "contributor", "columnist", "analyst",
        "redakteur", "redakteurin", "korrespondent", "korrespondentin", "redaktion", "correspondant",
        "correspondante", "envoye", "envoyee", "redacteur", "redactrice", "corresponsal", "redactor",
        "redactora", "corrispondente", "inviato", "inviata", "correspondente",
        // Several writers' (`special correspondents`, `Korrespondentinnen`, `envoyés spéciaux`, `inviati`).
        "writers", "correspondents", "reporters", "editors", "korrespondenten", "korrespondentinnen", "redakteure",
        "correspondants", "correspondantes", "envoyes", "envoyees", "corresponsales", "enviado", "enviada", "enviados",
        "enviadas", "corrispondenti", "inviati", "inviate", "correspondentes",
    ]

    /// `H.R.`, `C. D.`, `J.-P. M.`: initials only (each letter, or hyphenated pair, followed by a
    /// period), not a name.
    static func isInitials(_ name: String) -> Bool {
        var sawLetter = false
        var afterLetter = false
        for character in name {
            if character.isLetter {
                guard !afterLetter else { return false }  // two letters in a row: a word
                sawLetter = true
                afterLetter = true
            } else if character == "." {
                guard afterLetter else { return false }
                afterLetter = false
            } else if character == " " || character == "-" {
                guard !afterLetter else { return false }
            } else {
                return false
            }
        }
        return sawLetter && !afterLetter
    }

    /// The text inside the first `( … )`, trimmed, or nil.
    private static func parenthesised(_ text: String) -> String? {
        // A Character equal to `(` is its byte alone: without the byte, none.
        guard LineBytes.contains(text, 0x28), let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return nil }
        let inner = LineBytes.trimmed(text[text.index(after: open)..<close])
        return inner.isEmpty ? nil : inner
    }

    /// `AFP`, `APA-OTS`: two to eight capitals (and `-`/`/`).
    private static func isAcronym(_ text: String) -> Bool {
        (2...8).contains(text.count) && text.allSatisfy { $0.isUppercase || $0 == "-" || $0 == "/" }
    }

    private static func isName(_ name: String) -> Bool {
        let words = LineBytes.words(name)
        // A colon marks a label or a caption (`Left Image: National Oceanic`), never a name.
        guard (1...6).contains(words.count), !LineBytes.contains(name, 0x3A),
            !(LineBytes.holdsNumber(name) ?? name.contains(where: \.isNumber))
        else { return false }
        var capitalised = 0
        for word in words {
            if word.first?.isUppercase == true {
                capitalised += 1
            } else if !particles.contains(TextFolding.fold(word)) {
                return false
            }
        }
        return capitalised > 0 && words.first?.first?.isUppercase == true
    }

    private static func stripTrailingDateWords(_ text: Substring) -> String {
        var words = text.split(whereSeparator: { $0.isWhitespace || ",|–—-/".contains($0) })
        while let last = words.last, DateVocabulary.dateLineWords.contains(TextFolding.fold(last))
            || DateVocabulary.weekdays.contains(TextFolding.fold(last))
        {
            words.removeLast()
        }
        // Re-cut the original text after the last kept word so commas between names survive.
        guard let lastWord = words.last else { return "" }
        return String(text[..<lastWord.endIndex])
    }

    private static func removingParentheses(_ text: String) -> String {
        // Without a `(` or `)` byte every Character is kept: the text, trimmed.
        guard LineBytes.contains(text, 0x28) || LineBytes.contains(text, 0x29) else { return LineBytes.trimmed(text) }
        var result = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
            else if depth == 0 { result.append(character) }
        }
        return LineBytes.trimmed(result)
    }
}
