import DateReading
import Foundation
import HTMLTree
import TextToolkit

/// An article record whose keys no tool's schema names (`RecordKeys`), read from what its keys
/// resemble: an in-house archive's JSON `{"hdl": …, "by": …, "dt": …, "txt": …}`, a desk's
/// `{"Artikel-Überschrift": …, "Volltext des Beitrags": …}`, a content system's XML
/// `<story><headline_text>…</headline_text><story_body>…`.
///
/// Contract: `record(in:dates:)` takes a value parsed from JSON, YAML or (`value(of:)`) XML and
/// looks, depth first (keys in order, lists before objects, 8 levels, 50 items a list), for the
/// first object that holds, under its own keys or those of the objects directly in it, a title
/// and a text (a title found in an inner object that holds a record itself gives that record,
/// read with its own inner objects): the kind of each key is told by the words of the key (`kind(ofKey:)`: split at
/// `_`, `-`, `.`, spaces and a lowercase-to-uppercase step, case and accents ignored, each word
/// compared by its start), a key naming a carrier's own time, an address, a picture, an id or a
/// label (`updated_at`, `image_caption`, `story_id`, `tags`) being none. The title is a string of
/// one line, two words, at most 300 bytes; the text the longest string under a text key (or a
/// list of strings: paragraphs), else, unless `strict`, the object's longest string of 400
/// bytes or more under a key of no other kind; HTML in it is made paragraphs. Authors (a line of
/// names, or a list of names or of objects' `name`), the date (a string holding a date, or a whole
/// number of seconds or milliseconds since 1970) and the source (a string of at most 120 bytes or
/// an object's `name`) come from the first key of their kind, in the keys' order, the object's own
/// before its inner objects'. Nil when no object holds both a title and a text. Pure.
enum LooseRecords {
    enum Kind: Equatable {
        case title, authors, date, source, text
    }

    /// `strict` (an XML document's reading): the title and the text must be the same object's
    /// own fields (side by side, as a record holds them), no text is guessed from a longest string,
    /// and only the other fields are looked for in inner objects.
    static func record(in value: Any, rest: String = "", strict: Bool = false, dates: DateRecognizer) -> JSONRecords.Record? {
        find(value, depth: 0, rest: rest, strict: strict, dates: dates, judge: KeyJudge())
    }

    /// The kinds of the keys judged so far in one reading (a record's keys repeat from object to
    /// object), and how many keys may still be looked at: a document of many objects is turned down
    /// once 20,000 keys have been (the gathering of inner objects looks at each key a few times).
    private final class KeyJudge {
        private var kinds: [String: Kind?] = [:]
        private(set) var left = 20_000

        func kind(of key: String) -> Kind? {
            left -= 1
            if let known = kinds[key] { return known }
            let judged = LooseRecords.kind(ofKey: key)
            if kinds.count < 4_096 { kinds[key] = judged }
            return judged
        }
    }

    /// The kind of field a key names (see the type's contract), or nil.
    static func kind(ofKey key: String) -> Kind? {
        guard TextFolding.hasAtMost(key, 60) else { return nil }
        let words = RecordKeys.normalized(key).split { $0 == " " || $0 == ":" || $0 == "/" || $0 == "'" }.map(String.init)
        guard !words.isEmpty, !words.contains(where: isExcluded) else { return nil }
        if words.contains(where: isTitleWord) { return .title }
        // `published_by`, `publishedBy`: the publisher, not a person.
        if words.contains("by"), words.contains(where: { $0.hasPrefix("publi") }) { return .source }
        if words.contains(where: isAuthorWord) { return .authors }
        if words.contains(where: isDateWord) { return .date }
        if words.contains(where: isSourceWord) { return .source }
        if words.contains(where: isTextWord) { return .text }
        return nil
    }

