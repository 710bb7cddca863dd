import Foundation
import InboxWatcher
import Systemd

@testable import PressWatchDaemon

/// A time the tests set by hand: `IngestCore` never reads a clock, so nothing here sleeps.
struct FakeInstant: InstantProtocol {
    var offset: Duration

    static let zero = FakeInstant(offset: .zero)

    func advanced(by duration: Duration) -> FakeInstant { FakeInstant(offset: offset + duration) }
    func duration(to other: FakeInstant) -> Duration { other.offset - offset }
    static func < (lhs: FakeInstant, rhs: FakeInstant) -> Bool { lhs.offset < rhs.offset }
}

/// Drives one `IngestCore` with scripted events at times the test chooses, and reads its actions.
struct CoreDriver {
    typealias Core = IngestCore<FakeInstant>
    var core: Core
    var now = FakeInstant.zero
    /// Every action returned so far, in order.
    var log: [Core.Action] = []

    init(settle: Duration = .seconds(1), rescanEvery: Duration = .seconds(60), batchSize: Int = 500,
         watchdog: Duration? = nil, indexed: Int = 0) {
        core = Core(settings: IngestSettings(inbox: "/in", settle: settle, rescanEvery: rescanEvery, batchSize: batchSize),
                    indexed: indexed, rejected: 0, watchdogInterval: watchdog, now: .zero)
    }

    /// Sends `event` at the current time (after moving it forward by `after`); returns the actions.
    @discardableResult
    mutating func send(_ event: Core.Event, after: Duration = .zero) -> [Core.Action] {
        now = now.advanced(by: after)
        let actions = core.handle(event, now: now)
        log += actions
        return actions
    }

    /// Starts the core with an empty inbox (the start-up scan answered), then lets 10 s pass
    /// (so that the start-up STATUS= does not hold back the next one).
    mutating func started(files: [ScannedFile] = []) {
        send(.start(suspects: []))
        send(.scanned(ScanResult(files: files)))
        now = now.advanced(by: .seconds(10))
    }

    /// `now` moved forward by `duration`.
    func at(_ duration: Duration) -> FakeInstant { now.advanced(by: duration) }
}

/// A regular file as a scan or a `stat` sees it.
func file(_ name: String, size: Int64 = 100, modified: Duration = .seconds(1_000), inode: UInt64 = 7) -> ScannedFile {
    ScannedFile(name: name, size: size, modified: modified, identity: FileIdentity(device: 1, inode: inode))
}

extension Array where Element == IngestCore<FakeInstant>.Action {
    /// The names of each `.read`, in order.
    var reads: [[String]] { compactMap { if case .read(let names) = $0 { names } else { nil } } }
    var looks: [[String]] { compactMap { if case .look(let names) = $0 { names } else { nil } } }
    var scans: Int { count { if case .scan = $0 { true } else { false } } }
    var drainRequests: Int { count { if case .requestDrain = $0 { true } else { false } } }
    var compacts: Int { count { if case .compact = $0 { true } else { false } } }
    var commits: Int { count { if case .commit = $0 { true } else { false } } }
    var finishes: Bool { contains { if case .finish = $0 { true } else { false } } }
    var wakes: [FakeInstant] { compactMap { if case .wake(let at) = $0 { at } else { nil } } }
    /// Every message of every `.notify`, in order.
    var messages: [NotifyMessage] {
        flatMap { action -> [NotifyMessage] in
            guard case .notify(let messages) = action else { return [] }
            return messages
        }
    }
    var statuses: [String] { messages.compactMap { if case .status(let line) = $0 { line } else { nil } } }
    var logs: [String] { compactMap { if case .log(_, let text, _) = $0 { text } else { nil } } }
}

/// A suspect as `ParseMarkers` writes it.
func suspect(_ name: String) throws -> ParseMarkers.Suspect {
    let json = #"{"name":"\#(name)","device":1,"inode":2,"size":3,"modifiedNanoseconds":4}"#
    return try JSONDecoder().decode(ParseMarkers.Suspect.self, from: Data(json.utf8))
}
