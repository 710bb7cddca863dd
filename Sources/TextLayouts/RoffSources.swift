import DateReading
import Foundation
import TextToolkit

/// A text typeset with troff's `ms` macros, sent as its source: `.TL` and the title's lines,
/// `.AU` and an author's name (one request each), `.AI` and the institution (the publication),
/// `.ND` and the day in words (`.ND` alone: none printed), `.LP`/`.PP` opening each paragraph,
/// the text one sentence a line; comments (`.\"`) name who typeset it and when.
///
/// Contract: `read(_:dates:)` returns the title, authors, publication, date and the paragraphs
/// (lines of one paragraph joined with spaces, paragraphs apart by a blank line), with roff's
/// escapes turned into text (`\&`, `\e`, `\-`, `\(em`, `\(lq`, `\(rq`, font changes dropped);
/// nil unless a `.TL` request stands among the first ten lines and a title follows it. Other
/// requests are dropped with their arguments; the comments' names and days are not the
/// article's. Pure.
enum RoffSources {
    static func read(_ text: String, dates: DateRecognizer) -> JSONRecords.Record? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { LineBytes.trimmed($0) }
        guard lines.prefix(10).contains(".TL") else { return nil }
        var fields: [String: [String]] = [:]
        var authors: [[String]] = []  // each `.AU`'s lines, joined once at the end
        var paragraphs: [[String]] = []
        var current: String?  // the request whose lines are being read: `TL`, `AU`, `AI` or `PP`
        var date: CalendarDate?
        for line in lines {
            if line.hasPrefix(".") || line.hasPrefix("'") {
                let request = line.dropFirst().prefix { $0 != " " }
                switch request {
                case "TL", "AU", "AI":
                    current = String(request)
                    if request == "AU" { authors.append([]) }
                case "ND":
                    let argument = line.dropFirst(3).trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
                    date = argument.isEmpty ? nil : dates.firstDate(in: plain(argument))?.date
                    current = nil
                case "LP", "PP", "IP", "QP":
                    current = "PP"
                    paragraphs.append([])
                default:
                    if !request.hasPrefix("\\\"") { current = nil }
                }
                continue
            }
            guard let request = current, !line.isEmpty else { continue }
            let value = plain(line)
            if request == "PP" {
                paragraphs[paragraphs.count - 1].append(value)
            } else if request == "AU" {
                authors[authors.count - 1].append(value)
            } else {
                fields[request, default: []].append(value)
            }
        }
        let title = fields["TL", default: []].joined(separator: " ")
        guard !title.isEmpty else { return nil }
        var record = JSONRecords.Record(title: title, rest: paragraphs.map { $0.joined(separator: " ") }.filter { !$0.isEmpty }
            .joined(separator: "\n\n"))
        record.authors = authors.map(name).filter { !$0.isEmpty }
        record.source = fields["AI"].map { $0.joined(separator: " ") }
        record.date = date
        return record
    }

    /// An author's lines as one name, apart by a space: the first trimmed, the others' ends
    /// trimmed, blank ones skipped (what trimming the name after each line gave, in one pass:
    /// that copied the name so far on every line, quadratic in a long `.AU`).
    private static func name(_ lines: [String]) -> String {
        var name = ""
        for line in lines {
            if name.isEmpty {
                name = LineBytes.trimmed(line)
            } else if let last = line.lastIndex(where: { !$0.isWhitespace }) {
                name += " "
                name += line[...last]
            }
        }
        return name
    }

    /// A line of roff text as printed: escapes turned into their characters, font changes dropped.
    static func plain(_ line: some StringProtocol) -> String {
        var out = ""
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            index = line.index(after: index)
            guard character == "\\", index < line.endIndex else {
                out.append(character)
                continue
            }
            let escape = line[index]
            index = line.index(after: index)
            switch escape {
            case "&", "%", "c": break
            case "e", "\\": out.append("\\")
            case "-": out.append("-")
            case " ", "~": out.append(" ")
            case "f":  // `\fB`, `\fI`, `\fR`, `\fP`, `\f(CW`
                if index < line.endIndex, line[index] == "(" {
                    index = line.index(index, offsetBy: 3, limitedBy: line.endIndex) ?? line.endIndex
                } else if index < line.endIndex {
                    index = line.index(after: index)
                }
            case "(":  // a two-character special: `\(em`, `\(lq`
                let end = line.index(index, offsetBy: 2, limitedBy: line.endIndex) ?? line.endIndex
                out += specials[String(line[index..<end])] ?? ""
                index = end
            default: out.append(escape)
            }
        }
        return out
    }

    private static let specials: [String: String] = [
        "em": "—", "en": "–", "hy": "-", "lq": "“", "rq": "”", "oq": "‘", "cq": "’", "aq": "'", "dq": "\"", "bu": "•",
    ]
}
