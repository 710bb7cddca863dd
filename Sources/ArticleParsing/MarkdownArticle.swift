import ArticleEnrichment
import DateReading
import HTMLExtraction
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
        // `[[Jane Doe]]`: a note app's link to the person's page; `By Jane Doe` (a web clipper's copy of the page's byline):
        // the names the byline gives.
        let authors = (front.list("authors") + front.list("author")).map(Self.withoutWikiLink).filter { !$0.isEmpty }
            .flatMap { value in Bylines.read(value, dates: dates, keepsAgencies: false).map(\.authors).flatMap { $0.isEmpty ? nil : $0 } ?? [value] }
        if !authors.isEmpty { layout.authors = authors }
        if let date = (front.value("date") ?? front.value("published")).flatMap({ dates.firstDate(in: $0)?.date }) {
            layout.published = date
        }
        // A web clipper's `source: https://www.reuters.com/…` under a tab title for heading (`Title | Reuters`, `Title -
        // El País`): the site's name after the headline, the address's host spelled, is the source; the headline the title.
        if front.value("title") == nil, let address = front.value("source"), let tab = Self.tabTitle(layout.title, address: address) {
            layout.title = tab.title
            layout.source = layout.source ?? tab.site
        }
        // `source: https://…` (a web clipper's) is where the text was copied from, not a publication.
        layout.source = front.value("source").flatMap { ExportLines.isAddress($0) ? nil : $0 } ?? layout.source
            ?? front.value("publication") ?? front.value("publisher")
            ?? (front.value("site") ?? front.value("sitename") ?? front.value("site_name")).flatMap { ExportLines.isAddress($0) ? nil : $0 }
        layout.site = front.value("site") ?? layout.site
        layout.summary = front.value("description") ?? front.value("summary")
        return Reading(layout: layout, language: language)
    }

    /// `Title | Reuters` with `https://www.reuters.com/…`, `Title - El País` with `https://elpais.com/…`, `Title — FAZ.NET`
    /// with `https://www.faz.net/…`: the headline and the site's name after the last ` | `, ` - `, ` — `, ` – ` or ` · `,
    /// when that name's letters (three or more) spell the host's (`www.` aside: `faznet`) or one of its names before the
    /// last (`elpais` in `elpais.com`; `Lyon` is not `lyonmag.com`'s, a headline's own `Saint-Étienne - Lyon`); nil otherwise.
    static func tabTitle(_ title: String, address: String) -> (title: String, site: String)? {
        guard var host = HTMLTitle.host(of: address)?[...] else { return nil }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        let hostLetters = String(host.filter { $0.isLetter || $0.isNumber })
        let hostNames = Set(host.split(separator: ".").dropLast().map { String($0.filter { $0.isLetter || $0.isNumber }) })
        for separator in [" | ", " - ", " — ", " – ", " · "] {
            guard let cut = title.ranges(of: separator).last else { continue }
            let site = TextFolding.trimmed(title[cut.upperBound...])
            let head = TextFolding.trimmed(title[..<cut.lowerBound])
            let letters = String(TextFolding.fold(site).filter { $0.isLetter || $0.isNumber })
            guard letters.count >= 3, !head.isEmpty, letters == hostLetters || hostNames.contains(letters) else { continue }
            return (head, site)
        }
        return nil
    }

    /// `[[Jane Doe]]` → `Jane Doe`; any other value as it is.
    private static func withoutWikiLink(_ value: String) -> String {
        guard value.hasPrefix("[["), value.hasSuffix("]]") else { return value }
        return TextFolding.trimmed(value.dropFirst(2).dropLast(2))
    }
}
