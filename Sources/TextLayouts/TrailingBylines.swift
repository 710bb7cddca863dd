import DateReading
import TextToolkit

/// A byline run on at the end of a standfirst's paragraph, after its sentences (`… arbitrageurs
/// said. Par Cal Mankowski`, `… the U.S. — Por Jeremy Clift, 1 de março de 1987`, `… vor. Di
/// Christoph Becker`).
///
/// Contract: `facts` is nil unless the text after the paragraph's last sentence end (`. `, `? `,
/// `! `, `… `) or dash (` — `, ` – `) within its last 170 characters reads as a byline
/// (`Bylines.read`, agencies apart as the source) and 40 characters at least stand before it; a
/// paragraph longer than 2,000 characters is not searched. Pure; never fails.
enum TrailingBylines {
    static func facts(_ line: String, dates: DateRecognizer) -> LineFacts? {
        guard !TextFolding.hasAtMost(line, 48), TextFolding.hasAtMost(line, 2_000) else { return nil }
        let tail = line.suffix(170)
        var candidates: [String.Index] = []
        var previous: Character = " "
        var index = tail.startIndex
        while index < tail.endIndex {
            let character = tail[index]
            let next = tail.index(after: index)
            if character == " ", next < tail.endIndex, ".?!…—–".contains(previous) {
                candidates.append(next)
            }
            previous = character
            index = next
        }
        for start in candidates.reversed() where line.distance(from: line.startIndex, to: start) >= 40 {
            let rest = String(line[start...])
            guard rest.first?.isUppercase == true,
                let read = Bylines.read(rest, dates: dates, keepsAgencies: false), !read.authors.isEmpty
            else { continue }
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
