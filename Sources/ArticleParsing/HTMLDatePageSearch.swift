/// htmldate's last resort: the date written most often in the page's markup, by pattern.
///
/// Contract: the copyright year (`©`, `&copy;`, `Copyright`, `(c)` then a year, or the second of
/// `2015-2019`) is found first. Then, in order, each pattern's occurrences are counted (each
/// pattern's matches do not overlap, as a regular expression's `findall`), those whose year is
/// before 1995 dropped, and one is chosen among the ten most frequent (`choose`); the first
/// pattern whose choice is a valid date, not older than the copyright year, wins:
/// `/YYYY/MM/DD/` paths; `YYYY-MM-DD` (also `/`, `.`); `D.M.YYYY` (also `/`, `-`, day first);
/// `YYYYMMDD`; `D.M.YY` (also `/`; `9x` is 199x); `YYYY-MM` (the 1st). Then the copyright year
/// itself (1 January), then the most frequent lone year from 1990 on (1 January). htmldate's
/// `MM/YYYY` pattern is left out: asked for the original date, htmldate discards all its
/// candidates. Pure; nil when nothing fits.
struct HTMLDatePageSearch {
    let text: HTMLDatePageText

    /// A pattern's occurrences in first-seen order: how it sorts, its date parts and count.
    struct Candidate {
        var key: [UInt8]
        var year: Int
        var month: Int
        var day: Int
        var count: Int
    }

    func date() -> CalendarDate? {
        let copyright = choose(copyrightYears()).map(\.year) ?? 0
        func accept(_ chosen: Candidate?) -> CalendarDate? {
            guard let chosen, chosen.year >= copyright else { return nil }
            return HTMLDateExpression.plausibleDate(year: chosen.year, month: chosen.month, day: chosen.day)
        }
        let dateForms: [[Candidate]] = [
            ymd(separators: [0x2F], leading: [0x2F], pathDay: true),
            ymd(separators: [0x2D, 0x2F, 0x2E], leading: nil, pathDay: false),
            dmy(separators: [0x2F, 0x2E, 0x2D], yearLength: 4),
            compact(),
            dmy(separators: [0x2F, 0x2E], yearLength: 2),
            yearMonth(),
        ]
        for candidates in dateForms {
            if let found = accept(choose(candidates)) { return found }
        }
        if copyright > 0 { return HTMLDateExpression.plausibleDate(year: copyright, month: 1, day: 1) }
        return accept(choose(lone(where: { $0.length == 4 && (1990...2099).contains($0.value) }, day: false)))
    }

    /// htmldate's `select_candidate` (original date): among the ten most frequent, the two
    /// that sort first; the second when it is of another year and more than half as frequent
    /// as the first, else the first (always the first when they are as frequent).
    func choose(_ candidates: [Candidate]) -> Candidate? {
        let plausible = candidates.filter { (1995...2099).contains($0.year) }
        guard !plausible.isEmpty, plausible.count <= HTMLDateMarkup.maximumNamed else { return nil }
        if plausible.count == 1 { return plausible[0] }
        let frequent = plausible.enumerated().sorted { ($0.element.count, $1.offset) > ($1.element.count, $0.offset) }
            .prefix(10).map(\.element)
        let best = frequent.sorted { $0.key == $1.key ? $0.count < $1.count : $0.key.lexicographicallyPrecedes($1.key) }
        let (first, second) = (best[0], best[1])
        if first.count == second.count { return first }
        if second.year != first.year, Double(second.count) / Double(first.count) > 0.5 { return second }
        return first
    }

    // MARK: - Patterns

    private static let copyrightMarks = ["\u{A9}", "&copy;", "&#169;", "Copyright", "(c)"].map { Array($0.utf8) }

