import TextToolkit

/// A slide deck's outline copied from a presentation app's outline view: each slide's title
/// flush left, its bullets indented by a tab. The article is the slide whose bullets hold the
/// most text (its title the headline, its bullets the publication's line, the byline and the
/// paragraphs); the deck's own title, its maker and day, and the other slides are not the
/// article's.
///
/// Contract: `article` returns nil unless the file has three slides or more, each a flush-left
/// line with tab-indented lines under it, the first (the deck's title) with short bullets that
/// end no sentence, and indented lines are at least half of its non-empty lines (a text whose
/// paragraphs open with a tab is none, even under subheadings). Linear. It returns the article slide's lines as a text: the title, a blank line, then each
/// bullet as a paragraph of its own. Pure.
enum SlideOutlines {
    static func article(_ raw: [String]) -> [String]? {
        guard raw.prefix(3).contains(where: { $0.utf8.first == 0x09 }) else { return nil }
        // Each slide as its title's index, the indices of its bullets and their size in bytes.
        var slides: [(title: Int, bullets: [Int], size: Int)] = []
        var indented = 0
        var filled = 0
        for (index, line) in raw.enumerated() where !LineBytes.trimmed(line).isEmpty {
            filled += 1
            if line.utf8.first == 0x09 {
                indented += 1
                guard !slides.isEmpty else { return nil }
                slides[slides.count - 1].bullets.append(index)
                slides[slides.count - 1].size += line.utf8.count
            } else {
                slides.append((index, [], 0))
            }
        }
        // The first slide is the deck's title: its bullets are short and end no sentence (a
        // department, a maker and a day), where an article's subheading has paragraphs under it.
        guard slides.count >= 3, indented * 2 >= filled, slides.allSatisfy({ !$0.bullets.isEmpty }),
            slides[0].bullets.allSatisfy({ TextFolding.hasAtMost(raw[$0], 80) && !LayoutReader.endsWithPeriod(LineBytes.trimmed(raw[$0])) }),
            let best = slides.max(by: { $0.size < $1.size })
        else { return nil }
        return [LineBytes.trimmed(raw[best.title]), ""] + best.bullets.flatMap { [LineBytes.trimmed(raw[$0]), ""] }
    }
}
