import Foundation
import Testing

/// `presswatch parse` and `presswatch check-config`, run as a user would.
struct CommandLineTests {
    /// Runs the built binary (QueryHarness.run: a clean environment, stdout and stderr apart).
    func run(_ arguments: [String]) throws -> QueryHarness.Result {
        try QueryHarness.run(arguments)
    }

    @Test func parsePrintsOneJSONObjectPerFileInOrder() throws {
        let garbage = NSTemporaryDirectory() + "presswatch-garbage-\(UUID().uuidString).bin"
        try Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + [UInt8](repeating: 0, count: 56)).write(to: URL(fileURLWithPath: garbage))
        defer { try? FileManager.default.removeItem(atPath: garbage) }
        let result = try run(["parse", DaemonHarness.seed, garbage])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 2)
        let seed = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(seed["file"] as? String == DaemonHarness.seed)
        #expect(seed["title"] as? String == "Coopération numérique : le Rwanda discute avec le Japon")
        #expect(seed["authors"] as? [String] == ["Adoni Conrad Quenum"])
        #expect(seed["source"] as? String == "Agence Ecofin")
        #expect(seed["site"] as? String == "OSIRIS")
        #expect(seed["published"] as? String == "2026-02-16")
        #expect(seed["language"] as? String == "fr")
        #expect(seed["format"] as? String == "text")
        #expect((seed["body"] as? [String])?.count == 7)
        let bad = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(bad["file"] as? String == garbage)
        #expect((bad["error"] as? String)?.isEmpty == false)
        #expect(bad["title"] == nil)
    }

    @Test func parseFailsOnlyWhenAFileCannotBeRead() throws {
        let result = try run(["parse", DaemonHarness.seed, "/nonexistent/article.txt"])
        #expect(result.status != 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].contains("\"error\""))
    }

    @Test func checkConfigAcceptsTheShippedDefault() throws {
        let result = try run(["check-config", DaemonHarness.packageRoot + "/config/presswatch.yaml"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains(": ok"))
    }

    @Test func checkConfigNamesTheBadKeyAndWhy() throws {
        let file = NSTemporaryDirectory() + "presswatch-bad-\(UUID().uuidString).yaml"
        try "inbox:\n  pth: /tmp/x\ningest:\n  batchSize: -3\n".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try run(["check-config", file])
        #expect(result.status != 0)
        #expect(result.stderr.contains("inbox.pth") && result.stderr.contains("did you mean inbox.path"))
        #expect(result.stderr.contains("ingest.batchSize") && result.stderr.contains("out of range"))
    }
}
