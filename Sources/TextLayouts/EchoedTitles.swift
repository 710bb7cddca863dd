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
/// a label (`Subject:`, `Objet :`, three words at most; a standfirst's, `Intro:`, `Chapo:`, is none), a list's tag (`[List]`), a list
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
        // What is carried, in the order found (each title once, by `String` equality): searched
        // in order rather than hashed, as lines among the first 60 carry a few titles each.
        var carried: [(title: String, carrier: Int, rest: String?)] = []
        // The byte counts of what is carried: most lines are no echo by their length alone, unhashed.
        var lengths = Lengths()
        for index in lines.indices.prefix(80) {
            let line = lines[index].utf8.first == 0x3E ? unquoted(lines[index]) : lines[index]
            if index > 0, lengths.contains(line.utf8.count), let echo = carried.first(where: { $0.title == line }), isLone(line),
                lines[(index + 1)...].contains(where: { !unquoted($0).isEmpty })
            {
                return Echo(start: index, carrier: echo.carrier, rest: echo.rest)
            }
            if index < 60, (14...260).contains(line.utf8.count), mayCarry(line) {
                for (title, rest) in echoes(of: line) where !carried.contains(where: { $0.title == title }) {
                    carried.append((title, index, rest))
                    lengths.insert(title.utf8.count)
                }
            }
        }
        return nil
    }

    /// A set of byte counts: a bit each below 512 (a carried title has at most 260 bytes), a
    /// `Set` for larger ones; nothing is hashed or allocated until a count is inserted.
    private struct Lengths {
        private var bits: [UInt64] = []
        private var larger = Set<Int>()

        func contains(_ count: Int) -> Bool {
            count < 512 ? count >> 6 < bits.count && bits[count >> 6] & 1 << (count & 63) != 0 : larger.contains(count)
        }

        mutating func insert(_ count: Int) {
            guard count < 512 else {
                larger.insert(count)
                return
            }
            if bits.isEmpty { bits = Array(repeating: 0, count: 8) }
            bits[count >> 6] |= 1 << (count & 63)
        }
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

    /// A line with a carrier's mark (read on its bytes): a tab or three spaces, a colon among
    /// its first 26 bytes, a `[` or a digit first, ` | `, or a `)` last. Prose has none.
    private static func mayCarry(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            guard let base = bytes.baseAddress, let first = bytes.first, let last = bytes.last else { return false }
            if first == 0x5B || first &- 0x30 < 10 || last == 0x29 { return true }
            if isPlainProse(bytes) { return false }
            // One pass: a tab anywhere, a colon among the first 26 bytes, `   ` or ` | `.
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = base[index]
                if byte == 0x09 || byte == 0x3A && index < 26 { return true }
                if byte == 0x20, index + 2 < count {
                    let next = base[index + 1]
                    if (next == 0x20 || next == 0x7C) && base[index + 2] == 0x20 { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// `> > text` → `text` (trimmed); any other line trimmed.
    private static func unquoted(_ line: String) -> String {
        let text = LineBytes.trimmed(line)
        guard text.utf8.first == 0x3E else { return text }
        return LineBytes.trimmed(String(text.drop { $0 == ">" || $0 == " " }))
    }

    /// What `line` may carry as a title, once a carrier's parts are taken off (see above), each
    /// with what followed it after ` | `. Read on the bytes: a carrier's line is at most 400.
    private static func echoes(of line: String) -> [(String, String?)] {
        var line = line
        return line.withUTF8 { bytes in
            guard bytes.count <= 400 else { return [] }
            var start = 0
            // The last column, when what stands left of it is a label or holds a number
            // (`Subject:`, `3/5/26, 9:12 AM`): a page set in columns of prose repeats no title.
            if let column = lastColumn(bytes) {
                var left = column.lowerBound
                while left > 0, bytes[left - 1] == 0x20 || bytes[left - 1] == 0x09 { left -= 1 }
                if left > 0, bytes[left - 1] == 0x3A || bytes[..<left].contains(where: { $0 &- 0x30 < 10 }) {
                    start = skipBlanks(bytes, from: column.upperBound)
                }
            }
            start = afterLabel(bytes, from: start)
            if start < bytes.count, bytes[start] == 0x5B, let close = bytes[start...].prefix(41).firstIndex(of: 0x5D) {
                start = skipBlanks(bytes, from: close + 1)
            }
            // A list's number: one or two digits, `.` or `)`, a space.
            var digits = start
            while digits < bytes.count, digits - start < 2, bytes[digits] &- 0x30 < 10 { digits += 1 }
            if digits > start, digits + 1 < bytes.count, bytes[digits] == 0x2E || bytes[digits] == 0x29, bytes[digits + 1] == 0x20 {
                start = digits + 2
            }
            let text = UnsafeBufferPointer(rebasing: bytes[start...])
            var kept: [(String, String?)] = [(String(decoding: text, as: UTF8.self), nil)]
            for separator in separators {
                if let cut = LineBytes.firstRange(of: separator, in: text) {
                    let rest = separator == separators[0] ? LineBytes.trimmed(String(decoding: text[cut.upperBound...], as: UTF8.self)) : nil
                    kept.append((String(decoding: text[..<cut.lowerBound], as: UTF8.self), rest))
                }
            }
            if text.last == 0x29, let open = LineBytes.lastRange(of: [0x20, 0x28], in: text) {
                kept.append((String(decoding: text[..<open.lowerBound], as: UTF8.self), nil))
            }
            let whole = bytes.count
            return kept.filter { $0.0.utf8.count >= 12 && $0.0.utf8.count != whole }
        }
    }

    /// ` | `, ` – `, ` — `, ` - ` as bytes.
    private static let separators: [[UInt8]] = [Array(" | ".utf8), Array(" – ".utf8), Array(" — ".utf8), Array(" - ".utf8)]

    /// True when the bytes certainly hold none of `mayCarry`'s marks: no colon among the first
    /// 26, no tab, no `|` and no two spaces in a row (`   ` and ` | ` need one or the other),
    /// read eight bytes at a time. False means "look" (`mayCarry`'s loop decides).
    private static func isPlainProse(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
        let count = bytes.count
        for index in 0..<min(count, 26) where bytes[index] == 0x3A { return false }
        let ones = ByteWords.ones
        let lows = ones &* 0x7F
        var index = 0
        var spaceBefore = false
        while index &+ 8 <= count {
            let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if ByteWords.has(word, 0x09) || ByteWords.has(word, 0x7C) { return false }
            // The high bit of each space byte, exactly (no borrow crosses a byte).
            let probe = word ^ (ones &* 0x20)
            let spaces = ~(((probe & lows) &+ lows) | probe) & ByteWords.highs
            if spaces & (spaces << 8) != 0 || spaceBefore && spaces & 0x80 != 0 { return false }
            spaceBefore = spaces >> 63 != 0
            index &+= 8
        }
        while index < count {
            let byte = bytes[index]
            if byte == 0x09 || byte == 0x7C || byte == 0x20 && spaceBefore { return false }
            spaceBefore = byte == 0x20
            index &+= 1
        }
        return true
    }

    /// The last tab, or the last run of three spaces or more (its bounds).
    private static func lastColumn(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        if let tab = bytes.lastIndex(of: 0x09) { return tab..<(tab + 1) }
        var index = bytes.count - 1
        while index >= 2 {
            if bytes[index] == 0x20, bytes[index - 1] == 0x20, bytes[index - 2] == 0x20 {
                var low = index - 2
                while low > 0, bytes[low - 1] == 0x20 { low -= 1 }
                return low..<(index + 1)
            }
            index -= 1
        }
        return nil
    }

    private static func skipBlanks(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        return index
    }

    /// After `Subject: `, `Objet : `, `Betreff:`: a label of one to three words and 25 bytes at
    /// most, no digit, before the first colon; `from` when there is none.
    private static func afterLabel(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let colon = bytes[start...].prefix(26).firstIndex(of: 0x3A), colon > start else { return start }
        let label = bytes[start..<colon]
        guard !label.contains(where: { $0 &- 0x30 < 10 }) else { return start }
        let words = label.split(separator: 0x20).count
        guard (1...3).contains(words) else { return start }
        // `Chapo: …`, `Intro: …`: a content system's standfirst, which the text repeats as its first paragraph.
        if words == 1, ClippingLabels.standfirstLabels.contains(TextFolding.fold(String(decoding: label, as: UTF8.self))) { return start }
        return skipBlanks(bytes, from: colon + 1)
    }
}

extension LayoutReader {
    /// What the carrier states about the article, for the fields the article left unstated:
    /// the publication that mailed it (a `From:` row above it naming a publication, not a person:
    /// `"Reuters" <newsletter@…>`, and that mail's `Date:` or `Sent:` row), a publication's name
    /// after the title on the carrier's line (`Title | Publication`), and the metadata line right
    /// under the carrier's line when it is no mail header (`Reuters · 26 Feb 1987 · Reach 12K`).
    /// A carrier that is no mail (no `From:` row: a library's cover sheet, a record) also gives
    /// its labelled authors, publication and date (a `Date:` row, else the day a `Source:` row cites).
    func carried(by echo: EchoedTitles.Echo, in lines: [String]) -> (source: String?, date: CalendarDate?, authors: [String]) {
        let judge = ClippingFacts(dates: dates)
        var source: String?
        var date: CalendarDate?
        var sender = false
        var labelled: (source: String?, authors: [String]) = (nil, [])
        var sourceDate: CalendarDate?
        for line in lines[..<echo.start] {
            guard let field = ClippingLabels.parse(line)?.field, let facts = judge.facts(line) else { continue }
            switch field {
            case .sender where facts.authors.isEmpty:
                let name = ClippingFacts.withoutAddress(ClippingLabels.parse(line)!.value)
                if !name.isEmpty, !name.contains("@"), source == nil { source = name }
                sender = true
            case .sender: sender = true
            case .date, .sent: date = date ?? facts.date
            case .author: labelled.authors = labelled.authors.isEmpty ? facts.authors : labelled.authors
            case .site, .source:
                labelled.source = labelled.source ?? facts.site ?? facts.source
                // `Source: Reuters. 2/26/1987, p39.` (a database's record): the issue's day too.
                if facts.dateRank == .sourceLine { sourceDate = sourceDate ?? facts.date }
            default: break
            }
        }
        if !sender {
            source = source ?? labelled.source
            date = date ?? sourceDate
        } else if source == nil {
            date = nil  // a mail's own day, from a sender naming no publication
        }
        if !sender, let rest = echo.rest, ClippingFacts.isMasthead(rest) { source = source ?? rest }
        let below = echo.carrier + 1
        let authors = sender ? [] : labelled.authors
        guard below < echo.start, ClippingLabels.parse(lines[below]) == nil else { return (source, date, authors) }
        // The whole line, else each of its parts (`Reuters · 26 févr. 1987 · Audience 207K · Tonalité : Neutre`).
        let parts = judge.facts(lines[below]).map { [$0] }
            ?? lines[below].split(separator: " · ").compactMap { judge.facts(LineBytes.trimmed($0)) }
        for facts in parts {
            source = source ?? facts.source
            date = date ?? facts.date
        }
        return (source, date, authors)
    }
}
