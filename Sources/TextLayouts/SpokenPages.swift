import TextToolkit

/// A web page as a screen reader speaks it, saved from its speech log: landmarks (`banner
/// landmark`, `Hauptbereich Orientierungspunkt`), `link, Le Monde`, `heading level 1, Title`,
/// `graphic, File photo`, then the paragraphs; in en, fr, de, es, it, pt.
///
/// Contract: `labelled` returns the lines with the first level-1 heading as a `Title:` line,
/// the first link above it as a `Source:` line (the site's logo: the publication), the other
/// links above it (a menu's), the landmark and graphic lines left out — when one of the first three non-empty lines is a
/// landmark and a level-1 heading follows within 12 lines; every other file unchanged. Pure.
package enum SpokenPages {
    package static func labelled(_ lines: [String]) -> [String] {
        let head = lines.lazy.filter { !$0.isEmpty }.prefix(3)
        guard head.contains(where: isLandmark),
            let heading = lines.prefix(12).firstIndex(where: { headingText($0) != nil })
        else { return lines }
        var out: [String] = []
        var linked = false
        for (index, line) in lines.enumerated() {
            if isLandmark(line) || startsWithAny(line, graphics) { continue }
            if index == heading, let title = headingText(line) {
                out.append("Title: " + title)
            } else if index < heading, let name = after(line, links) {
                // The first link is the site's logo; the menu's links after it state nothing.
                if !linked { out.append("Source: " + name) }
                linked = true
            } else {
                out.append(line)
            }
        }
        return out
    }

    private static let landmarks = ["landmark", "repere ", "orientierungspunkt", "punto de referencia", "punto di riferimento",
                                    "marco "]
    private static let headings = ["heading level 1, ", "titre niveau 1, ", "uberschrift ebene 1, ", "encabezado nivel 1, ",
                                   "intestazione livello 1, ", "cabecalho nivel 1, "]
    private static let links = ["link, ", "lien, ", "vinculo, ", "collegamento, "]
    private static let graphics = ["graphic, ", "graphique, ", "grafik, ", "grafico, ", "grafica, "]

    /// A landmark's line: at most six words, one of them a landmark's name.
    private static func isLandmark(_ line: String) -> Bool {
        guard !line.isEmpty, line.utf8.count <= 120, LineBytes.spaceSeparatedCount(line) <= 6 else { return false }
        let folded = TextFolding.fold(line) + " "
        return landmarks.contains { LineBytes.contains(folded, bytes: $0) }
    }

    private static func headingText(_ line: String) -> String? { after(line, headings) }

    /// The rest of the line after one of `prefixes` (compared folded), or nil.
    private static func after(_ line: String, _ prefixes: [String]) -> String? {
        let folded = TextFolding.fold(line.prefix(30))
        guard let prefix = prefixes.first(where: { folded.hasPrefix($0) }) else { return nil }
        let rest = LineBytes.trimmed(line.dropFirst(prefix.count))
        return rest.isEmpty ? nil : rest
    }

    private static func startsWithAny(_ line: String, _ prefixes: [String]) -> Bool {
        let folded = TextFolding.fold(line.prefix(30))
        return prefixes.contains { folded.hasPrefix($0) }
    }
}
