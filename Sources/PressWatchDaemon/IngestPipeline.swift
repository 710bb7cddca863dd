import ArticleIndex
import ArticleParsing
import DurableIO
import Foundation
import InboxWatcher
import Logging

/// Takes a batch of complete inbox files to their end state, in the one order that loses nothing
/// and never publishes an entry without its original (issue 11):
///
/// 1. read + parse each file (off the loop, in parallel, under a time budget: `ParseWorkers`);
///    a file that changed since it was read is not decided on (it goes back to settling,
///    `Outcome.changed`); one that outlasted the budget is rejected ("too complex to parse");
/// 2. add the articles to the index in memory; write the bytes that were read and parsed (from
///    memory, not the inbox name) to `archive/YYYY/MM/<id>.<format>` together with the batch's
///    index files (`ArticleStore.stage`: no sync call yet) — `commit`, on the loop; then make
///    them all durable at once (concurrent fsyncs for a small batch, one `syncfs` for a large
///    one) and only then write the manifest that lists them (`StagedFlush.makeDurable`, on
///    `DurableThread`, while the loop writes the next batch);
/// 3. once that flush is durable, remove each inbox name only if it still names the file that
///    was read (`InboxRemoval`) — `durable`, on the loop; a changed or replaced file stays and
///    is read again on its own;
/// 4. (later, when `IngestCore` asks for it: `compact`) compact the index.
///
/// So every published entry's `archivedPath` exists and holds exactly the bytes whose hash is its
/// id, whatever happens to the inbox name meanwhile (deleted, moved out, swapped for a symbolic
/// link, appended to). If the archive write or the flush fails (full disk), no inbox file is
/// removed and every name comes back in `retry`; the same if the durable step fails (then also
/// for every batch staged after it). A crash between steps 2 and 3 leaves the inbox file in
/// place: it is read again and its archive file rewritten identically.
final class IngestPipeline {
    struct Outcome {
        var indexed: [(name: String, entry: IndexEntry)] = []
        var rejected: [String] = []
        /// Names to try again later (disk full, I/O error).
        var retry: [String] = []
        /// Names whose file changed after it was read: settle them again, then read them anew.
        var changed: [String] = []
        /// Names not read in this batch (the batch's byte budget was used up): queue them again.
        var deferred: [String] = []
        /// Why the retries are needed, for STATUS= and the log.
        var problem: String?
    }

    /// One parsed file on its way to the archive.
    private struct Plan {
        let name: String
        let contents: InboxFileContents
        let article: Article
        let relativePath: String
        let started: ContinuousClock.Instant
        /// True when this file adds an entry; false for a duplicate of an indexed version.
        let isNew: Bool
    }

    /// Most bytes one batch holds in memory (the batch also stops at `ingest.batchSize` files).
    static let batchByteBudget = 64 << 20

    var configuration: Configuration
    let layout: StateLayout
    let store: ArticleStore
    /// Poison quarantine: a file parsed to the end clears its count of deaths.
    let markers: ParseMarkers?
    var logger: Logger
    private let clock = ContinuousClock()
    /// Names already reported as left alone, so a symlink is logged once, not on every scan.
    private var reportedLeftAlone: Set<String> = []
    /// A batch whose flush is staged and not yet durable: its originals wait in the inbox.
    private struct AwaitingDurability {
        let flush: Int
        let plans: [Plan]
        let entries: [String: IndexEntry]
    }
    /// The batches `commit` staged and `durable` has not ended, oldest first.
    private var awaiting: [AwaitingDurability] = []

    init(configuration: Configuration, store: ArticleStore, markers: ParseMarkers?, logger: Logger) {
        self.configuration = configuration
        self.markers = markers
        self.layout = StateLayout(root: configuration.statePath)
        self.store = store
        self.logger = logger
    }

