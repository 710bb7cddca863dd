/// Turns the bytes of one article file into an `Article`.
///
/// Pure: no file system, no clock, no globals. The same bytes always give the same Article.
/// Fails with `ArticleParseError` when the bytes are not an article a person would recognise
/// (empty, binary, no title to be found); the error says what failed and what to do.
///
/// Steps: reject empty and binary bytes → decode (UTF-8 ± BOM, UTF-16 with BOM, Windows-1252
/// fallback; NFC; LF) → reject whitespace-only text → detect the format from content (extension
/// only breaks ties) → guess the language from the whole text → read the layout (see
/// `LayoutReader`; front matter and HTML metadata take precedence over what the layout finds).
public struct ArticleParser: Sendable {
    public init() {}

    /// - Parameters:
    ///   - bytes: the whole file, as read from disk.
    ///   - fileName: the original file name; only its extension is used, as a hint.
    public func parse(_ bytes: [UInt8], fileName: String? = nil) throws(ArticleParseError) -> Article {
        guard !bytes.isEmpty else { throw .empty }
        if let what = BinarySniffing.verdict(for: bytes) { throw .binary(what) }
        guard let (text, _) = TextDecoding.decode(bytes) else { throw .invalidUTF16 }
        guard text.contains(where: { !$0.isWhitespace }) else { throw .whitespaceOnly }
        if let what = BinarySniffing.controlCharacterVerdict(for: text) { throw .binary(what) }

        let format = FormatDetection.detect(text, fileName: fileName)
        let reading: Reading
        switch format {
        case .text: reading = try readText(text)
        case .markdown: reading = try readMarkdown(text)
        case .html: reading = try readHTML(text)
        }
        let layout = reading.layout
        return Article(
            id: ContentID.of(bytes), title: layout.title, authors: layout.authors,
            source: layout.source, site: layout.site, published: layout.published?.iso,
            language: reading.language, lede: layout.body.first ?? "", body: layout.body,
            wordCount: WordCounting.count(layout.body), format: format)
    }

    /// A layout plus the language it was read with.
    private struct Reading {
        var layout: TextLayout
        var language: String?
    }

    private func readText(_ text: String) throws(ArticleParseError) -> Reading {
        let language = LanguageGuesser().guess(text)
        let reader = LayoutReader(dates: DateRecognizer(language: language))
        return Reading(layout: try reader.read(text), language: language)
    }

    /// Front matter keys `title`, `author`/`authors`, `date`, `source`, `site`, `lang`/`language`
    /// override what the Markdown body's layout says.
    private func readMarkdown(_ text: String) throws(ArticleParseError) -> Reading {
        guard let front = FrontMatter.split(text) else { return try readText(text) }
        let declared = languageCode(front.fields["lang"] ?? front.fields["language"])
        let language = declared ?? LanguageGuesser().guess(front.body)
        let dates = DateRecognizer(language: language)
        let title = front.fields["title"].flatMap { $0.isEmpty ? nil : $0 }
        var layout = try LayoutReader(dates: dates).read(front.body, knownTitle: title)
        let authors = front.list("authors") + front.list("author")
        if !authors.isEmpty { layout.authors = authors }
        if let date = front.fields["date"].flatMap({ dates.firstDate(in: $0) }) { layout.published = date.date }
        layout.source = front.fields["source"].flatMap { $0.isEmpty ? nil : $0 } ?? layout.source
        layout.site = front.fields["site"].flatMap { $0.isEmpty ? nil : $0 } ?? layout.site
        return Reading(layout: layout, language: language)
    }

    /// `<meta>` author, publication date and site name override the layout's findings.
    private func readHTML(_ text: String) throws(ArticleParseError) -> Reading {
        let page = HTMLText.extract(text)
        let language = languageCode(page.language) ?? LanguageGuesser().guess(page.text)
        let dates = DateRecognizer(language: language)
        var layout = try LayoutReader(dates: dates).read(page.text, knownTitle: page.title)
        if let author = page.meta["author"], let names = Bylines.names(author) { layout.authors = names }
        let published = page.meta["article:published_time"] ?? page.meta["date"]
        if let date = published.flatMap({ dates.firstDate(in: $0) }) { layout.published = date.date }
        layout.site = page.meta["og:site_name"] ?? layout.site
        return Reading(layout: layout, language: language)
    }

    /// `fr-FR` → `fr`; nil unless the value starts with two letters.
    private func languageCode(_ value: String?) -> String? {
        guard let value else { return nil }
        let code = TextFolding.fold(value.prefix { $0.isLetter })
        return code.count == 2 ? code : nil
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
