import DateReading
import TextToolkit

/// Stamps that date the copy, not the article: a note application's web clip (OneNote: the
/// title, the day and time of the clipping on two lines, then `Clipped from: https://…`, in the
/// application's language) and an office's reception stamp on a scanned clipping (`RECEIVED`
/// over `09 MAR 1987`).
///
/// Contract: `withoutStamps(_:dates:)` empties both (below); other lines are untouched. Pure.
///
/// `withoutClipStamp(_:dates:)` returns the lines unchanged unless one of the first
/// eight opens with a clip phrase (`Clipped from:`, `Capturé à partir de :`, `Ausgeschnitten
/// aus:`, `Recortado de:`, `Ritagliato da:`); then every non-empty line between the first and
/// that one that is a date or a clock time and nothing else is emptied, and so is the clip
/// line (the article's own date, further down, is untouched). Pure.
enum CopyStamps {
    static func withoutStamps(_ lines: [String], dates: DateRecognizer) -> [String] {
        withoutToolStamp(withoutScanStamps(withoutReceptionStamp(withoutClipStamp(lines, dates: dates), dates: dates), dates: dates))
    }

    /// `withoutToolStamp(_:)`: a clipping tool's stamp among the last four non-empty lines
    /// (`Clipped with PressCut 3.2 by Carmen Ortiz on March 2, 1987 · 412 words · Ref. …`,
    /// `Ausgeschnitten mit …`, `Découpé avec …`, `Recortado con …`, `Ritagliato con …`,
    /// `Recortado com …`, `Saved with …`: a clip or save verb, then `with` in the file's language,
    /// at most 300 bytes, the tool's name capitalised after the phrase (`PressCut`: a news brief's
    /// `Saved with seconds to spare by …`, `Erfasst mit 142 km/h von …` is none), holding a figure
    /// and a ` · ` or ` | `, or who used the tool (`by`, `von`, `par`, `por`, `da`) on a line that
    /// ends no sentence; a sentence `Clipped with care, …` is none) is emptied: who clipped the
    /// article, and when, is no author or day of its own; the lines as they are when none is such a
    /// stamp.
    static func withoutToolStamp(_ lines: [String]) -> [String] {
        var seen = 0
        for index in lines.indices.reversed() where !LineBytes.trimmed(lines[index]).isEmpty {
            seen += 1
            if seen > 4 { break }
            let line = LineBytes.trimmed(lines[index])
            guard line.utf8.count <= 300, LineBytes.mayStart(line, withAnyOf: toolOpenings) else { continue }
            let folded = TextFolding.fold(line.prefix(32))
            guard let phrase = toolPhrases.first(where: { folded.hasPrefix($0) }), line.utf8.contains(where: { $0 &- 0x30 < 10 }),
                // The phrase's words count as many characters folded as printed (`Découpé` is `decoupe`).
                line.dropFirst(phrase.count).first?.isUppercase == true,
                line.contains(" · ") || line.contains(" | ")
                    || toolByWords.contains(where: { line.contains($0) }) && !LayoutReader.endsLikeSentence(line)
            else { continue }
            var out = lines
            out[index] = ""
            return out
        }
        return lines
    }

    private static let toolOpenings = LineOpenings("clip", "save", "captur", "ausge", "gespei", "erfass", "decoup", "enreg", "recort", "guard", "ritagl", "salvat")
    /// Who used the tool (`by Carmen Ortiz`, `von …`, `par …`, `por …`, `da …`).
    private static let toolByWords = [" by ", " von ", " par ", " por ", " da "]
    private static let toolPhrases = [
        "clipped with ", "saved with ", "captured with ", "ausgeschnitten mit ", "gespeichert mit ", "erfasst mit ",
        "decoupe avec ", "enregistre avec ", "capture avec ", "recortado con ", "recortado com ", "guardado con ",
        "guardado com ", "capturado con ", "capturado com ", "ritagliato con ", "salvato con ", "catturato con ",
    ]

