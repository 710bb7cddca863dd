import Foundation

/// The one-line `STATUS=` an operator reads in `systemctl status presswatch`.
///
/// `Watching /srv/inbox · 12 indexed · 0 queued · 1 rejected · last: "Title" (3 s ago)`,
/// or with a leading problem: `Disk full: … · retrying in 8 s · …`. Pure: the caller passes the time.
public struct StatusLine: Sendable, Equatable {
    public var inbox: String
    public var indexed: Int
    public var queued: Int
    public var rejected: Int
    public var lastTitle: String?
    public var lastAt: Date?
    /// A problem that stops progress right now (full disk, missing inbox), shown first.
    public var problem: String?
    /// `reload failed: …; running with the previous configuration`, shown before everything
    /// else from a refused reload until a reload succeeds.
    public var reloadFailure: String?
    /// The PostgreSQL sink's state (`sink: 1,234 behind, retrying in 8 s: connection refused`), last.
    public var sink: String?

    public init(inbox: String, indexed: Int = 0, queued: Int = 0, rejected: Int = 0,
                lastTitle: String? = nil, lastAt: Date? = nil, problem: String? = nil) {
        self.inbox = inbox
        self.indexed = indexed
        self.queued = queued
        self.rejected = rejected
        self.lastTitle = lastTitle
        self.lastAt = lastAt
        self.problem = problem
    }

    public func render(now: Date) -> String {
        render(lastAgeSeconds: lastAt.map { Int(now.timeIntervalSince($0)) })
    }

    /// The line, with the last article indexed `lastAgeSeconds` ago (nil: no "last:" part);
    /// for callers that keep time on a monotonic clock (`IngestCore`).
    func render(lastAgeSeconds: Int?) -> String {
        var parts: [String] = []
        if let reloadFailure { parts.append(reloadFailure) }
        if let problem { parts.append(problem) }
        parts.append("Watching \(inbox)")
        parts.append("\(indexed) indexed")
        parts.append("\(queued) queued")
        parts.append("\(rejected) rejected")
        if let lastTitle, let lastAgeSeconds {
            parts.append("last: \"\(Self.shorten(lastTitle, to: 80))\" (\(Self.age(seconds: lastAgeSeconds)) ago)")
        }
        if let sink { parts.append(sink) }
        return parts.joined(separator: " · ")
    }

    /// `3 s`, `4 min`, `2 h`, `5 d`: coarse on purpose, it is refreshed every few seconds.
    public static func age(from then: Date, to now: Date) -> String {
        age(seconds: Int(now.timeIntervalSince(then)))
    }

    static func age(seconds: Int) -> String {
        let seconds = max(0, seconds)
        switch seconds {
        case ..<60: return "\(seconds) s"
        case ..<3600: return "\(seconds / 60) min"
        case ..<86400: return "\(seconds / 3600) h"
        default: return "\(seconds / 86400) d"
        }
    }

    static func shorten(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
