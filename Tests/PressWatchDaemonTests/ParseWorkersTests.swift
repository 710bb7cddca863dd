import ArticleParsing
import Foundation
import InboxWatcher
import Testing

@testable import PressWatchDaemon

/// Issue 11: parsing off the loop, under a time budget; poison quarantine.
@Suite("ParseWorkers and ParseMarkers")
struct ParseWorkersTests {
    static let article = """
        Kigali : le port numéro 7 entre en service

        Les autorités de Kigali ont annoncé la mise en service du port numéro 7, une étape attendue.

        Le projet a coûté 10 millions de dollars selon le ministère.
        """

    /// True when the file at `path` holds only spaces (and at least one): a blanked marker.
    static func isBlank(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        return !data.isEmpty && data.allSatisfy { $0 == UInt8(ascii: " ") }
    }

    func folder() throws -> String {
        let path = NSTemporaryDirectory() + "presswatch-workers-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path + "/inbox", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: path + "/state", withIntermediateDirectories: true)
        return path
    }

    @Test("a batch is read and parsed in parallel, results in order, one per name")
    func parsesInOrder() async throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for n in 0..<12 {
            try Self.article.replacingOccurrences(of: "7", with: "\(n + 10)")
                .write(toFile: root + "/inbox/a\(n).txt", atomically: true, encoding: .utf8)
        }
        try "\n\n".write(toFile: root + "/inbox/blank.txt", atomically: true, encoding: .utf8)
        let markers = ParseMarkers(statePath: root + "/state")
        _ = markers.recover()
        let workers = ParseWorkers(width: 3, markers: markers)
        let names = (0..<12).map { "a\($0).txt" } + ["blank.txt", "missing.txt"]
        let results = await workers.prepare(
            ParseRequest(names: names, inbox: root + "/inbox", sizeLimit: 1 << 20, budget: .seconds(30)),
            shouldStop: { false })
        #expect(results.map(\.name) == names)
        #expect(results.prefix(12).allSatisfy { if case .parsed = $0 { true } else { false } })
        if case .unparsable(_, let error) = results[12] { #expect(error.reason.contains("whitespace")) } else { Issue.record("blank.txt: \(results[12])") }
        if case .readFailed = results[13] {} else { Issue.record("missing.txt: \(results[13])") }
        // One marker file per slot used (at most the width), each blanked once its parse ended,
        // and the same files (inodes) serve the next batch: no file made or removed per article.
        let parsing = root + "/state/parsing"
        let used = try FileManager.default.contentsOfDirectory(atPath: parsing).sorted()
        #expect((1...3).contains(used.count), "\(used)")
        let inodes = try used.map { try #require(FileManager.default.attributesOfItem(atPath: parsing + "/" + $0)[.systemFileNumber] as? UInt64) }
        for name in used { #expect(Self.isBlank(parsing + "/" + name)) }
        _ = await workers.prepare(
            ParseRequest(names: names, inbox: root + "/inbox", sizeLimit: 1 << 20, budget: .seconds(30)),
            shouldStop: { false })
        let again = try FileManager.default.contentsOfDirectory(atPath: parsing).sorted()
        let slotNames = Set((0..<3).map { (markers.path(slot: $0) as NSString).lastPathComponent })
        #expect(Set(used + again).isSubset(of: slotNames), "\(used) then \(again)")
        for (name, inode) in zip(used, inodes) where again.contains(name) {
            #expect(Self.isBlank(parsing + "/" + name))
            #expect(try FileManager.default.attributesOfItem(atPath: parsing + "/" + name)[.systemFileNumber] as? UInt64 == inode)
        }
        // A clean stop removes them.
        markers.endAll()
        #expect(try FileManager.default.contentsOfDirectory(atPath: parsing).isEmpty)
    }

    @Test("a slot's marker is rewritten in place: it names the file being parsed, then is blanked, and a blank one is no death")
    func markerRewrittenInPlace() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Self.article.write(toFile: root + "/inbox/a.txt", atomically: true, encoding: .utf8)
        try (Self.article + "\n\nUn autre paragraphe.").write(toFile: root + "/inbox/b.txt", atomically: true, encoding: .utf8)
        let a = try InboxFileReader.read(name: "a.txt", in: root + "/inbox", sizeLimit: 1 << 20)
        let b = try InboxFileReader.read(name: "b.txt", in: root + "/inbox", sizeLimit: 1 << 20)
        let markers = ParseMarkers(statePath: root + "/state")
        #expect(markers.recover().isEmpty)
        let path = markers.path(slot: 1)
        let inode = { try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64 }
        let held = { () throws -> ParseMarkers.Suspect in
            try JSONDecoder().decode(ParseMarkers.Suspect.self, from: try #require(FileManager.default.contents(atPath: path)))
        }
        let first = try #require(markers.begin(b, slot: 1))
        #expect(try held() == ParseMarkers.Suspect(b))
        let created = try inode()
        let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? UInt64)
        markers.end(first)
        // Blanked in place, not truncated: the same length, only spaces.
        #expect(Self.isBlank(path))
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? UInt64 == size)
        let second = try #require(markers.begin(a, slot: 1))  // shorter than b's: no tail of b's left
        #expect(try held() == ParseMarkers.Suspect(a))
        #expect(try inode() == created)
        markers.end(second)
        // A blank marker left by a death is a free slot, not a file being parsed.
        #expect(markers.recover().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: root + "/state/parse-suspects.json"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("a parse over the budget answers tooComplex without waiting for it; names after a stop are not read")
    func budgetAndStop() async throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Self.article.write(toFile: root + "/inbox/slow.txt", atomically: true, encoding: .utf8)
        try Self.article.write(toFile: root + "/inbox/later.txt", atomically: true, encoding: .utf8)
        // A parser that never ends until the test lets it: only the budget can answer.
        let gate = DispatchSemaphore(value: 0)
        let workers = ParseWorkers(width: 1, markers: nil) { bytes, name throws(ArticleParseError) in
            gate.wait()
            throw ArticleParseError(reason: "released", hint: "none")
        }
        let results = await workers.prepare(
            ParseRequest(names: ["slow.txt"], inbox: root + "/inbox", sizeLimit: 1 << 20, budget: .milliseconds(50)),
            shouldStop: { false })
        guard case .tooComplex(let contents, let seconds) = results[0] else {
            Issue.record("expected tooComplex, got \(results[0])")
            gate.signal()
            return
        }
        #expect(contents.bytes.count == Self.article.utf8.count && seconds == 0.05 && seconds.secondsText == "0.05")
        #expect(10.0.secondsText == "10")
        gate.signal()  // the abandoned parse ends and gives its slot back
        let stopped = await workers.prepare(
            ParseRequest(names: ["later.txt"], inbox: root + "/inbox", sizeLimit: 1 << 20, budget: .seconds(30)),
            shouldStop: { true })
        if case .notRead = stopped[0] {} else { Issue.record("expected notRead, got \(stopped[0])") }
    }