    /// `withoutScanStamps(_:dates:)`: a phone scanning app's stamp under each page (`Scanned with
    /// Adobe Scan`, `Gescannt mit …`, `Numérisé avec …`, `Escaneado con …`, `Scansionato con …`,
    /// `Digitalizado com …`: at most 48 bytes) is taken out wherever it stands (a sentence broken
/// over the page runs on across it, the blank lines around the stamp gone), and the
    /// document's name the app gave it on the first non-empty line, the app's name and the day of
    /// the scan (`Adobe Scan 14 abr 1987`: no day of the article's); the lines as they are when no
    /// line is such a stamp.
    static func withoutScanStamps(_ lines: [String], dates: DateRecognizer) -> [String] {
        // Most files hold no stamp: they are returned as they are, no copy made.
        guard lines.contains(where: isScanStamp) else { return lines }
        var out: [String] = []
        out.reserveCapacity(lines.count)
        var app: String?
        var joining = false
        for line in lines {
            if isScanStamp(line) {
                let folded = TextFolding.fold(LineBytes.trimmed(line))
                if let phrase = scanPhrases.first(where: { folded.hasPrefix($0) }) {
                    app = app ?? String(folded.dropFirst(phrase.count))
                    // A page broken mid-sentence (`… responsible for` / stamp / `operating the utility`): the
                    // blank lines around the stamp go too, and the sentence runs on.
                    while let last = out.last, isBlank(last) { out.removeLast() }
                    joining = out.last.map { !LayoutReader.endsLikeSentence($0) } ?? false
                    if !joining { out.append("") }
                    continue
                }
            }
            // A page's form feed between the pages is blank too.
            if joining, isBlank(line) { continue }
            joining = false
            out.append(line)
        }
        guard let app, !app.isEmpty else { return lines }
        if let first = out.firstIndex(where: { !$0.isEmpty }) {
            let line = LineBytes.trimmed(out[first])
            if TextFolding.fold(line).hasPrefix(app + " "), dates.dateLine(String(line.dropFirst(app.count))) != nil { out[first] = "" }
        }
        return out
    }

    /// Nothing but spaces, tabs or a page's form feed.
    private static func isBlank(_ line: String) -> Bool {
        line.utf8.allSatisfy { $0 == 0x0C || $0 == 0x20 || $0 == 0x09 }
    }

    /// `Scanned with Adobe Scan` and its translations: at most 48 bytes, a scan phrase first.
    private static func isScanStamp(_ line: String) -> Bool {
        // Each phrase opens with an ASCII letter, which only an ASCII byte or a Latin letter with
        // a diacritic (lead bytes C3…C9) can fold to, after a no-break space (C2 A0) that trimming
        // removes: a line of a dash is decided on its bytes.
        guard line.utf8.count <= 48, let lead = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }),
            lead < 0x80 || (0xC2...0xC9).contains(lead),
            LineBytes.mayStart(LineBytes.trimmed(line), withAnyOf: scanOpenings)
        else { return false }
        let folded = TextFolding.fold(LineBytes.trimmed(line))
        return scanPhrases.contains { folded.hasPrefix($0) }
    }

    private static let scanOpenings = LineOpenings("scan", "gesc", "num", "esc", "dig")
    private static let scanPhrases = [
        "scanned with ", "scanned by ", "gescannt mit ", "numerise avec ", "numerise par ", "escaneado con ",
        "scansionato con ", "digitalizado com ", "digitalizado con ", "scanne avec ",
    ]

    /// `withoutReceptionStamp(_:dates:)`: a stamp's word alone on one of the first six lines
    /// (`RECEIVED`, `Reçu le`, `EINGEGANGEN`, `RECIBIDO`, `RICEVUTO`, `PERVENUTO IL`, `RECEBIDO`, `Posteingang`)
    /// with a date alone on the next line: both are emptied; otherwise the lines as they are.
    static func withoutReceptionStamp(_ lines: [String], dates: DateRecognizer) -> [String] {
        for index in lines.indices.prefix(6) where index + 1 < lines.count {
            let line = LineBytes.trimmed(lines[index])
            guard line.utf8.count <= 16, LineBytes.mayStart(line, withAnyOf: receptionOpenings),
                receptionWords.contains(LineBytes.trimmed(String(TextFolding.fold(line).filter { $0 != ":" }))),
                dates.dateLine(LineBytes.trimmed(lines[index + 1])) != nil
            else { continue }
            var out = lines
            out[index] = ""
            out[index + 1] = ""
            return out
        }
        return lines
    }

    private static let receptionOpenings = LineOpenings("rec", "einge", "ricev", "postei", "perv")
    private static let receptionWords: Set<String> = ["received", "recu", "recu le", "eingegangen", "recibido",
                                                      "ricevuto", "pervenuto", "pervenuto il", "recebido", "posteingang",
                                                      "eingang"]

    private static func withoutClipStamp(_ lines: [String], dates: DateRecognizer) -> [String] {
        guard let clip = lines.prefix(8).firstIndex(where: isClipLine), clip > 1 else { return lines }
        var out = lines
        for index in 1..<clip where !lines[index].isEmpty {
            let line = LineBytes.trimmed(lines[index])
            guard dates.dateLine(line) != nil || ExportLines.isClockTime(line) else { return lines }
            out[index] = ""
        }
        out[clip] = ""  // the page's address: no field of the article's
        return out
    }

    private static let clipOpenings = LineOpenings("clipped from", "captur", "ausgeschnitten aus", "recortado de", "ritagliato da")

    private static func isClipLine(_ line: String) -> Bool {
        guard LineBytes.mayStart(line, withAnyOf: clipOpenings)
        else { return false }
        let folded = TextFolding.fold(line.prefix(24))
        return ["clipped from", "capture a partir de", "ausgeschnitten aus", "recortado de", "ritagliato da"]
            .contains { folded.hasPrefix($0) }
    }
}
