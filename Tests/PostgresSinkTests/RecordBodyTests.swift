@testable import PostgresSink
import Testing

/// `RecordBody`: the `body` of a record file taken as its raw bytes, and refused (nil) whenever
/// PostgreSQL's `jsonb` would refuse it, so that such a record can never fail a batch.
@Suite struct RecordBodyTests {
    static func body(_ json: String) -> String? {
        let bytes = Array(json.utf8)
        return RecordBody.find(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func theBodyArrayIsTakenAsItIs() {
        #expect(Self.body(#"{"id": "ab", "body": ["Première ligne", "Deux \"guillemets\" \u00e9"], "title": "x"}"#)
                == #"["Première ligne", "Deux \"guillemets\" \u00e9"]"#)
        #expect(Self.body("{\n  \"body\" : [\n    \"a\",\n    \"b\"\n  ]\n}") == "[\n    \"a\",\n    \"b\"\n  ]")
        #expect(Self.body(#"{"body": []}"#) == "[]")
    }

    @Test func whatJsonbRefusesIsNotTaken() {
        #expect(Self.body(#"{"body": ["nul \u0000 inside"]}"#) == nil)
        #expect(Self.body("{\"body\": [\"raw\ttab\"]}") == nil)
        #expect(Self.body(#"{"body": ["bad \x escape"]}"#) == nil)
        #expect(Self.body(#"{"body": ["short \u12"]}"#) == nil)
        #expect(Self.body(#"{"body": ["a", 3]}"#) == nil)
        #expect(Self.body(#"{"body": "a paragraph"}"#) == nil)
        #expect(Self.body(#"{"title": "no body"}"#) == nil)
        #expect(Self.body(#"{"body": ["unclos"#) == nil)
        #expect(Self.body("") == nil)
        var invalid = Array(#"{"body": ["caf"#.utf8)
        invalid += [0xC3, 0x28] + Array(#""]}"#.utf8)
        #expect(RecordBody.find(in: invalid) == nil)
    }

    /// The check reads eight bytes at a time: a character it must refuse (or an escape it must
    /// follow) is found at every position in a word and across two words, as a plain byte-by-byte
    /// reading (`reference`) finds it.
    @Test func theWordAtATimeCheckAgreesWithAByteByByteOneAtEveryOffset() {
        let pieces: [[UInt8]] = [Array("\\t".utf8), [0x09], [0x01], [0x1F], Array("\\u0000".utf8), Array("\\u00e9".utf8),
                                 Array("\\x".utf8), Array("\\u12".utf8), Array("\\\"".utf8), Array("\\\\".utf8),
                                 Array("\\n".utf8), Array("é".utf8), Array("€".utf8), [0xC3, 0x28], [0xE2, 0x82], [0xFF], [0x7F]]
        var checked = 0
        for piece in pieces {
            for before in 0..<18 {
                for after in [0, 1, 7, 8, 9] {
                    let bytes = Array(repeating: UInt8(ascii: "a"), count: before) + piece + Array(repeating: UInt8(ascii: "b"), count: after)
                    let got = bytes.withUnsafeBytes { RecordBody.isStorable($0, 0..<bytes.count) }
                    #expect(got == Self.reference(bytes), "\(bytes)")
                    checked += 1
                }
            }
        }
        #expect(checked == pieces.count * 18 * 5)
    }

    /// What `isStorable` must answer, one byte at a time.
    static func reference(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 { return false }
            if byte == UInt8(ascii: "\\") {
                guard index + 1 < bytes.count else { return false }
                let next = bytes[index + 1]
                if Array("\"\\/bfnrt".utf8).contains(next) {
                    index += 2
                    continue
                }
                guard next == UInt8(ascii: "u"), index + 6 <= bytes.count,
                      let value = Int(String(decoding: bytes[(index + 2)..<(index + 6)], as: UTF8.self), radix: 16),
                      value != 0 else { return false }
                index += 6
                continue
            }
            index += 1
        }
        return String(validating: bytes, as: UTF8.self) != nil
    }
}
