import ArgumentParser
import ArticleIndex
import Foundation
import IndexQuery

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one article's full record, body included.",
        discussion: """
            ID is an article id or a prefix of one that matches a single article (as git accepts \
            abbreviated commits). JSON (the record articles/<id>.json) when the output is not a \
            terminal, readable text wrapped to the terminal's width on one. Exit status 1 when no \
            article (or more than one) matches, 2 when there is no index to read.
            """)

    @OptionGroup var location: StateOptions
    @Option(help: "json or text (default: text on a terminal, json otherwise).")
    var format: String?
    @Argument(help: "The article id, or a unique prefix of it (e.g. c270c34a).")
    var articleID: String

    func run() throws {
        let output = TerminalOutput()
        var asText = output.isTerminal
        if let format {
            guard format == "json" || format == "text" else {
                throw ReadingFailure(QueryArgumentError(argument: "--format", problem: "\"\(format)\" is not json or text", example: "--format text"))
            }
            asText = format == "text"
        }
        let snapshot = try location.snapshot(at: try location.statePath())
        switch ArticleLookup.find(articleID, in: snapshot) {
        case .failed(let message):
            throw ReadingFailure(status: 1, message: message)
        case .found(let id, let record):
            if asText {
                guard let text = ArticleText.render(record: record, width: output.width) else {
                    throw ReadingFailure(status: 2, message: "\(snapshot.statePath)/articles/\(id).json is not a valid article record; "
                        + "presswatch reindex rebuilds it from the archive")
                }
                output.write(text)
            } else {
                record.withUnsafeBytes { output.write(bytes: $0) }
                if record.last != 0x0A { output.write("\n") }
            }
            output.flush()
        }
    }
}
