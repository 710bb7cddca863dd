import ArticleParsing
import Foundation
import InboxWatcher
import Synchronization

/// Reads and parses inbox files in parallel, off the loop that sends `WATCHDOG=1` and `STATUS=`
/// and handles signals, each under a time budget (issue 11 and issue 9 item 4).
///
/// Each file is read and parsed on one of `width` slot threads (default: the number of cores;
/// `SlotThreads`: 8 MiB stack, like a main thread), which take the batch's names in order, each
/// going on to the next name itself. A file whose read + parse has not ended `budget` after its
/// read ended answers `.tooComplex`, and the loop rejects it: it is never retried in a loop. A
/// parse cannot be interrupted, so it runs on and keeps its slot's thread until it ends; its
/// result is dropped. The readers are linear (issue 11), so that time is bounded, and so is the
/// CPU it takes (one slot).
///
/// Memory: one batch read at a time (`ingest.batchSize` names, `IngestPipeline.batchByteBudget`
/// bytes); during a burst up to `IngestSettings.readAhead` batches (2) are parsed or being parsed
/// while the loop commits one other (`IngestCore`), so at most three batches are held; files are
/// read only when a slot is free, never the whole burst at once.
///
/// While a file is parsed, `ParseMarkers` keeps a marker for it in the state folder (in the
/// marker file of its slot), so that a file that kills the daemon can be set aside at the next
/// start.
final class ParseWorkers: Sendable {
    private let threads: SlotThreads
    /// The budget of the parse running on each slot.
    private let deadlines = ParseDeadlines()
    private let markers: ParseMarkers?
    /// The batches under way, so that a stop can stop waiting for them.
    private let running = Mutex<[ObjectIdentifier: ParseBatch]>([:])
    private let parse: @Sendable ([UInt8], String) throws(ArticleParseError) -> Article

    /// `parse` is the parser (tests pass a slow or blocking one).
    init(width: Int = ProcessInfo.processInfo.activeProcessorCount, markers: ParseMarkers?,
         parse: @escaping @Sendable ([UInt8], String) throws(ArticleParseError) -> Article = { bytes, name throws(ArticleParseError) in
             try ArticleParser().parse(bytes, fileName: name)
         }) {
        self.threads = SlotThreads(count: width)
        self.markers = markers
        self.parse = parse
    }

    /// Reads and parses the request's names, in parallel; results in the order of the names.
    /// Names not started once `shouldStop()` is true, or once the batch read `byteBudget` bytes,
    /// answer `.notRead` (they stay queued). Never throws.
    func prepare(_ request: ParseRequest, byteBudget: Int = IngestPipeline.batchByteBudget,
                 shouldStop: @escaping @Sendable () -> Bool) async -> [PreparedFile] {
        guard !request.names.isEmpty else { return [] }
        let batch = ParseBatch(request, byteBudget: byteBudget, shouldStop: shouldStop)
        let key = ObjectIdentifier(batch)
        running.withLock { $0[key] = batch }
        defer { _ = running.withLock { $0.removeValue(forKey: key) } }
        return await withCheckedContinuation { (continuation: CheckedContinuation<[PreparedFile], Never>) in
            batch.whenDone(continuation)
            threads.enqueue(request.names.indices.map { index in { [self] slot in run(batch, index, slot: slot) } })
        }
    }

    /// Stops waiting for every parse under way (graceful stop): each answers `.notRead`, so its
    /// file stays in the inbox and is read again at the next start. The parses end with the
    /// process; `ParseMarkers.endAll()` removes their markers (a stop is not a death).
    func abandonAll() {
        for batch in running.withLock({ Array($0.values) }) { batch.abandon() }
    }

