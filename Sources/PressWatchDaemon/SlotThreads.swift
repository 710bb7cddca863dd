import Foundation

/// The parse slots' threads: `count` long-lived threads (8 MiB stack, like a main thread) that
/// take jobs from one first-in, first-out queue; thread `k` runs every job it takes as slot `k`.
/// A thread goes from one job to the next itself, so a burst costs no hop through the Swift
/// concurrency pool per file (issue 9: on a loaded 2-core host the slot threads slept about as
/// long between files, waiting for the pool, as they spent parsing), and no thread creation.
///
/// Contract: `enqueue` appends jobs and returns at once; the jobs start in that order, each on
/// the first idle thread, at most `count` at a time, and a slot runs one job at a time. A job
/// that runs long (an abandoned parse) keeps its thread; the others go on. Threads are made on
/// first use and live as long as the process. Never fails.
final class SlotThreads: @unchecked Sendable {
    typealias Job = @Sendable (_ slot: Int) -> Void

    let count: Int
    // Guarded by `condition`.
    private let condition = NSCondition()
    /// Taken jobs are set to nil, so that nothing they hold outlives them.
    private var jobs: [Job?] = []
    private var head = 0
    private var started = false

    init(count: Int) {
        self.count = max(1, count)
    }

    func enqueue(_ more: [Job]) {
        guard !more.isEmpty else { return }
        condition.lock()
        if head > 0 && head * 2 >= jobs.count {
            jobs.removeFirst(head)
            head = 0
        }
        jobs += more.map { Optional($0) }
        if !started {
            started = true
            for slot in 0..<count {
                let thread = Thread { [self] in loop(slot: slot) }
                thread.stackSize = 8 << 20
                thread.start()
            }
        }
        condition.broadcast()
        condition.unlock()
    }

    private func loop(slot: Int) {
        while true {
            condition.lock()
            while head == jobs.count { condition.wait() }
            let job = jobs[head]
            jobs[head] = nil
            head += 1
            condition.unlock()
            job?(slot)
        }
    }
}
