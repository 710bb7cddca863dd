import ArticleIndex
import DurableIO
import Foundation
import Logging

extension Daemon {
    /// `presswatch reindex`: rebuilds `index.json` from `archive/` (see `IndexRecovery`).
    /// - Returns: the one-line summary. Throws `ConfigurationErrors` or the I/O error.
    public static func reindex(configFile: String?, options: [String: String]) throws -> String {
        let configuration = try ConfigurationLoader.load(file: configFile, options: options)
        bootstrapLogging(level: configuration.logLevel)
        var logger = Logger(label: "presswatch")
        logger.logLevel = configuration.logLevel
        try StateLock.refuseSymbolicLinks(in: configuration.statePath, names: [""] + StateLayout.folderNames)
        return try IndexRecovery.reindex(statePath: configuration.statePath, logger: logger).description
    }
}
