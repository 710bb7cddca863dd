import ArticleIndex
import ArticleParsing
import DurableIO
import Foundation
import InboxWatcher
import Logging

/// Takes a batch of complete inbox files to their end state, in the one order that loses nothing
/// and never publishes an entry without its original (issue 11):
///
/// 1. read + parse each file; a file that changed since it was read is not decided on (it goes
///    back to settling, `Outcome.changed`);
/// 2. write the bytes that were read and parsed (from memory, not the inbox name) to
///    `archive/YYYY/MM/<id>.<format>`, all of them with one `syncfs`;
/// 3. add the articles to the index in memory and publish the batch durably (one shard, one
///    manifest);
/// 4. remove each inbox name only if it still names the file that was read (`InboxRemoval`);
///    a changed or replaced file stays and is read again on its own;
/// 5. compact the index if due.
///
/// So every published entry's `archivedPath` exists and holds exactly the bytes whose hash is its
/// id, whatever happens to the inbox name meanwhile (deleted, moved out, swapped for a symbolic
/// link, appended to). If the archive write or the flush fails (full disk), no inbox file is
/// removed and every name comes back in `retry`. A crash between steps 2 and 4 leaves the inbox
/// file in place: it is read again and its archive file rewritten identically.
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
        var plans: [Plan] = []
        var inBatch: [String: String] = [:]  // id → archive path, for duplicates within the batch
        var handled = 0
        var bytes = 0
        for name in names {
            if shouldStop() { break }
            if bytes >= Self.batchByteBudget {
                outcome.deferred = Array(names[handled...])
                break
            }
            heartbeat()
            handled += 1
            guard let (contents, article) = readAndParse(name, now: now, outcome: &outcome) else { continue }
            bytes += contents.bytes.count
            if let known = store.knownVersion(id: article.id) {
                plans.append(Plan(name: name, contents: contents, article: article, relativePath: known.archivedPath,
                                  started: clock.now, isNew: false))
            } else if let path = inBatch[article.id] {
                plans.append(Plan(name: name, contents: contents, article: article, relativePath: path,
                                  started: clock.now, isNew: false))
            } else {
                let path = layout.archiveRelativePath(id: article.id, formatExtension: article.format.fileExtension, date: now)
                inBatch[article.id] = path
                plans.append(Plan(name: name, contents: contents, article: article, relativePath: path,
                                  started: clock.now, isNew: true))
            }
        }
        if outcome.deferred.isEmpty { outcome.retry += names.dropFirst(handled) }
        guard !plans.isEmpty else { return outcome }
        heartbeat()
        do {
            try writeArchive(plans)
        } catch {
            outcome.problem = "Cannot write to the archive: \(error)"
            logger.error("archiving failed; \(plans.count) file(s) stay in the inbox and will be retried",
                         metadata: ["error": "\(error)"])
            outcome.retry += plans.map(\.name)
            return outcome
        }
        for plan in plans where plan.isNew {
            if let replaced = store.addVersion(plan.article, archivedPath: plan.relativePath, originalName: plan.name, at: now) {
                logger.info("new version of \"\(plan.article.title)\": \(plan.article.id) replaces \(replaced.id) (both originals archived)",
                            metadata: ["article.id": "\(plan.article.id)", "article.replaces": "\(replaced.id)", "file": "\(plan.name)"])
            }
        }
        if store.hasUnflushedChanges {
            do {
                try store.flush(now: now)
            } catch {
                // The entries stay in memory and go out with the next flush; their archive files
                // are written, so they are never published without them.
                outcome.problem = "Cannot write the index: \(error)"
                logger.error("index flush failed; \(plans.count) file(s) stay in the inbox and will be retried",
                             metadata: ["error": "\(error)"])
                outcome.retry += plans.map(\.name)
                return outcome
            }
        }
        heartbeat()
        finish(plans, outcome: &outcome)
        do {
            try store.compact(now: now)
        } catch {
            logger.warning("index compaction failed; it is tried again after the next batch",
                           metadata: ["error": "\(error)"])
        }
        return outcome
    }

    /// Reads and parses one file. Returns nil when the file was rejected, left alone, vanished,
    /// or changed after it was read (then it is in `outcome.changed`, with no decision made).
    private func readAndParse(_ name: String, now: Date, outcome: inout Outcome) -> (InboxFileContents, Article)? {
        let contents: InboxFileContents
        do {
            contents = try InboxFileReader.read(name: name, in: configuration.inboxPath, sizeLimit: configuration.maxFileSize)
        } catch {
            handleReadFailure(name, error, now: now, outcome: &outcome)
            return nil
        }
        reportedLeftAlone.remove(name)
        let parsed = Result { () throws(ArticleParseError) in try parser.parse(contents.bytes, fileName: name) }
        // Decide only on the file as it still is: one appended to or replaced meanwhile settles again.
        guard InboxFileReader.isUnchanged(contents, name: name, in: configuration.inboxPath) else {
            logger.debug("changed after it was read; read again once it settles", metadata: ["file": "\(name)"])
            outcome.changed.append(name)
            return nil
        }
        switch parsed {
        case .success(let article):
            return (contents, article)
        case .failure(let error):
            rejectParsed(contents, reason: error.reason, whatToDo: error.hint, now: now, outcome: &outcome)
            return nil
        }
    }

    /// Writes the parsed bytes of every plan whose archive file is not there yet, then one syncfs.
    private func writeArchive(_ plans: [Plan]) throws(DurableIOError) {
        var files: [(path: String, bytes: [UInt8])] = []
        var written = Set<String>()
        for plan in plans where written.insert(plan.relativePath).inserted {
            let path = layout.absolute(plan.relativePath)
            // A duplicate's archive file is normally there; rewrite it if it went missing.
            if !plan.isNew, FileManager.default.fileExists(atPath: path) { continue }
            try DurableFile.createDirectories((path as NSString).deletingLastPathComponent)
            files.append((path, plan.contents.bytes))
        }
        guard !files.isEmpty else { return }
        try DurableFile.writeBatchAtomically(files, syncing: layout.root)
    }

    /// Removes the inbox names that still name what was archived; logs each file's end.
    private func finish(_ plans: [Plan], outcome: inout Outcome) {
        for plan in plans {
            switch InboxRemoval.removeIfSame(plan.contents, name: plan.name, in: configuration.inboxPath) {
            case .removed, .gone:
                break
            case .changed(let name):
                logger.info("changed after it was read: the version read is archived, this one is read on its own",
                            metadata: ["file": "\(name)"])
                outcome.changed.append(name)
            }
            guard plan.isNew, let entry = store.entry(id: plan.article.id) else {
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
