import TextToolkit

extension LayoutReader {
    /// A "cite this article" reference (`Citations`) among the first 40 lines or the last 12
    /// non-empty lines before `end`: what it states fills the authors, date and source still
    /// unknown, and a reference under its heading at the foot is cut off the body (`end` moves
    /// to the heading). Judged against the title already chosen: a reference that does not
    /// hold it states nothing. Pure.
    func citedFacts(_ lines: [String], title: String, end: inout Int, into found: inout Found) {
        guard found.authors.isEmpty || found.date == nil || found.source == nil else { return }
        // The last 12 non-empty lines above `end`, from the bottom up (an array: a lazy filter read twice walked twice).
        var bottom: [Int] = []
        bottom.reserveCapacity(12)
        var below = end
        while below > 0, bottom.count < 12 {
            below -= 1
            if !lines[below].isEmpty { bottom.append(below) }
        }
        let candidates = Array(lines.indices.prefix(40)) + bottom.reversed()
        for index in candidates where !lines[index].isEmpty {
            guard let marker = Citations.marker(lines[index]) else { continue }
            let reference: String
            switch marker {
            case .inline(let text):
                reference = text
            case .next:
                guard let next = lines[(index + 1)...].prefix(3).firstIndex(where: { !$0.isEmpty }) else { continue }
                reference = lines[next]
            }
            guard let cited = Citations.read(reference, title: title, dates: dates) else { continue }
            if found.authors.isEmpty { found.authors = cited.authors }
            if found.date == nil, let date = cited.date {
                found.date = date
                found.dateRank = .statement
            }
            found.source = found.source ?? cited.source
            if bottom.contains(index), index < end { end = index }
            return
        }
    }
}
