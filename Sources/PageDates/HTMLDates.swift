import DateReading
import HTMLTree
import TextToolkit

/// The publication date of a page: the date its main article was first published.
///
/// Contract: sources in order, the first that holds a valid date (1995 or later) wins:
/// 1. a full date in the canonical URL (`<link rel="canonical">`: `/2019/06/24/`, `2019-6-24`);
/// 2. the main article's own date in structured data (`HTMLArticleDate`: JSON-LD, then
///    microdata `datePublished`), which beats a print edition's `<meta name="date">`, an
///    `article:published_time` that is a re-publication time and related stories' dates;
/// 3. the `<meta>` tags in document order (`HTMLDateHeader.metaDate`: publication names such as
///    `article:published_time`, `date`, `dc.date`, `pubdate`, `og:url`, itemprop
///    `datePublished`; a last-modified tag only as a reserve);
/// 4. when no JSON-LD article object is there: `"datePublished": "YYYY-MM-DD"` in a JSON block;
/// 5. `<abbr>` elements (`HTMLDateElements.abbrDate`: `data-utime`, class `published`);
/// 6. the first element named like a date, a byline, metadata or a footer (`HTMLDateMarkup`,
///    `HTMLDateElements.firstDate`) whose text (its first 48 characters up to the last digit)
///    or `title` attribute is a date;
/// 7. `<time>` elements (`HTMLDateElements.timeDate`: `pubdate`, `entry-date`, `datetime`);
/// 8. the first `YYYY-MM-DD hh:mm:ss` timestamp in the markup (`HTMLDatePageText`);
/// 9. `Datum:`/`Stand: D.M.Y`, `date`/`updated`/`published` followed by a numeric date;
/// 10. a date in the `<title>` or an `<h1>`;
/// 11. a full date in the URL of the `og:image`;
/// 12. the earliest date among short text nodes of `<div>`, `<li>`, `<p>`, `<span>`.
/// Otherwise nil: a copyright year, a year and month alone, or the date written most often in
/// the markup are not taken for the publication date (no day is invented). Sources 1–9 follow
/// htmldate 1.2.3's order for the original date, with the main article's structured data moved
/// ahead of the `<meta>` tags.
///
/// A numeric date with the day and month both 12 or less (`03/04/2023`) is read month first
/// when the page writes other dates `M/D/YYYY` unambiguously (`04/13/2023`), day first when it
/// writes them `D/M/YYYY`, else as its locale does: month first only for English pages declared
/// for the United States (`en-US`, `en_US`), day first otherwise (fr, de, es, it, pt, en-GB, …).
/// Short expressions are read by `HTMLDateExpression` (numeric forms, month names, and the
/// page's language through `DateRecognizer`). Pure; never fails; nil when the page states no
/// date.
package enum HTMLDates {
    /// - Parameters:
    ///   - facts: what the HTML extraction read of the page (`PageDateFacts`).
    ///   - monthFirst: the page's locale writes numeric dates month first (`en-US`).
    package static func find(
        _ facts: PageDateFacts, page: [UInt8], document: HTMLDocument, dates: DateRecognizer, monthFirst: Bool
    ) -> CalendarDate? {
        let markup = facts.markup
        let url = facts.canonicalURL
        if let found = url.flatMap(urlDate) { return found }
        var expression = HTMLDateExpression(recognizer: dates)
        expression.order = NumericDateOrder(page: page, otherwise: monthFirst)
        if let found = HTMLArticleDate.find(facts, document: document, expression: expression) {
            return found
        }
        if let found = HTMLDateHeader.metaDate(markup, document: document, expression: expression) { return found }
        if !facts.jsonLDIsArticle, let found = HTMLDateHeader.jsonDate(markup, document: document) { return found }
        if let found = HTMLDateElements.abbrDate(markup, document: document, expression: expression) { return found }
        if let found = HTMLDateElements.firstDate(markup.named(in: document), document: document, expression: expression) {
            return found
        }
        if let found = HTMLDateElements.timeDate(markup, document: document, expression: expression) { return found }
        let text = HTMLDatePageText(page)
        if let found = text.timestamp() ?? text.idiosyncrasy() { return found }
        if let found = HTMLDateElements.headingDate(
            markup, document: document, expression: expression, titleDateSegment: facts.titleDateSegment)
        {
            return found
        }
        if let found = facts.imageURL.flatMap(urlDate) { return found }
        return HTMLDateElements.freeTextDate(document: document, expression: expression)
    }

    /// How the page itself orders `A/B/YYYY` dates: true (month first) when some have `B` > 12
    /// and none `A` > 12, false (day first) for the reverse, nil when it never says.
    static func numericOrder(_ page: [UInt8]) -> Bool? {
        var monthFirst = 0
        var dayFirst = 0
        page.withUnsafeBufferPointer { bytes in
            func number(_ end: Int) -> (value: Int, start: Int)? {
                var start = end
                while start > 0, end - start < 3, DigitRun.isDigit(bytes[start - 1]) { start -= 1 }
                guard (1...2).contains(end - start), start == 0 || !DigitRun.isDigit(bytes[start - 1]) else { return nil }
                return (bytes[start..<end].reduce(0) { $0 * 10 + Int($1 - 0x30) }, start)
            }
            var index = 0
            while let slash = ByteSearch.firstIndex(of: 0x2F, in: bytes, from: index) {
                index = slash + 1
                // `A/B/YYYY` with the first slash at `slash`.
                guard let first = number(slash) else { continue }
                var cursor = slash + 1
                var second = 0
                var digits = 0
                while cursor < bytes.count, DigitRun.isDigit(bytes[cursor]), digits < 3 {
                    second = second * 10 + Int(bytes[cursor] - 0x30)
                    cursor += 1
                    digits += 1
                }
                guard (1...2).contains(digits), cursor + 4 < bytes.count, bytes[cursor] == 0x2F,
                    (1...4).allSatisfy({ DigitRun.isDigit(bytes[cursor + $0]) }),
                    cursor + 5 == bytes.count || !DigitRun.isDigit(bytes[cursor + 5])
                else { continue }
                if first.value > 12, first.value <= 31, (1...12).contains(second) { dayFirst += 1 }
                if second > 12, second <= 31, (1...12).contains(first.value) { monthFirst += 1 }
                index = cursor + 5
            }
        }
        if monthFirst > 0, dayFirst == 0 { return true }
        if dayFirst > 0, monthFirst == 0 { return false }
        return nil
    }

    /// The first `YYYY/M/D` in a URL (separators `/`, `_`, `-`; after a non-digit), when valid.
    static func urlDate(_ url: String) -> CalendarDate? {
        guard let runs = urlRuns(url, [4...4, 1...2, 1...2]) else { return nil }
        return HTMLDateExpression.plausibleDate(year: runs[0].value, month: runs[1].value, day: runs[2].value)
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
