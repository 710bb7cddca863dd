/// The publication date of a page, from the most to the least reliable place that states one.
///
/// Contract: sources in order are the JSON-LD article `datePublished`; publication `<meta>` tags
/// (`article:published_time`, `date`, `dc.date`, `pubdate`, …); microdata `datePublished`;
/// a `<time>` marked `pubdate`/`itemprop=datePublished`; a date line among the text blocks right
/// after the `<h1>` (the article's header: `16 février 2026`, `Stand: 29.03.2017`, a byline with
/// a date); the first `<time>` in the article (or after the `<h1>`); the first element whose
/// class or id names a date (`post-date`, `datum`, `fecha`) and holds one; the JSON-LD web page's
/// date; a date in the canonical URL (`/2019/06/24/`, `2019-10-…`); the page's modification date
/// (`article:modified_time`, `dateModified`, `last-modified`); and last a date in the URL of the
/// page's `og:image`/`twitter:image`. The first source that holds a valid date wins. Pure; never
/// fails; nil when the page states no date.
enum HTMLDates {
    private static let publishedKeys = [
        "article:published_time", "og:published_time", "article:published", "datepublished",
        "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
        "dc.date.created", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
        "sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate",
        "citation_publication_date", "citation_date", "og:article:published_time", "created",
    ]
    private static let modifiedKeys = [
        "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified",
        "dc.date.modified", "revised",
    ]

    static func find(
        metadata: HTMLMetadata, jsonLD: HTMLJSONLD, article: Int?, document: HTMLDocument,
        dates: DateRecognizer
    ) -> CalendarDate? {
        func date(_ value: String?) -> CalendarDate? {
            value.flatMap { dates.firstDate(in: $0)?.date }
        }
        if jsonLD.isArticle, let found = date(jsonLD.published) { return found }
        for key in publishedKeys {
            for value in metadata.meta[key] ?? [] {
                if let found = date(value) { return found }
            }
        }
        for item in metadata.microdata["datepublished"] ?? [] {
            if let found = date(item.value) { return found }
        }
        for time in metadata.times where time.isPublished {
            if let found = date(time.value) { return found }
        }
        if let found = dateNearHeading(metadata: metadata, document: document, dates: dates) { return found }
        if let found = firstTime(metadata: metadata, article: article, document: document, date: date) {
            return found
        }
        if let found = firstDateElement(metadata: metadata, article: article, document: document, date: date) {
            return found
        }
        if !jsonLD.isArticle, let found = date(jsonLD.published) { return found }
        if let found = urlDate(metadata.canonicalURL ?? metadata.first("og:url")) { return found }
        for key in modifiedKeys {
            for value in metadata.meta[key] ?? [] {
                if let found = date(value) { return found }
            }
        }
        return urlDate(metadata.first("og:image") ?? metadata.first("twitter:image"))
    }

    /// The first `<time>` inside the article, else the first one after the `<h1>`.
    private static func firstTime(
        metadata: HTMLMetadata, article: Int?, document: HTMLDocument, date: (String?) -> CalendarDate?
    ) -> CalendarDate? {
        if let article {
            let range = article..<Int(document.nodes[article].end)
            for time in metadata.times where range.contains(time.index) {
                if let found = date(time.value) { return found }
            }
        }
        if let heading = metadata.headings.first?.index {
            for time in metadata.times where time.index > heading {
                if let found = date(time.value) { return found }
            }
        }
        return nil
    }

    /// The first element named like a date (`class="post-date"`, `id="datum"`) holding one:
    /// inside the article, else after the `<h1>`, else anywhere.
    private static func firstDateElement(
        metadata: HTMLMetadata, article: Int?, document: HTMLDocument, date: (String?) -> CalendarDate?
    ) -> CalendarDate? {
        let dated = metadata.dateElements.compactMap { element in date(element.text).map { (element.index, $0) } }
        if let article {
            let range = article..<Int(document.nodes[article].end)
            if let found = dated.first(where: { range.contains($0.0) }) { return found.1 }
        }
        if let heading = metadata.headings.first?.index, let found = dated.first(where: { $0.0 > heading }) {
            return found.1
        }
        return dated.first?.1
    }

    /// `/2019/06/24/`, `/2019-06-24`, `/20190624` in a URL's path.
    static func urlDate(_ url: String?) -> CalendarDate? {
        guard let url else { return nil }
        let digits = url.split(whereSeparator: { !$0.isNumber }).map(String.init)
        for (index, part) in digits.enumerated() where part.count == 4 && index + 2 < digits.count {
            guard let year = Int(part), digits[index + 1].count <= 2, digits[index + 2].count <= 2,
                let month = Int(digits[index + 1]), let day = Int(digits[index + 2])
            else { continue }
            if let date = CalendarDate(year: year, month: month, day: day) { return date }
        }
        for part in digits where part.count == 8 {
            let value = Array(part)
            if let year = Int(String(value[0..<4])), let month = Int(String(value[4..<6])),
                let day = Int(String(value[6..<8])), (1995...2100).contains(year),
                let date = CalendarDate(year: year, month: month, day: day)
            {
                return date
            }
        }
        return nil
    }

    /// A short date line (`16 février 2026`, `Stand: 29.03.2017`, a byline with a date) in the
    /// few text blocks that follow the `<h1>`.
    private static func dateNearHeading(
        metadata: HTMLMetadata, document: HTMLDocument, dates: DateRecognizer
    ) -> CalendarDate? {
        guard let heading = metadata.headings.first?.index else { return nil }
        var position = Int(document.nodes[heading].end)
        var seen = 0
        while position < document.count, seen < 12 {
            let tag = document.tag(position)
            if tag.isNeverText {
                position = Int(document.nodes[position].end)
                continue
            }
            if tag == .text {
                let text = HTMLDocument.collapsed(document.textBytes(position))
                if !text.isEmpty {
                    seen += 1
                    if text.count <= 120, let found = dates.firstDate(in: text) { return found.date }
                }
            }
            position += 1
        }
        return nil
    }
}
