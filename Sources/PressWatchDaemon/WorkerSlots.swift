import Synchronization

/// A counting semaphore over numbered slots that async code waits on without blocking a thread,
/// and that plain threads release. `ParseWorkers` holds one slot per running parse, including a
/// parse that outlasted its budget and was abandoned: CPU use stays bounded by the number of
/// slots, and no two running parses ever hold the same slot number (`ParseMarkers` keeps one
/// marker file per slot number).
final class WorkerSlots: Sendable {
    private struct State {
        /// Free slot numbers; the lowest is handed out first, so few slot files are ever used.
        var free: [Int]
        var waiters: [CheckedContinuation<Int, Never>] = []
    }

    private let state: Mutex<State>
    /// How many slots there are (numbered 0..<count).
    let count: Int

    init(count: Int) {
        self.count = max(1, count)
        state = Mutex(State(free: Array((0..<max(1, count)).reversed())))
    }

    /// Waits until a slot is free and takes it; returns its number.
    func acquire() async -> Int {
        await withCheckedContinuation { (continuation: CheckedContinuation<Int, Never>) in
            let granted = state.withLock { state -> Int? in
                if let slot = state.free.popLast() { return slot }
                state.waiters.append(continuation)
                return nil
            }
            if let granted { continuation.resume(returning: granted) }
        }
    }

    /// Gives slot `slot` back (to the longest waiter, if any). Callable from any thread.
    func release(_ slot: Int) {
        let waiter = state.withLock { state -> CheckedContinuation<Int, Never>? in
            if state.waiters.isEmpty {
                state.free.append(slot)
                state.free.sort(by: >)
                return nil
            }
            return state.waiters.removeFirst()
        }
        waiter?.resume(returning: slot)
    }
}
