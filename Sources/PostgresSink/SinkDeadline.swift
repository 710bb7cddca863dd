import Foundation
import PostgresNIO
import Synchronization

/// Bounds every wait on the database, so that no driver call can hold the sink forever.
///
/// Contract: `run` returns what `operation` returns, or throws `SinkError` `.timedOut` once
/// `seconds` have passed, `.connectionLost` when `connection` has been closed for `grace`
/// seconds while `operation` still waits, or `CancellationError` as soon as the calling task is
/// cancelled. In the last three cases it does not wait for `operation`: it closes `connection`
/// (the sink then reconnects) and leaves `operation` to end, or not, on its own. This guards
/// against a PostgresNIO query whose connection died under it at the wrong moment (the server
/// restarted in the middle of a batch): its promise was never completed and the sink waited
/// forever, neither reconnecting nor stopping.
enum SinkDeadline {
    /// How long a closed connection may leave a call unanswered before it is given up.
    static let grace = 2.0

    static func run<T: Sendable>(
        _ what: String, seconds: Double, connection: PostgresConnection? = nil,
        _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        let race = Race<T>()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
                race.start(continuation)
                let work = Task {
                    do { race.finish(.success(try await operation())) } catch { race.finish(.failure(error)) }
                }
                race.setAbandon {
                    if let connection { connection.closeNow() }
                    work.cancel()
                }
                let watch = Task {
                    let start = ContinuousClock.now
                    var closedAt: ContinuousClock.Instant?
                    while !race.isFinished {
                        try? await Task.sleep(for: .milliseconds(250))
                        let now = ContinuousClock.now
                        if let connection, connection.isClosed {
                            closedAt = closedAt ?? now
                            if now - closedAt! >= .seconds(grace), race.finish(.failure(SinkError(.connectionLost(what: what)))) {
                                race.abandon()
                            }
                        }
                        if now - start >= .seconds(seconds), race.finish(.failure(SinkError(.timedOut(what: what, seconds: Int(seconds))))) {
                            race.abandon()
                        }
                    }
                }
                race.onFinish { watch.cancel() }
            }
        } onCancel: {
            if race.finish(.failure(CancellationError())) { race.abandon() }
        }
    }

    /// The first result wins; it resumes the continuation once it is there.
    private final class Race<T: Sendable>: Sendable {
        private struct State {
            var continuation: CheckedContinuation<T, any Error>?
            var result: Result<T, any Error>?
            var resumed = false
            var onFinish: (@Sendable () -> Void)?
            var abandon: (@Sendable () -> Void)?
            var abandonRequested = false
        }

        private let state = Mutex(State())

        var isFinished: Bool { state.withLock { $0.result != nil } }

        func start(_ continuation: CheckedContinuation<T, any Error>) {
            let ready: Result<T, any Error>? = state.withLock { state in
                state.continuation = continuation
                guard let result = state.result, !state.resumed else { return nil }
                state.resumed = true
                return result
            }
            if let ready { continuation.resume(with: ready) }
        }

        /// Closes the connection and cancels the operation's task (now, or once they exist).
        func setAbandon(_ action: @escaping @Sendable () -> Void) {
            let now = state.withLock { state in
                state.abandon = action
                return state.abandonRequested
            }
            if now { action() }
        }

        func abandon() {
            let action = state.withLock { state in
                state.abandonRequested = true
                return state.abandon
            }
            action?()
        }

        func onFinish(_ action: @escaping @Sendable () -> Void) {
            let finished = state.withLock { state in
                if state.result == nil { state.onFinish = action }
                return state.result != nil
            }
            if finished { action() }
        }

        /// True when `result` is the first one (and so the one the caller gets).
        @discardableResult
        func finish(_ result: Result<T, any Error>) -> Bool {
            let (won, continuation, action) = state.withLock { state -> (Bool, CheckedContinuation<T, any Error>?, (@Sendable () -> Void)?) in
                guard state.result == nil else { return (false, nil, nil) }
                state.result = result
                let action = state.onFinish
                state.onFinish = nil
                guard let continuation = state.continuation else { return (true, nil, action) }
                state.resumed = true
                return (true, continuation, action)
            }
            continuation?.resume(with: result)
            action?()
            return won
        }
    }
}

extension PostgresConnection {
    /// Starts closing the channel without waiting (the event-loop future form of `close()`).
    func closeNow() {
        let future: EventLoopFuture<Void> = close()
        _ = future
    }
}
