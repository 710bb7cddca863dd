import ArticleIndex
import Foundation
import InboxWatcher
import Logging

/// `presswatch query --follow`: prints the matching articles already in the index (unless
/// `startAt` is given), then every change published from then on, one JSON line each, until
/// `stop()` (SIGINT/SIGTERM), the reader of standard output goes away, or the state folder does.
///
/// Driven by inotify on the state folder (`IN_MOVED_TO` of `index.json`: every publication
/// renames a new manifest into place), never by polling; it reads only published files, so a
/// daemon restart, a compaction or a `presswatch reindex` changes nothing for it (a rebuild
/// prints a `reset` line, then the new index from its first change).
///
/// A line is a change as the shards hold it plus `indexId`:
/// `{"change":"added","entry":{…},"id":"…","indexId":"…","replacedBy":null,"sequence":42}`.
/// Removals (`"entry":null`) are printed when the removed article matched the filter (judged
/// from its record in `articles/`), or when that cannot be known.
public final class FeedFollower: Sendable {
    private let watcher: InotifyWatcher

    /// Starts watching `statePath` (before anything is read, so no publication is missed).
    public init(statePath: String) throws(InboxWatcherError) {
        var logger = Logger(label: "presswatch.follow")
        logger.logLevel = .error
        watcher = try InotifyWatcher(directory: statePath, logger: logger)
    }

    /// Ends `run` after the line being written. Safe from a signal handler's queue.
    public func stop() { watcher.stop() }

    /// The lines, until stopped. Returns the exit status: 0 when stopped or when the reader
    /// went away, 1 when the state folder was removed.
    /// - Parameters:
    ///   - startAt: resume after this position (`--after [INDEXID:]SEQ`), printing every change
    ///     above it; nil prints the current matching articles first (or nothing when `onlyNew`).
    public func run(
        statePath: String, filter: QueryFilter, startAt: (indexID: String?, sequence: Int)?, onlyNew: Bool,
        output: TerminalOutput
    ) async throws(IndexReadError) -> Int32 {
        let events = watcher.events()
        var printer = FeedPrinter(statePath: statePath, filter: filter, output: output)
        var cursor: ChangeFeedCursor
        if let startAt {
            cursor = ChangeFeedCursor(statePath: statePath, indexID: startAt.indexID, lastSequence: startAt.sequence)
            try printer.print(cursor.advance())
        } else {
            let snapshot = try IndexSnapshot.open(statePath: statePath)
            cursor = ChangeFeedCursor(statePath: statePath, indexID: snapshot.manifest.indexId,
                                      lastSequence: snapshot.manifest.lastSequence)
            if !onlyNew { printer.print(snapshot.articles, indexID: snapshot.manifest.indexId) }
        }
        guard output.flush() else { stop(); return 0 }
        var warned = false
        for await batch in events {
            if batch.contains(.inboxGone) {
                writeError("presswatch query --follow: the state folder \(statePath) was removed or moved; stopping")
                return 1
            }
            guard batch.contains(where: { $0 == .overflow || $0 == .fileReady(name: "index.json") || $0 == .fileClosed(name: "index.json") }) else { continue }
            do {
                try printer.print(cursor.advance())
                warned = false
            } catch {
                // A rebuild sets index.json aside for a moment; the next publication brings it back.
                if !warned { writeError("presswatch query --follow: \(error); waiting for the next publication") }
                warned = true
            }
            guard output.flush() else { stop(); return 0 }
        }
        return 0
    }
}

/// Turns changes into filtered JSON lines.
struct FeedPrinter {
    let statePath: String
    let filter: QueryFilter
    let output: TerminalOutput
    var folder = TextFolder()

    init(statePath: String, filter: QueryFilter, output: TerminalOutput) {
        self.statePath = statePath
        self.filter = filter
        self.output = output
    }

    mutating func print(_ step: ChangeFeedCursor.Step) {
        if step.rebuilt {
            output.write("{\"change\":\"reset\",\"entry\":null,\"id\":null,\"indexId\":\"\(step.indexID)\",\"replacedBy\":null,\"sequence\":0}\n")
        }
        print(step.changes, indexID: step.indexID)
    }

    mutating func print(_ changes: ChangeSet, indexID: String) {
        for change in changes.changes where keeps(change, in: changes) {
            output.write("{\"change\":\"\(change.kind.rawValue)\",\"entry\":")
            if change.entry != nil {
                QueryFormat.writeEntry(changes.entryBytes(change), to: output)
            } else {
                output.write("null")
            }
            let replacedBy = change.replacedBy.map { "\"\($0)\"" } ?? "null"
            output.write(",\"id\":\"\(change.id)\",\"indexId\":\"\(indexID)\",\"replacedBy\":\(replacedBy),\"sequence\":\(change.sequence)}\n")
        }
    }

    private mutating func keeps(_ change: RawChange, in changes: ChangeSet) -> Bool {
        guard filter.matches(id: change.id) else { return false }
        let wanted = filter.wanted
        if wanted.isEmpty { return true }
        if change.entry != nil {
            guard let fields = try? EntryFields(changes.entryBytes(change), wanted: wanted) else { return true }
            return filter.matches(fields, folder: &folder)
        }
        // A removal: did the removed article match? Its record says (kept for earlier versions).
        let path = statePath + "/articles/" + change.id + ".json"
        guard let record = try? MappedFile(path: path),
              let fields = try? EntryFields(record.bytes, wanted: wanted) else { return true }
        return filter.matches(fields, folder: &folder)
    }
}
