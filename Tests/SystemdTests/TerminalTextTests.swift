import Foundation
import Logging
import Testing
@testable import Systemd

/// Issue 11 item 4: nothing a file name or a title holds may act on an operator's terminal.
struct TerminalTextTests {
    /// Every kind of character the issue names, in one string.
    static let hostile = "a\u{1B}[2Jb\u{07}c\u{1B}]0;owned\u{07}d\u{7F}e\u{9B}31mf\u{202E}gnp.exe\u{2066}h\u{200B}i\u{FEFF}j\u{2028}k\r\u{E0001}"

    static func hasNoHostileScalar(_ text: String) -> Bool {
        !text.unicodeScalars.contains(where: TerminalText.isHostile)
    }

    @Test func everyControlBidiAndZeroWidthCharacterIsEscapedVisibly() {
        let safe = TerminalText.escaped(Self.hostile)
        #expect(Self.hasNoHostileScalar(safe))
        #expect(safe == "a\\x1b[2Jb\\x07c\\x1b]0;owned\\x07d\\x7fe\\u009b31mf\\u202egnp.exe\\u2066h\\u200bi\\ufeffj\\u2028k\\x0d\\U000e0001")
    }

    /// `containsHostile` reads bytes and skips U+00A0–U+02FF: it must agree with `isHostile`
    /// scalar by scalar, alone and between other text (also inside runs of printable ASCII
    /// that it skips eight bytes at a time), in every UTF-8 length.
    @Test func theByteScanAgreesWithTheScalarTest() {
        let values = Array(0..<0x3100) + Array(0xD7F0..<0xD800) + Array(0xFE00..<0x10000) + Array(0xE0000..<0xE0080) + [0x1F44D, 0x10FFFF]
        for value in values {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            for text in [String(scalar), "ab\(scalar)é", "é\(scalar)", "0123456789abcdefg\(scalar)0123456789"] {
                #expect(TerminalText.containsHostile(text) == text.unicodeScalars.contains(where: TerminalText.isHostile), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func ordinaryTextOfEveryScriptIsKept() {
        let text = "Coopération numérique — «Rwanda» 東京 مرحبا שלום 👍🏽 back\\slash \"quoted\""
        #expect(TerminalText.escaped(text) == text)
    }

    @Test func lineBreaksBecomeOneSpaceAndLinesCanBeKept() {
        #expect(TerminalText.escaped("one\ntwo\r\nthree") == "one two three")
        #expect(TerminalText.escapedLines("bad \u{1B}key\nsecond\u{202E}") == "bad \\x1bkey\nsecond\\u202e")
    }

    @Test func escapedJSONMeansTheSameAndIsInert() throws {
        let value = ["file": Self.hostile, "reason": "x"]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let json = String(decoding: try encoder.encode(value), as: UTF8.self)
        #expect(!Self.hasNoHostileScalar(json), "JSONEncoder leaves DEL, C1 and bidi raw")
        let safe = TerminalText.jsonEscapingHostile(json)
        #expect(Self.hasNoHostileScalar(safe.replacingOccurrences(of: "\n", with: "")))
        #expect(try JSONDecoder().decode([String: String].self, from: Data(safe.utf8)) == value)
    }

    @Test func statusAndLogLinesGoThroughTheEscaping() {
        let status = NotifyMessage.status("last: \"\(Self.hostile)\"").line
        #expect(Self.hasNoHostileScalar(status))
        #expect(status.contains("\\u202egnp.exe"))
        let line = SystemdLogHandler.formatLine(level: .info, message: "indexed \(Self.hostile)",
                                                fields: ["file": "\(Self.hostile)"], prefixed: true)
        #expect(Self.hasNoHostileScalar(String(line.dropLast())))
        #expect(line.contains("file=a\\x1b[2Jb"))
    }
}

/// Stop 28: a text of a million line separators is escaped whole (built as bytes: the scalar
/// view's appends copied the text so far on each escape), the same as escaping it piece by piece.
@Suite struct TerminalTextLargeTests {
    @Test func aMillionSeparatorsAreEscapedLikeOne() {
        let unit = "a\u{2028}\u{1b}é\n"
        let escaped = TerminalText.jsonEscapingHostile(String(repeating: unit, count: 1_000_000))
        let one = TerminalText.jsonEscapingHostile(unit)
        #expect(one == "a\\u2028\\u001bé\n")
        #expect(escaped.utf8.count == one.utf8.count * 1_000_000)
        #expect(escaped == String(repeating: one, count: 1_000_000))
    }
}
