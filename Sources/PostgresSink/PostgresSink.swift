import ArticleIndex
import Foundation
import InboxWatcher
import Logging
import PostgresNIO
import Synchronization

/// Copies the local index into PostgreSQL, forever, without ever holding up local ingest.
///
/// Contract (issue 13): connects, migrates the schema, reads this instance's watermark from the
/// database (the database is the truth, so a restart resumes there: nothing lost, nothing
/// doubled), then applies the local change feed after it in batches of `batchSize`, each one
/// transaction (`SinkWriter`). It wakes on each publication (inotify on the state folder's
/// `index.json`) and at least every `pollSeconds`. Any failure (database down, refusing the
/// password, out of disk, no index yet) closes the connection and retries with capped
/// exponential back-off (1 s doubling to 60 s); the reason is logged once per change of reason
/// and shown in `status`. Runs until its task is cancelled.
///
/// Search vectors are built after the rows land (`SearchVectors`), on a second connection of
/// their own, so a batch never waits for stemming: that task is woken after each pass over the
/// feed (so at least every `pollSeconds` while the database is reachable), and builds every
/// pending vector, any instance's. While a backlog of more than one batch drains, or while the
/// daemon's local ingest has files in hand (`localIngest`), it builds none (it stops after its
/// current transaction): stemming costs several times what writing a row does, and on the same
/// cores it would halve the drain or slow local ingest; the vectors follow once the rows are in
/// and the inbox is quiet. Until its vector is built a row has `search` null and is still found by the documented
/// search query (README, "Query").
///
/// While local ingest has a burst in hand (`burstHold.files` files or more, by default a whole
/// batch of local ingest: far more than a steady stream leaves queued, even on a loaded
/// machine), the batches wait too, until the burst is in or for at most
/// `burstHold.seconds`, then drain everything published meanwhile (in batches of `batchSize`):
/// the rows and the database's work on them follow the burst instead of taking its cores, in
/// fewer, larger transactions. A steady stream is never held (its lag stays the pass time).
public final class PostgresSink: Sendable {
    /// When the sink's batches wait for local ingest (see the type's doc).
    public struct BurstHold: Sendable {
        /// Files in hand from which local ingest counts as a burst.
        public var files: Int
        /// The longest one wait lasts: the sink's lag during a long burst stays below this plus a pass.
        public var seconds: Double

        public init(files: Int, seconds: Double) {
            self.files = files
            self.seconds = seconds
        }

        public static let standard = BurstHold(files: 500, seconds: 10)
    }

    public let settings: PostgresSinkSettings
    public let statePath: String
    public let status = SinkStatus()
    private let connector: SinkConnector
    private let writer: SinkWriter
    private let vectors = SearchVectors()
    /// Wakes the search-vector task (`buildVectors`).
    private let vectorWakes: AsyncStream<Void>
    private let vectorWake: AsyncStream<Void>.Continuation
    /// True while `drain` works through more than one batch: the search-vector task waits.
    private let drainingBacklog = Mutex(false)
    private let localIngest: LocalIngestActivity?
    private let burstHold: BurstHold
    private let logger: Logger
    private let pollSeconds: Double

