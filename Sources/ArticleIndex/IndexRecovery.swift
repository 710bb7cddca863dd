import ArticleParsing
import DurableIO
import Foundation
import Logging

/// Getting a usable index back: at start-up when `index.json` is damaged, and on demand
/// (`presswatch reindex`). The daemon opens its store through `openStore`. The archive is the truth: every original that was ever indexed is in
/// `archive/`, so the index can always be rebuilt by parsing those files again.
///
/// Crash safety: a marker file `index.rebuilding` is made durable before anything is touched
/// and removed only after the rebuilt index is durable. Start-up finds the marker after a crash
/// in the middle and rebuilds again, so a half-rebuilt (valid but incomplete) index is never
/// taken for the real one. The damaged or replaced `index.json` is kept aside as
/// `index.json.<why>-<yyyyMMddTHHmmssZ>` for a person to look at.
public enum IndexRecovery {
    public struct Report: Sendable, CustomStringConvertible {
        /// Where the previous `index.json` went, if there was one.
        public var setAside: String?
        /// Originals found in `archive/`.
        public var archived = 0
        /// Entries in the rebuilt index.
        public var indexed = 0
        /// Archived originals that are earlier versions of a story (listed in `previousVersions`).
        public var earlierVersions = 0
        /// Archived files that could not be used, one line each (they stay where they are).
        public var skipped: [String] = []
        /// Temporary files of an interrupted write that were removed.
        public var removedTemporaries = 0

        public var description: String {
            var line = "rebuilt index.json from archive/: \(archived) original(s), \(indexed) article(s) indexed, "
                + "\(earlierVersions) earlier version(s), \(skipped.count) skipped"
            if let setAside { line += "; previous index kept as \(setAside)" }
            if removedTemporaries > 0 { line += "; removed \(removedTemporaries) leftover temporary file(s)" }
            return line
        }
    }

    static let markerName = "index.rebuilding"

    /// Opens the store for the daemon. A damaged `index.json` (not JSON, truncated, hand-edited
    /// into something invalid, no integer `schemaVersion`) or an interrupted rebuild leads to a
    /// rebuild from `archive/`; an index with another integer `schemaVersion`, or one we may not
    /// read, is an error and nothing is moved.
    /// Leftover temporary files in `archive/`, `rejected/` and `articles/` are removed first,
    /// unless `lastExitWasClean` (`StateLock.previousHolderExitedCleanly`): a clean exit
    /// leaves none there, and listing those folders is most of the start-up time of a large
    /// index. A rebuild (damaged index, interrupted rebuild) removes them in any case.
    public static func openStore(statePath: String, logger: Logger, now: Date = Date(),
                                 lastExitWasClean: Bool = false) throws -> ArticleStore {
        let removed = lastExitWasClean ? 0 : removeTemporaries(statePath: statePath)
        if removed > 0 { logger.notice("removed \(removed) leftover temporary file(s) of an interrupted write") }
        let state = URL(fileURLWithPath: statePath)
        func sweepBeforeRebuild() {
            guard lastExitWasClean else { return }
            let removed = removeTemporaries(statePath: statePath)
            if removed > 0 { logger.notice("removed \(removed) leftover temporary file(s) of an interrupted write") }
        }
        if FileManager.default.fileExists(atPath: statePath + "/" + markerName) {
            sweepBeforeRebuild()
            logger.warning("an index rebuild was interrupted; rebuilding again from archive/")
            return try rebuild(statePath: statePath, why: "interrupted", now: now, logger: logger).store
        }
        do {
            return try ArticleStore(stateDirectory: state, sweepRecords: !lastExitWasClean)
        } catch let error as IndexLoadError {
            switch error.kind {
            case .unreadable:
                throw error
            case .unsupportedSchemaVersion(.some):
                throw error  // another presswatch's index: never overwrite it (docs/index-format.md)
            default:
                logger.error("index.json is damaged; setting it aside and rebuilding the index from archive/",
                             metadata: ["error": "\(error)"])
                sweepBeforeRebuild()
                return try rebuild(statePath: statePath, why: "damaged", now: now, logger: logger).store
            }
        }
    }

