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
        withoutReceptionStamp(withoutClipStamp(lines, dates: dates), dates: dates)
    }

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
