import Foundation

/// One long-lived thread per parse slot (`WorkerSlots`), so that a parse costs no thread
/// creation (a `clone`, a stack to map and the thread's exit, per article in a burst).
///
/// Contract: `run(_:on:)` hands `job` to the thread of `slot` and returns at once. The caller
/// holds that slot, and a slot is released only at the end of the job that holds it, so a
/// slot's thread has at most one job at a time; a job handed over while the thread is still
/// returning from the previous one waits for it. Threads are made on first use (8 MiB stack,
/// like a main thread) and live as long as the process. Never fails.
final class SlotThreads: Sendable {
    private let threads: [SlotThread]

    init(count: Int) {
        threads = (0..<max(1, count)).map { _ in SlotThread() }
    }

    func run(_ job: @escaping @Sendable () -> Void, on slot: Int) {
        threads[slot].run(job)
    }
}

/// A thread that runs the jobs handed to it, one after the other.
private final class SlotThread: @unchecked Sendable {
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var job: (@Sendable () -> Void)?
    private var started = false

    func run(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        precondition(self.job == nil, "a parse slot's thread got a second job")
        self.job = job
        if !started {
            started = true
            let thread = Thread { [self] in loop() }
            thread.stackSize = 8 << 20
            thread.start()
        }
        condition.signal()
        condition.unlock()
    }

    private func loop() {
        while true {
            condition.lock()
            while job == nil { condition.wait() }
            let next = job!
            job = nil
            condition.unlock()
            next()
        }
    }
}
