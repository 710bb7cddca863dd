import TextToolkit

/// A site's writers shown with their portraits, copied with the pictures' alt texts: `Portrait of
/// Hélène Roux` (`Portrait de`, `Porträt von`, `Retrato de`, `Ritratto di`) on a line of
/// its own, then the name, sometimes the `Follow` button's word; one such block a writer.
///
/// Contract: `joined` returns the lines with each run of such blocks among the first 60 lines
/// made one byline, `By A, B` (an alt text's name a person's: a given name and a surname, as
/// `Bylines.names` reads them); every other line is kept. The lines are returned unchanged when
/// none of the first 60 is such an alt text. Pure.
enum PortraitCredits {
    static func joined(_ lines: [String]) -> [String] {
        guard lines.prefix(60).contains(where: { portrayed($0) != nil }) else { return lines }
        var out: [String] = []
        out.reserveCapacity(lines.count)
        var index = 0
        while index < lines.count {
            var names: [String] = []
            var at = index
            while at < lines.count, at < 60, let name = portrayed(lines[at]) {
                var next = at + 1
                if next < lines.count, LineBytes.trimmed(lines[next]) == name { next += 1 }
                if next < lines.count, followWords.contains(TextFolding.fold(LineBytes.trimmed(lines[next]))) { next += 1 }
                names.append(name)
                at = next
            }
            if names.isEmpty {
                out.append(lines[index])
                index += 1
            } else {
                out.append("By " + names.joined(separator: ", "))
                index = at
            }
        }
        return out
    }

    /// The person an alt text portrays (`Porträt von Stefan Krüger` → `Stefan Krüger`), or nil.
    static func portrayed(_ line: String) -> String? {
        // Every phrase opens with `p` or `r` (any case): other lines are turned down on their first byte.
        guard let lead = line.utf8.first, lead | 0x20 == 0x70 || lead | 0x20 == 0x72, LineBytes.mayStart(line, withAnyOf: openings),
            TextFolding.hasAtMost(line, 80)
        else { return nil }
        let folded = TextFolding.fold(line)
        guard folded.count == line.count, let phrase = phrases.first(where: { folded.hasPrefix($0) }) else { return nil }
        let name = LineBytes.trimmed(line.dropFirst(phrase.count))
        guard let names = Bylines.names(name), names == [name], name.contains(" "), GivenNames.holdsGivenName(name) else { return nil }
        return name
    }

    private static let openings = LineOpenings("portrait", "portr", "retrato", "ritratto")
    /// (`Photo: A`, `Foto di A` are a photographer's credit, no writer's.)
    private static let phrases = ["portrait of ", "portrait de ", "portrat von ", "portrat ", "retrato de ", "ritratto di "]
    private static let followWords: Set<String> = ["follow", "suivre", "folgen", "seguir", "segui", "abonnieren", "s'abonner"]
}