    /// `presswatch reindex`: sets the current `index.json` aside and rebuilds it from `archive/`.
    /// Holds the state directory's `StateLock` throughout: throws `StateLockError.held`, changing
    /// nothing, while the daemon (or another reindex) runs on that state.
    /// A state folder that does not exist (a mistyped `--state`) is refused, not created.
    public static func reindex(statePath: String, logger: Logger, now: Date = Date()) throws -> Report {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: statePath, isDirectory: &isDirectory), isDirectory.boolValue
        else { throw ReindexError.noStateDirectory(statePath) }
        let stateLock = try StateLock(directory: statePath)
        defer { stateLock.release() }
        var report = try rebuild(statePath: statePath, why: "before-reindex", now: now, logger: logger).report
        report.removedTemporaries += removeTemporaries(statePath: statePath)
        return report
    }

    static func rebuild(statePath: String, why: String, now: Date, logger: Logger) throws -> (store: ArticleStore, report: Report) {
        var report = Report()
        let marker = statePath + "/" + markerName
        let index = statePath + "/index.json"
        let resumed = FileManager.default.fileExists(atPath: marker)
        try DurableFile.createDirectories(statePath)
        try DurableFile.writeAtomically(Array("rebuilding index.json from archive/ (\(why))\n".utf8), to: marker)
        if FileManager.default.fileExists(atPath: index) {
            if resumed {
                // Our own half-rebuilt index: nothing in it that the archive does not hold.
                try FileManager.default.removeItem(atPath: index)
                try DurableFile.syncDirectory(statePath)
            } else {
                report.setAside = try ArticleStore.setAsideDamagedIndex(
                    in: URL(fileURLWithPath: statePath), reason: why, now: now)
            }
        }
        let store = try ArticleStore(stateDirectory: URL(fileURLWithPath: statePath))
        let parser = ArticleParser()
        var found: [(path: String, article: Article, originalName: String, indexedAt: Date, depth: Int, modified: Date)] = []
        for relative in archivedFiles(statePath: statePath) {
            report.archived += 1
            let path = statePath + "/" + relative
            guard let data = FileManager.default.contents(atPath: path) else {
                report.skipped.append("\(relative): cannot be read")
                continue
            }
            let article: Article
            do {
                article = try parser.parse(Array(data), fileName: relative)
            } catch {
                report.skipped.append("\(relative): \(error.reason)")
                continue
            }
            guard archivedID(relative) == article.id else {
                report.skipped.append("\(relative): its content hash is \(article.id), not its name")
                continue
            }
            let record = try? store.record(id: article.id)
            let modified = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? now
            found.append((relative, article, record?.entry.originalName ?? (relative as NSString).lastPathComponent,
                          record?.entry.indexedAt ?? modified, record?.entry.previousVersions?.count ?? 0, modified))
        }
        // Replay in indexing order, so each story ends at its newest version. `indexedAt` has
        // whole seconds: within one second a version with more earlier versions in its record
        // came later; then the original's modification time decides (it is not enough alone: an
        // old copy dropped again refreshes its archived original's time).
        found.sort {
            ($0.indexedAt, $0.depth, $0.modified, $0.article.id) < ($1.indexedAt, $1.depth, $1.modified, $1.article.id)
        }
        for item in found {
            if store.knownVersion(id: item.article.id) != nil { continue }
            if store.addVersion(item.article, archivedPath: item.path, originalName: item.originalName, at: item.indexedAt) != nil {
                report.earlierVersions += 1
            }
        }
        try store.flush(now: now)
        try FileManager.default.removeItem(atPath: marker)
        try DurableFile.syncDirectory(statePath)
        report.indexed = store.count
        for line in report.skipped { logger.warning("not re-indexed: \(line)") }
        logger.notice("\(report)")
        return (store, report)
    }

    /// `archive/2026/11/0123456789abcdef.txt` → `0123456789abcdef` (archived originals are
    /// named by their id).
    static func archivedID(_ relative: String) -> String {
        let file = relative.split(separator: "/").last.map(String.init) ?? relative
        return file.split(separator: ".").first.map(String.init) ?? file
    }

    /// Paths of archived originals relative to the state directory (`archive/2026/02/<id>.txt`),
    /// sorted; temporary files are not included.
    static func archivedFiles(statePath: String) -> [String] {
        let root = statePath + "/archive"
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard !name.hasPrefix("."), walker.fileAttributes?[.type] as? FileAttributeType == .typeRegular else { continue }
            files.append("archive/" + relative)
        }
        return files.sorted()
    }

    /// Removes DurableIO temporaries left by a crash in `archive/**` and `rejected/`
    /// (`ArticleStore` itself cleans the state folder and `articles/`).
    static func removeTemporaries(statePath: String) -> Int {
        var removed = (try? DurableFile.removeLeftoverTemporaries(under: statePath + "/archive")) ?? 0
        if FileManager.default.fileExists(atPath: statePath + "/rejected") {
            removed += (try? DurableFile.removeLeftoverTemporaries(in: statePath + "/rejected")) ?? 0
        }
        return removed
    }
}

/// Why `presswatch reindex` did not start.
public enum ReindexError: Error, CustomStringConvertible, Equatable {
    case noStateDirectory(String)

    public var description: String {
        switch self {
        case .noStateDirectory(let path):
            return "there is no state directory at \(path): nothing to reindex; check --state or state.path "
                + "(the daemon's is /var/lib/presswatch when installed as a service)"
        }
    }
}

