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
        // Every marker is gone once its parse ended.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/state/parsing").isEmpty)
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
        #expect(markers.begin(contents) != nil)  // died while parsing it, once…
        #expect(markers.recover().isEmpty)
        #expect(markers.begin(contents) != nil)  // …and twice in a row
        #expect(markers.recover() == [ParseMarkers.Suspect(contents)])
        #expect(markers.recover().isEmpty)  // set aside: forgotten
        // Died once, then parsed to the end: the count starts again.
        _ = markers.begin(contents)
        #expect(markers.recover().isEmpty)
        markers.cleared(contents)
        _ = markers.begin(contents)
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
