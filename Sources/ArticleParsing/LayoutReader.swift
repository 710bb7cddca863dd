/// What the structure of a text article says, before the parser assembles the `Article`.
struct TextLayout: Equatable {
    var title: String
    var authors: [String] = []
    var source: String?
    var site: String?
    var published: CalendarDate?
    var body: [String] = []
    /// A summary the file declares (front matter `description`), or nil.
    var summary: String?
}

/// Reads the two plain-text layouts presswatch meets.
///
/// 1. **Trailer layout** (the OSIRIS press review, the seed): body paragraphs, an optional author
///    line, a `(Source : X, date)` line, then one to three short lines, the last being the title
///    and the first (when there are two or more) the site. Recognised structurally: a Source line
///    among the last lines of the file with only short lines after it that do not end like
///    sentences. With a single short line
///    after it and a file whose first line already looks like a title, the file is read as
///    title-first instead (the short line is then the site).
/// 2. **Title-first**: optional leading `Source:`/date lines, the title (Markdown `#` stripped),
///    optional byline, date and `Source:` lines, the body, and optional `Source:` and author lines
///    at the bottom. If the first line cannot be a title but the last one can, the last is used.
///
/// Contract: the publication date comes only from header/trailer lines (date line, Source line,
/// byline), never from body prose. A wire dateline in the first paragraph (`KIGALI (Reuters) -`)
/// supplies the source when nothing else did, and stays in the body. Throws `.noTitle` when no
/// line can be a title. Pure.
struct LayoutReader: Sendable {
    var dates: DateRecognizer

    func read(_ text: String, knownTitle: String? = nil) throws(ArticleParseError) -> TextLayout {
        let raw = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let lines = raw.map { TextFolding.trimmed($0) }
        var layout: TextLayout
        if knownTitle == nil, let trailer = readTrailer(lines, raw: raw) {
            layout = trailer
        } else {
            layout = try readTitleFirst(lines, raw: raw, knownTitle: knownTitle)
        }
        if layout.source == nil, let first = layout.body.first {
            layout.source = SourceLines.wireAgency(in: first)
        }
        return layout
    }

    // MARK: - Trailer layout

    private func readTrailer(_ lines: [String], raw: [String]) -> TextLayout? {
        let filled = lines.indices.filter { !lines[$0].isEmpty }
        guard filled.count >= 3, !lines[filled[0]].hasPrefix("#") else { return nil }
        let lowest = max(1, filled.count - 4)
        guard filled.count - 2 >= lowest else { return nil }
        for position in stride(from: filled.count - 2, through: lowest, by: -1) {
            guard let sourceLine = SourceLines.parse(lines[filled[position]], dates: dates) else { continue }
            let after = Array(filled[(position + 1)...])
            let shortLines = after.allSatisfy {
                Self.isTitleLike(lines[$0]) && !Self.endsLikeSentence(lines[$0])
                    && SourceLines.parse(lines[$0], dates: dates) == nil
            }
            guard shortLines else { return nil }
            let first = lines[filled[0]]
            if after.count == 1, Self.isTitleLike(first), !Self.endsLikeSentence(first) { return nil }

            var layout = TextLayout(title: lines[after.last!])
            layout.source = sourceLine.source
            layout.site = after.count >= 2 ? lines[after[0]] : nil
            layout.published = sourceLine.date
            var bodyEnd = filled[position]
            if position >= 2, let (authors, date) = author(on: lines[filled[position - 1]]) {
                layout.authors = authors
                layout.published = layout.published ?? date
                bodyEnd = filled[position - 1]
            }
            layout.body = Paragraphs.build(raw[..<bodyEnd])
            return layout
        }
        return nil
    }

    // MARK: - Title-first layout

    private struct Metadata {
        var authors: [String] = []
        var source: String?
        var headerDate: CalendarDate?
        var sourceDate: CalendarDate?
        var bylineDate: CalendarDate?
    }