    /// Takes a batch read and parsed by `ParseWorkers` through steps 1 and 2 of the type's
    /// documentation, up to the staged flush that makes it durable (nil: the batch has nothing
    /// to make durable, it ended here). The caller makes that flush durable off the loop and
    /// hands the result to `durable`, which ends the batch; flushes and results go in the
    /// order the batches were committed. `heartbeat` is called between the slow steps.
    func commit(_ batch: [PreparedFile], now: Date, heartbeat: () -> Void) -> (Outcome, StagedFlush?) {
        var outcome = Outcome()
        var plans: [Plan] = []
        var inBatch: [String: String] = [:]  // id → archive path, for duplicates within the batch
        let started = clock.now
        for prepared in batch {
            guard let contents = prepared.contents else {
                switch prepared {
                case .readFailed(let name, let error): handleReadFailure(name, error, now: now, outcome: &outcome)
                default: outcome.deferred.append(prepared.name)
                }
                continue
            }
            let name = contents.name
            reportedLeftAlone.remove(name)
            // Decide only on the file as it still is: one appended to or replaced meanwhile settles again.
            guard InboxFileReader.isUnchanged(contents, name: name, in: configuration.inboxPath) else {
                logger.debug("changed after it was read; read again once it settles", metadata: ["file": "\(name)"])
                outcome.changed.append(name)
                continue
            }
            markers?.cleared(contents)
            let article: Article
            switch prepared {
            case .parsed(_, let parsed):
                article = parsed
            case .unparsable(_, let error):
                rejectParsed(contents, reason: error.reason, whatToDo: error.hint, now: now, outcome: &outcome)
                continue
            case .tooComplex(_, let seconds):
                rejectParsed(contents, reason: "too complex to parse within \(seconds.secondsText) s",
                             whatToDo: "presswatch reads articles whose structure it can follow in that time; simplify the file "
                                 + "(unclosed brackets, very long runs of markup) or drop it again after raising ingest.parseTimeoutSeconds",
                             now: now, outcome: &outcome)
                continue
            case .killedParser(_, let signal):
                rejectParsed(contents, reason: "parsing this file killed presswatch's parser (\(IsolatedParseCheck.describe(signal: signal))) in a separate check, "
                                 + "after presswatch had stopped while parsing it; it is set aside so that it cannot stop ingest",
                             whatToDo: "if it is a real article, report a bug with this file attached; to try again (after an upgrade), "
                                 + "drop it again under a new name",
                             now: now, outcome: &outcome)
                continue
            default:
                continue
            }
            let path: String
            let isNew: Bool
            if let known = store.knownVersion(id: article.id) {
                (path, isNew) = (known.archivedPath, false)
            } else if let batchPath = inBatch[article.id] {
                (path, isNew) = (batchPath, false)
            } else {
                path = layout.archiveRelativePath(id: article.id, formatExtension: article.format.fileExtension, date: now)
                inBatch[article.id] = path
                isNew = true
            }
            plans.append(Plan(name: name, contents: contents, article: article, relativePath: path, started: started, isNew: isNew))
        }
        guard !plans.isEmpty else { return (outcome, nil) }
        heartbeat()
        let archiveFiles: [(path: String, bytes: [UInt8])]
        do {
            archiveFiles = try archiveCopies(plans)
        } catch {
            outcome.problem = "Cannot write to the archive: \(error)"
            logger.error("archiving failed; the file stays in the inbox and will be retried (\(plans.count) file(s) of this batch)",
                         metadata: ["error": "\(error)"])
            outcome.retry += plans.map(\.name)
            return (outcome, nil)
        }
        for plan in plans where plan.isNew {
            if let replaced = store.addVersion(plan.article, archivedPath: plan.relativePath, originalName: plan.name, at: now) {
                logger.info("new version of \"\(plan.article.title)\": \(plan.article.id) replaces \(replaced.id) (both originals archived)",
                            metadata: ["article.id": "\(plan.article.id)", "article.replaces": "\(replaced.id)", "file": "\(plan.name)"])
            }
        }
        // The entries as they will be published, taken from memory now: once staged, the store
        // would read each one back from its record file (an open, a read and a JSON decode per
        // article, about 6 % of the daemon's CPU during a burst).
        var entries: [String: IndexEntry] = [:]
        for plan in plans where plan.isNew { entries[plan.article.id] = store.entry(id: plan.article.id) }
        let staged: StagedFlush
        do {
            // The archive copies are written with the batch's index files and become durable
            // with them, before the manifest that lists them is written (`durable`).
            staged = try store.stage(now: now, companions: archiveFiles)
        } catch {
            // The entries and their archive copies stay pending in the store: whichever flush
            // publishes them (this batch's retry or another batch) writes the copies first.
            outcome.problem = "Cannot write the archive or the index: \(error)"
            logger.error("index flush failed (archive copies and index files); \(plans.count) file(s) stay in the inbox and will be retried",
                         metadata: ["error": "\(error)"])
            outcome.retry += plans.map(\.name)
            return (outcome, nil)
        }
        awaiting.append(AwaitingDurability(flush: staged.id, plans: plans, entries: entries))
        return (outcome, staged)
    }

