import DateReading
import Foundation
import Testing
import TextToolkit

@testable import TextLayouts

/// Stop 63's hostile hunt (branch hostile-s63), over the readers stop 58 added (DeskShells). Found: a Trilium note's id
/// looked up in every command line under it (quadratic: 1 MiB past 150 s); a command line's leading `NAME=value` words
/// dropped one `removeFirst` at a time (quadratic: 2 MiB 28.6 s); arangosh documents and cbq documents of nested fields
/// read whole (4 MB 17-19 s). Outputs and termination only, never times or memory (`Tests/bench/hostile_text.py --only
/// S63` measures).
@Suite struct HostileShapesS63Tests {
    private static let dates = DateRecognizer(language: "en", keepsTime: false)
    private static let title = "Plan to cut emissions unveiled"

    private func read(_ text: String) -> TextLayout? {
        LayoutReader(dates: Self.dates).read(text)
    }

    @Test func aCommandsSettingsAreDroppedAndItsToolNamed() {
        #expect(DeskExports.commandWords("$ sudo env A=1 B=2 /usr/bin/antiword -w 0 g.doc") == ["antiword", "-w", "0", "g.doc"])
        #expect(DeskExports.commandWords("$ " + String(repeating: "A=1 ", count: 50_000) + "antiword g.doc").isEmpty)
        #expect(DeskExports.commandWords("$ " + String(repeating: "A=1 ", count: 20) + "antiword g.doc") == ["antiword", "g.doc"])
        #expect(DeskExports.commandWords("$ A=1 B=2").isEmpty)
    }

    @Test func aTriliumNoteIdLongerThanTrilliumsIsNoNote() {
        func note(id: String) -> String {
            let head = "{\"noteId\": \"\(id)\", \"title\": \"\(Self.title)\", \"type\": \"text\", \"dateCreated\": \"2026-03-05 10:12:07.000+0100\"}"
            return ["$ curl -s -H 'Authorization: token' http://localhost:8080/etapi/notes/\(id)", head,
                    "$ curl -s -H 'Authorization: token' http://localhost:8080/etapi/notes/\(id)/content",
                    "<p>Reuters, 5 March 2026</p><p>\(EmissionsArticle.sentences[0])</p><p>\(EmissionsArticle.sentences[1])</p>"]
                .joined(separator: "\n")
        }
        func shellPrint(_ text: String) -> DeskFetches.Print? {
            DeskShells.print(text, words: DeskExports.commandWords(ConsoleRecords.firstLine(text)), dates: Self.dates)
        }
        #expect(read(note(id: "Kd9x2LmQpR4z"))?.title == Self.title)
        #expect(shellPrint(note(id: "Kd9x2LmQpR4z")) != nil)
        // ETAPI's reader declines it (the JSON record may still be read as one).
        #expect(shellPrint(note(id: String(repeating: "/etapi/notes/", count: 400))) == nil)
    }

    @Test func nestedFieldsCountAgainstADocumentsBound() {
        let flat: [String: Any] = ["a": 1, "b": [1, 2, 3], "c": ["d": ["e": 1]]]
        #expect(FieldRecords.fieldCount(flat, limit: 100) == 8)
        let wide: [String: Any] = ["title": Self.title, "fields": Dictionary(uniqueKeysWithValues: (0..<5_000).map { ("f\($0)", $0) })]
        #expect(FieldRecords.fieldCount(wide, limit: 2_000) > 2_000)
    }

    @Test func anArangoDocumentOfNestedFieldsIsNotRead() {
        let text = EmissionsArticle.sentences.joined(separator: " ")
        func print(extra: String) -> String {
            ["$ arangosh --server.endpoint tcp://127.0.0.1:8529 --server.database revue", "127.0.0.1:8529@revue> db.clips.document(\"1\")",
             "{ \"_key\" : \"1\", \"outlet\" : \"The Guardian\", \"headline\" : \"\(Self.title)\", \"text\" : \"\(text)\"\(extra) }",
             "127.0.0.1:8529@revue> "].joined(separator: "\n")
        }
        #expect(read(print(extra: ""))?.title == Self.title)
        let nested = ", \"meta\" : { " + (0..<3_000).map { "\"f\($0)\" : 1" }.joined(separator: ", ") + " }"
        #expect(read(print(extra: nested))?.title != Self.title)
    }
}
