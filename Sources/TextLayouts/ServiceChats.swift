import DateReading
import Foundation
import TextToolkit

/// A customer-service chat's transcript in which an agent sends an article: a header naming the
/// service and the two parties (`Agent: Sofia (Reuters)`), then stamped messages (`[14:30] Sofia:
/// Is it this one: “Title”, published on February 26, 1987?`), the article's text pasted under
/// one of them.
///
/// The title is the first quoted text in one of the first six messages; what follows the quote
/// in that message gives the day (`published on …`) and the authors (`by A`, `de A`, `von A`); the
/// publication is the organisation in brackets after a party's name in the header. The chat's own
/// day, the visitor and the agent are never the article's. Contract: `read` returns nil unless
/// three lines or more open with a stamp `[hh:mm]` (or `[hh:mm:ss]`) and a poster's colon, the
/// first among the first ten lines, under a header of two labelled lines at least (the parties),
/// one of the first six messages quotes a title of 2 to 300 characters, and unstamped lines of
/// 200 bytes at least (the text) follow it. Pure.
enum ServiceChats {
    typealias Record = JSONRecords.Record

    static func read(_ lines: [String], dates: DateRecognizer) -> Record? {
        guard let first = lines.indices.prefix(10).first(where: { message(lines[$0]) != nil }) else { return nil }
        let stamped = lines.indices[first...].filter { message(lines[$0]) != nil }
        // The transcript's header names its parties (`Visitor: A`, `Agent: Sofia (Reuters)`): an article quoting
        // a chat's messages has none.
        let header = lines[..<first].filter { line in line.utf8.prefix(30).contains(0x3A) && LineBytes.contains(line, bytes: ": ") }
        guard stamped.count >= 3, header.count >= 2 else { return nil }
        for index in stamped.prefix(6) {
            guard let text = message(lines[index]), let (title, tail) = quoted(text) else { continue }
            let rest = lines[(index + 1)...].filter { message($0) == nil }
            guard rest.reduce(0, { $0 + $1.utf8.count }) >= 200 else { return nil }
            var record = Record(title: title, rest: rest.joined(separator: "\n"))
            record.date = dates.firstDate(in: tail)?.date
            record.authors = authors(tail)
            record.source = lines[..<first].lazy.compactMap(affiliation).first
            return record
        }
        return nil
    }

    /// A stamped message's text (`[14:30] Sofia: text` → `text`), or nil.
    private static func message(_ line: String) -> Substring? {
        guard line.utf8.first == 0x5B, let close = LineBytes.index(of: 0x5D, within: 10, in: line) else { return nil }
        let stamp = line.utf8[line.utf8.index(after: line.utf8.startIndex)..<close]
        guard (5...8).contains(stamp.count), stamp.allSatisfy({ $0 &- 0x30 < 10 || $0 == 0x3A }) else { return nil }
        // A String of its own: a Substring from a UTF-8 index is not known to start a Character, and each step in it
        // rounds down by walking back (quadratic over a run of flags, whose every step back counts the run).
        let rest = String(Substring(line.utf8[line.utf8.index(after: close)...]))
        guard let colon = rest.firstIndex(of: ":"), rest.distance(from: rest.startIndex, to: colon) <= 40 else { return nil }
        return rest[rest.index(after: colon)...]
    }

    /// The first quoted text of a message and what follows its closing quote.
    private static func quoted(_ text: Substring) -> (String, String)? {
        guard let open = text.firstIndex(where: { HeadlineNotes.closers[$0] != nil }), let closer = HeadlineNotes.closers[text[open]],
            let close = text[text.index(after: open)...].firstIndex(of: closer)
        else { return nil }
        let title = LineBytes.trimmed(text[text.index(after: open)..<close])
        guard (2...300).contains(title.count) else { return nil }
        return (title, String(text[text.index(after: close)...]))
    }

    /// The authors a message names after the title (`, by A`, `, de A`, `, von A`).
    private static func authors(_ tail: String) -> [String] {
        for piece in tail.split(separator: ",") {
            var words = LineBytes.trimmed(piece)
            while let last = words.last, "?.!".contains(last) { words.removeLast() }
            let folded = TextFolding.fold(words)
            guard let marker = ["by ", "de ", "von ", "di ", "por ", "par ", "da "].first(where: { folded.hasPrefix($0) }) else { continue }
            let names = String(words.dropFirst(marker.count))
            if let found = Bylines.names(names), !found.isEmpty, found.allSatisfy(Bylines.isPersonLike) { return found }
        }
        return []
    }

    /// `Agent: Sofia (Reuters)` → `Reuters`: the organisation after a party's name.
    private static func affiliation(_ line: String) -> String? {
        guard line.hasSuffix(")"), line.contains(": "), let open = LineBytes.lastIndex(of: "(", in: line) else { return nil }
        let name = LineBytes.trimmed(line[line.index(after: open)..<line.index(before: line.endIndex)])
        return name.isEmpty || name.count > 60 ? nil : name
    }
}
