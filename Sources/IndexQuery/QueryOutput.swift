import ArticleIndex
import Foundation

/// The output formats of `presswatch query`.
///
/// - `jsonl`: one index entry per line, exactly as in the index (docs/index-format.md, "Entry
///   fields"); the default when standard output is not a terminal.
/// - `json`: the same entries as one JSON array.
/// - `csv`: RFC 4180 (CRLF line ends, fields quoted when they hold `,`, `"`, CR or LF, quotes
///   doubled), UTF-8, a header row; lists joined with `; ` (places: codes joined with a space).
/// - `table`: aligned columns fitted to the width, titles cut with `…`; the default on a terminal.
public enum QueryFormat: String, Sendable, CaseIterable {
    case jsonl, json, csv, table

    /// The fields the format prints beyond the entry bytes.
    public var wanted: EntryFields.Wanted {
        switch self {
        case .jsonl, .json: return []
        case .csv: return .all
        case .table: return [.title, .published, .language, .source, .site]
        }
    }

    public static let csvHeader = ["id", "published", "language", "source", "site", "authors", "title",
                                   "places", "keywords", "wordCount", "indexedAt", "archivedPath"]

    /// Writes `matches` to `output` in this format, `width` columns wide for a table.
    public func write(_ matches: [IndexQuery.Match], of snapshot: IndexSnapshot, to output: TerminalOutput, width: Int) {
        switch self {
        case .jsonl, .json:
            writeEntries(matches.map(\.change), of: snapshot.articles, to: output)
        case .csv:
            output.write(Self.csvLine(Self.csvHeader))
            for match in matches {
                let f = match.fields
                output.write(Self.csvLine([
                    match.change.id, f.published ?? "", f.language ?? "", f.source ?? "", f.site ?? "",
                    f.authors.joined(separator: "; "), f.title, f.placeCodes.joined(separator: " "),
                    f.keywords.joined(separator: "; "), String(f.wordCount), f.indexedAt, f.archivedPath,
                ]))
            }
        case .table:
            for line in TableLayout.lines(matches, width: width) { output.write(line + "\n") }
        }
    }

    /// `jsonl` or `json` (any other format: `jsonl`) of the entries at `positions` in
    /// `snapshot.articles.changes` (`IndexQuery.order`), straight from the shard bytes.
    public func writeEntries(_ positions: [Int], of snapshot: IndexSnapshot, to output: TerminalOutput) {
        let articles = snapshot.articles
        writeEntries(positions.lazy.map { articles.changes[$0] }, of: articles, to: output)
    }

    private func writeEntries(_ changes: some Collection<RawChange>, of articles: ChangeSet, to output: TerminalOutput) {
        if self == .json { output.write(changes.isEmpty ? "[]\n" : "[\n") }
        var left = changes.count
        for change in changes {
            Self.writeEntry(articles.entryBytes(change), to: output)
            left -= 1
            output.write(self != .json ? "\n" : left == 0 ? "\n]\n" : ",\n")
        }
    }

    /// An entry's JSON on one line: the bytes as stored, or re-encoded without line breaks when
    /// the file was formatted over several lines.
    static func writeEntry(_ bytes: UnsafeRawBufferPointer, to output: TerminalOutput) {
        if bytes.isEmpty || (memchr(bytes.baseAddress!, 0x0A, bytes.count) == nil && memchr(bytes.baseAddress!, 0x0D, bytes.count) == nil) {
            output.write(bytes: bytes)
            return
        }
        let data = Data(bytes)
        if let object = try? JSONSerialization.jsonObject(with: data),
           let compact = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) {
            compact.withUnsafeBytes { output.write(bytes: $0) }
        }
    }

    /// One CSV record with its CRLF.
    public static func csvLine(_ fields: [String]) -> String {
        fields.map { field in
            let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
            return needsQuotes ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",") + "\r\n"
    }
}
