import Foundation
import Systemd

/// The `<name>.error.json` written beside a rejected original: what failed and what to do.
///
/// Meant for a person first (`reason`, `whatToDo`), and stable enough for a program.
public struct RejectionReport: Codable, Sendable, Equatable {
    /// The file name it had in the inbox.
    public var file: String
    /// Where it is now, relative to the state directory (`rejected/<name>`).
    public var rejectedPath: String
    /// What failed, e.g. "the file is empty".
    public var reason: String
    /// What to do about it, e.g. "save the article as UTF-8 text and drop it again".
    public var whatToDo: String
    /// Size in bytes, when known.
    public var size: Int?
    public var rejectedAt: Date

    public init(file: String, rejectedPath: String, reason: String, whatToDo: String, size: Int?, rejectedAt: Date) {
        self.file = file
        self.rejectedPath = rejectedPath
        self.reason = reason
        self.whatToDo = whatToDo
        self.size = size
        self.rejectedAt = rejectedAt
    }

    /// Pretty JSON; characters a terminal would act on (DEL, C1, bidi, zero-width) are written as
    /// `\uXXXX` escapes (`TerminalText.jsonEscapingHostile`), so `cat` of the report is safe.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        // Encoding plain strings, ints and dates cannot fail.
        let json = String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
        return Array(TerminalText.jsonEscapingHostile(json).utf8) + [0x0A]
    }
}
