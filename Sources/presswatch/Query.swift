import ArgumentParser
import ArticleIndex
import Dispatch
import Foundation
import IndexQuery

struct Query: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the indexed articles that match filters, or follow the index's changes.",
        discussion: """
            Reads the published index files only, so it works whether the daemon runs or not. \
            Values of one option are alternatives (--language fr,en); different options must all \
            match; every --text phrase must match. Exit status: 0 with results, 1 with none, 2 on \
            a bad argument or when there is no index to read.
            --follow prints one JSON line per change (with its "sequence" and "indexId") until \
            SIGINT/SIGTERM; save the last line's indexId and sequence and resume with \
            --after INDEXID:SEQ to get every later change exactly once.
            """)

    @OptionGroup var location: StateOptions
    @Option(help: "Published on or after this day: YYYY-MM-DD, today, yesterday, 7d, 2w.")
    var since: String?
    @Option(help: "Published on or before this day (same forms as --since).")
    var until: String?
    @Option(help: "ISO 639-1 language code(s): fr, or fr,en.")
    var language: [String] = []
    @Option(help: "Source (agency) containing these words, case- and accent-insensitive.")
    var source: [String] = []
    @Option(help: "Site containing these words.")
    var site: [String] = []
    @Option(help: "An author containing these words.")
    var author: [String] = []
    @Option(help: "ISO 3166-1 country code(s) among the article's places: RW, or CI,SN.")
    var place: [String] = []
    @Option(help: "Words in the title, lede or keywords (case- and accent-insensitive).")
    var text: [String] = []
    @Option(help: "Article id(s) or id prefix(es).")
    var id: [String] = []
    @Option(help: "Print at most this many articles.")
    var limit: String?
    @Option(help: "published (newest first, the default), indexed (newest first) or title (A to Z).")
    var sort: String?
    @Flag(help: "Reverse the sort order.")
    var reverse = false
    @Option(help: "jsonl (default when piped), table (default on a terminal), csv or json.")
    var format: String?
    @Flag(help: "Print only the number of matching articles.")
    var count = false
    @Flag(help: "After the matching articles, print every change published until interrupted.")
    var follow = false
    @Flag(help: "With --follow: skip the articles already indexed.")
    var new = false
    @Option(help: "With --follow: resume after this change, SEQ or INDEXID:SEQ (from a printed line).")
    var after: String?

    func run() async throws {
        if !follow, new || after != nil {
            let name = new ? "--new" : "--after"
            throw ReadingFailure(QueryArgumentError(argument: name, problem: "needs --follow", example: "--follow \(new ? "--new" : "--after 120")"))
        }
        let filter = try parseFilter()
        let output = TerminalOutput()
        let statePath = try location.statePath()
        if follow {
            try await runFollow(statePath: statePath, filter: filter, output: output)
            return
        }
        var query = IndexQuery()
        query.filter = filter
        query.reverse = reverse
        if let sort {
            guard let key = IndexQuery.SortKey(rawValue: sort) else {
                throw ReadingFailure(QueryArgumentError(argument: "--sort", problem: "\"\(sort)\" is not published, indexed or title", example: "--sort title"))
            }
            query.sort = key
        }
        if let limit {
            guard let value = Int(limit), value > 0 else {
                throw ReadingFailure(QueryArgumentError(argument: "--limit", problem: "\"\(limit)\" is not a positive whole number", example: "--limit 20"))
            }
            query.limit = value
        }
        let chosen = try outputFormat(output)
        if count, filter.isEmpty {
            // The manifest's articleCount is the number of live articles of its generation.
            let manifest: IndexManifest
            do { manifest = try IndexSnapshot.readManifest(statePath: statePath) } catch { throw ReadingFailure(status: 2, message: error.description) }
            let number = min(manifest.articleCount, query.limit ?? Int.max)
            output.write("\(number)\n")
            output.flush()
            if number == 0 { throw ExitCode(1) }
            return
        }
        // Filters and sort read from the query columns; the shards only for the printed entries.
        let snapshot = try location.snapshot(at: statePath, columns: query.columnFields(counting: count))
        do {
            if count {
                let number = try query.count(in: snapshot)
                output.write("\(number)\n")
                output.flush()
                if number == 0 { throw ExitCode(1) }
                return
            }
            if chosen == .jsonl || chosen == .json {
                // The entries' bytes as stored: nothing to decode but the filters' and sort's.
                let positions = try query.order(on: snapshot)
                chosen.writeEntries(positions, of: snapshot, to: output)
                output.flush()
                if positions.isEmpty { throw ExitCode(1) }
                return
            }
            let matches = try query.run(on: snapshot, also: chosen.wanted)
            chosen.write(matches, of: snapshot, to: output, width: output.width)
            output.flush()
            if matches.isEmpty { throw ExitCode(1) }
        } catch let error as RawJSON.RawJSONError {
            throw ReadingFailure(IndexReadError(.damaged("an entry: \(error)"), statePath: statePath))
        }
    }

    private func parseFilter() throws -> QueryFilter {
        var arguments = QueryFilter.Arguments()
        arguments.since = since
        arguments.until = until
        arguments.language = language
        arguments.source = source
        arguments.site = site
        arguments.author = author
        arguments.place = place
        arguments.text = text
        arguments.id = id
        do {
            return try QueryFilter.parse(arguments)
        } catch {
            throw ReadingFailure(error)
        }
    }

    private func outputFormat(_ output: TerminalOutput) throws -> QueryFormat {
        guard let format else { return output.isTerminal ? .table : .jsonl }
        guard let chosen = QueryFormat(rawValue: format) else {
            throw ReadingFailure(QueryArgumentError(argument: "--format", problem: "\"\(format)\" is not jsonl, table, csv or json", example: "--format csv"))
        }
        return chosen
    }
}