    /// - Precondition: `settings.isEnabled`.
    public init(settings: PostgresSinkSettings, statePath: String, logger: Logger, pollSeconds: Double = 2,
                localIngest: LocalIngestActivity? = nil, burstHold: BurstHold = .standard) {
        precondition(settings.connection != nil, "PostgresSink needs sink.postgres.url")
        self.settings = settings
        self.statePath = statePath
        self.connector = SinkConnector(settings: settings, connection: settings.connection!)
        self.writer = SinkWriter(instance: settings.instance)
        var logger = logger
        logger[metadataKey: "sink"] = "postgres"
        self.logger = logger
        self.pollSeconds = pollSeconds
        self.localIngest = localIngest
        self.burstHold = burstHold
        (vectorWakes, vectorWake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Runs until cancelled.
    public func run() async {
        let (wakes, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        await withTaskGroup(of: Void.self) { group in
            // inotify on the state folder; made again when the folder appears or comes back.
            group.addTask { [statePath, pollSeconds, quietLogger] in
                while !Task.isCancelled {
                    guard let watcher = try? InotifyWatcher(directory: statePath, logger: quietLogger) else {
                        try? await Task.sleep(for: .seconds(pollSeconds))
                        continue
                    }
                    await withTaskCancellationHandler {
                        for await batch in watcher.events() {
                            if batch.contains(.inboxGone) { watcher.stop() }
                            if batch.contains(where: { $0 == .overflow || $0 == .fileReady(name: "index.json") }) { wake.yield() }
                        }
                    } onCancel: { watcher.stop() }
                }
            }
            group.addTask { [pollSeconds] in
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(pollSeconds))
                    wake.yield()
                }
            }
            group.addTask { await self.buildVectors() }
            await loop(wakes: wakes)
            group.cancelAll()
            vectorWake.finish()
        }
    }

    /// A logger for PostgresNIO and the watcher: warnings and worse only, so nothing of a
    /// connection's start-up exchange is ever logged.
    private var quietLogger: Logger {
        var quiet = logger
        if quiet.logLevel < .warning { quiet.logLevel = .warning }
        return quiet
    }

    private func loop(wakes: AsyncStream<Void>) async {
        var iterator = wakes.makeAsyncIterator()
        var backoff = (failures: 0, initial: 1.0, maximum: 60.0)
        var lastReason: String?
        var known = SinkWatermark.start
        while !Task.isCancelled {
            do {
                let connection = try await connect()
                do {
                    known = try await prepare(connection)
                    let message = "connected to PostgreSQL \(connector.connection.displayName) as instance \"\(settings.instance)\"; "
                        + "resuming after change \(known.lastSequence)"
                    logger.notice("\(message)")
                    status.update { $0.phase = .connected }
                    backoff.failures = 0
                    lastReason = nil
                    while !Task.isCancelled {
                        known = try await drain(connection, from: known)
                        vectorWake.yield()
                        guard await iterator.next() != nil else { break }
                        await holdDuringBurst(behind: known)
                    }
                    await close(connection)
                } catch {
                    await close(connection)
                    throw error
                }
            } catch {
                if Task.isCancelled { break }
                let reason = SinkError.describe(error)
                backoff.failures += 1
                let delay = min(backoff.maximum, backoff.initial * Double(1 << min(backoff.failures - 1, 20)))
                status.update { $0.phase = .retrying(at: Date().addingTimeInterval(delay), reason: reason) }
                updateBehind(from: known)
                if reason != lastReason {
                    let message = "PostgreSQL sink (\(connector.connection.displayName)): \(reason); retrying with back-off "
                        + "up to \(Int(backoff.maximum)) s; local indexing goes on"
                    logger.error("\(message)")
                    lastReason = reason
                }
                try? await Task.sleep(for: .seconds(delay))
            }
        }
    }

    /// While local ingest has a burst in hand, waits until it has not, or `burstHold.seconds`
    /// (polled every 50 ms: an atomic load). Shown in the status line meanwhile, with how far
    /// behind the sink is (read from `index.json` once a second).
    private func holdDuringBurst(behind known: SinkWatermark) async {
        guard let localIngest, localIngest.filesInHand >= burstHold.files else { return }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .milliseconds(Int64(burstHold.seconds * 1000)))
        updateBehind(from: known)
        status.update { $0.heldForBurst = true }
        defer { status.update { $0.heldForBurst = false } }
        var polls = 0
        while !Task.isCancelled && localIngest.filesInHand >= burstHold.files && clock.now < deadline {
            try? await Task.sleep(for: .milliseconds(50))
            polls += 1
            if polls % 20 == 0 { updateBehind(from: known) }
        }
    }

    /// The search-vector task of `run`: builds pending vectors at each wake, on its own
    /// connection (opened at the first wake, after the drain migrated the schema; closed and
    /// opened again after a failure, which is logged once per new reason; the next wake retries).
    private func buildVectors() async {
        var connection: PostgresConnection?
        var lastReason: String?
        for await _ in vectorWakes {
            do {
                if connection == nil { connection = try await connect() }
                guard let open = connection else { continue }
                try await buildPendingVectors(open)
                lastReason = nil
            } catch {
                if let open = connection { await close(open) }
                connection = nil
                if Task.isCancelled { break }
                let reason = SinkError.describe(error)
                if reason != lastReason {
                    logger.warning("PostgreSQL sink: building search vectors failed: \(reason); retrying at the next pass")
                    lastReason = reason
                }
            }
        }
        if let open = connection { await close(open) }
    }

    /// Builds pending vectors until a transaction finds fewer than it may take, a backlog
    /// starts draining or local ingest has files in hand; each transaction bounded like a batch's (`SinkDeadline`), what
    /// committed stays.
    private func buildPendingVectors(_ connection: PostgresConnection) async throws {
        while !Task.isCancelled && !drainingBacklog.withLock({ $0 }) && !(localIngest?.isBusy ?? false) {
            let built = try await SinkDeadline.run("building search vectors", seconds: Self.statementSeconds, connection: connection) {
                [vectors, quietLogger] in
                try await vectors.buildSome(connection, logger: quietLogger)
            }
            if built < SearchVectors.rowsPerTransaction { break }
        }
    }

    /// One pass without retrying: connect, migrate, apply everything published after the
    /// database's watermark, then build every pending search vector (`vectors` false leaves
    /// them pending), disconnect. Returns the new watermark.
    /// - Throws: the first failure (see `SinkError.describe`); what committed before it stays.
    public func syncOnce(vectors buildVectors: Bool = true) async throws -> SinkWatermark {
        let connection = try await connect()
        do {
            let mark = try await drain(connection, from: try await prepare(connection))
            if buildVectors {
                try await buildPendingVectors(connection)
            }
            await close(connection)
            return mark
        } catch {
            await close(connection)
            throw error
        }
    }

