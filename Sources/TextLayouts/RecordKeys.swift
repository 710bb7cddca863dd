import TextToolkit

/// What a field record's key names, read from the key alone: the article's title, authors,
/// publication date, source or text in the six desk languages and in the schemas tools write
/// (`headline`, `datePublished`, `author_name`, `service_name`, `Titre de l'article`,
/// `erschienen_am`, `Autor(es)`), or a field the carrier keeps for itself (`Timestamp`,
/// `added_by`, `captured`, `Email Address`), which is never the article's.
///
/// Contract: `field(_:)` compares the key folded (case and accents ignored), its words split at
/// `_`, `-`, `.`, spaces and a lowercase-to-uppercase step (`datePublished` → `date published`),
/// a plural mark (`(s)`, `(en)`, `(es)`, `/i`) dropped, SharePoint's escapes decoded (`_x0020_`). `.name` (a bare `name`) is a title only
/// where nothing else names one; `.bareDate` (`date`, `Datum`, `fecha`, `data`) may be when a
/// record was fetched or saved, and a reader decides whether to trust it. Nil for any other key.
/// Pure.
enum RecordKeys {
    enum Field: Equatable {
        case title, name, authors, date, bareDate, source, text, carrier
    }

    static func field(_ key: String) -> Field? {
        guard TextFolding.hasAtMost(key, 60) else { return nil }
        return table[normalized(key)]
    }

    /// The field of a key `normalized` already.
    static func field(normalized key: String) -> Field? { table[key] }

    /// `datePublished` → `date published`, `Autor(es)` → `autor`, `Titre de l'article` → `titre de l'article`.
    static func normalized(_ key: String) -> String {
        // Most keys are one lowercase ASCII word already (`title`, `author`, `desc`).
        if key.utf8.allSatisfy({ $0 &- 0x61 < 26 }) { return key }
        let key = LineBytes.contains(key, bytes: "_x") ? unescaped(key) : key
        var words: [String] = []
        var word = ""
        var previousLower = false
        for character in key {
            if character == "_" || character == "-" || character == "." || character == " " || character == "\u{A0}" {
                if !word.isEmpty { words.append(word) }
                word = ""
                previousLower = false
                continue
            }
            if character.isUppercase, previousLower, !word.isEmpty {
                words.append(word)
                word = ""
            }
            previousLower = character.isLowercase
            word.append(character)
        }
        if !word.isEmpty { words.append(word) }
        var joined = TextFolding.fold(words.joined(separator: " ")).replacing("’", with: "'")
        for mark in ["(s)", "(en)", "(es)", "/i", "(i)", "(e)"] where joined.hasSuffix(mark) {
            joined = String(joined.dropLast(mark.count))
            break
        }
        return LineBytes.trimmed(joined)
    }

    /// SharePoint's (and XML's) escapes in a field's internal name, decoded: `Data_x0020_di_x0020_pubblicazione`
    /// → `Data di pubblicazione`, `Ve_x00ed_culo` → `Veículo`; any other key as it is.
    static func unescaped(_ key: String) -> String {
        var out = ""
        var rest = Substring(key)
        while let start = rest.firstRange(of: "_x") {
            let digits = rest[start.upperBound...].prefix(5)
            guard digits.count == 5, digits.last == "_", let code = UInt32(digits.dropLast(), radix: 16),
                let scalar = Unicode.Scalar(code)
            else {
                out += rest[..<start.upperBound]
                rest = rest[start.upperBound...]
                continue
            }
            out += rest[..<start.lowerBound]
            out.unicodeScalars.append(scalar)
            rest = rest[rest.index(start.upperBound, offsetBy: 5)...]
        }
        return out + rest
    }

