import DateReading
import TextToolkit

/// A byline run on at the end of a standfirst's paragraph, after its sentences (`… arbitrageurs
/// said. Par Cal Mankowski`, `… the U.S. — Por Jeremy Clift, 1 de março de 1987`, `… vor. Di
/// Christoph Becker`).
///
/// Contract: `facts` is nil unless the text after the paragraph's last sentence end (`. `, `? `,
/// `! `, `… `) or dash (` — `, ` – `) within its last 170 bytes reads as a byline (`Bylines.read`,
/// agencies apart as the source) and 40 bytes at least stand before it; a paragraph longer than
/// 2,000 bytes is not searched. Pure; never fails.
enum TrailingBylines {
    static func facts(_ line: String, dates: DateRecognizer) -> LineFacts? {
        let count = line.utf8.count
        guard count > 48, count <= 2_000 else { return nil }
        // The sentence ends within the last 170 bytes, found on the bytes (a head's line that matched nothing is
        // asked, often a paragraph of prose): a space after `.`, `?`, `!`, `…`, `—` or `–`, a capital or a
        // non-ASCII byte after it (`Par`, `✍️`).
        let starts: [Int] = line.utf8.withContiguousStorageIfAvailable { bytes in
            var found: [Int] = []
            for index in max(41, count - 170)..<(count - 1) where bytes[index] == 0x20 {
                let previous = bytes[index - 1]
                let ends = previous == 0x2E || previous == 0x3F || previous == 0x21
                    || index >= 3 && bytes[index - 3] == 0xE2 && bytes[index - 2] == 0x80
                    && (previous == 0xA6 || previous == 0x94 || previous == 0x93)
                let next = bytes[index + 1]
                if ends, next &- 0x41 < 26 || next >= 0x80 { found.append(index + 1) }
            }
            return found
        } ?? []
        for start in starts.reversed() {
            let rest = String(decoding: line.utf8.dropFirst(start), as: UTF8.self)
            guard let read = Bylines.read(rest, dates: dates, keepsAgencies: false), !read.authors.isEmpty else { continue }
            var facts = LineFacts()
            facts.authors = read.authors
            facts.date = read.date
            facts.dateRank = .byline
            facts.source = read.agency
            return facts
        }
        return nil
    }
}
