import ArticleIndex
import ArticleParsing
import DurableIO
import Foundation
import InboxWatcher
import Logging

/// Takes a batch of complete inbox files to their end state, in the one order that loses nothing:
/// read + parse → add to the index in memory → publish the batch durably (one shard, one
/// manifest) → move the originals to `archive/` together (`DurableFile.moveAll`: one fsync per
/// touched folder) (or to `rejected/` with its `.error.json`) → compact the index if due.
///
/// An original leaves the inbox only after an index containing it is durable. If the flush fails
/// (full disk), nothing is moved and every name comes back in `retry`. A file that is indexed but
/// whose move failed is found again by the next scan and moved then (its id is already indexed).
final class IngestPipeline {
    struct Outcome {
        var indexed: [(name: String, entry: IndexEntry)] = []
        var rejected: [String] = []
        /// Names to try again later (disk full, I/O error, replaced while we worked).
        var retry: [String] = []
        /// Why the retries are needed, for STATUS= and the log.
        var problem: String?
    }

    private struct PlannedArchive {
        let name: String
        let contents: InboxFileContents
        let relativePath: String
        let started: ContinuousClock.Instant
        /// The entry this file added to the index (nil for a duplicate).
        let entry: IndexEntry?
    }

    var configuration: Configuration
    let layout: StateLayout
    let store: ArticleStore
    private let parser = ArticleParser()
    var logger: Logger
    private let clock = ContinuousClock()
    /// Names already reported as left alone, so a symlink is logged once, not on every scan.
    private var reportedLeftAlone: Set<String> = []

    init(configuration: Configuration, store: ArticleStore, logger: Logger) {
        self.configuration = configuration
        self.layout = StateLayout(root: configuration.statePath)
        self.store = store
        self.logger = logger
    }

    /// Processes `names` in order. `shouldStop` is checked between files (graceful shutdown:
    /// the file in hand is finished, the rest stay queued); `heartbeat` is called between files.
    func process(_ names: [String], now: Date, shouldStop: () -> Bool, heartbeat: () -> Void) -> Outcome {
        var outcome = Outcome()
        var planned: [PlannedArchive] = []
        var handled = 0
        for name in names {
            if shouldStop() { break }
            heartbeat()
            handled += 1
            if let plan = prepare(name, now: now, outcome: &outcome) { planned.append(plan) }
        }
        outcome.retry += names.dropFirst(handled)
        guard !planned.isEmpty else { return outcome }
        if store.hasUnflushedChanges {
            do {
                try store.flush(now: now)
            } catch {
                outcome.problem = "Cannot write the index: \(error)"
                logger.error("index flush failed; \(planned.count) file(s) stay in the inbox and will be retried",
                             metadata: ["error": "\(error)"])
                outcome.retry += planned.map(\.name)
                return outcome
            }
        }
        heartbeat()
        archive(planned, outcome: &outcome)
        do {
            try store.compact(now: now)
        } catch {
            logger.warning("index compaction failed; it is tried again after the next batch",
                           metadata: ["error": "\(error)"])
        }
        return outcome
    }

    /// Reads and parses one file; adds it to the store. Returns the archive step still to do.
    private func prepare(_ name: String, now: Date, outcome: inout Outcome) -> PlannedArchive? {
        let started = clock.now
        let contents: InboxFileContents
        do {
            contents = try InboxFileReader.read(name: name, in: configuration.inboxPath, sizeLimit: configuration.maxFileSize)
        } catch {
            handleReadFailure(name, error, now: now, outcome: &outcome)
            return nil
        }
        reportedLeftAlone.remove(name)
        let article: Article
        do {
            article = try parser.parse(contents.bytes, fileName: name)
        } catch {
            reject(name, reason: error.reason, whatToDo: error.hint, size: contents.bytes.count, now: now, outcome: &outcome)
            return nil
        }
        if let known = store.knownVersion(id: article.id) {
            // Indexed before (as the current or an earlier version of its story): archive or drop.
            return PlannedArchive(name: name, contents: contents, relativePath: known.archivedPath, started: started, entry: nil)
        }
        let relative = layout.archiveRelativePath(id: article.id, originalName: name,
                                                  formatExtension: article.format.fileExtension, date: now)
        if let replaced = store.addVersion(article, archivedPath: relative, originalName: name, at: now) {
            logger.info("new version of \"\(article.title)\": \(article.id) replaces \(replaced.id) (both originals archived)",
                        metadata: ["article.id": "\(article.id)", "article.replaces": "\(replaced.id)", "file": "\(name)"])
        }
        return PlannedArchive(name: name, contents: contents, relativePath: relative, started: started,
                              entry: store.entry(id: article.id))
    }

