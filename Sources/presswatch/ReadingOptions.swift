import ArgumentParser
import ArticleIndex
import IndexQuery
import PressWatchDaemon

/// `--state DIR` / `--config FILE` of the reading commands, resolved as `run` and `reindex` do
/// (options, then PRESSWATCH_* variables, then the configuration file, then ./var).
struct StateOptions: ParsableArguments {
    @Option(name: .long, help: "YAML configuration file (default: $PRESSWATCH_CONFIG, else none).")
    var config: String?
    @Option(name: .long, help: "State folder holding index.json (default: the configured one, else ./var).")
    var state: String?

    /// The state folder, or exit status 2 with the configuration's problems.
    func statePath() throws -> String {
        var options: [String: String] = [:]
        options["state.path"] = state
        do {
            return try ConfigurationLoader.load(file: config, options: options).statePath
        } catch {
            throw ReadingFailure(status: 2, message: "invalid configuration:\n\(error)")
        }
    }

    /// The current snapshot (reading `columns` from the shards' query columns files where they
    /// can be used: `IndexSnapshot.open`), or exit status 2 saying why there is none and what to do.
    func snapshot(at statePath: String, columns: Set<EntryFieldOffsets.Field>? = nil) throws -> IndexSnapshot {
        do {
            return try IndexSnapshot.open(statePath: statePath, columns: columns)
        } catch {
            throw ReadingFailure(status: 2, message: error.description)
        }
    }
}

/// Ends a reading command: the message goes to standard error, then the process exits with
/// `status` (see `PressWatch.main`).
struct ReadingFailure: Error {
    let status: Int32
    let message: String

    init(status: Int32, message: String) {
        self.status = status
        self.message = message
    }

    init(_ error: QueryArgumentError) {
        self.init(status: 2, message: error.description)
    }

    init(_ error: IndexReadError) {
        self.init(status: 2, message: error.description)
    }
}
