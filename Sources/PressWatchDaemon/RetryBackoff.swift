/// When to try again after a failure that is not the file's fault (full disk, I/O error).
///
/// I/O-free: doubles from `initial` up to `maximum` on each consecutive failure, resets on success.
struct RetryBackoff: Sendable, Equatable {
    let initial: Double
    let maximum: Double
    private(set) var failures = 0

    init(initial: Double = 1, maximum: Double = 60) {
        self.initial = initial
        self.maximum = maximum
    }

    /// Records a failure and returns how many seconds to wait before the next attempt.
    mutating func failed() -> Double {
        failures += 1
        return min(maximum, initial * Double(1 << min(failures - 1, 20)))
    }

    mutating func succeeded() { failures = 0 }
}
