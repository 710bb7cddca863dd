import ArticleEnrichment
import DateReading
import TextLayouts

/// Turns the bytes of one article file into an `Article`.
///
/// Pure: no file system, no clock, no globals. The same bytes always give the same Article.
/// Fails with `ArticleParseError` when the bytes are not an article a person would recognise
/// (empty, binary, no title to be found); the error says what failed and what to do.
///
/// Steps: reject empty and binary bytes → decode (UTF-8 ± BOM, UTF-16 with BOM, Windows-1252
/// fallback; NFC; LF) → reject whitespace-only text → detect the format from content (extension
/// only breaks ties) → guess the language (of a text clipping: `textLanguage`) → read the layout (see
/// `LayoutReader`; front matter and HTML metadata take precedence over what the layout finds)
/// → derive places, amounts and keywords (`ArticleEnrichment`) and the reading time.
public struct ArticleParser: Sendable {
    public init() {}

    /// - Parameters:
    ///   - bytes: the whole file, as read from disk.
    ///   - fileName: the original file name; only its extension is used, as a hint.
    public func parse(_ bytes: [UInt8], fileName: String? = nil) throws(ArticleParseError) -> Article {
        guard !bytes.isEmpty else { throw .empty }
        if let what = BinarySniffing.verdict(for: bytes) { throw .binary(what) }
        // A page saved as MHTML is read as the page it holds: the page of the address it says it saved when that
        // holds an article, else of its first pages (a frameset, a consent form or an advert's frame may come before
        // the article's) the one whose article has the most words; when none holds an article, as the file it is.
        var archived: Article?
        for page in WebArchive.pages(in: bytes, limit: Self.archivedPagesRead) {
            guard let reading = try? readArchivedPage(page), let read = try? article(from: reading, bytes: bytes, format: .html) else { continue }
            if page.isSnapshot { return read }
            if archived.map({ read.wordCount > $0.wordCount }) ?? true { archived = read }
        }
        if let archived { return archived }
        // A mail whose plain text comes before its HTML twin is read as text (`PlainTextMail`).
        let looksLikeHTML = HTMLCharset.looksLikeHTML(bytes)
        // So is `head`'s print of an unpacked EPUB, its chapter's `<html` under the package (`DeskCarriers`).
        let plainTextMail = looksLikeHTML && (PlainTextMail.leadsWithPlainText(bytes) || DeskCarriers.opensEPUBHead(bytes))
        if looksLikeHTML, !plainTextMail {
            // Saved pages are decoded by their declared charset, not by the text decoder.
            return try article(from: try readHTML(bytes, decoded: false), bytes: bytes, format: .html)
        }
        guard let (text, _) = TextDecoding.decode(bytes) else { throw .invalidUTF16 }
        guard text.contains(where: { !$0.isWhitespace }) else { throw .whitespaceOnly }
        let controls = BinarySniffing.controls(in: text)
        if let what = controls.verdict { throw .binary(what) }
        if FrontMatter.isOversized(text) { throw .frontMatterTooLong }

        let (format, front) = plainTextMail ? (.text, nil) : FormatDetection.detectWithFrontMatter(text, fileName: fileName)
        var reading: Reading
        switch format {
        case .text:
            reading = try readText(text)
            // Every field of a text layout is cut from its lines (joined by spaces).
            reading.controlFree = controls.onlyLineFeeds
        case .markdown: reading = try readMarkdown(text, front: front)
        case .html:
            // A page's fragment (no `<html>`) the HTML reader finds no article in is read as the
            // text it is, rather than rejected (asked only then: most pages have their article).
            do {
                reading = try readHTML(Array(text.utf8), decoded: true)
                if !reading.layout.body.isEmpty || !FormatDetection.isFragment(FormatDetection.trimmedHead(text)) { break }
            } catch {
                guard FormatDetection.isFragment(FormatDetection.trimmedHead(text)) else { throw error }
            }
            var asText = try readText(text)
            asText.controlFree = controls.onlyLineFeeds
            return try article(from: asText, bytes: bytes, format: .text)
        }
        return try article(from: reading, bytes: bytes, format: format)
    }

    /// How many of an MHTML archive's pages are read at most (each is parsed whole).
    static let archivedPagesRead = 6

    /// Every reader's layout passes `ArticleFields.clean` (controls out, single-line fields cut,
    /// a title and a body required) before it becomes an Article.
    private func article(from reading: Reading, bytes: [UInt8], format: Article.Format) throws(ArticleParseError) -> Article {
        let layout = try ArticleFields.clean(reading.layout, controlFree: reading.controlFree)
        let derived = Enrichment.derive(title: layout.title, body: layout.body, language: reading.language)
        return Article(
            id: ContentID.of(bytes), title: layout.title, authors: layout.authors,
            source: layout.source, site: layout.site, published: layout.published?.iso,
            language: reading.language, summary: layout.summary,
            lede: layout.body.first ?? "", body: layout.body,
            wordCount: WordCounting.count(layout.body), format: format,
            places: derived.places, amounts: derived.amounts, keywords: derived.keywords)
    }

