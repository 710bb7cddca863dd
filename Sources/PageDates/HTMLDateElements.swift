import DateReading
import HTMLTree

/// The dates a page's body states in its markup, read the way htmldate reads them when asked
/// for the original date. Each function is one of `HTMLDates`' sources; all are pure and give
/// nil when the page has no such date.
enum HTMLDateElements {
    private static let abbrClasses: Set<String> = ["date-published", "published", "time published"]

    /// `<abbr>`: the earliest `data-utime` (Unix seconds) or date of an `<abbr>` whose class is
    /// exactly `published`, `date-published` or `time published` (its `title` attribute, which
    /// wins at once, else its own text when longer than 10 characters, a leading `am ` dropped);
    /// else the first `<abbr>` whose text or title holds a date (see `firstDate`).
    static func abbrDate(_ markup: HTMLDateMarkup, document: HTMLDocument, expression: HTMLDateExpression) -> CalendarDate? {
        guard markup.abbrs.count < HTMLDateMarkup.maximumNamed else { return nil }
        var earliest: CalendarDate?
        func consider(_ date: CalendarDate?) {
            guard let date else { return }
            if earliest.map({ date.isBefore($0) }) ?? true { earliest = date }
        }
        for index in markup.abbrs {
            if let utime = document.attribute(.dataUtime, of: index).flatMap({ Int($0) }) {
                consider(CalendarDate(unixSeconds: utime).flatMap { HTMLDateExpression.isPlausible($0) ? $0 : nil })
            }
            guard let names = document.attribute(.class, of: index), abbrClasses.contains(names) else { continue }
            if let title = document.attribute(.title, of: index), let found = expression.date(title) { return found }
            let text = ownText(document, index)
            if text.count > 10 {
                consider(expression.date(text.hasPrefix("am ") ? String(text.dropFirst(3)) : text))
            }
        }
        return earliest ?? firstDate(markup.abbrs, document: document, expression: expression)
    }

    /// htmldate's `examine_date_elements`: the first element whose text (its first 48
    /// characters, trailing non-digits cut, when longer than 6) or else `title` holds a date.
    static func firstDate(_ elements: [Int], document: HTMLDocument, expression: HTMLDateExpression) -> CalendarDate? {
        guard !elements.isEmpty, elements.count <= HTMLDateMarkup.maximumNamed else { return nil }
        for index in elements {
            let text = document.text(of: index, limit: 200)
            if text.count > 6 {
                let head = text.prefix(HTMLDateExpression.maximumLength)
                let cut = head[..<(head.lastIndex(where: { $0.isASCII && $0.isNumber }).map { head.index(after: $0) } ?? head.startIndex)]
                if let found = expression.date(String(cut)) { return found }
            }
            if let title = document.attribute(.title, of: index), !title.isEmpty {
                let head = title.prefix(HTMLDateExpression.maximumLength)
                let cut = head[..<(head.lastIndex(where: { $0.isASCII && $0.isNumber }).map { head.index(after: $0) } ?? head.startIndex)]
                if let found = expression.date(String(cut)) { return found }
            }
        }
        return nil
    }

    /// `<time>`: a `datetime` (longer than 6 characters) marked `pubdate="pubdate"` or with a
    /// class starting `entry-date`/`entry-time` wins at once; else the first other valid
    /// `datetime` ends the search (once any date is counted); a `<time>` without one counts by
    /// its own text (longer than 6).
    /// The earliest date counted is the answer.
    static func timeDate(_ markup: HTMLDateMarkup, document: HTMLDocument, expression: HTMLDateExpression) -> CalendarDate? {
        guard markup.times.count < HTMLDateMarkup.maximumNamed else { return nil }
        var earliest: CalendarDate?
        for index in markup.times {
            if let value = document.attributeBytes(.datetime, of: index).map({ String(decoding: $0, as: UTF8.self) }),
                value.count > 6
            {
                let names = document.attribute(.class, of: index) ?? ""
                let marked = document.attribute(.pubdate, of: index) == "pubdate"
                    || names.hasPrefix("entry-date") || names.hasPrefix("entry-time")
                let found = expression.date(value)
                if marked {
                    if let found { return found }
                } else {
                    if let found, earliest.map({ found.isBefore($0) }) ?? true { earliest = found }
                    if earliest != nil { break }
                }
            } else {
                let text = ownText(document, index)
                if text.count > 6, let found = expression.date(text),
                    earliest.map({ found.isBefore($0) }) ?? true
                {
                    earliest = found
                }
            }
        }
        return earliest
    }

    /// The first `<title>` or `<h1>` whose text is a date expression, or that ends with a date
    /// segment (`… | DW | 28.04.2023`: `titleDateSegment`, the extraction's `HTMLTitle.dateSegment`).
    static func headingDate(
        _ markup: HTMLDateMarkup, document: HTMLDocument, expression: HTMLDateExpression,
        titleDateSegment: (String) -> String?
    ) -> CalendarDate? {
        for index in markup.headings {
            let text = document.text(of: index, limit: 200)
            if let found = expression.date(text) ?? titleDateSegment(text).flatMap({ expression.date($0) }) {
                return found
            }
        }
        return nil
    }

    /// htmldate's last look at free text: the earliest date among the text nodes (longer than 6
    /// and shorter than 60 characters, with 4 digits or more) directly inside a `<div>`, `<li>`,
    /// `<p>` or `<span>`, at most the first `maximumFreeTexts` of them (real pages have a few
    /// dozen; the cap bounds a hostile page of a million such nodes to milliseconds).
    static func freeTextDate(document: HTMLDocument, expression: HTMLDateExpression) -> CalendarDate? {
        var earliest: CalendarDate?
        var position = 0
        var examined = 0
        while position < document.count, examined < maximumFreeTexts {
            let tag = document.tag(position)
            if tag == .svg || tag == .figure || tag == .object || tag == .embed || tag == .canvas
                || tag == .label || tag == .iframe
            {
                position = Int(document.nodes[position].end)
                continue
            }
            if tag == .text, let parent = document.parent(position), Self.holdsFreeText(document.tag(parent)) {
                let bytes = document.textBytes(position)
                if bytes.count > 6, bytes.count < 240, Self.hasFourDigits(bytes) {
                    examined += 1
                    let text = String(decoding: bytes, as: UTF8.self)
                    if text.count > 6, text.count < 60, let found = expression.date(text),
                        earliest.map({ found.isBefore($0) }) ?? true
                    {
                        earliest = found
                    }
                }
            }
            position += 1
        }
        return earliest
    }

    static let maximumFreeTexts = 1000

    private static func holdsFreeText(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .div, .li, .p, .span: true
        default: false
        }
    }

    /// Whether the bytes hold four ASCII digits or more (stops at the fourth).
    private static func hasFourDigits(_ bytes: ArraySlice<UInt8>) -> Bool {
        var digits = 0
        for byte in bytes where DigitRun.isDigit(byte) {
            digits += 1
            if digits == 4 { return true }
        }
        return false
    }

    /// An element's own leading text (lxml's `.text`): its first child when that is text.
    private static func ownText(_ document: HTMLDocument, _ index: Int) -> String {
        let child = index + 1
        guard child < Int(document.nodes[index].end), document.tag(child) == .text else { return "" }
        return String(decoding: document.textBytes(child), as: UTF8.self)
    }
}
