import Dispatch

/// Runs `body` over the two halves of `0..<count` on two threads and returns the two results in
/// order (one call over the whole range when `count` is below `minimum`: not worth a thread).
/// `body` must only read shared state.
func inHalves<T>(_ count: Int, minimum: Int = 4096, _ body: @Sendable (Range<Int>) -> T) -> [T] {
    guard count >= minimum else { return [body(0..<count)] }
    let middle = count / 2
    let results = HalfResults<T>()
    DispatchQueue.concurrentPerform(iterations: 2) { part in
        let value = body(part == 0 ? 0..<middle : middle..<count)
        if part == 0 { results.first = value } else { results.second = value }
    }
    return [results.first!, results.second!]
}

/// Each thread writes its own slot; read after both have ended.
private final class HalfResults<T>: @unchecked Sendable {
    var first: T?
    var second: T?
}
