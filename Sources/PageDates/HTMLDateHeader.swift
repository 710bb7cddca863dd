import DateReading
import HTMLTree
import TextToolkit

/// The publication date a page states in its `<meta>` tags and JSON blocks, read the way
/// htmldate reads them when asked for the original date.
///
/// Contract (`metaDate`): the `<meta>` tags are read in document order and the first one that
/// names a publication date and holds a valid one wins: `property` in `publishedNames`; else a
/// `name` in `publishedNames`, or `name="og:url"` whose URL has a full date; else
/// `pubdate="pubdate"`; else `itemprop` `datePublished`/`dateCreated`/`pubYear` (its `datetime`
/// or `content`); else `http-equiv="date"`. Only one attribute of a tag is read, in that order
/// (a tag with `property` and `content` is never read by its `name`). A last-modified name or
/// `http-equiv` is kept in reserve and used when no tag names a publication date (the last such
/// tag read decides); a copyright year is never a date (no day is invented). `jsonDate`: the first
/// `"datePublished": "YYYY-MM-DD…"` in a JSON block that has one valid. Pure; nil when none.
enum HTMLDateHeader {
    static let publishedNames: Set<String> = [
        "article.created", "article_date_original", "article.published", "article:published_time",
        "article:publicationdate", "bt:pubdate", "citation_date", "citation_publication_date", "created",
        "cxenseparse:recs:publishtime", "date", "date_published", "datecreated", "dateposted",
        "datepublished", "dc.date", "dc.created", "dc.date.created", "dc.date.issued",
        "dc.date.publication", "dcterms.created", "dcterms.date", "dcterms.issued", "dc:created",
        "dc:date", "gentime", "og:published_time", "og:article:published_time",
        "originalpublicationdate", "parsely-pub-date", "pubdate", "publishdate", "publish_date",
        "published-date", "publication_date", "rnews:datepublished", "sailthru.date",
        "shareaholic:article_published_time", "timestamp",
    ]
    private static let lastModifiedNames: Set<String> = ["lastmodified", "last-modified"]
    private static let publishedItemprops: Set<String> = ["datecreated", "datepublished", "pubyear"]

    static func metaDate(
        _ markup: HTMLDateMarkup, document: HTMLDocument, expression: HTMLDateExpression
    ) -> CalendarDate? {
        var reserve: CalendarDate?
        for index in markup.metas {
            let content = document.attribute(.content, of: index)
            func read() -> CalendarDate? { content.flatMap { expression.date($0) } }
            if let property = document.lowercased(.property, of: index), content != nil {
                if publishedNames.contains(property), let found = read() { return found }
            } else if let name = document.lowercased(.name, of: index), content != nil {
                if name == "og:url" {
                    if let found = content.flatMap(HTMLDates.urlDate) { return found }
                } else if publishedNames.contains(name) {
                    if let found = read() { return found }
                } else if lastModifiedNames.contains(name) {
                    reserve = read()
                }
            } else if let pubdate = document.lowercased(.pubdate, of: index) {
                if pubdate == "pubdate", let found = read() { return found }
            } else if let itemprop = document.lowercased(.itemprop, of: index) {
                if publishedItemprops.contains(itemprop) {
                    let value = document.attribute(.datetime, of: index) ?? content
                    if let found = value.flatMap({ expression.date($0) }) { return found }
                }
            } else if let equiv = document.lowercased(.httpEquiv, of: index) {
                if equiv == "date", let found = read() { return found }
                if equiv == "last-modified" { reserve = read() }
            }
        }
        return reserve
    }

    private static let publishedKey = Array("\"datepublished\":".utf8)

    /// `"datePublished": "2019-06-20…"` (any letter case, one optional space) in a JSON block.
    static func jsonDate(_ markup: HTMLDateMarkup, document: HTMLDocument) -> CalendarDate? {
        for index in markup.scripts {
            let bytes = Array(document.rawText(of: index).utf8)
            var start = 0
            while start + publishedKey.count < bytes.count {
                defer { start += 1 }
                guard bytes[start] == 0x22, ByteSearch.matchesIgnoringCase(publishedKey, in: bytes, at: start)
                else { continue }
                var cursor = start + publishedKey.count
                if cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
                guard cursor + 11 <= bytes.count, bytes[cursor] == 0x22 else { continue }
                let date = Array(bytes[(cursor + 1)..<(cursor + 11)])
                let runs = DigitRun.all(in: date)
                guard runs.count == 3, runs.map(\.length) == [4, 2, 2], date[4] == 0x2D, date[7] == 0x2D else { continue }
                if let found = HTMLDateExpression.plausibleDate(year: runs[0].value, month: runs[1].value, day: runs[2].value) {
                    return found
                }
                break
            }
        }
        return nil
    }
}
