import DateReading
import TextToolkit

/// A title the file states twice: first inside a line of whatever carried the article (a mail's
/// `Subject:` row, a digest's table of contents `1. Title (Poster)`, a browser's print header
/// `3/5/26, 9:12 AM      Title | Publication`, a monitoring alert's list of hits), then alone
/// on its line where the article itself starts. What stands above the lone copy (forwarders and
/// the days they sent, a list's name, a search) belongs to the carrier, not to the article.
///
/// Contract: `start(in:)` returns the index of the first line among the first 80 (never the
/// first line) that stands alone — 12 to 300 bytes, two words or more, a line that can be a
/// title — and equals what remains of an earlier line (among the first 60) once a carrier's
/// parts are taken off it: mail quotes (`>`), everything up to a tab or a run of three spaces
/// when it is a label or holds a number,
/// a label (`Subject:`, `Objet :`, three words at most), a list's tag (`[List]`), a list
/// number (`1.`), and optionally a trailing ` | …`, ` – …` or ` (…)`. Something must have
/// been taken off (a line is no echo of itself), and a non-empty line must follow. Nil
/// otherwise. Both copies are compared after their mail quotes are removed; `article(_:from:)`
/// gives the lines from the lone copy on, without the quote marks that copy carries. Pure.
enum EchoedTitles {
    /// Where the lone copy stands, the line that carried the title, and what followed the title
    /// on that line after ` | ` (`Title | Publication`: the publication), if anything.
    struct Echo {
        var start: Int
        var carrier: Int
        var rest: String?
    }

    static func start(in lines: [String]) -> Echo? {
        var carried: [String: (carrier: Int, rest: String?)] = [:]
        for index in lines.indices.prefix(80) {
            let line = unquoted(lines[index])
            if index > 0, !carried.isEmpty, let echo = carried[line], isLone(line),
                lines[(index + 1)...].contains(where: { !unquoted($0).isEmpty })
            {
                return Echo(start: index, carrier: echo.carrier, rest: echo.rest)
            }
            if index < 60, line.utf8.count >= 14 {
                for (title, rest) in echoes(of: line) where carried[title] == nil { carried[title] = (index, rest) }
            }
        }
        return nil
    }

    /// The lines from `start` on, each without the quote marks (`>> `) the line at `start` has.
    static func article(_ lines: [String], from start: Int) -> [String] {
        let first = LineBytes.trimmed(lines[start])
        let depth = first.utf8.prefix { $0 == 0x3E || $0 == 0x20 }.count
        guard depth > 0 else { return Array(lines[start...]) }
        let marks = first.utf8.prefix(depth).filter { $0 == 0x3E }.count
        return lines[start...].map { line in
            let text = LineBytes.trimmed(line)
            guard text.utf8.prefix(while: { $0 == 0x3E || $0 == 0x20 }).filter({ $0 == 0x3E }).count >= marks else { return text }
            return unquoted(text)
        }
    }

    /// A line that can be the lone copy of a title.
    private static func isLone(_ line: String) -> Bool {
        (12...300).contains(line.utf8.count) && LineBytes.spaceSeparatedCount(line) >= 2 && LayoutReader.isTitleLike(line)
    }

    /// `> > text` → `text` (trimmed); any other line trimmed.
    private static func unquoted(_ line: String) -> String {
        let text = LineBytes.trimmed(line)
        guard text.utf8.first == 0x3E else { return text }
        return LineBytes.trimmed(String(text.drop { $0 == ">" || $0 == " " }))
    }

    /// What `line` may carry as a title, once a carrier's parts are taken off (see above), each
    /// with what followed it after ` | `.
    private static func echoes(of line: String) -> [(String, String?)] {
        var text = Substring(line)
        // The last column, when what stands left of it is a label or holds a number (`Subject:`,
        // `3/5/26, 9:12 AM`): a page set in columns of prose repeats no title.
        if let column = text.lastIndex(of: "\t") ?? text.ranges(of: "   ").last?.lowerBound {
            let left = LineBytes.trimmed(text[..<column])
            if left.utf8.last == 0x3A || left.contains(where: \.isNumber) {
                text = text[column...].drop { $0 == " " || $0 == "\t" }
            }
        }
        text = withoutLabel(text)
        if text.first == "[", let close = text.firstIndex(of: "]"), text.distance(from: text.startIndex, to: close) <= 40 {
            text = text[text.index(after: close)...].drop { $0 == " " }
        }
        if let space = text.firstIndex(of: " "), text.distance(from: text.startIndex, to: space) <= 3,
            text[..<space].dropLast().allSatisfy(\.isASCIIDigit), let mark = text[..<space].last, mark == "." || mark == ")",
            text.first?.isASCIIDigit == true
        {
            text = text[text.index(after: space)...]
        }
        var kept: [(String, String?)] = [(String(text), nil)]
        for separator in [" | ", " – ", " — ", " - "] {
            if let cut = text.firstRange(of: separator) {
                kept.append((String(text[..<cut.lowerBound]), separator == " | " ? LineBytes.trimmed(text[cut.upperBound...]) : nil))
            }
        }
        if text.last == ")", let open = text.ranges(of: " (").last { kept.append((String(text[..<open.lowerBound]), nil)) }
        return kept.filter { $0.0 != line && $0.0.utf8.count >= 12 }
    }

    /// `Subject: X`, `Objet : X`, `Betreff:X` → `X`: a label of at most three words and 25
    /// characters, no digit, before the first colon.
    private static func withoutLabel(_ text: Substring) -> Substring {
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 25 else { return text }
        let label = text[..<colon]
        guard !label.isEmpty, !label.contains(where: \.isNumber), label.split(separator: " ").count <= 3 else { return text }
        return text[text.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension LayoutReader {
    /// What the carrier states about the article, for the fields the article left unstated:
    /// the publication that mailed it (a `From:` row above it naming a publication, not a person:
    /// `"Reuters" <newsletter@…>`, and that mail's `Date:` or `Sent:` row), a publication's name
    /// after the title on the carrier's line (`Title | Publication`), and the metadata line right
    /// under the carrier's line when it is no mail header (`Reuters · 26 Feb 1987 · Reach 12K`).
    func carried(by echo: EchoedTitles.Echo, in lines: [String]) -> (source: String?, date: CalendarDate?) {
        let judge = ClippingFacts(dates: dates)
        var source: String?
        var date: CalendarDate?
        var sender = false
        for line in lines[..<echo.start] {
            guard let field = ClippingLabels.parse(line)?.field, let facts = judge.facts(line) else { continue }
            switch field {
            case .sender where facts.authors.isEmpty:
                let name = ClippingFacts.withoutAddress(ClippingLabels.parse(line)!.value)
                if !name.isEmpty, !name.contains("@"), source == nil { source = name }
                sender = true
            case .sender: sender = true
            case .date, .sent: date = date ?? facts.date
            default: break
            }
        }
        if source == nil { date = nil }
        if !sender, let rest = echo.rest, ClippingFacts.isMasthead(rest) { source = source ?? rest }
        let below = echo.carrier + 1
        guard below < echo.start, ClippingLabels.parse(lines[below]) == nil else { return (source, date) }
        // The whole line, else each of its parts (`Reuters · 26 févr. 1987 · Audience 207K · Tonalité : Neutre`).
        let parts = judge.facts(lines[below]).map { [$0] }
            ?? lines[below].split(separator: " · ").compactMap { judge.facts(LineBytes.trimmed($0)) }
        for facts in parts {
            source = source ?? facts.source
            date = date ?? facts.date
        }
        return (source, date)
    }
}
