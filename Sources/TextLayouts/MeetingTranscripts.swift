import DateReading
import Foundation
import TextToolkit

/// A meeting's transcript (a video call's recording: `Press review-20260210_091710-Meeting
/// Recording`, its day and length, then turns `Name   1:24` over what was said) in which a
/// colleague announces a piece and reads it out: `Next, the piece by A in X on DATE, headline:
/// TITLE. I'll read it out.`, `Ensuite, l'article paru dans X, titré : TITLE. Je vous le lis.`,
/// `Als Nächstes der Artikel in X vom DATE, Überschrift: TITLE. Ich lese ihn vor.`
///
/// The piece's title follows the announcement's colon (up to a short closing sentence); its
/// publication, day and authors are what the announcement names before it
/// (`OriginNotes.namedPublication`: `in X`, `paru dans X`, …). The meeting's day, the speakers and the
/// recording's name are never the article's. The text is what the turns after the announcement
/// say. Contract: `read` returns nil unless three turns or more open with a speaker's line (one
/// to four words, two spaces, a time `m:ss` or `h:mm:ss`), the first among the first eight
/// lines, and one of the first four turns announces a piece: a word naming a headline
/// (`HeadlineNotes.headlineWords`: `headline`, `titré`, `Überschrift`, `titolo`, `com o título`, …),
/// a colon, a title.
/// Pure.
enum MeetingTranscripts {
    typealias Record = JSONRecords.Record

    static func read(_ lines: [String], dates: DateRecognizer) -> Record? {
        // The first turn among the first eight lines: most texts are turned down there.
        guard let first = lines.indices.prefix(8).first(where: { isSpeakerLine(lines[$0]) }) else { return nil }
        let speakers = lines.indices[first...].filter { isSpeakerLine(lines[$0]) }
        guard speakers.count >= 3 else { return nil }
        // Each turn: the lines under its speaker's line, up to the next one.
        let turns = speakers.indices.map { index -> String in
            let end = index + 1 < speakers.count ? speakers[index + 1] : lines.count
            return lines[(speakers[index] + 1)..<end].filter { !$0.isEmpty }.joined(separator: " ")
        }
        for (index, turn) in turns.enumerated().prefix(4) {
            guard var record = announcement(turn, dates: dates) else { continue }
            record.rest = turns[(index + 1)...].joined(separator: "\n\n")
            return record
        }
        return nil
    }

    /// `Name   1:24`, `Jane Doe   0:59`, `Hélène Roux  1:02:07`.
    static func isSpeakerLine(_ line: String) -> Bool {
        guard line.utf8.count <= 60, line.utf8.last.map({ $0 &- 0x30 < 10 }) == true, LineBytes.contains(line, bytes: "  "),
            let gap = line.range(of: "  ")
        else { return false }
        let name = line[..<gap.lowerBound]
        let time = LineBytes.trimmed(line[gap.upperBound...])
        let words = name.split(separator: " ")
        guard (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        let parts = time.split(separator: ":", omittingEmptySubsequences: false)
        return (2...3).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isNumber) }
            && parts.dropFirst().allSatisfy { $0.count == 2 }
    }

    /// The piece a turn announces: the title after its colon, what the words before it name.
    private static func announcement(_ turn: String, dates: DateRecognizer) -> Record? {
        guard let colon = turn.range(of: ": "), turn.distance(from: turn.startIndex, to: colon.lowerBound) <= 240 else {
            return nil
        }
        let before = String(turn[..<colon.lowerBound])
        // The colon closes a word naming a headline (`headline:`, `titré :`, `Überschrift:`): `Revenue in March: up
        // four percent` announces no piece.
        let lastWord = TextFolding.fold(LineBytes.trimmed(before)).reversed().prefix { $0.isLetter }.reversed()
        guard HeadlineNotes.headlineWords.contains(String(lastWord)) else { return nil }
        var title = LineBytes.trimmed(turn[colon.upperBound...])
        // A short closing sentence (`I'll read it out.`, `Je vous le lis.`) is no part of the title.
        if let stop = title.range(of: ". ", options: .backwards) {
            let tail = title[stop.upperBound...]
            if tail.split(separator: " ").count <= 5 { title = String(title[..<stop.lowerBound]) }
        }
        while title.last == "." || title.last == " " { title.removeLast() }
        guard !title.isEmpty, title.count <= 300, let named = OriginNotes.namedPublication(before, dates: dates) else { return nil }
        var record = Record(title: title, rest: "")
        record.source = named.source
        record.date = named.date
        record.authors = named.authors
        return record
    }

}
