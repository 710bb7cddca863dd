import Foundation

/// The time budget of each parse under way, one per parse slot (`WorkerSlots`), watched by one
/// thread: a budget that runs out calls its `expire` there (`ParseWorkers` answers
/// `.tooComplex`).
///
/// Contract: `arm` starts the budget of the parse holding `slot` (replacing any earlier one of
/// that slot); `disarm` ends it, and `expire` is then never called unless it had already
/// started. An `expire` runs at most once, on the watching thread, on time give or take the
/// scheduler (while a budget is armed the thread re-reads the monotonic clock at least once a
/// second, so a wall-clock jump delays it by a second at most; with none armed it sleeps until
/// one is). Only what the armed budgets hold is kept (each its file's contents, for the answer):
/// a dispatch timer per parse, before, kept every file read in the last `parseTimeoutSeconds`
/// in memory until it fired, and cost timer system calls per article. Never fails.
final class ParseDeadlines: @unchecked Sendable {
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var armed: [Int: (deadline: ContinuousClock.Instant, expire: @Sendable () -> Void)] = [:]
    /// When the watching thread wakes next (nil: it is not waiting, or not started).
    private var wakesAt: ContinuousClock.Instant?
    /// The watching thread waits with no budget armed, until `arm` signals.
    private var waitsForArm = false
    private var started = false
    private let clock = ContinuousClock()

    func arm(slot: Int, after budget: Duration, expire: @escaping @Sendable () -> Void) {
        let deadline = clock.now.advanced(by: budget)
        condition.lock()
        armed[slot] = (deadline, expire)
        if !started {
            started = true
            Thread { [self] in watch() }.start()
        } else if waitsForArm || wakesAt.map({ deadline < $0 }) == true {
            condition.signal()
        }
        condition.unlock()
    }

    func disarm(slot: Int) {
        condition.lock()
        armed[slot] = nil
        condition.unlock()
    }

    private func watch() {
        condition.lock()
        while true {
            let now = clock.now
            let due = armed.filter { $0.value.deadline <= now }
            if !due.isEmpty {
                for slot in due.keys { armed[slot] = nil }
                condition.unlock()
                for entry in due.values { entry.expire() }
                condition.lock()
                continue
            }
            guard let earliest = armed.values.map(\.deadline).min() else {
                waitsForArm = true
                condition.wait()
                waitsForArm = false
                continue
            }
            let next = min(earliest, now.advanced(by: .seconds(1)))
            wakesAt = next
            let wait = now.duration(to: next)
            _ = condition.wait(until: Date().addingTimeInterval(
                Double(wait.components.seconds) + Double(wait.components.attoseconds) / 1e18))
            wakesAt = nil
        }
    }
}
