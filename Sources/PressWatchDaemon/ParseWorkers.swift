import ArticleParsing
import Foundation
import InboxWatcher
import Logging
import Synchronization

/// Reads and parses inbox files in parallel, off the loop that sends `WATCHDOG=1` and `STATUS=`
/// and handles signals, each under a time budget (issue 11 and issue 9 item 4).
///
/// Each file is read and parsed on the thread of the slot it holds (`SlotThreads`: 8 MiB stack,
/// like a main thread), at most `width` at once (default: the number of cores). A file whose read + parse has not ended
/// `budget` after its read ended answers `.tooComplex`, and the loop rejects it: it is never retried in a loop. A parse cannot be interrupted, so it
/// runs on and keeps its slot (and the slot's thread) until it ends; its result is dropped. The readers are linear
/// (issue 11), so that time is bounded, and so is the CPU it takes (one slot).
///
/// Memory: one batch read at a time (`ingest.batchSize` names, `IngestPipeline.batchByteBudget`
/// bytes), while the loop commits at most one other (`IngestCore`); files are read only when a
/// slot is free, never the whole burst at once.
///
/// While a file is parsed, `ParseMarkers` keeps a marker for it in the state folder (in the
/// marker file of the slot its parse holds), so that a file that kills the daemon can be set
/// aside at the next start.
final class ParseWorkers: Sendable {
    private let slots: WorkerSlots
    /// The thread of each slot, which runs the parses holding it.
    private let threads: SlotThreads
    /// The budget of the parse holding each slot.
    private let deadlines = ParseDeadlines()
    private let markers: ParseMarkers?
    /// Checks a suspect file (`ParseMarkers.isSuspect`) in a separate process before it is
    /// parsed here; nil: suspects are parsed here directly.
    private let check: IsolatedParseCheck?
    private let logger: Logger?
    /// The parses under way, by name, so that a stop can stop waiting for them.
    private let running = Mutex<[ObjectIdentifier: (name: String, race: Race)]>([:])
    private let parse: @Sendable ([UInt8], String) throws(ArticleParseError) -> Article

    /// `parse` is the parser (tests pass a slow or blocking one).
    init(width: Int = ProcessInfo.processInfo.activeProcessorCount, markers: ParseMarkers?, check: IsolatedParseCheck? = nil,
         logger: Logger? = nil, parse: @escaping @Sendable ([UInt8], String) throws(ArticleParseError) -> Article = { bytes, name throws(ArticleParseError) in
             try ArticleParser().parse(bytes, fileName: name)
         }) {
        self.slots = WorkerSlots(count: width)
        self.threads = SlotThreads(count: slots.count)
        self.markers = markers
        self.check = check
        self.logger = logger
        self.parse = parse
    }

    /// Reads and parses the request's names, in parallel; results in the order of the names.
    /// Names not started once `shouldStop()` is true, or once the batch read `byteBudget` bytes,
    /// answer `.notRead` (they stay queued). Never throws.
    func prepare(_ request: ParseRequest, byteBudget: Int = IngestPipeline.batchByteBudget,
                 shouldStop: @escaping @Sendable () -> Bool) async -> [PreparedFile] {
        let names = request.names
        let bytesRead = ByteTally()
        return await withTaskGroup(of: (Int, PreparedFile).self) { group in
            for (index, name) in names.enumerated() {
                let slot = await slots.acquire()
                if shouldStop() || bytesRead.value.load(ordering: .relaxed) >= byteBudget {
                    slots.release(slot)
                    group.addTask { (index, .notRead(name: name)) }
                    continue
                }
                group.addTask {
                    let prepared = await self.prepareHoldingSlot(name, request, slot: slot)
                    bytesRead.value.add(prepared.contents?.bytes.count ?? 0, ordering: .relaxed)
                    return (index, prepared)
                }
            }
            var results = [PreparedFile?](repeating: nil, count: names.count)
            for await (index, prepared) in group { results[index] = prepared }
            return results.enumerated().map { $0.element ?? .notRead(name: names[$0.offset]) }
        }
    }