    @Test("a file being parsed at two deaths in a row is returned once, then forgotten; a finished parse clears it")
    func quarantineCounts() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Self.article.write(toFile: root + "/inbox/p.txt", atomically: true, encoding: .utf8)
        let contents = try InboxFileReader.read(name: "p.txt", in: root + "/inbox", sizeLimit: 1 << 20)
        let markers = ParseMarkers(statePath: root + "/state")
        #expect(markers.recover().isEmpty)
        #expect(markers.begin(contents, slot: 0) != nil)  // died while parsing it, once…
        #expect(markers.recover().isEmpty)
        #expect(markers.begin(contents, slot: 0) != nil)  // …and twice in a row
        #expect(markers.recover() == [ParseMarkers.Suspect(contents)])
        #expect(markers.recover().isEmpty)  // set aside: forgotten
        // Died once, then parsed to the end: the count starts again.
        _ = markers.begin(contents, slot: 0)
        #expect(markers.recover().isEmpty)
        markers.cleared(contents)
        _ = markers.begin(contents, slot: 0)
        #expect(markers.recover().isEmpty)
    }

    @Test("ReadyQueue.remove takes a name out and keeps the others' order")
    func readyQueueRemove() {
        var queue = ReadyQueue()
        for name in ["a", "b", "c"] { queue.append(name) }
        queue.remove("b")
        queue.remove("zz")
        #expect(!queue.contains("b") && queue.count == 2)
        #expect(queue.take(5) == ["a", "c"])
    }
}
