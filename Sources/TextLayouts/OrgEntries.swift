import TextToolkit

/// An Org-mode capture: the file's keywords (`#+TITLE: Pressespiegel 1987` names the file, not
/// the article), the article's heading (`* Title   :press:review:`), its properties drawer
/// (`:AUTHOR: Jane Doe`, `:MEDIUM: Reuters`, `:PUBLISHED: [1987-02-26 Thu]`, `:CAPTURED: […]`)
/// and the text.
///
/// Contract: `labelled` returns the lines unchanged unless a heading of any level (`*`, `**`, …
/// and a space) among the first 20 lines has a `:PROPERTIES:` line right under it and an `:END:`
/// line within 30 lines. Then the lines up to `:END:` become labelled lines (`Title: heading`
/// without its tags, then each property as `Name: value`, read as any label is: a name the labels
/// do not know states nothing; a capture time is ignored), and the entry's text follows, up to the
/// next heading of the same level or above (a review's other sections are not the article's);
/// the headings above the entry (the review's own) are dropped. Pure.
enum OrgEntries {
    static func labelled(_ lines: [String]) -> [String] {
        guard let heading = lines.prefix(20).indices.first(where: { at in
                level(lines[at]) > 0 && at + 1 < lines.count && LineBytes.trimmed(lines[at + 1]).uppercased() == ":PROPERTIES:"
            }),
            let end = lines[(heading + 2)...].prefix(30).firstIndex(where: { LineBytes.trimmed($0).uppercased() == ":END:" })
        else { return lines }
        let depth = level(lines[heading])
        var labelled = ["Title: " + withoutTags(String(lines[heading].dropFirst(depth + 1)))]
        for line in lines[(heading + 2)..<end] {
            let text = LineBytes.trimmed(line)
            guard text.hasPrefix(":"), let close = text.dropFirst().firstIndex(of: ":") else { continue }
            let name = text[text.index(after: text.startIndex)..<close]
            let value = LineBytes.trimmed(text[text.index(after: close)...]).filter { $0 != "[" && $0 != "]" && $0 != "<" && $0 != ">" }
            guard ClippingLabels.field(named: name) != nil, !value.isEmpty else { continue }
            labelled.append("\(name.prefix(1).uppercased() + name.dropFirst().lowercased()): \(value)")
        }
        let text = lines[(end + 1)...]
        let next = text.firstIndex(where: { line in (1...depth).contains(level(line)) }) ?? lines.endIndex
        return labelled + [""] + lines[(end + 1)..<next]
    }

    /// The number of `*` opening a heading (`** Title` → 2), 0 for any other line.
    private static func level(_ line: String) -> Int {
        let stars = line.prefix(while: { $0 == "*" }).count
        return stars > 0 && line.dropFirst(stars).first == " " ? stars : 0
    }

    /// `Title            :press:review:` → `Title`.
    private static func withoutTags(_ heading: String) -> String {
        var text = LineBytes.trimmed(heading)
        // The last space found walking forward: `lastIndex(of:)` steps back over a run of flags counting the run at each step.
        if text.hasSuffix(":"), let space = LineBytes.lastIndex(of: " ", in: text), text[text.index(after: space)...].hasPrefix(":") {
            text = LineBytes.trimmed(text[..<space])
        }
        return text
    }
}
