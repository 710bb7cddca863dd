import CSystemd
import Glibc

/// Talks to the service manager through libsystemd's `sd_notify`.
///
/// Without systemd (`NOTIFY_SOCKET` unset) every call is a no-op, so the daemon runs the same in a
/// terminal. A failed send is reported through the return value and never throws: losing a
/// status update must not stop ingestion.
public struct SystemdNotifier: Sendable {
    public init() {}

    /// Sends the messages in one datagram. Returns false if the socket refused them.
    @discardableResult
    public func send(_ messages: NotifyMessage...) -> Bool { send(messages) }

    @discardableResult
    public func send(_ messages: [NotifyMessage]) -> Bool {
        guard !messages.isEmpty else { return true }
        return presswatch_sd_notify(NotifyMessage.datagram(messages)) >= 0
    }

    /// How often to send `WATCHDOG=1`: half of `WATCHDOG_USEC`, or nil when the watchdog is off.
    public func watchdogPingInterval() -> Duration? {
        var usec: UInt64 = 0
        guard presswatch_sd_watchdog_enabled(&usec) > 0, usec > 0 else { return nil }
        return .microseconds(Int64(usec / 2))
    }

    /// `CLOCK_MONOTONIC` in microseconds, as `MONOTONIC_USEC=` wants it.
    public static func monotonicMicroseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000 + UInt64(ts.tv_nsec) / 1_000
    }
}