    /// `© 2019`, `Copyright 2015-2019`: the year after each mark (the first digits after it).
    private func copyrightYears() -> [Candidate] {
        var tally = Tally()
        let bytes = text.bytes
        var index = bytes.startIndex
        var runIndex = 0
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == 0xC2 || byte == 0x26 || byte == 0x43 || byte == 0x28,
                let mark = Self.copyrightMarks.first(where: { mark in
                mark[0] == bytes[index] && index + mark.count <= bytes.endIndex && bytes[index..<(index + mark.count)].elementsEqual(mark)
            }) else {
                index += 1
                continue
            }
            let after = index + mark.count
            while runIndex < text.runs.count, text.runs[runIndex].start < after { runIndex += 1 }
            guard runIndex < text.runs.count else { break }
            var year = text.runs[runIndex]
            func isYear(_ run: DigitRun) -> Bool { run.length == 4 && (1000...2999).contains(run.value) }
            if isYear(year), year.end + 1 < bytes.endIndex, bytes[year.end] == 0x2D, runIndex + 1 < text.runs.count,
                text.runs[runIndex + 1].start == year.end + 1, isYear(text.runs[runIndex + 1]),
                text.runs[runIndex + 1].end < bytes.endIndex
            {
                year = text.runs[runIndex + 1]
            }
            guard isYear(year), year.end < bytes.endIndex else {
                index += 1
                continue
            }
            tally.add(Candidate(key: key(year.start, year.end), year: year.value, month: 1, day: 1, count: 1))
            index = year.end + 1
        }
        return tally.candidates
    }

    /// Counts keys in first-seen order; a key seen again adds up, a converted duplicate replaces.
    private struct Tally {
        var candidates: [Candidate] = []
        var positions: [[UInt8]: Int] = [:]

        mutating func add(_ candidate: Candidate, replacing: Bool = false) {
            if let index = positions[candidate.key] {
                candidates[index].count = replacing ? candidate.count : candidates[index].count + 1
            } else {
                positions[candidate.key] = candidates.count
                candidates.append(candidate)
            }
        }
    }

    /// Runs `first` … joined by single separator bytes, each run within its length range, with a
    /// non-digit byte before the first and after the last; matches never overlap.
    private func chains(_ lengths: [ClosedRange<Int>], separators: Set<UInt8>, body: ([DigitRun]) -> Candidate?) -> [Candidate] {
        var tally = Tally()
        let runs = text.runs
        var free = text.bytes.startIndex
        var index = 0
        while index + lengths.count <= runs.count {
            defer { index += 1 }
            let first = runs[index]
            guard first.start - 1 >= free, first.start > text.bytes.startIndex, lengths[0].contains(first.length)
            else { continue }
            var matched = [first]
            for offset in 1..<lengths.count {
                let run = runs[index + offset]
                let previous = matched[offset - 1]
                guard run.start == previous.end + 1, separators.contains(text.bytes[previous.end]),
                    lengths[offset].contains(run.length)
                else { break }
                matched.append(run)
            }
            guard matched.count == lengths.count, let last = matched.last, last.end < text.bytes.endIndex,
                let candidate = body(matched)
            else { continue }
            tally.add(candidate)
            free = last.end + 1
            index += lengths.count - 1
        }
        return tally.candidates
    }

    private func key(_ from: Int, _ to: Int) -> [UInt8] { Array(text.bytes[from..<to]) }

    private func ymd(separators: Set<UInt8>, leading: Set<UInt8>?, pathDay: Bool) -> [Candidate] {
        chains([4...4, 2...2, (pathDay ? 2...9 : 2...2)], separators: separators) { runs in
            if let leading, !leading.contains(text.bytes[runs[0].start - 1]) { return nil }
            if pathDay {
                let day = runs[2]
                let next = day.length == 2 ? text.bytes[day.end] : text.bytes[day.start + 2]
                guard next == 0x2F || (day.length > 2 && (next == 0x30 || next == 0x31)) else { return nil }
                let value = Int(text.bytes[day.start] - 0x30) * 10 + Int(text.bytes[day.start + 1] - 0x30)
                return Candidate(key: key(runs[0].start, day.start + 2), year: runs[0].value, month: runs[1].value, day: value, count: 1)
            }
            return Candidate(key: key(runs[0].start, runs[2].end), year: runs[0].value, month: runs[1].value, day: runs[2].value, count: 1)
        }
    }

    private func dmy(separators: Set<UInt8>, yearLength: Int) -> [Candidate] {
        let converted = chains([1...2, 1...2, yearLength...yearLength], separators: separators) { runs in
            guard runs[0].length == 1 || text.bytes[runs[0].start] <= 0x33,
                runs[1].length == 1 || text.bytes[runs[1].start] <= 0x31
            else { return nil }
            var year = runs[2].value
            if yearLength == 2 {
                guard [0x30, 0x31, 0x32, 0x39].contains(text.bytes[runs[2].start]) else { return nil }
                year += text.bytes[runs[2].start] == 0x39 ? 1900 : 2000
            } else if !(1900...2099).contains(year) {
                return nil
            }
            return Candidate(key: key(runs[0].start, runs[2].end), year: year, month: runs[1].value, day: runs[0].value, count: 1)
        }
        // htmldate rewrites each distinct match as YYYY-MM-DD; a rewrite seen before takes the
        // later match's count.
        var tally = Tally()
        for var candidate in converted {
            candidate.key = Array("\(candidate.year)-\(CalendarDate.pad(candidate.month, 2))-\(CalendarDate.pad(candidate.day, 2))".utf8)
            tally.add(candidate, replacing: true)
        }
        return tally.candidates
    }

    private func compact() -> [Candidate] {
        lone(where: { run in
            run.length == 8 && (run.value / 1_000_000 == 19 || run.value / 1_000_000 == 20)
                && run.value / 1000 % 10 <= 1 && run.value / 10 % 10 <= 3
        }, day: true)
    }

    /// Single runs matching `accept` between non-digits: `YYYYMMDD` (`day`) or a year; the key
    /// keeps the bytes around the run, as htmldate's pattern captures them.
    private func lone(where accept: (DigitRun) -> Bool, day: Bool) -> [Candidate] {
        chains([1...9], separators: []) { runs in
            let run = runs[0]
            guard accept(run) else { return nil }
            if day {
                return Candidate(key: key(run.start - 1, run.end + 1), year: run.value / 10000,
                                 month: run.value / 100 % 100, day: run.value % 100, count: 1)
            }
            return Candidate(key: key(run.start, run.end), year: run.value, month: 1, day: 1, count: 1)
        }
    }

    private func yearMonth() -> [Candidate] {
        chains([4...4, 2...2], separators: [0x2D, 0x2F, 0x2E]) { runs in
            guard (1000...2999).contains(runs[0].value), text.bytes[runs[1].start] <= 0x31 else { return nil }
            return Candidate(key: key(runs[0].start, runs[1].end), year: runs[0].value, month: runs[1].value, day: 1, count: 1)
        }
    }
}
