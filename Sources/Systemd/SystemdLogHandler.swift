import CSystemd
import Glibc
import Logging

/// A swift-log handler that writes where an operator will look.
///
/// - Under systemd with stderr connected to the journal (`JOURNAL_STREAM` matches fd 2), each
///   entry goes to the journal with structured fields: metadata key `article.id` becomes
///   `ARTICLE_ID=`, and so on. If the journal refuses an entry, it is written to stderr instead.
/// - Otherwise, one line per entry on stderr. When stderr is not a terminal the line starts with
///   the sd-daemon priority prefix (`<6>` for info), so any log collector keeps the level.
///   On a terminal it starts with the level name instead (`info indexed …`).
public struct SystemdLogHandler: LogHandler {
    public enum Destination: Sendable, Equatable { case journal, prefixedStderr, terminal }

    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    public var logLevel: Logger.Level
    public let destination: Destination
    private let identifier: String

    public init(identifier: String, level: Logger.Level = .info, destination: Destination? = nil) {
        self.identifier = identifier
        self.logLevel = level
        self.destination = destination ?? Self.detectDestination()
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields = metadata
        if let provided = metadataProvider?.get() { fields.merge(provided) { $1 } }
        if let extra = event.metadata { fields.merge(extra) { $1 } }
        let message = event.message.description
        if destination == .journal, sendToJournal(level: event.level, message: message, fields: fields) {
            return
        }
        writeLine(Self.formatLine(level: event.level, message: message, fields: fields,
                                  prefixed: destination != .terminal))
    }

    /// `<6>message key=value ...` (or `2026-… info message …` for a terminal). Message and values
    /// go through `TerminalText.escaped` (one line, no control, bidi or zero-width character
    /// raw); values with spaces or quotes are quoted, so a line stays machine-splittable.
    public static func formatLine(
        level: Logger.Level, message: String, fields: Logger.Metadata, prefixed: Bool
    ) -> String {
        let pairs = fields.sorted { $0.key < $1.key }.map { "\($0.key)=\(quoted("\($0.value)"))" }
        let text = ([TerminalText.escaped(message)] + pairs).joined(separator: " ")
        if prefixed { return "<\(priority(level))>\(text)\n" }
        return "\(level.rawValue) \(text)\n"
    }

    /// syslog priority for a swift-log level.
    public static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    /// `article.id` → `ARTICLE_ID`: journal field names are upper-case letters, digits and `_`.
    public static func journalFieldName(_ key: String) -> String {
        let mapped = key.uppercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" }
        let name = String(mapped).trimmingLeadingUnderscores()
        return name.isEmpty ? "FIELD" : name
    }

    private static func quoted(_ value: String) -> String {
        let single = TerminalText.escaped(value)
        guard single.isEmpty || single.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" }) else {
            return single
        }
        return "\"" + single.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private func sendToJournal(level: Logger.Level, message: String, fields: Logger.Metadata) -> Bool {
        var entries = [
            "MESSAGE=\(TerminalText.escaped(message))", "PRIORITY=\(Self.priority(level))", "SYSLOG_IDENTIFIER=\(identifier)",
        ]
        for (key, value) in fields { entries.append("\(Self.journalFieldName(key))=\(TerminalText.escaped("\(value)"))") }
        let buffers = entries.map { Array($0.utf8) }
        var vectors: [iovec] = []
        let result = withPinnedBuffers(buffers, index: 0, into: &vectors)
        return result >= 0
    }

    /// Recursively pins each buffer so the iovec pointers stay valid during the call.
    private func withPinnedBuffers(_ buffers: [[UInt8]], index: Int, into vectors: inout [iovec]) -> Int32 {
        if index == buffers.count {
            return vectors.withUnsafeBufferPointer {
                presswatch_sd_journal_sendv($0.baseAddress, Int32($0.count))
            }
        }
        return buffers[index].withUnsafeBytes { raw in
            vectors.append(iovec(iov_base: UnsafeMutableRawPointer(mutating: raw.baseAddress), iov_len: raw.count))
            return withPinnedBuffers(buffers, index: index + 1, into: &vectors)
        }
    }

    private func writeLine(_ line: String) {
        var bytes = Array(line.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
        bytes.removeAll()
    }

    /// journal if fd 2 is the stream systemd named in `JOURNAL_STREAM` (`dev:inode`), else by tty.
    static func detectDestination() -> Destination {
        if let stream = getenv("JOURNAL_STREAM").map({ String(cString: $0) }) {
            var info = stat()
            if fstat(2, &info) == 0, stream == "\(info.st_dev):\(info.st_ino)" { return .journal }
        }
        return isatty(2) == 1 ? .terminal : .prefixedStderr
    }
}

extension String {
    fileprivate func trimmingLeadingUnderscores() -> String {
        String(drop { $0 == "_" })
    }

    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
