import TextToolkit

/// A desk's routing slip of boxes to tick over a copy: `UMLAUF – Pressestelle          Eingang: 05.03.2026`, `[ ] Jan
/// Schmitz   [ ] Rita Nogueira   [ ] Hausleitung`, `bitte lesen und abzeichnen`, a rule of dashes.
///
/// Contract: `withoutSlip` returns the lines under the rule when the file opens (within its first three lines) with a
/// line naming such a slip (`routing slip`, `circulation`, `Umlauf`, `Laufzettel`, `circulación`, `giro`, `circulação`,
/// `distribution` and its translations, case and accents ignored), one of the next eight lines a row of boxes (`[ ]`,
/// `[x]`, `☐`, `☑`, `☒` opening it) and a rule of ten marks or more closing the slip there; else the lines unchanged.
/// The slip's receipt day, persons and request are none of the article's (`DeskArchives` reads the slip of labels,
/// `À :`/`De :`/`Objet :`). Pure; reads at most the first twelve lines.
enum TickBoxSlips {
    static func withoutSlip(_ lines: [String]) -> [String] {
        guard let first = lines.prefix(3).firstIndex(where: { !LineBytes.trimmed($0).isEmpty }), lines[first].utf8.count <= 200 else {
            return lines
        }
        let heading = TextFolding.fold(LineBytes.trimmed(lines[first]))
        guard slipWords.contains(where: { heading.hasPrefix($0) }) else { return lines }
        var boxes = false
        for index in (first + 1)..<min(lines.count, first + 10) {
            let line = LineBytes.trimmed(lines[index])
            if line.utf8.count >= 10, Paragraphs.isRule(line) { return boxes ? Array(lines[(index + 1)...]) : lines }
            if boxMarks.contains(where: { line.hasPrefix($0) }) { boxes = true }
        }
        return lines
    }

    /// How a slip's heading opens (folded).
    private static let slipWords = [
        "routing slip", "routing", "circulation", "umlauf", "hausumlauf", "laufzettel", "circulacion", "giro", "circulacao",
        "distribution", "diffusion", "distribuzione", "distribucion", "distribuicao", "verteiler",
    ]

    private static let boxMarks = ["[ ]", "[x]", "[X]", "☐", "☑", "☒"]
}
