/// One `sd_notify(3)` assignment, formatted exactly as systemd expects it.
public enum NotifyMessage: Sendable, Equatable {
    case ready
    case stopping
    /// `RELOADING=1` with the `MONOTONIC_USEC=` systemd ≥ 253 requires (harmless on 252).
    case reloading(monotonicMicroseconds: UInt64)
    case status(String)
    case watchdog
    /// Asks systemd for more time to finish starting, reloading or stopping.
    case extendTimeout(microseconds: UInt64)
    case errno(Int32)

    /// The `KEY=value` line. A status goes through `TerminalText.escaped` (`systemctl status`
    /// shows it raw): newlines would end the assignment and become spaces, controls, bidi
    /// overrides and zero-width characters are escaped.
    public var line: String {
        switch self {
        case .ready: "READY=1"
        case .stopping: "STOPPING=1"
        case .reloading(let usec): "RELOADING=1\nMONOTONIC_USEC=\(usec)"
        case .status(let text):
            "STATUS=" + TerminalText.escaped(text)
        case .watchdog: "WATCHDOG=1"
        case .extendTimeout(let usec): "EXTEND_TIMEOUT_USEC=\(usec)"
        case .errno(let code): "ERRNO=\(code)"
        }
    }

    /// Several messages sent as one datagram, so systemd applies them together.
    public static func datagram(_ messages: [NotifyMessage]) -> String {
        messages.map(\.line).joined(separator: "\n")
    }
}