    /// Connects, bounded by `connect_timeout` (plus slack for authentication and TLS).
    private func connect() async throws -> PostgresConnection {
        let seconds = Double(connector.connection.connectTimeoutSeconds) + 10
        return try await SinkDeadline.run("connecting", seconds: seconds) { [connector, quietLogger] in
            let connection = try await connector.connect(logger: quietLogger)
            if Task.isCancelled {  // given up meanwhile: nobody else will close it
                try? await connection.close()
                throw CancellationError()
            }
            return connection
        }
    }

    /// Migrates the schema and reads this instance's watermark.
    private func prepare(_ connection: PostgresConnection) async throws -> SinkWatermark {
        try await SinkDeadline.run("migrating the schema", seconds: Self.statementSeconds, connection: connection) {
            [writer, quietLogger] in
            try await SchemaMigrations.migrate(connection, logger: quietLogger)
            return try await writer.watermark(connection, logger: quietLogger)
        }
    }

    private func close(_ connection: PostgresConnection) async {
        _ = try? await SinkDeadline.run("closing the connection", seconds: 5, connection: connection) {
            try await connection.close()
        }
    }

    /// The longest a batch's transaction (or the migrations) may wait for the server.
    static let statementSeconds = 300.0

    /// Applies every published change after `mark`; returns the new watermark.
    func drain(_ connection: PostgresConnection, from start: SinkWatermark) async throws -> SinkWatermark {
        var mark = start
        let (manifest, changes) = try IndexSnapshot.readFeed(statePath: statePath, after: mark.lastSequence, expecting: mark.indexID)
        if mark.indexID != nil && mark.indexID != manifest.indexId {
            logger.notice("the index was rebuilt (index \(manifest.indexId)): copying it again from its first change")
        }
        status.update { $0.behind = max(0, manifest.lastSequence - (mark.indexID == manifest.indexId ? mark.lastSequence : 0)) }
        if changes.changes.isEmpty && mark.indexID != manifest.indexId {
            // A new (or rebuilt) index with nothing in it yet: record that this is the index now.
            var empty = try SinkBatch(changes: [], in: changes, statePath: statePath)
            empty.lastSequence = manifest.lastSequence
            try await write(empty, indexID: manifest.indexId, from: mark, connection: connection)
            return SinkWatermark(indexID: manifest.indexId, lastSequence: manifest.lastSequence)
        }
        // Batch n + 1 is read and encoded while batch n is in the database (pipelined).
        let feed = changes.changes, batchSize = settings.batchSize, statePath = statePath
        func prepare(from start: Int) -> Task<SinkBatch, any Error>? {
            guard start < feed.endIndex else { return nil }
            let slice = feed[start..<min(start + batchSize, feed.endIndex)]
            return Task { try SinkBatch(changes: slice, in: changes, statePath: statePath) }
        }
        var start = feed.startIndex
        var next = prepare(from: start)
        drainingBacklog.withLock { $0 = feed.count > batchSize }
        defer { drainingBacklog.withLock { $0 = false } }
        while let pending = next {
            let batch = try await pending.value
            start = min(start + batchSize, feed.endIndex)
            next = prepare(from: start)
            do {
                try await write(batch, indexID: manifest.indexId, from: mark, connection: connection)
            } catch {
                next?.cancel()
                throw error
            }
            mark = SinkWatermark(indexID: manifest.indexId, lastSequence: batch.lastSequence)
            status.update {
                $0.behind = max(0, manifest.lastSequence - batch.lastSequence)
                $0.written += batch.rowCount + batch.removed.count
            }
            if !batch.missingBodies.isEmpty {
                let message = "\(batch.missingBodies.count) article record(s) unreadable in \(statePath)/articles "
                    + "(first: \(batch.missingBodies[0])): copied without their body"
                logger.warning("\(message)")
            }
        }
        return mark
    }

    /// One batch's transaction, bounded (`SinkDeadline`): a connection lost in the middle of it
    /// ends the wait, and the batch is written again, whole, on the next connection.
    private func write(_ batch: SinkBatch, indexID: String, from mark: SinkWatermark,
                       connection: PostgresConnection) async throws {
        try await SinkDeadline.run("writing a batch", seconds: Self.statementSeconds, connection: connection) {
            [writer, quietLogger] in
            try await writer.write(batch, indexID: indexID, from: mark, connection: connection, logger: quietLogger)
        }
    }

    /// "Behind" while the database is unreachable: the local feed past the last known watermark.
    private func updateBehind(from mark: SinkWatermark) {
        guard let manifest = try? IndexSnapshot.readManifest(statePath: statePath) else { return }
        let base = mark.indexID == manifest.indexId ? mark.lastSequence : 0
        status.update { $0.behind = max(0, manifest.lastSequence - base) }
    }
}
