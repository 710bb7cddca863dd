import DateReading
import TextToolkit

/// A media-monitoring or database export saved as delimited text: a header row of field names
/// (`Date;Headline;URL;Source;Influencer;Full Text`, comma-, semicolon- or tab-separated) and
/// the article's record under it, quoted as CSV quotes (RFC 4180: a field in double quotes may
/// hold the delimiter, line breaks and doubled quotes). The article's text is the record's
/// text column (`Full Text`, `Text`, `Body`, `Content`, Meltwater's `Opening Text`, …) or, without one, what follows the
/// record.
///
/// Contract: `read` returns nil unless the first line (a BOM ignored) splits into 3 to 40
/// fields of at most 40 characters each, at least two of them naming a title, author, date,
/// source or publication (`ClippingLabels.field(named:)`, plus the monitoring services' own
/// `Headline`, `Influencer`, `Outlet`, `Media`), one of them the title, and a record with a
/// title follows. Columns a form or a record names in the six languages count too (`RecordKeys`:
/// `Titre de l'article`, `Autor(es)`, `Texto do artigo`), and the carrier's own (`Timestamp`,
/// `Email Address`) are never the article's. Dates are read day-first in a semicolon-separated
/// file (where the comma is the decimal separator), else in the order the record's own numeric
/// dates or its publication-date column's language tell, else as the caller's `DateRecognizer`
/// reads them. A source
/// that is a web address is none. Pure; never fails.
package enum DelimitedExport {
    package static func read(_ text: String, dates: DateRecognizer) -> TextLayout? {
        guard mayOpenWithHeader(text), let firstBreak = text.utf8.firstIndex(of: 0x0A) else { return nil }
        var header = String(text[..<firstBreak])
        if header.hasPrefix("\u{FEFF}") { header.removeFirst() }
        if header.hasSuffix("\r") { header.removeLast() }
        guard let delimiter = delimiter(of: header) else { return nil }
        let names = header.split(separator: delimiter, omittingEmptySubsequences: false).map { LineBytes.trimmed($0) }
        guard (3...40).contains(names.count), names.allSatisfy({ !$0.isEmpty && TextFolding.hasAtMost($0, 40) }) else { return nil }
        let fields = names.map(field(named:))
        guard fields.filter({ $0 != nil && $0 != .text }).count >= 2, fields.contains(.some(.title))
        else { return nil }
        // From a Character index: a Substring from a UTF-8 index is not known to start a Character, and each step in it
        // rounds down by walking back (quadratic over a record of flags, whose every step back counts the run).
        let start = text.utf8.index(after: firstBreak)
        let rest = text[(String.Index(start, within: text) ?? start)...]
        let (record, after) = Self.record(rest, delimiter: delimiter)
        var layout: TextLayout?
        var authors: [String] = []
        var body: [String] = []
        // The text column's dates are the article's own, no sign of the export's order.
        let others = record.indices.filter { $0 >= fields.count || fields[$0] != .text }.map { record[$0] }
        let order = delimiter == ";" ? true : dayFirst(others, names: names)
        let reading = order.map { DateRecognizer(language: $0 ? "fr" : "en", keepsTime: dates.keepsTime) } ?? dates
        var published: CalendarDate?
        var source: String?
        var site: String?
        for (index, value) in record.enumerated() where index < fields.count && !value.isEmpty {
            switch fields[index] {
            case .title?: if layout == nil { layout = TextLayout(title: LineBytes.trimmed(value)) }
            case .author?, .credit?, .sender?:
                if authors.isEmpty {
                    authors = value.split(whereSeparator: { $0 == ";" || $0 == "|" }).flatMap { part in
                        Bylines.names(LineBytes.trimmed(part)) ?? [LineBytes.trimmed(part)]
                    }.filter { !$0.isEmpty }
                }
            case .date?: published = published ?? reading.firstDate(in: Self.spacedDate(value))?.date
            case .source?: if !ExportLines.isAddress(value) { source = source ?? LineBytes.trimmed(value) }
            case .site?: if !ExportLines.isAddress(value) { site = site ?? LineBytes.trimmed(value) }
            case .text?: if body.isEmpty { body = Paragraphs.build(LineBytes.lines(value)) }
            default: break
            }
        }
        guard var layout, !layout.title.isEmpty else { return nil }
        if body.isEmpty { body = Paragraphs.build(LineBytes.lines(String(after))) }
        layout.authors = authors
        layout.published = published
        layout.source = source ?? site
        layout.site = site
        layout.body = body
        return layout
    }

    /// What a column holds: a field of `ClippingLabels` or the article's text.
    private enum Column: Equatable {
        case title, author, credit, sender, date, source, site, text
    }

    /// Whether a header's column holds the article's text (`Full Text`, `Text`, `Body`, …).
    static func isTextColumn(_ name: String) -> Bool { field(named: name) == .text }

    private static func field(named name: String) -> Column? {
        let folded = TextFolding.fold(name)
        if textColumns.contains(folded) { return .text }
        if let own = servicesColumns[folded] { return own }
        // A form's or a record's own keys in the six languages (`Titre de l'article`, `Autor(es)`), its carrier's
        // (`Timestamp`, `Email Address`) never the article's.
        let key = RecordKeys.field(name)
        if key == .carrier { return nil }
        switch ClippingLabels.field(named: name) {
        case .title?: return .title
        case .author?: return .author
        case .credit?: return nil
        case .sender?: return .sender
        case .date?, .sent?: return .date
        case .source?: return .source
        case .site?: return .site
        case .feed?, .ignored?: return nil
        case nil:
            switch key {
            case .title?: return .title
            case .authors?: return .author
            case .date?: return .date
            case .source?: return .source
            case .text?: return .text
            case .name?, .bareDate?, .carrier?, nil: return nil
            }
        }
    }

    private static let textColumns: Set<String> = [
        "full text", "text", "body", "content", "article", "article text", "texte", "texte integral", "contenu",
        "volltext", "inhalt", "text des artikels", "texto", "texto completo", "contenido", "testo", "testo completo",
        "contenuto", "corpo", "conteudo", "opening text",
    ]

    private static let servicesColumns: [String: Column] = [
        "headline": .title, "influencer": .author, "outlet": .site, "media": .site, "media outlet": .site,
        "source name": .source, "publication": .site,
    ]

    /// Whether the record's numeric dates are day first: as its other fields' dates tell (`27/02/1987`), else as the
    /// language of its publication-date column's name does (`Data de publicação` day first, `Publication
    /// date` month first), or beside a bare `Date` column its title column's (`Headline` month first, `Titre`
    /// day first); nil when none tells.
    private static func dayFirst(_ record: [String], names: [String]) -> Bool? {
        if let order = NumericDateOrder.dayFirst(in: record) { return order }
        // A bare `Date` column: the language of the title's column's name tells (`Headline` month first, `Titre` day first).
        guard let column = names.first(where: { RecordKeys.field($0) == .date }) else {
            return names.first { RecordKeys.field($0) == .title }.map { !["title", "headline"].contains(RecordKeys.normalized($0)) }
        }
        return !["publication date", "date published", "published", "pub date", "publish date", "published at"]
            .contains(RecordKeys.normalized(column))
    }

    /// `26-Feb-1987 09:42AM` → `26 Feb 1987 09:42AM` (a spreadsheet's date); any other value as it is.
    private static func spacedDate(_ value: String) -> String {
        let parts = value.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), parts[0].allSatisfy(\.isNumber),
            parts[1].count >= 3, parts[1].allSatisfy(\.isLetter), parts[2].prefix(4).allSatisfy(\.isNumber)
        else { return value }
        return parts.joined(separator: " ")
    }

    /// Whether the first line can be a header row, read from its bytes: at least two delimiters
    /// (`,` `;` tab), at most 1,640 (39 between 40 fields, and each field's 40 characters might be
    /// delimiters of another kind) and no run of more than 160 bytes between two of them (a field
    /// name is 40 characters at most). False for prose, which is all that most files open with,
    /// and for a first line of a million commas, whose fields were each folded before.
    private static func mayOpenWithHeader(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var run = 0
            var delimiters = 0
            for byte in bytes {
                if byte == 0x0A { return delimiters >= 2 }
                if byte == 0x2C || byte == 0x3B || byte == 0x09 {
                    delimiters += 1
                    if delimiters > 1_640 { return false }
                    run = 0
                } else {
                    run += 1
                    if run > 160 { return false }
                }
            }
            return false
        }
    }

    /// `;`, tab or `,`: the first that splits the line into three parts at least (a tab before a
    /// semicolon before a comma).
    private static func delimiter(of header: String) -> Character? {
        for candidate: Character in ["\t", ";", ","] where header.split(separator: candidate).count >= 3 { return candidate }
        return nil
    }

    /// The first record of `text` (CSV quoting: values quoted by `quote`, a doubled quote one, line breaks inside quotes
    /// kept) and the text after it; after `maxFields` fields the record ends (the rest of its line left in `after`).
    /// Linear.
    static func record(_ text: Substring, delimiter: Character, quote: Character = "\"", maxFields: Int = .max)
        -> (fields: [String], after: Substring)
    {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            if quoted {
                if character == quote {
                    if index < text.endIndex, text[index] == quote {
                        field.append(quote)
                        index = text.index(after: index)
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == quote, field.isEmpty {
                quoted = true
            } else if character == delimiter {
                fields.append(field)
                field = ""
                if fields.count >= maxFields { break }
            } else if character == "\n" || character == "\r\n" || character == "\r" {
                break
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return (fields, text[index...])
    }
}
