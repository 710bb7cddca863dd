/// A slide deck's outline copied from a presentation app's outline view: each slide's title
/// flush left, its bullets indented by a tab. The article is the slide whose bullets hold the
/// most text (its title the headline, its bullets the publication's line, the byline and the
/// paragraphs); the deck's own title, its maker and day, and the other slides are not the
/// article's.
///
/// Contract: `article` returns nil unless the file has three slides or more, each a flush-left
/// line with tab-indented lines under it, and indented lines are at least half of its non-empty
/// lines (a text whose paragraphs open with a tab is none). It returns the article slide's lines as a text: the title, a blank line, then each
/// bullet as a paragraph of its own. Pure.
enum SlideOutlines {
    static func article(_ raw: [String]) -> [String]? {
        guard raw.prefix(3).contains(where: { $0.utf8.first == 0x09 }) else { return nil }
        var slides: [(title: String, bullets: [String])] = []
        var indented = 0
        var filled = 0
        for line in raw {
            let trimmed = LineBytes.trimmed(line)
            guard !trimmed.isEmpty else { continue }
            filled += 1
            if line.utf8.first == 0x09 {
                indented += 1
                guard !slides.isEmpty else { return nil }
                slides[slides.count - 1].bullets.append(trimmed)
            } else {
                slides.append((trimmed, []))
            }
        }
        // Every slide has bullets: a text whose paragraphs open with a tab (a first-line indent) has
        // flush-left lines (its title, a paragraph's lines run on) with none under some.
        guard slides.count >= 3, indented * 2 >= filled, slides.allSatisfy({ !$0.bullets.isEmpty }),
            let best = slides.max(by: { $0.bullets.reduce(0) { $0 + $1.utf8.count } < $1.bullets.reduce(0) { $0 + $1.utf8.count } }),
            !best.bullets.isEmpty
        else { return nil }
        return [best.title, ""] + best.bullets.flatMap { [$0, ""] }
    }
}
