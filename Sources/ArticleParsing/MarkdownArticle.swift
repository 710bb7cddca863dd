import ArticleEnrichment
import DateReading
import TextLayouts
import TextToolkit

/// Reads a Markdown article: YAML front matter (`FrontMatter`) for metadata, the Markdown body
/// (`MarkdownText`) for the title when none is declared, the byline and the paragraphs.
///
/// Contract: front matter keys override what the body's layout says — `title`; `authors` or
/// `author` (a list or a string: `A, B`, `A and B`); `date` (also `published`), read with the
/// article's language and kept as a date-time with offset when it has a time; `source` (else what
/// the body states, else `publication` or `publisher`, Hugo's and Jekyll's keys, else a `site`
/// that is a name, not an address: a web clipper's `site: "The Guardian"`); `site`;
/// `lang`/`language` (`fr-FR` → `fr`; otherwise the language is identified from the body);
/// `description` (also `summary`) → `summary`. Throws `.noTitle` when neither the front matter nor
/// the body gives a title. Pure.
enum MarkdownArticle {
    struct Reading {
        var layout: TextLayout
        var language: String?
    }

    /// - Parameter front: the front matter when the caller already read it
    ///   (`FormatDetection.detectWithFrontMatter`); nil to read it here.
    static func read(_ text: String, front known: FrontMatter.Parsed? = nil) throws(ArticleParseError) -> Reading {
        let front = known ?? FrontMatter.split(text)
        let title = front?.value("title")
        let body = MarkdownText.plain(front?.body ?? text, markingTitle: title == nil)
        let declared = LanguageCode.twoLetter(front?.value("lang") ?? front?.value("language"))
        let language = declared ?? LanguageGuesser().guess(body)
        let dates = DateRecognizer(language: language, keepsTime: true)
        guard var layout = LayoutReader(dates: dates).read(body, knownTitle: title) else { throw .noTitle }
        guard let front else { return Reading(layout: layout, language: language) }
        // `[[Jane Doe]]`: a note app's link to the person's page.
        let authors = (front.list("authors") + front.list("author")).map(Self.withoutWikiLink).filter { !$0.isEmpty }
        if !authors.isEmpty { layout.authors = authors }
        if let date = (front.value("date") ?? front.value("published")).flatMap({ dates.firstDate(in: $0)?.date }) {
            layout.published = date
        }
        // `source: https://…` (a web clipper's) is where the text was copied from, not a publication.
        layout.source = front.value("source").flatMap { ExportLines.isAddress($0) ? nil : $0 } ?? layout.source
            ?? front.value("publication") ?? front.value("publisher")
            ?? (front.value("site") ?? front.value("sitename") ?? front.value("site_name")).flatMap { ExportLines.isAddress($0) ? nil : $0 }
        layout.site = front.value("site") ?? layout.site
        layout.summary = front.value("description") ?? front.value("summary")
        return Reading(layout: layout, language: language)
    }

    /// `[[Jane Doe]]` → `Jane Doe`; any other value as it is.
    private static func withoutWikiLink(_ value: String) -> String {
        guard value.hasPrefix("[["), value.hasSuffix("]]") else { return value }
        return TextFolding.trimmed(value.dropFirst(2).dropLast(2))
    }
}
