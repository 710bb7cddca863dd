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
}
