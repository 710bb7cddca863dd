import DateReading
import TextToolkit

/// A journal's cover page above an article saved as text (Taylor & Francis and others): the
/// journal's name, an ISSN line, the title, the authors, `To cite this article: Jane Doe Title,
/// Journal, 11:3, 1-9, DOI: …`, `Published online: 03 Mar 2026.`, the publisher's boilerplate
/// and `Downloaded by [Library] at 15:20 05 July 2026` (the copy's time, no date of the
/// article's), then the text.
///
/// Contract: `read` returns nil unless one of the first 40 lines holds or announces a reference
/// (`Citations.marker`), no line above it is longer than 200 characters, three lines
/// of text at least follow it, and a line above it, the longest such, is the title the reference holds
/// (`Citations.read`). It returns that title, the reference's authors (else a line of names
/// between the title and the reference), its source (else the cover's first line when the
/// reference names it), the date of a `Published online:`-like labelled line after the
/// reference (`ClippingLabels`, a date label) or else the reference's, and where the text
/// starts: after a `Downloaded by`/`Downloaded from` line within 40 lines of the reference,
/// else after the reference. Pure.
enum CoverPages {
    static func read(_ lines: [String], dates: DateRecognizer) -> CarriedFacts? {
        let head = lines.indices.prefix(40)
        guard let (markerIndex, reference, referenceIndex) = head.lazy.compactMap({ index -> (Int, String, Int)? in
            switch Citations.marker(lines[index]) {
            case .inline(let text): return (index, text, index)
            case .next:
                guard let next = lines[(index + 1)...].prefix(3).firstIndex(where: { !$0.isEmpty }) else { return nil }
                return (index, lines[next], next)
            case nil: return nil
            }
        }).first
        else { return nil }
        // A cover holds no paragraph above the reference (one under a text cites it at the foot),
        // and text follows it.
        guard !lines[..<markerIndex].contains(where: { !TextFolding.hasAtMost($0, 200) }),
            lines[(referenceIndex + 1)...].lazy.filter({ !$0.isEmpty }).prefix(3).count == 3
        else { return nil }
        var best: (index: Int, reference: Citations.Reference)?
        for index in lines.indices.prefix(markerIndex) where lines[index].count >= 8 {
            guard let cited = Citations.read(reference, title: lines[index], dates: dates) else { continue }
            if best.map({ lines[index].count > lines[$0.index].count }) ?? true { best = (index, cited) }
        }
        guard let best else { return nil }
        var cover = CarriedFacts(title: LayoutReader.headingText(lines[best.index]), bodyStart: referenceIndex + 1)
        cover.authors = best.reference.authors
        if cover.authors.isEmpty {
            cover.authors = lines[(best.index + 1)..<markerIndex].lazy.filter { !$0.isEmpty }
                .compactMap { Bylines.names($0) }.first { $0.allSatisfy(Bylines.isPersonLike) } ?? []
        }
        cover.source = best.reference.source
        if cover.source == nil, let first = lines.firstIndex(where: { !$0.isEmpty }), first < best.index,
            TextFolding.fold(reference).contains(TextFolding.fold(lines[first]))
        {
            cover.source = lines[first]
        }
        let after = lines[(referenceIndex + 1)...].prefix(40)
        cover.date = after.lazy.compactMap { line -> CalendarDate? in
            guard let (field, value) = ClippingLabels.parse(line), field == .date else { return nil }
            return dates.firstDate(in: value)?.date
        }.first ?? best.reference.date
        if let downloaded = after.firstIndex(where: { TextFolding.fold($0.prefix(16)).hasPrefix("downloaded ") }) {
            cover.bodyStart = downloaded + 1
        }
        return cover
    }
}
