import ArticleIndex
import DurableIO
import Foundation

/// How a staged flush's durable step ended (`DurableThread`), for the loop (`LoopEvent.durable`).
struct DurableResult: Sendable {
    let flush: StagedFlush
    /// Why it failed (nil: durable, its manifest written).
    let failure: String?
    /// The failure came after the manifest listing its changes was renamed into place
    /// (`StagedFlush.ManifestNotSynced`): published, but the state folder is not synced.
    var renamed = false
}

/// Makes staged flushes durable (`StagedFlush.makeDurable`) on one thread of its own, in the
/// order they were handed over, so that the ingest loop writes the next batch while this one
/// waits for its sync calls (issue 9); the flushes queued meanwhile are taken together (one
/// sync for all, the last manifest). Each flush's result goes to `done`, in the same order.
///
/// Contract: `submit` returns at once; every flush submitted before `finish` gets exactly one
/// result. The order check of `makeDurable` (a flush that builds on a failed one is refused)
/// relies on this thread being the only one that runs the store's flushes. Never fails: an error
/// is a result. `finish` lets the thread end once its queue is empty.
final class DurableThread: @unchecked Sendable {
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var queue: [StagedFlush] = []
    private var finishing = false
    private let done: @Sendable (DurableResult) -> Void
    /// Syncs the state folder after a manifest's rename (tests inject a failure here).
    private let syncFolder: @Sendable (String) throws -> Void

    init(syncFolder: @escaping @Sendable (String) throws -> Void = { try DurableFile.syncDirectory($0) },
         done: @escaping @Sendable (DurableResult) -> Void) {
        self.done = done
        self.syncFolder = syncFolder
        let thread = Thread { [self] in loop() }
        thread.name = "presswatch-sync"
        thread.start()
    }

    func submit(_ flush: StagedFlush) {
        condition.lock()
        queue.append(flush)
        condition.signal()
        condition.unlock()
    }

    func finish() {
        condition.lock()
        finishing = true
        condition.signal()
        condition.unlock()
    }

    private func loop() {
        var lastSucceeded: Int?
        while true {
            condition.lock()
            while queue.isEmpty && !finishing { condition.wait() }
            if queue.isEmpty {
                condition.unlock()
                return
            }
            // The flushes queued meanwhile that build on each other are made durable together.
            let chain = Array(queue.prefix(StagedFlush.chainLength(queue)))
            queue.removeFirst(chain.count)
            condition.unlock()
            var failure: String?
            var renamed = false
            do {
                try StagedFlush.makeDurable(chain, lastSucceeded: lastSucceeded, syncFolder: syncFolder)
                lastSucceeded = chain.last?.id
            } catch {
                // (Renamed but not synced: the flushes queued behind it are refused all the same,
                // and staged again with the folder's sync.)
                renamed = error is StagedFlush.ManifestNotSynced
                failure = "\(error)"
            }
            for flush in chain { done(DurableResult(flush: flush, failure: failure, renamed: renamed)) }
        }
    }
}