    /// An XML element as a value `record(in:)` reads: an element holding prose (text of its own
    /// beside elements, or only paragraph and inline elements) its paragraphs as one string, a
    /// blank line between them; an element without elements its text; any other an object of its
    /// children by name (a name used twice a list) and its attributes (where no child has the name).
    static func value(of element: XMLElement) -> Any {
        if element.children.isEmpty { return element.allText }
        let ownText = element.text.utf8.contains { $0 > 0x20 }
        if ownText || element.children.allSatisfy({ proseTags.contains($0.name) }) {
            return paragraphs(of: element).joined(separator: "\n\n")
        }
        // Each name's values gathered in place (a list taken out of the object, appended to and put
        // back was copied at each child: quadratic in a thousand `<KeyValuePair Key="Publication" …>`).
        var named: [String: [Any]] = [:]
        for child in element.children {
            var (name, value) = (child.name, Any?.none)
            if child.children.isEmpty, let pair = keyValue(child) {
                (name, value) = pair
            } else if let style = child.attributes["appliedparagraphstyle"] {
                // InCopy's styled paragraph (`AppliedParagraphStyle="ParagraphStyle/Titulo"`): named by its style.
                name = String(style.split(separator: "/").last ?? "")
                value = spaced(child.allText)
            }
            named[name, default: []].append(value ?? self.value(of: child))
        }
        // A value is never a list itself (a string or an object): one value stands alone, more make a list.
        var object: [String: Any] = named.mapValues { $0.count == 1 ? $0[0] : $0 }
        for (name, text) in element.attributes where object[name] == nil { object[name] = text }
        return object
    }

    /// A key-value element (`<KeyValuePair Key="Publication" Value="Reuters"/>`, `<meta name="…"
    /// content="…"/>`, `<property name="…" value="…"/>`): its key and value; nil for any other.
    private static func keyValue(_ element: XMLElement) -> (String, Any)? {
        // A page's `<meta name="description" content="…">` describes the page, never the article's field.
        guard element.name != "meta", element.name != "link" else { return nil }
        let attributes = element.attributes
        guard let key = attributes["key"] ?? attributes["name"] ?? attributes["property"], !key.isEmpty,
            let value = attributes["value"] ?? attributes["content"]
        else { return nil }
        return (key, value)
    }