    private static let table: [String: Field] = {
        var table: [String: Field] = [:]
        let groups: [(Field, [String])] = [
            (.title, ["title", "headline", "titel", "titre", "titolo", "titulo", "titular", "uberschrift", "schlagzeile",
                      "manchete", "article title", "titre de l'article", "titolo dell'articolo", "titolo articolo",
                      "titulo del articulo", "titulo do artigo", "artikeltitel", "headline text",
                      // German umlauts written out (`ueberschrift`), as ASCII-only schemas spell them.
                      "ueberschrift"]),
            (.name, ["name"]),
            (.authors, ["author", "authors", "byline", "creator", "creators", "author name", "author names", "autor",
                        "autoren", "autores", "auteur", "auteurs", "autore", "autori", "autorin", "verfasser",
                        "signature", "firma", "assinatura", "writer", "writers", "journalists", "journalistes",
                        "journalisten", "periodistas", "giornalisti", "jornalistas", "reporters",
                        // Talkwalker's search results: `extra_author_attributes: {"name": …}`.
                        "extra author attributes", "source authors", "source author"]),
            (.date, ["published at", "date published", "pub date", "publication date", "published",
                     "publish date", "first created", "firstcreated", "date de parution", "date parution", "parution", "date de publication",
                     "date publication", "paru le", "publie le", "paru", "publie", "publiee", "erschienen am", "erscheinungsdatum", "erschienen",
                     "veroffentlicht", "veroffentlicht am", "veroffentlichungsdatum", "fecha de publicacion",
                     "fecha publicacion", "publicado el", "data di pubblicazione", "data pubblicazione",
                     "pubblicato il", "pubblicato", "data de publicacao", "data publicacao", "publicado em",
                     "publicado", "date published at", "pubdate", "published time", "publish time", "published date",
                     "publication time", "estimated date", "date time pub", "issued", "article date",
                     "first published", "published on", "veroeffentlicht", "veroeffentlicht am", "veroeffentlichungsdatum",
                     // A clipping page's own fields for the article it holds (Wagtail's `source_date`, beside its
                     // `first_published_at`, the page's).
                     "source date", "source published", "source publication date"]),
            (.bareDate, ["date", "datum", "fecha", "data"]),
            (.source, ["source", "container title", "publisher", "provider", "site name", "sitename", "meta site name", "og site name", "copyrightholder",
                       "service name", "source name", "outlet", "newspaper", "paper", "media", "medium", "medio", "meio", "testata",
                       "quelle", "fuente", "fonte", "journal", "zeitung", "periodico", "giornale", "jornal",
                       "veiculo", "media outlet", "nom du media", "publication", "publication name", "support",
                       "support de presse", "extra source attributes"]),
            (.text, ["text", "body", "content", "content text", "content html", "article body", "articlebody", "full text", "fulltext", "body text",
                     "text content", "desc", "description", "summary", "texte", "texto", "testo", "inhalt",
                     "volltext", "corpo", "conteudo", "contenido", "contenuto", "contenu", "article text",
                     "texte de l'article", "texte integral", "artikeltext", "text des artikels", "texto del articulo",
                     "texto completo", "testo dell'articolo", "testo completo", "texto do artigo", "texto integral",
                     // The body's own word in each language (`cuerpo`, `corps`, `Fließtext`, `corpo do texto`).
                     "cuerpo", "cuerpo del articulo", "cuerpo de texto", "corps", "corps du texte", "corps de l'article",
                     "corps de texte", "fließtext", "fliesstext", "textkorper", "textkoerper", "corpo del testo",
                     "corpo dell'articolo", "corpo do texto", "corpo do artigo", "article content", "story body",
                     "body html"]),
            (.carrier, ["timestamp", "horodateur", "zeitstempel", "marca temporal", "informazioni cronologiche",
                        "carimbo de data/hora", "email address", "email", "e mail", "adresse e mail",
                        "e mail adresse", "direccion de correo electronico", "indirizzo email", "endereco de e mail",
                        "created", "created at", "modified", "updated", "date modified", "date created",
                        "last modified", "added by", "added at", "captured", "clipped by", "user", "poster"]),
        ]
        for (field, keys) in groups {
            for key in keys { table[key] = field }
        }
        return table
    }()
}
