import Foundation
import Logging
import PostgresSink
import ServiceLifecycle

/// The PostgreSQL sink (issue 13) as one more service of the daemon's `ServiceGroup`: its own
/// task, so a database that is down, slow or refusing never holds up local ingest (the sink
/// retries with capped back-off by itself). Ends on graceful shutdown, never throws.
struct SinkService: Service {
    let sink: PostgresSink

    func run() async throws {
        await cancelWhenGracefulShutdown { await sink.run() }
    }
}

extension Daemon {
    /// The sink `configuration` asks for, or nil when `sink.postgres.url` is not set.
    static func postgresSink(for configuration: Configuration, logger: Logger, localIngest: LocalIngestActivity) -> PostgresSink? {
        guard configuration.postgres.isEnabled else { return nil }
        logger.info("PostgreSQL sink on: \(configuration.postgres.connection?.displayName ?? "") as instance \"\(configuration.postgres.instance)\"")
        return PostgresSink(settings: configuration.postgres, statePath: configuration.statePath, logger: logger,
                            localIngest: localIngest)
    }

    /// The sink's part of STATUS=, rendered when the ingest loop publishes its status line.
    static func statusText(of sink: PostgresSink?) -> (@Sendable () -> String)? {
        guard let sink else { return nil }
        return { sink.status.render(now: Date()) }
    }

    /// The sink's service entry, stopped before the ingest service (services stop in reverse order).
    static func sinkServices(_ sink: PostgresSink?) -> [ServiceGroupConfiguration.ServiceConfiguration] {
        guard let sink else { return [] }
        return [.init(service: SinkService(sink: sink), successTerminationBehavior: .ignore, failureTerminationBehavior: .ignore)]
    }
}
