import TextToolkit

/// A line that announces the article itself below a sheet's own matter: a monitoring service's
/// analysis, a colleague's summary or a request above `Original article:` (`Article original :`,
/// `Originalartikel:`, `Artículo original:`, `Articolo originale:`, `Artigo original:`,
/// `Full article:`, `The article:`, a translator's `Original:`). What stands above it (an analyst, the day of the analysis,
/// a summary) is not the article's.
///
/// Contract: `index(in:)` returns the index of the first such line among the first 60 lines
/// (the label alone, a colon last, at most 30 characters; a translator's bare `Original:` among
/// the first 12, under a sheet whose lines are all labels and their values) with a non-empty line somewhere below it, or
/// nil. Pure.
enum ArticleMarkers {
    static func index(in lines: [String]) -> Int? {
        for index in lines.indices.prefix(60) where lines[index].utf8.count <= 40 && lines[index].utf8.last == 0x3A {
            guard TextFolding.hasAtMost(lines[index], 30) else { continue }
            var label = TextFolding.fold(lines[index])
            while let last = label.last, last == ":" || last == " " { label.removeLast() }
            // A translator's bare `Original:` closes a sheet of labels and their values (`Titre traduit : …`, `Traductrice : …`)
            // within its first dozen lines; under a headline, a byline or a lead it is a paragraph's label (`Das Original:`),
            // whatever label opens the file (`Ressort: Kultur`).
            guard markers.contains(label) || index < 12 && sheetMarkers.contains(label) && isSheet(lines[..<index]) else { continue }
            if lines[(index + 1)...].contains(where: { !$0.isEmpty }) { return index }
        }
        return nil
    }

    /// Whether the lines above a translator's marker are a sheet: one non-empty line at least, each a label and its value
    /// (`Titolo tradotto: Il gruppo …`, `Summary: The article reports …`): a colon within its first 40 characters, then a
    /// space and more.
    private static func isSheet(_ lines: ArraySlice<String>) -> Bool {
        var labelled = 0
        for line in lines where !line.isEmpty {
            guard let colon = LineBytes.index(of: 0x3A, within: 40, in: line) else { return false }
            let after = line.utf8[line.utf8.index(after: colon)...]
            guard after.first == 0x20, after.dropFirst().contains(where: { $0 != 0x20 }) else { return false }
            labelled += 1
        }
        return labelled > 0
    }

    /// The first line among the 60 from `start` on that labels an annex as the article's text (`Annex: text of
    /// the article`, `Annexe : texte de l'article`, `Anlage: Text des Artikels`, `Anexo: texto del
    /// artículo`, `Allegato: testo dell'articolo`, `Anexo: texto do artigo`): at most 60
    /// characters, a label of at most two words before the colon; nil when there is none.
    static func annex(in lines: [String], from start: Int) -> Int? {
        lines.indices.dropFirst(start).prefix(60).first { index in
            guard lines[index].utf8.count <= 80, TextFolding.hasAtMost(lines[index], 60),
                let colon = lines[index].firstIndex(of: ":")
            else { return false }
            let label = LineBytes.trimmed(lines[index][..<colon])
            let named = TextFolding.fold(LineBytes.trimmed(lines[index][lines[index].index(after: colon)...]))
            if named.isEmpty { return lines[index].index(after: colon) == lines[index].endIndex && textLabels.contains(TextFolding.fold(label)) }
            return !label.isEmpty && LineBytes.words(label).count <= 2 && annexTexts.contains(named)
        }
    }

    /// Folded labels alone on their line, a colon last, above the article's text in a notice or a
    /// licence (`Texte de l'article :`, `Licensed text:`, `Lizenzierter Text:`).
    private static let textLabels: Set<String> = annexTexts.union([
        "article text", "story text", "licensed text", "authorised text", "authorized text", "texte autorise",
        "texte sous licence", "lizenzierter text", "genehmigter text", "artikeltext", "texto autorizado", "texto licenciado",
        "testo autorizzato", "testo concesso in licenza",
    ])

    private static let annexTexts: Set<String> = [
        "text of the article", "the article's text", "texte de l'article", "text des artikels", "texto del articulo",
        "testo dell'articolo", "texto do artigo",
    ]

    private static let markers: Set<String> = [
        "original article", "the original article", "full article", "the article", "article", "original text",
        "article original", "l'article original", "l’article original", "article complet", "texte original",
        "texte integral", "originalartikel", "der originalartikel", "originaltext", "volltext des artikels",
        "articulo original", "el articulo original", "articulo completo", "texto original",
        "articolo originale", "l'articolo originale", "articolo completo", "testo originale",
        "artigo original", "o artigo original", "artigo completo",
    ]

    /// A translator's sheet above the text it translated (`Original:`, `Version originale :`, `Originale:`), asked only of
    /// the file's first dozen lines.
    private static let sheetMarkers: Set<String> = [
        "original", "the original", "original version", "l'original", "version originale", "das original", "originalfassung",
        "el original", "version original", "originale", "l'originale", "versione originale", "o original", "versao original",
    ]
}