    /// White space runs made one space, the ends trimmed.
    private static func spaced(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    /// An element's paragraphs: each paragraph element's (read in turn when it holds some), an
    /// inline element between them a paragraph of its own, white space runs made one space.
    private static func paragraphs(of element: XMLElement) -> [String] {
        guard element.children.contains(where: { paragraphTags.contains($0.name) }) else {
            let text = spaced(element.allText)
            return text.isEmpty ? [] : [text]
        }
        return element.children.flatMap(paragraphs(of:))
    }

    private static let paragraphTags: Set<String> = ["p", "para", "paragraph", "div", "li", "ul", "ol", "blockquote", "h2", "h3", "h4", "block"]

    private static let proseTags: Set<String> = [
        "p", "para", "paragraph", "br", "b", "i", "em", "strong", "a", "span", "div", "h2", "h3", "h4", "ul", "ol", "li",
        "blockquote", "q", "sup", "sub", "u", "small", "block",
    ]

    // MARK: - Finding the article

    private static func find(_ value: Any, depth: Int, rest: String, strict: Bool, dates: DateRecognizer, judge: KeyJudge) -> JSONRecords.Record? {
        guard depth < 8, judge.left > 0 else { return nil }
        if let object = value as? [String: Any] {
            if let record = read(object, rest: rest, strict: strict, dates: dates, judge: judge) { return record }
            let keys = object.keys.sorted()
            for key in keys where object[key] is [Any] {
                if let found = find(object[key] as Any, depth: depth + 1, rest: rest, strict: strict, dates: dates, judge: judge) { return found }
            }
            for key in keys where object[key] is [String: Any] {
                if let found = find(object[key] as Any, depth: depth + 1, rest: rest, strict: strict, dates: dates, judge: judge) { return found }
            }
        } else if let list = value as? [Any] {
            for element in list.prefix(50) {
                if let found = find(element, depth: depth + 1, rest: rest, strict: strict, dates: dates, judge: judge) { return found }
            }
        }
        return nil
    }

    /// The record an object holds (its own keys, then its inner objects', three levels down,
    /// nearer ones first), or nil.
    private static func read(_ object: [String: Any], rest: String, strict: Bool, dates: DateRecognizer, judge: KeyJudge) -> JSONRecords.Record? {
        var parts = [object]
        var level = [object]
        for _ in 0..<3 {
            level = level.flatMap { part in part.keys.sorted().compactMap { part[$0] as? [String: Any] } }
            parts += level
        }
        let pairs = parts.enumerated().flatMap { number, part in
            part.keys.sorted().map { key in (part: number, key: key, kind: judge.kind(of: key), value: FieldRecords.unwrapped(part[key] as Any)) }
        }
        guard let (titlePart, title) = pairs.lazy.filter({ $0.kind == .title && (!strict || $0.part == 0) })
            .compactMap({ pair in titleText(pair.value).map { (pair.part, $0) } }).first
        else { return nil }
        // The title in an inner object that is a record itself: that record, with its own inner objects.
        if titlePart > 0, let record = read(parts[titlePart], rest: rest, strict: strict, dates: dates, judge: judge) {
            return record
        }
        var text = LineBytes.trimmed(rest)
        if text.isEmpty {
            let texts = pairs.filter { $0.kind == .text && (!strict || $0.part == 0) }.compactMap { prose($0.value) }
            var longest = texts.max { $0.utf8.count < $1.utf8.count }
            if longest == nil, !strict {
                longest = pairs.filter { $0.kind == nil }.compactMap { $0.value as? String }.map { LineBytes.trimmed($0) }
                    .filter { $0.utf8.count >= 400 }.max { $0.utf8.count < $1.utf8.count }
            }
            guard var chosen = longest, !chosen.isEmpty, chosen != title else { return nil }
            if XMLRecords.holdsMarkup(chosen) { chosen = XMLRecords.paragraphs(fromMarkup: chosen) }
            text = chosen
        }
        var record = JSONRecords.Record(title: title, rest: text == LineBytes.trimmed(rest) ? rest : text)
        record.authors = pairs.lazy.filter { $0.kind == .authors }.map { people($0.value, dates: dates) }.first { !$0.isEmpty } ?? []
        record.date = pairs.lazy.filter { $0.kind == .date }.compactMap { pair -> CalendarDate? in
            if let text = pair.value as? String { return TextFolding.hasAtMost(text, 80) ? dates.firstDate(in: text)?.date : nil }
            return FeedEntries.epochDate(pair.value)
        }.first
        record.source = pairs.lazy.filter { $0.kind == .source }.compactMap { FieldRecords.name($0.value) }
            .first { $0.utf8.count <= 120 && !LineBytes.contains($0, 0x0A) }
        return record
    }

    private static func titleText(_ value: Any) -> String? {
        guard let text = (value as? String).map({ LineBytes.trimmed($0) }), !text.isEmpty, text.utf8.count <= 300,
            !LineBytes.contains(text, 0x0A), LineBytes.contains(text, 0x20), !text.hasPrefix("http"), LayoutReader.isTitleLike(text)
        else { return nil }
        return text
    }

    /// A text value: a string, or a list of strings (its paragraphs).
    private static func prose(_ value: Any) -> String? {
        if let text = value as? String { return LineBytes.trimmed(text) }
        guard let list = value as? [Any], !list.isEmpty, list.allSatisfy({ $0 is String }) else { return nil }
        return list.compactMap { ($0 as? String).map { LineBytes.trimmed($0) } }.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// `Von Christoph Becker` (a byline as the field's value) read as a byline; any other value as
    /// `FieldRecords.people` reads a record's writers.
    private static func people(_ value: Any, dates: DateRecognizer) -> [String] {
        if let text = value as? String, let byline = Bylines.read(LineBytes.trimmed(text), dates: dates, keepsAgencies: false) {
            return byline.authors
        }
        return FieldRecords.people(value)
    }

    // MARK: - Words of keys (folded; a stem at the word's start, a longer one anywhere in it: `artikeltitel`)

    private static func holds(_ word: String, starting: [String], inside: [String] = [], exactly: Set<String> = []) -> Bool {
        exactly.contains(word) || starting.contains { word.hasPrefix($0) } || inside.contains { word.contains($0) }
    }

    /// A carrier's own time or person, an address, a picture, an id, a label or a summary: no field of the article.
    private static func isExcluded(_ word: String) -> Bool {
        holds(word, starting: ["sent", "receiv", "edit", "revis", "expir", "url", "uri", "link", "href", "image", "img", "photo",
                               "icon", "video", "audio", "lang", "email", "mail", "user", "owner", "poster", "lead", "seo",
                               "access", "index", "added", "saved", "saving", "mime", "charset", "note", "annot", "count",
                               "length", "size", "type", "sous", "over", "chapo", "chapeau", "score", "rank", "ante", "sopra",
                               "occhiello", "catenaccio", "volanta", "cintillo", "entradill", "bajada", "sumari", "lede",
                               "standfirst", "intro", "vorspann", "vortitel"],
              inside: ["modif", "updat", "crawl", "fetch", "captur", "clipped", "import", "export", "harvest", "retriev",
                       "caption", "credit", "thumb", "picture", "categor", "keyword", "section", "created", "creation",
                       "timestamp", "stamp", "version", "status", "format", "encoding", "comment", "highlight", "excerpt",
                       "abstract", "summary", "teaser", "kicker", "subtit", "subhead", "subline", "overline", "dachzeile",
                       "unterzeile", "untertitel", "surtitre", "soustitre", "uuid", "guid", "slug", "rubri", "ressort"],
              exactly: ["id", "ids", "key", "hash", "tag", "tags", "tagged", "page", "pages", "word", "words", "og", "twitter", "deck"])
    }

    private static func isTitleWord(_ word: String) -> Bool {
        holds(word, starting: ["head", "hdl", "titl", "tite", "titr", "titol", "titul"],
              inside: ["title", "titel", "titre", "titolo", "titulo", "headline", "schlagzeil", "uberschrift", "ueberschrift"],
              exactly: ["hed", "hl", "hl1", "ttl"])
    }

    private static func isAuthorWord(_ word: String) -> Bool {
        holds(word, starting: ["auth", "writer", "written", "creator", "reporter", "journalist", "correspond", "verfasser",
                               "firma", "assinatura"],
              inside: ["byline", "autor", "auteur", "author", "signatur"], exactly: ["by", "signed"])
    }

    private static func isDateWord(_ word: String) -> Bool {
        holds(word, starting: ["issued", "released", "erschien", "parution"],
              inside: ["date", "datum", "fecha", "pubtime"],
              exactly: ["data", "dt", "when", "day", "time", "paru", "published", "publie", "publiee", "publicado", "publicada",
                        "publicacao", "pubblicato", "pubblicata", "veroffentlicht", "pub"])
    }

    private static func isSourceWord(_ word: String) -> Bool {
        holds(word, starting: ["source", "publisher", "publication", "publikation", "publicacion", "pubblicazione", "paper",
                               "newspaper", "outlet", "site", "media", "medium", "masthead", "journal", "quelle", "fuente",
                               "fonte", "testata", "periodico", "giornale", "agency", "agence", "agentur", "agenzia", "agencia",
                               "provider", "brand", "verlag"],
              inside: ["zeitung", "quelle"])
    }

    private static func isTextWord(_ word: String) -> Bool {
        holds(word, starting: ["body", "txt", "content", "story", "article", "inhalt", "corpo", "contenu", "contenido",
                               "contenuto", "conteudo", "paragraph", "message", "description", "desc", "testo", "texto",
                               "artikel", "beitrag", "nachricht", "noticia", "notizia", "articolo", "articulo", "artigo"],
              inside: ["text"], exactly: ["copy", "paras", "para"])
    }
}