    /// One file on the thread of `slot`; the slot is released when its parse ends.
    private func prepareHoldingSlot(_ name: String, _ request: ParseRequest, slot: Int) async -> PreparedFile {
        let race = Race()
        running.withLock { $0[ObjectIdentifier(race)] = (name, race) }
        defer { _ = running.withLock { $0.removeValue(forKey: ObjectIdentifier(race)) } }
        let budget = request.budget
        let seconds = request.budgetSeconds
        return await withCheckedContinuation { (continuation: CheckedContinuation<PreparedFile, Never>) in
            race.arm(continuation)
            threads.run({ [self] in
                let result = work(name, request, slot: slot) { contents in
                    // The budget runs from the end of the read: it is the parse's.
                    deadlines.arm(slot: slot, after: budget) { race.finish(.tooComplex(contents, seconds: seconds)) }
                }
                deadlines.disarm(slot: slot)
                race.finish(result)
                slots.release(slot)
            }, on: slot)
        }
    }

    /// Stops waiting for every parse under way (graceful stop): each answers `.notRead`, so its
    /// file stays in the inbox and is read again at the next start. The parses end with the
    /// process; `ParseMarkers.endAll()` removes their markers (a stop is not a death).
    func abandonAll() {
        for (name, race) in running.withLock({ Array($0.values) }) { race.finish(.notRead(name: name)) }
    }

    /// Read, check a suspect in a separate process, mark (in the marker of `slot`, which this
    /// parse holds), parse, unmark. Runs on the slot's thread.
    private func work(_ name: String, _ request: ParseRequest, slot: Int,
                      startBudget: (InboxFileContents) -> Void) -> PreparedFile {
        let contents: InboxFileContents
        do {
            contents = try InboxFileReader.read(name: name, in: request.inbox, sizeLimit: request.sizeLimit)
        } catch {
            return .readFailed(name: name, error)
        }
        if let markers, let check, markers.isSuspect(contents) {
            // Its own budget, before the parse's: a suspect costs at most two.
            switch check.check(path: request.inbox + "/" + name, budget: request.budget) {
            case .survived:
                markers.cleared(contents)
                logger?.info("was being parsed when presswatch stopped; a separate parse of it ended normally: parsing it again",
                             metadata: ["file": "\(name)"])
            case .died(let signal):
                return .killedParser(contents, signal: signal)
            case .overBudget:
                return .tooComplex(contents, seconds: request.budgetSeconds)
            case .unavailable(let reason):
                // Parsed here: a second death in a row sets it aside at the next start.
                logger?.warning("cannot check a file in a separate process (\(reason)); parsing it here",
                                metadata: ["file": "\(name)"])
            }
        }
        startBudget(contents)
        let marker = markers?.begin(contents, slot: slot)
        defer { if let marker { markers?.end(marker) } }
        do throws(ArticleParseError) {
            return .parsed(contents, try parse(contents.bytes, name))
        } catch {
            return .unparsable(contents, error)
        }
    }
}

/// Bytes read so far in one batch.
private final class ByteTally: Sendable {
    let value = Atomic<Int>(0)
}

/// One batch for `ParseWorkers`: names in the inbox, each at most `sizeLimit` bytes, each parse
/// within `budget`.
struct ParseRequest: Sendable {
    var names: [String]
    var inbox: String
    var sizeLimit: Int
    var budget: Duration

    var budgetSeconds: Double { Double(budget.components.seconds) + Double(budget.components.attoseconds) / 1e18 }
}

/// The first of (the parse's result, the budget's end) resumes the waiting task; the other is
/// dropped.
private final class Race: Sendable {
    private struct State {
        var continuation: CheckedContinuation<PreparedFile, Never>?
        var done = false
    }

    private let state = Mutex(State())

    func arm(_ continuation: CheckedContinuation<PreparedFile, Never>) {
        state.withLock { $0.continuation = continuation }
    }

    func finish(_ result: PreparedFile) {
        let continuation = state.withLock { state -> CheckedContinuation<PreparedFile, Never>? in
            guard !state.done else { return nil }
            state.done = true
            defer { state.continuation = nil }
            return state.continuation
        }
        continuation?.resume(returning: result)
    }
}
