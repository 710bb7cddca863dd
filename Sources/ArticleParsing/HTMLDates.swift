/// The publication date of a page, found the way htmldate (1.2.3) finds a page's original date.
///
/// Contract: sources in order, the first that holds a valid date (1995 or later) wins:
/// 1. a full date in the canonical URL (`<link rel="canonical">`: `/2019/06/24/`, `2019-6-24`);
/// 2. the `<meta>` tags in document order (`HTMLDateHeader.metaDate`: publication names such as
///    `article:published_time`, `date`, `dc.date`, `pubdate`, `og:url`, itemprop
///    `datePublished`; a last-modified or copyright-year tag only as a reserve);
/// 3. `"datePublished": "YYYY-MM-DD"` in a JSON-LD (or settings JSON) block;
/// 4. `<abbr>` elements (`HTMLDateElements.abbrDate`: `data-utime`, class `published`);
/// 5. the first element named like a date, a byline, metadata or a footer (`HTMLDateMarkup`,
///    `HTMLDateElements.firstDate`) whose text (its first 48 characters up to the last digit)
///    or `title` attribute is a date;
/// 6. `<time>` elements (`HTMLDateElements.timeDate`: `pubdate`, `entry-date`, `datetime`);
/// 7. the first `YYYY-MM-DD hh:mm:ss` timestamp in the markup (`HTMLDatePageText`);
/// 8. `Datum:`/`Stand: D.M.Y`, `date`/`updated`/`published` followed by a numeric date;
/// 9. a date in the `<title>` or an `<h1>`;
/// 10. a year and month in the canonical URL (`/2019/06/`: the 1st);
/// 11. a full date in the URL of the `og:image`;
/// 12. the earliest date among short text nodes of `<div>`, `<li>`, `<p>`, `<span>`;
/// 13. the date written most often in the markup, by pattern (`HTMLDatePageSearch`).
/// Short expressions are read by `HTMLDateExpression` (numeric forms, month names, and the
/// page's language through `DateRecognizer`). Pure; never fails; nil when the page states no
/// date.
enum HTMLDates {
    static func find(
        metadata: HTMLMetadata, page: [UInt8], document: HTMLDocument, dates: DateRecognizer
    ) -> CalendarDate? {
        let markup = metadata.dateMarkup
        let expression = HTMLDateExpression(recognizer: dates)
        let url = metadata.canonicalURL
        if let found = url.flatMap(urlDate) { return found }
        if let found = HTMLDateHeader.metaDate(markup, document: document, expression: expression) { return found }
        if let found = HTMLDateHeader.jsonDate(markup, document: document) { return found }
        if let found = HTMLDateElements.abbrDate(markup, document: document, expression: expression) { return found }
        if let found = HTMLDateElements.firstDate(markup.named(in: document), document: document, expression: expression) {
            return found
        }
        if let found = HTMLDateElements.timeDate(markup, document: document, expression: expression) { return found }
        let text = HTMLDatePageText(page)
        if let found = text.timestamp() ?? text.idiosyncrasy() { return found }
        if let found = HTMLDateElements.headingDate(markup, document: document, expression: expression) { return found }
        if let found = url.flatMap(urlYearMonth) { return found }
        if let found = metadata.meta["og:image"]?.first.flatMap(urlDate) { return found }
        if let found = HTMLDateElements.freeTextDate(document: document, expression: expression) { return found }
        return HTMLDatePageSearch(text: text).date()
    }

    /// The first `YYYY/M/D` in a URL (separators `/`, `_`, `-`; after a non-digit), when valid.
    static func urlDate(_ url: String) -> CalendarDate? {
        guard let runs = urlRuns(url, [4...4, 1...2, 1...2]) else { return nil }
        return HTMLDateExpression.plausibleDate(year: runs[0].value, month: runs[1].value, day: runs[2].value)
    }

    /// The first `YYYY/MM` in a URL, as the 1st of that month, when valid.
    static func urlYearMonth(_ url: String) -> CalendarDate? {
        guard let runs = urlRuns(url, [4...4, 2...2]) else { return nil }
        return HTMLDateExpression.plausibleDate(year: runs[0].value, month: runs[1].value, day: 1)
    }

    /// The first chain of digit runs of these lengths joined by single `/`, `_` or `-`.
    private static func urlRuns(_ url: String, _ lengths: [ClosedRange<Int>]) -> [DigitRun]? {
        let bytes = Array(url.utf8)
        let runs = DigitRun.all(in: bytes)
        let separators: Set<UInt8> = [UInt8(ascii: "/"), UInt8(ascii: "_"), UInt8(ascii: "-")]
        for start in runs.indices where start + lengths.count <= runs.count && runs[start].start > 0 {
            let chain = Array(runs[start..<(start + lengths.count)])
            let linked = chain.indices.allSatisfy { offset in
                lengths[offset].contains(chain[offset].length)
                    && (offset == 0 || (chain[offset].start == chain[offset - 1].end + 1
                        && separators.contains(bytes[chain[offset - 1].end])))
            }
            if linked { return chain }
        }
        return nil
    }
}
