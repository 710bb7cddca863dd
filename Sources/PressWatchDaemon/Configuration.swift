import Foundation
import Logging
import PostgresSink

/// Everything presswatch can be told, with the built-in defaults.
///
/// Layering (highest wins): command-line options, then `PRESSWATCH_*` environment variables,
/// then the configuration file, then these defaults. See config/presswatch.yaml for each key.
public struct Configuration: Sendable, Equatable {
    /// Folder watched for new articles (`inbox.path`).
    public var inboxPath = "./inbox"
    /// Extra glob patterns to ignore, on top of dot-files, *.part, *.tmp, *.swp, *~ (`inbox.ignore`).
    public var ignorePatterns: [String] = []
    /// How long a file written in place (since its last close) or found by a scan must stay
    /// unchanged before it is read (`inbox.settleSeconds`); renamed-in files are read at once.
    public var settleSeconds = 1.0
    /// Full rescan period; inotify is only a hint (`inbox.rescanSeconds`).
    public var rescanSeconds = 60.0
    /// Folder holding index.json, articles/, archive/ and rejected/ (`state.path`).
    public var statePath = "./var"
    /// Larger files are rejected (`ingest.maxFileSize`).
    public var maxFileSize = Configuration.defaultMaxFileSize
    /// `maxFileSize`'s default, without building a whole `Configuration` (whose PostgreSQL
    /// settings ask the system for the host name).
    public static let defaultMaxFileSize = 10 * 1024 * 1024
    /// Most files indexed per flush of index.json (`ingest.batchSize`).
    public var batchSize = 500
    /// Longest time one file may take to read and parse (`ingest.parseTimeoutSeconds`); a file
    /// that takes longer is rejected as "too complex to parse within N s".
    public var parseTimeoutSeconds = 30.0
    /// Minimum log level (`log.level`).
    public var logLevel: Logger.Level = .info
    /// The PostgreSQL sink (`sink.postgres.*`), off unless `sink.postgres.url` is set.
    public var postgres = PostgresSinkSettings()

    public init() {}
}

/// A configuration value that cannot be used, with where it came from and how to fix it.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the value came from: `presswatch.yaml:12`, `PRESSWATCH_INBOX_PATH`, `--inbox`.
    public var origin: String
    /// The dotted key, e.g. `ingest.maxFileSize`; empty when the whole file is at fault.
    public var key: String
    public var problem: String

    public init(origin: String, key: String, problem: String) {
        self.origin = origin
        self.key = key
        self.problem = problem
    }

    public var description: String {
        key.isEmpty ? "\(origin): \(problem)" : "\(origin): \(key): \(problem)"
    }
}