    /// Ends the oldest batch `commit` staged, once its flush's durable step ended
    /// (`DurableThread`): on success the store stands on its manifest and the originals leave
    /// the inbox (step 3); on failure the store takes its changes back (`ArticleStore.abandon`,
    /// with those of every flush staged after it, which fail in turn) and every name of the
    /// batch comes back in `retry`, its original still in the inbox. If only the folder's sync
    /// after the manifest's rename failed (`DurableResult.renamed`), the store stands on that
    /// manifest (`publishedButNotSynced`) and the names come back in `retry` all the same.
    func durable(_ result: DurableResult, now: Date) -> Outcome {
        precondition(awaiting.first?.flush == result.flush.id, "durable results come in the order the batches were staged")
        let batch = awaiting.removeFirst()
        var outcome = Outcome()
        if let failure = result.failure, result.renamed {
            // Readers may see its changes: the store stands on them (never staged again); the
            // originals stay until a later flush has synced the state folder (read again, they
            // are duplicates of archived articles).
            store.publishedButNotSynced(result.flush, now: now)
            outcome.problem = "Cannot make the index durable: \(failure)"
            logger.error("the index was replaced but the state folder could not be synced; \(batch.plans.count) file(s) stay in the inbox and will be retried",
                         metadata: ["error": "\(failure)"])
            outcome.retry = batch.plans.map(\.name)
            return outcome
        }
        if let failure = result.failure {
            store.abandon(result.flush)
            outcome.problem = "Cannot make the archive and the index durable: \(failure)"
            logger.error("making the index durable failed; \(batch.plans.count) file(s) stay in the inbox and will be retried",
                         metadata: ["error": "\(failure)"])
            outcome.retry = batch.plans.map(\.name)
            return outcome
        }
        store.published(result.flush, now: now)
        finish(batch.plans, entries: batch.entries, outcome: &outcome)
        return outcome
    }

    /// Merges the index's newest shards if due (`IngestCore` decides when: not between two
    /// closely spaced batches). A failure is logged; the published index stays as it was.
    func compact(now: Date) {
        do {
            try store.compactDue(now: now)
        } catch {
            logger.warning("index compaction failed; it is tried again after a later batch",
                           metadata: ["error": "\(error)"])
        }
    }

    /// The archive copies the batch still needs: the parsed bytes of every plan whose archive
    /// file is not there yet (a duplicate's normally is; it is rewritten if it went missing).
    /// Creates the month folders (durably); the files themselves are written by the flush.
    private func archiveCopies(_ plans: [Plan]) throws(DurableIOError) -> [(path: String, bytes: [UInt8])] {
        var files: [(path: String, bytes: [UInt8])] = []
        var written = Set<String>()
        var folders = Set<String>()  // made (or found) once per batch, not stat'ed per file
        for plan in plans where written.insert(plan.relativePath).inserted {
            let path = layout.absolute(plan.relativePath)
            if !plan.isNew, FileManager.default.fileExists(atPath: path) { continue }
            let folder = (path as NSString).deletingLastPathComponent
            if folders.insert(folder).inserted { try DurableFile.createDirectories(folder) }
            files.append((path, plan.contents.bytes))
        }
        return files
    }

    /// Removes the inbox names that still name what was archived; logs each file's end.
    /// `entries`: the published entry of each new plan's id that is still current.
    private func finish(_ plans: [Plan], entries: [String: IndexEntry], outcome: inout Outcome) {
        let hold = InboxRemoval.randomSuffix()
        for (n, plan) in plans.enumerated() {
            switch InboxRemoval.removeIfSame(plan.contents, name: plan.name, in: configuration.inboxPath, hold: "\(hold)-\(n)") {
            case .removed, .gone:
                break
            case .changed(let name):
                logger.info("changed after it was read: the version read is archived, this one is read on its own",
                            metadata: ["file": "\(name)"])
                outcome.changed.append(name)
            }
            guard plan.isNew, let entry = entries[plan.article.id] else {
                if !plan.isNew {
                    logger.info("duplicate of an archived article removed from the inbox: \(plan.name)",
                                metadata: ["file": "\(plan.name)", "article.path": "\(plan.relativePath)"])
                }
                continue
            }
            outcome.indexed.append((plan.name, entry))
            let ms = Int((clock.now - plan.started) / .milliseconds(1))
            logger.info("indexed \(entry.id) \"\(entry.title)\" from \(plan.name) in \(ms) ms",
                        metadata: ["article.id": "\(entry.id)", "article.path": "\(entry.archivedPath)",
                                   "file": "\(plan.name)", "ms": "\(ms)"])
        }
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
                outcome.retry.append(name)
            } else {
                logger.debug("changed while being read; read again once it settles", metadata: ["file": "\(name)"])
                outcome.changed.append(name)
            }
        }
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