    /// Name `index` of `batch` on the thread of `slot`: skipped when already answered (a stop),
    /// not read past a stop or the byte budget, else read, marked (in the marker of `slot`),
    /// parsed under the budget, unmarked.
    private func run(_ batch: ParseBatch, _ index: Int, slot: Int) {
        let name = batch.request.names[index]
        guard batch.mayStart(index) else {
            batch.answer(index, .notRead(name: name))
            return
        }
        let request = batch.request
        let budget = request.budget
        let seconds = Double(budget.components.seconds) + Double(budget.components.attoseconds) / 1e18
        let result = work(name, inbox: request.inbox, sizeLimit: request.sizeLimit, slot: slot) { contents in
            // The budget runs from the end of the read: it is the parse's.
            deadlines.arm(slot: slot, after: budget) { batch.answer(index, .tooComplex(contents, seconds: seconds)) }
        }
        deadlines.disarm(slot: slot)
        batch.read(result.contents?.bytes.count ?? 0)
        batch.answer(index, result)
    }

    /// Read, mark (in the marker of `slot`), parse, unmark. Runs on the slot's thread.
    private func work(_ name: String, inbox: String, sizeLimit: Int, slot: Int,
                      startBudget: (InboxFileContents) -> Void) -> PreparedFile {
        let contents: InboxFileContents
        do {
            contents = try InboxFileReader.read(name: name, in: inbox, sizeLimit: sizeLimit)
        } catch {
            return .readFailed(name: name, error)
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

/// One batch of `ParseWorkers` under way: its answers (the first answer per name wins: the
/// parse's result, the budget's `.tooComplex` or a stop's `.notRead`), the bytes read so far,
/// and the task waiting for all of them. Thread-safe.
private final class ParseBatch: Sendable {
    private struct State {
        var results: [PreparedFile?]
        var unanswered: Int
        var bytesRead = 0
        var waiting: CheckedContinuation<[PreparedFile], Never>?
    }

    let request: ParseRequest
    private let byteBudget: Int
    private let shouldStop: @Sendable () -> Bool
    private let state: Mutex<State>

    init(_ request: ParseRequest, byteBudget: Int, shouldStop: @escaping @Sendable () -> Bool) {
        self.request = request
        self.byteBudget = byteBudget
        self.shouldStop = shouldStop
        state = Mutex(State(results: Array(repeating: nil, count: request.names.count), unanswered: request.names.count))
    }

    /// Resumes `continuation` with the answers once every name has one.
    func whenDone(_ continuation: CheckedContinuation<[PreparedFile], Never>) {
        let done = state.withLock { state -> [PreparedFile]? in
            guard state.unanswered > 0 else { return state.results.map { $0! } }
            state.waiting = continuation
            return nil
        }
        if let done { continuation.resume(returning: done) }
    }

    /// Whether name `index` is to be read now: not answered yet, no stop, byte budget left.
    func mayStart(_ index: Int) -> Bool {
        let open = state.withLock { $0.results[index] == nil && $0.bytesRead < byteBudget }
        return open && !shouldStop()
    }

    func read(_ bytes: Int) {
        state.withLock { $0.bytesRead += bytes }
    }

    /// Answers name `index`, unless it has an answer already.
    func answer(_ index: Int, _ result: PreparedFile) {
        let done = state.withLock { state -> (CheckedContinuation<[PreparedFile], Never>, [PreparedFile])? in
            guard state.results[index] == nil else { return nil }
            state.results[index] = result
            state.unanswered -= 1
            guard state.unanswered == 0, let waiting = state.waiting else { return nil }
            state.waiting = nil
            return (waiting, state.results.map { $0! })
        }
        if let (waiting, results) = done { waiting.resume(returning: results) }
    }

    /// Answers every name still without an answer `.notRead` (a stop).
    func abandon() {
        for (index, name) in request.names.enumerated() { answer(index, .notRead(name: name)) }
    }
}

/// One batch for `ParseWorkers`: names in the inbox, each at most `sizeLimit` bytes, each parse
/// within `budget`.
struct ParseRequest: Sendable {
    var names: [String]
    var inbox: String
    var sizeLimit: Int
    var budget: Duration
}