    /// Moves the indexed originals into the archive together; a byte-identical copy already
    /// there means the inbox file is a duplicate, and it is removed.
    private func archive(_ plans: [PlannedArchive], outcome: inout Outcome) {
        var moving: [PlannedArchive] = []
        for plan in plans {
            guard InboxFileReader.isUnchanged(plan.contents, name: plan.name, in: configuration.inboxPath) else {
                // Replaced after we read it: archive the bytes we indexed, read the new file later.
                do {
                    try DurableFile.writeAtomically(plan.contents.bytes, to: layout.absolute(plan.relativePath))
                } catch {
                    archiveFailed(plan, error, outcome: &outcome)
                    continue
                }
                outcome.retry.append(plan.name)
                continue
            }
            moving.append(plan)
        }
        let results = DurableFile.moveAll(moving.map {
            DurableFile.BatchMove(from: configuration.inboxPath + "/" + $0.name, to: layout.absolute($0.relativePath),
                                  expected: ($0.contents.identity.device, $0.contents.identity.inode))
        })
        for (plan, result) in zip(moving, results) {
            switch result {
            case .replaced:
                // Replaced after the check above: archive the bytes we indexed, read the new file later.
                do {
                    try DurableFile.writeAtomically(plan.contents.bytes, to: layout.absolute(plan.relativePath))
                    outcome.retry.append(plan.name)
                } catch {
                    archiveFailed(plan, error, outcome: &outcome)
                }
            case .failed(let error):
                archiveFailed(plan, error, outcome: &outcome)
            case .alreadyThere where plan.entry == nil:
                logger.info("duplicate of an archived article removed from the inbox: \(plan.name)",
                            metadata: ["file": "\(plan.name)", "article.path": "\(plan.relativePath)"])
            case .moved, .alreadyThere:
                guard let entry = plan.entry else { continue }
                outcome.indexed.append((plan.name, entry))
                let ms = Int((clock.now - plan.started) / .milliseconds(1))
                logger.info("indexed \(entry.id) \"\(entry.title)\" from \(plan.name) in \(ms) ms",
                            metadata: ["article.id": "\(entry.id)", "article.path": "\(entry.archivedPath)",
                                       "file": "\(plan.name)", "ms": "\(ms)"])
            }
        }
    }

    private func archiveFailed(_ plan: PlannedArchive, _ error: any Error, outcome: inout Outcome) {
        outcome.problem = "Cannot archive \(plan.name): \(error)"
        logger.error("archiving failed; the file stays in the inbox and will be retried",
                     metadata: ["file": "\(plan.name)", "error": "\(error)"])
        outcome.retry.append(plan.name)
    }

    private func handleReadFailure(_ name: String, _ error: InboxReadError, now: Date, outcome: inout Outcome) {
        switch error.disposition {
        case .vanished:
            logger.debug("file vanished before it was read", metadata: ["file": "\(name)"])
        case .leaveAlone(let why):
            if reportedLeftAlone.insert(name).inserted {
                logger.warning("left in the inbox, not read: \(why)", metadata: ["file": "\(name)"])
            }
        case .reject(let reason, let whatToDo, let size):
            reject(name, reason: reason, whatToDo: whatToDo, size: size, now: now, outcome: &outcome)
        case .retry(let problem):
            if let problem {
                outcome.problem = "Cannot read \(name): \(problem)"
                logger.error("read failed; will retry", metadata: ["file": "\(name)", "error": "\(problem)"])
            } else {
                logger.debug("changed while being read; will retry", metadata: ["file": "\(name)"])
            }
            outcome.retry.append(name)
        }
    }

    /// Writes `rejected/<name>.error.json`, then moves the original beside it.
    private func reject(_ name: String, reason: String, whatToDo: String, size: Int?, now: Date, outcome: inout Outcome) {
        let target = uniqueRejectedName(for: name)
        let report = RejectionReport(file: name, rejectedPath: "rejected/" + target, reason: reason,
                                     whatToDo: whatToDo, size: size, rejectedAt: now)
        do {
            try DurableFile.createDirectories(layout.rejected)
            try DurableFile.writeAtomically(report.encoded(), to: layout.rejected + "/" + target + ".error.json")
            try DurableFile.move(from: configuration.inboxPath + "/" + name, to: layout.rejected + "/" + target)
        } catch {
            outcome.problem = "Cannot move \(name) to rejected/: \(error)"
            logger.error("rejecting failed; the file stays in the inbox and will be retried",
                         metadata: ["file": "\(name)", "error": "\(error)"])
            outcome.retry.append(name)
            return
        }
        outcome.rejected.append(name)
        logger.warning("rejected \(name): \(reason)",
                       metadata: ["file": "\(name)", "rejected.path": "rejected/\(target)", "reason": "\(reason)"])
    }

    /// `name`, or `name.2`, `name.3`… when an earlier rejection already holds that name.
    private func uniqueRejectedName(for name: String) -> String {
        let name = RejectedName.fitting(name)
        var candidate = name
        var counter = 1
        while FileManager.default.fileExists(atPath: layout.rejected + "/" + candidate)
            || FileManager.default.fileExists(atPath: layout.rejected + "/" + candidate + ".error.json") {
            counter += 1
            candidate = "\(name).\(counter)"
        }
        return candidate
    }
}

extension Article.Format {
    var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .html: "html"
        }
    }
}

extension String {
    /// `archive/2026/11/0123456789abcdef.txt` → `0123456789abcdef`.
    var articleID: String {
        let file = split(separator: "/").last.map(String.init) ?? self
        return file.split(separator: ".").first.map(String.init) ?? file
    }
}
