import DateReading
import TextToolkit

/// A record copied from a database's expanded view: each field's name alone on a line, its value
/// on the next, the fields apart by a blank line (`Headline`, `Title`, blank, `Outlet`,
/// `Reuters`, blank, …, `Full text`, then the article's text).
///
/// Contract: `labelled` reads such fields from the file's first line on, while a short line
/// (four words at most, no colon, no sentence end) stands above one line of value and a blank
/// line: a field `ClippingLabels` knows becomes `Label: value`; any other field the record has
/// (who added it, its tone) goes; a text label (`Full text`, `Volltext`, `Texto completo`, …) ends
/// the fields and goes, its text staying. Only when three fields or more are read, two of them
/// known and the first naming the title (`Headline`, `Titre`, `Schlagzeile`: a section's name
/// such as `Media` over a web page's headline is none); any other lines are returned unchanged.
/// Pure.
///
/// The same record in a library database's plain-text view (EBSCOhost's `Record: 1`, then
/// `Title:`, its value on the next line, `Authors:`, …, no blank lines between the fields) is read
/// alike by `colonStacked`: each label ends with its colon, the value is the one line under it; with
/// an `Accession Number:` field (EBSCOhost's), a day `M/D/YYYY` is month first and written `YYYY-MM-DD`.
enum StackedLabels {
    static func labelled(_ lines: [String]) -> [String] {
        guard let first = lines.firstIndex(where: { !LineBytes.trimmed($0).isEmpty }) else { return lines }
        if LineBytes.trimmed(lines[first]).hasSuffix(":") || isRecordNumber(lines[first]) { return colonStacked(lines, from: first) }
        guard isLabel(lines[first]), ClippingLabels.field(named: LineBytes.trimmed(lines[first])) == .title else { return lines }
        var out: [String] = []
        var index = first
        var fields = 0
        var known = 0
        while index < lines.count {
            let label = LineBytes.trimmed(lines[index])
            if textLabels.contains(TextFolding.fold(label)) {
                index += 1
                break
            }
            guard isLabel(label), index + 1 < lines.count else { break }
            let value = LineBytes.trimmed(lines[index + 1])
            guard !value.isEmpty, index + 2 == lines.count || LineBytes.trimmed(lines[index + 2]).isEmpty else { break }
            fields += 1
            if ClippingLabels.field(named: label) != nil {
                known += 1
                out += [label + ": " + value, ""]
            }
            index += 3
        }
        guard fields >= 3, known >= 2 else { return lines }
        return Array(lines[..<first]) + out + lines[min(index, lines.count)...]
    }

    /// `Record: 1` (EBSCOhost's), then fields whose label ends with a colon, alone on its line, over
    /// one line of value; known fields become `Label: value`, the others go. Only when three fields or
    /// more are read, two of them known and the first naming the title; the lines unchanged otherwise.
    private static func colonStacked(_ lines: [String], from start: Int) -> [String] {
        var index = isRecordNumber(lines[start]) ? start + 1 : start
        guard index < lines.count, let firstLabel = colonLabel(lines[index]),
            ClippingLabels.field(named: firstLabel) == .title
        else { return lines }
        var out: [String] = []
        var fields = 0
        var known = 0
        var accessioned = false
        while index + 1 < lines.count, let label = colonLabel(lines[index]) {
            let value = LineBytes.trimmed(lines[index + 1])
            guard !value.isEmpty, colonLabel(lines[index + 1]) == nil else { break }
            fields += 1
            accessioned = accessioned || TextFolding.fold(label) == "accession number"
            if ClippingLabels.field(named: label) != nil {
                known += 1
                out += [label + ": " + value]
            }
            index += 2
        }
        guard fields >= 3, known >= 2 else { return lines }
        // EBSCOhost writes its days month first whatever the desk's language (`Source: Reuters. 3/2/1987, p17.`).
        if accessioned { out = out.map(withMonthFirstDayAsISO) }
        return Array(lines[..<start]) + out + [""] + lines[index...]
    }

    /// A `Source:` or date field with its first day, read month first (`3/2/1987`: March 2), written
    /// `YYYY-MM-DD`; any other field, one holding no day, and a line longer than the 300 characters
    /// `ClippingFacts` judges (no field then) as it is. (The day's search tokenizes the whole line:
    /// one 10 MiB `Source:` value took 476 MiB.)
    private static func withMonthFirstDayAsISO(_ line: String) -> String {
        guard TextFolding.hasAtMost(line, 300), let colon = line.firstRange(of: ": "),
            let field = ClippingLabels.field(named: String(line[..<colon.lowerBound])),
            field == .source || field == .date, let found = monthFirst.firstDate(in: line)
        else { return line }
        return String(line[..<found.range.lowerBound]) + found.date.iso + String(line[found.range.upperBound...])
    }

    /// English numeric order: month first.
    private static let monthFirst = DateRecognizer(language: "en")

    /// `Title:`, `Document Type:`: a label of four words at most and its colon, alone on its line; the label without it.
    private static func colonLabel(_ line: String) -> String? {
        let trimmed = LineBytes.trimmed(line)
        guard trimmed.hasSuffix(":"), TextFolding.hasAtMost(trimmed, 41) else { return nil }
        let label = LineBytes.trimmed(trimmed.dropLast())
        return isLabel(label) ? label : nil
    }

    /// `Record: 1`, `Registro: 12`: a database's record number over its fields.
    private static func isRecordNumber(_ line: String) -> Bool {
        let trimmed = LineBytes.trimmed(line)
        guard TextFolding.hasAtMost(trimmed, 20), let colon = trimmed.firstIndex(of: ":") else { return false }
        let number = LineBytes.trimmed(trimmed[trimmed.index(after: colon)...])
        return recordWords.contains(TextFolding.fold(trimmed[..<colon])) && !number.isEmpty && number.allSatisfy(\.isNumber)
    }

    private static let recordWords: Set<String> = ["record", "enregistrement", "datensatz", "registro", "notice", "treffer"]

    /// A field's name: short, no colon, no sentence end.
    private static func isLabel(_ line: String) -> Bool {
        let trimmed = LineBytes.trimmed(line)
        return !trimmed.isEmpty && TextFolding.hasAtMost(trimmed, 40) && LineBytes.words(trimmed).count <= 4
            && !LineBytes.contains(trimmed, 0x3A) && !LayoutReader.endsLikeSentence(trimmed)
    }

    /// Labels over the article's text (folded).
    private static let textLabels: Set<String> = [
        "full text", "texte integral", "volltext", "texto completo", "testo completo", "texto integral", "article text",
        "texte de l'article", "artikeltext", "texto del articulo", "testo dell'articolo", "texto do artigo",
    ]
}
