import Foundation
import Logging
import PostgresSink
import ServiceLifecycle
import Systemd

/// Entry points the `presswatch` executable calls; everything else in this module is wiring.
public enum Daemon {
    /// Sends logs to the journal, or to stderr with sd-daemon priority prefixes. Call once.
    public static func bootstrapLogging(level: Logger.Level) {
        LoggingSystem.bootstrap { _ in SystemdLogHandler(identifier: "presswatch", level: level) }
    }

    /// `presswatch run`: loads the configuration and runs until SIGTERM/SIGINT.
    /// Throws `ConfigurationErrors` before anything starts if the configuration is unusable.
    public static func run(configFile: String?, options: [String: String]) async throws {
        let configuration = try ConfigurationLoader.load(file: configFile, options: options)
        bootstrapLogging(level: configuration.logLevel)
        var logger = Logger(label: "presswatch")
        logger.logLevel = configuration.logLevel
        let activity = LocalIngestActivity()
        let sink = postgresSink(for: configuration, logger: logger, localIngest: activity)
        let service = IngestService(
            configuration: configuration,
            reloadConfiguration: { try ConfigurationLoader.load(file: configFile, options: options) },
            logger: logger,
            sinkStatus: statusText(of: sink),
            activity: sink == nil ? nil : activity)
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: service, successTerminationBehavior: .gracefullyShutdownGroup,
                             failureTerminationBehavior: .gracefullyShutdownGroup)] + sinkServices(sink),
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger))
        try await group.run()
    }
}