    /// A layout plus the language it was read with.
    private struct Reading {
        var layout: TextLayout
        var language: String?
        /// No field holds a control scalar (see `ArticleFields.clean(_:controlFree:)`).
        var controlFree = false
    }

    /// How many bytes of a plain-text clipping CLD2 classifies first (HTML and Markdown keep the
    /// guesser's 4 KiB): CLD2 costs about 25 µs plus 19 µs per KiB here. When that sample gives
    /// no verdict (too few words, not reliable: CJK text, whose characters take three bytes) and
    /// the text is longer, the 4 KiB sample decides, as before. A text whose first KiB is in
    /// another language than what follows is now classified by that KiB. Output as with 4 KiB
    /// alone on every fixture, seed, fuzz regression, eval page, story and clipping; it differs
    /// on 5 other files under .eval (Python sources, word lists) (scripts/compare_parse.py).
    /// A 512-byte sample changes 1,497 of the 21,686 files compare_parse reads (1,483 of them
    /// clippings): CLD2's verdict depends on every byte it is given, so no shorter sample is
    /// safe in general.
    static let textLanguageSample = 1024

    /// The language of a plain-text clipping: see `textLanguageSample`.
    static func textLanguage(_ text: String) -> String? {
        LanguageGuesser(sampleBytes: textLanguageSample).guess(text)
            ?? (text.utf8.count > textLanguageSample ? LanguageGuesser().guess(text) : nil)
    }

    private func readText(_ text: String) throws(ArticleParseError) -> Reading {
        let language = Self.textLanguage(text)
        // English is written both ways round: an English text reads numeric dates day first, the
        // desk's convention, unless the file tells otherwise (`LayoutReader`'s desk order).
        let reader = LayoutReader(dates: DateRecognizer(language: language == "en" ? nil : language, keepsTime: true))
        guard let layout = reader.read(text) else { throw .noTitle }
        return Reading(layout: layout, language: language)
    }

    /// See `MarkdownArticle`: YAML front matter (Yams) over the Markdown body's layout.
    private func readMarkdown(_ text: String, front: FrontMatter.Parsed?) throws(ArticleParseError) -> Reading {
        let page = try MarkdownArticle.read(text, front: front)
        return Reading(layout: page.layout, language: page.language)
    }

    /// The page of an MHTML archive (`WebArchive`): decoded by the charset its MIME part names
    /// when the HTML declares none (UTF-16 without a byte order mark when its bytes hold NULs),
    /// else as any saved page (`HTMLCharset`).
    private func readArchivedPage(_ archived: WebArchive.Page) throws(ArticleParseError) -> Reading {
        // A part in UTF-16 without a byte order mark (`charset=utf-16le`): its bytes hold NULs, which no page in an 8-bit
        // charset does, so the part's word is taken (a saved page's `utf-16` with no NUL is UTF-8 re-saved: below).
        if let named = archived.charset, named.hasPrefix("utf-16"), !archived.html.starts(with: [0xFF, 0xFE]),
            !archived.html.starts(with: [0xFE, 0xFF]), archived.html.prefix(4096).contains(0)
        {
            let html = archived.html
            let order = named.hasSuffix("le") || named == "utf-16" && html.count > 1 && html[0] != 0 && html[1] == 0 ? "UTF-16LE" : "UTF-16BE"
            if let utf8 = IconvDecoding.utf8(html, from: order) { return try readHTML(utf8, decoded: true) }
        }
        guard let charset = archived.charset.map(HTMLCharset.normalised), charset != "utf-8",
            HTMLCharset.declared(in: archived.html) == nil
        else { return try readHTML(archived.html, decoded: false) }
        let utf8 =
            charset == "windows-1252"
            ? Array(TextDecoding.decodeWindows1252(archived.html).utf8) : IconvDecoding.utf8(archived.html, from: charset)
        // A charset iconv does not know: read as any saved page.
        guard let utf8 else { return try readHTML(archived.html, decoded: false) }
        return try readHTML(utf8, decoded: true)
    }

    /// See `HTMLArticle`: libxml2's parse, page metadata first, then readability-style text.
    /// - Parameter decoded: the bytes are already UTF-8 (the text path); ignore `<meta charset>`.
    private func readHTML(_ bytes: [UInt8], decoded: Bool) throws(ArticleParseError) -> Reading {
        let page = try HTMLArticle.read(bytes, decoded: decoded) { LanguageGuesser().guess($0) }
        return Reading(layout: page.layout, language: page.language)
    }
}

/// Why a file is not an article, and what the person who dropped it can do about it.
public struct ArticleParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What failed, e.g. "the file is empty" or "the file looks binary (PNG image)".
    public var reason: String
    /// What to do, e.g. "save the article as UTF-8 text, Markdown or HTML and drop it again".
    public var hint: String

    public init(reason: String, hint: String) {
        self.reason = reason
        self.hint = hint
    }

    public var description: String { hint.isEmpty ? reason : "\(reason); \(hint)" }
}