    private func readTitleFirst(_ lines: [String], raw: [String], knownTitle: String?) throws(ArticleParseError) -> TextLayout {
        var meta = Metadata()
        var index = consumeHeader(lines, from: 0, into: &meta, allowBylines: false)
        var bodyEnd = lines.count
        let title: String
        if let knownTitle {
            title = knownTitle
            if index < lines.count, TextFolding.fold(Self.headingText(lines[index])) == TextFolding.fold(knownTitle) {
                index += 1
            }
        } else if index < lines.count, Self.isTitleLike(lines[index]) {
            title = Self.headingText(lines[index])
            index += 1
            if index < lines.count, Paragraphs.isRule(lines[index]) { index += 1 }
        } else if let last = lines.lastIndex(where: { !$0.isEmpty }), last > index,
            Self.isTitleLike(lines[last]), !Self.endsLikeSentence(lines[last])
        {
            title = Self.headingText(lines[last])
            bodyEnd = last
        } else {
            throw .noTitle
        }
        index = consumeHeader(lines, from: index, into: &meta, allowBylines: true)
        bodyEnd = consumeFooter(lines, from: index, end: bodyEnd, into: &meta)

        var layout = TextLayout(title: title)
        layout.authors = meta.authors
        layout.source = meta.source
        layout.published = meta.headerDate ?? meta.sourceDate ?? meta.bylineDate
        layout.body = index < bodyEnd ? Paragraphs.build(raw[index..<bodyEnd]) : []
        return layout
    }

    /// Consumes blank and metadata lines from `start`; returns the first other line's index.
    private func consumeHeader(
        _ lines: [String], from start: Int, into meta: inout Metadata, allowBylines: Bool
    ) -> Int {
        var index = start
        var consumed = 0
        while index < lines.count, consumed < 6 {
            let line = lines[index]
            if line.isEmpty {
                index += 1
                continue
            }
            if allowBylines, meta.authors.isEmpty, let byline = Bylines.parse(line, dates: dates) {
                meta.authors = byline.authors
                meta.bylineDate = byline.date
            } else if let date = dates.dateLine(line) {
                meta.headerDate = meta.headerDate ?? date
            } else if let sourceLine = SourceLines.parse(line, dates: dates) {
                meta.source = meta.source ?? sourceLine.source
                meta.sourceDate = meta.sourceDate ?? sourceLine.date
            } else {
                break
            }
            consumed += 1
            index += 1
        }
        return index
    }

    /// Consumes a bottom `Source:` line and the author line above it; returns the body's end.
    private func consumeFooter(_ lines: [String], from start: Int, end: Int, into meta: inout Metadata) -> Int {
        var end = end
        func lastFilled() -> Int? { lines[start..<end].lastIndex { !$0.isEmpty } }
        var sawSource = false
        if let last = lastFilled(), last > start, let sourceLine = SourceLines.parse(lines[last], dates: dates) {
            meta.source = meta.source ?? sourceLine.source
            meta.sourceDate = meta.sourceDate ?? sourceLine.date
            end = last
            sawSource = true
        }
        if meta.authors.isEmpty, let last = lastFilled(), last > start {
            let line = lines[last]
            let byline = Bylines.parse(line, dates: dates) ?? (sawSource ? author(on: line) : nil)
            if let byline {
                meta.authors = byline.authors
                meta.bylineDate = meta.bylineDate ?? byline.date
                end = last
            }
        }
        return end
    }

    // MARK: - Line shapes

    /// A byline (`Par X`) or a short bare line of names (`Adoni Conrad Quenum`).
    private func author(on line: String) -> (authors: [String], date: CalendarDate?)? {
        if let byline = Bylines.parse(line, dates: dates) { return byline }
        guard line.count <= 80, !Self.endsLikeSentence(line), let names = Bylines.names(line),
            names.count <= 3
        else { return nil }
        return (names, nil)
    }

    /// Short enough for a title, with at least two letters.
    static func isTitleLike(_ line: String) -> Bool {
        let text = headingText(line)
        guard !text.isEmpty, text.count <= 200, text.split(separator: " ").count <= 40 else { return false }
        return text.lazy.filter(\.isLetter).prefix(2).count == 2
    }

    static func endsLikeSentence(_ line: String) -> Bool {
        guard let last = line.last else { return false }
        return ".!?…".contains(last)
    }

    /// The line without Markdown heading marks (`# Title #`) or bold markers (`**Title**`).
    static func headingText(_ line: String) -> String {
        var text = Substring(line)
        if text.hasPrefix("#") {
            text = text.drop { $0 == "#" }
            while text.hasSuffix("#") { text = text.dropLast() }
        }
        if text.hasPrefix("**"), text.hasSuffix("**"), text.count > 4 {
            text = text.dropFirst(2).dropLast(2)
        }
        return TextFolding.trimmed(text)
    }
}
