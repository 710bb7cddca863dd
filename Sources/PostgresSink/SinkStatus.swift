import Foundation
import Synchronization

/// The sink's state as the daemon shows it in `STATUS=`: `sink: up to date`,
/// `sink: 1,234 behind`, `sink: 1,234 behind, waiting for the inbox burst`,
/// `sink: 1,234 behind, retrying in 8 s: connection refused`.
///
/// Thread-safe: the sink writes it, the ingest loop reads it when it renders its status line.
/// "Behind" counts the changes of the local feed not yet committed to the database (the
/// database's watermark as last seen; everything when it was never reached).
public final class SinkStatus: Sendable {
    public enum Phase: Sendable, Equatable {
        case starting
        case connected
        case retrying(at: Date, reason: String)
    }

    public struct Snapshot: Sendable, Equatable {
        public var phase: Phase = .starting
        public var behind = 0
        /// Articles committed since start.
        public var written = 0
        /// Whether the batches wait while local ingest has a burst in hand.
        public var heldForBurst = false
    }

    private let state = Mutex(Snapshot())

    public init() {}

    public var snapshot: Snapshot { state.withLock { $0 } }

    func update(_ change: (inout Snapshot) -> Void) {
        state.withLock { change(&$0) }
    }

    /// The `sink: …` part of the status line.
    public func render(now: Date) -> String {
        Self.render(snapshot, now: now)
    }

    public static func render(_ snapshot: Snapshot, now: Date) -> String {
        let behind = snapshot.behind == 0 ? "up to date" : "\(grouped(snapshot.behind)) behind"
        switch snapshot.phase {
        case .starting:
            return "sink: connecting, \(behind)"
        case .connected:
            return "sink: \(behind)" + (snapshot.heldForBurst ? ", waiting for the inbox burst" : "")
        case .retrying(let at, let reason):
            let seconds = Int(max(0, at.timeIntervalSince(now)).rounded(.up))
            return "sink: \(behind), retrying in \(seconds) s: \(reason)"
        }
    }

    /// `1234567` → `1,234,567`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var out = ""
        for (offset, ch) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return number < 0 ? "-" + out : out
    }
}
