import Foundation
import Testing
@testable import PressWatchDaemon

struct ConfigurationTests {
    func write(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "presswatch-config-\(UUID().uuidString).yaml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func defaultsWithNothingGiven() throws {
        let config = try ConfigurationLoader.load(file: nil, environment: [:])
        #expect(config.inboxPath == "./inbox")
        #expect(config.statePath == "./var")
        #expect(config.maxFileSize == 10 * 1024 * 1024)
        #expect(config.parseTimeoutSeconds == 30)
    }

    @Test func parseTimeoutComesFromTheEnvironmentAndIsBounded() throws {
        let config = try ConfigurationLoader.load(file: nil, environment: ["PRESSWATCH_INGEST_PARSE_TIMEOUT_SECONDS": "0.5"])
        #expect(config.parseTimeoutSeconds == 0.5)
        #expect(throws: (any Error).self) {
            try ConfigurationLoader.load(file: nil, environment: ["PRESSWATCH_INGEST_PARSE_TIMEOUT_SECONDS": "0"])
        }
    }

    @Test func optionsBeatEnvironmentBeatsFileBeatsDefaults() throws {
        let file = try write("inbox:\n  path: /from/file\n  settleSeconds: 2\nstate:\n  path: /state/file\ningest:\n  maxFileSize: 1MiB\n")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let config = try ConfigurationLoader.load(
            file: file,
            environment: ["PRESSWATCH_INBOX_PATH": "/from/env", "PRESSWATCH_STATE_PATH": "/state/env"],
            options: ["inbox.path": "/from/option"])
        #expect(config.inboxPath == "/from/option")
        #expect(config.statePath == "/state/env")
        #expect(config.settleSeconds == 2)
        #expect(config.maxFileSize == 1 << 20)
    }

    @Test func environmentNamesFollowTheKeys() {
        #expect(ConfigurationKey.named("inbox.settleSeconds")?.environmentName == "PRESSWATCH_INBOX_SETTLE_SECONDS")
        #expect(ConfigurationKey.named("ingest.maxFileSize")?.environmentName == "PRESSWATCH_INGEST_MAX_FILE_SIZE")
    }

    @Test func relativePathsInAFileAreRelativeToTheFile() throws {
        let file = try write("inbox:\n  path: drop\n")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let config = try ConfigurationLoader.load(file: file, environment: [:])
        #expect(config.inboxPath == URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("drop").path)
    }

    @Test func everyProblemIsReportedWithItsLineAndAHint() throws {
        let file = try write("inbox:\n  pth: /x\n  settleSeconds: soon\ningest:\n  maxFileSize: 10 parsecs\nlog:\n  level: loud\n")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let problems = ConfigurationLoader.problems(inFile: file)
        #expect(problems.count == 4)
        #expect(problems.contains { $0.key == "inbox.pth" && $0.problem.contains("did you mean inbox.path") && $0.origin.hasSuffix(":2") })
        #expect(problems.contains { $0.key == "inbox.settleSeconds" && $0.problem.contains("expected a number") })
        #expect(problems.contains { $0.key == "ingest.maxFileSize" && $0.problem.contains("10MiB") })
        #expect(problems.contains { $0.key == "log.level" })
    }

    @Test func invalidYAMLAndMissingFilesAreExplained() throws {
        let file = try write("inbox: [unclosed\n")
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(ConfigurationLoader.problems(inFile: file).first?.problem.contains("not valid YAML") == true)
        #expect(ConfigurationLoader.problems(inFile: "/nonexistent.yaml").first?.problem.contains("cannot read") == true)
    }

    @Test func theShippedConfigurationIsValid() {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        #expect(ConfigurationLoader.problems(inFile: root.appendingPathComponent("config/presswatch.yaml").path).isEmpty)
    }

    @Test func sizesAcceptCommonUnits() throws {
        #expect(try ConfigurationKey.size(.text("10MiB")) == 10 << 20)
        #expect(try ConfigurationKey.size(.text("512 KB")) == 512 << 10)
        #expect(try ConfigurationKey.size(.text("2048")) == 2048)
        #expect(throws: ConfigurationKey.KeyProblem.self) { try ConfigurationKey.size(.text("12")) }
    }
}

struct StatusLineTests {
    @Test func rendersTheShapeOperatorsRead() {
        let now = Date(timeIntervalSince1970: 1_000_000)
        let line = StatusLine(inbox: "/srv/inbox", indexed: 12, queued: 0, rejected: 1,
                              lastTitle: "Coopération numérique : le Rwanda discute avec le Japon",
                              lastAt: now.addingTimeInterval(-3))
        #expect(line.render(now: now) == "Watching /srv/inbox · 12 indexed · 0 queued · 1 rejected · last: \"Coopération numérique : le Rwanda discute avec le Japon\" (3 s ago)")
        #expect(StatusLine(inbox: "/i").render(now: now) == "Watching /i · 0 indexed · 0 queued · 0 rejected")
        #expect(StatusLine(inbox: "/i", problem: "Disk full").render(now: now).hasPrefix("Disk full · Watching /i"))
    }

    @Test func agesAreCoarse() {
        let now = Date(timeIntervalSince1970: 1_000_000)
        #expect(StatusLine.age(from: now.addingTimeInterval(-59), to: now) == "59 s")
        #expect(StatusLine.age(from: now.addingTimeInterval(-125), to: now) == "2 min")
        #expect(StatusLine.age(from: now.addingTimeInterval(-7200), to: now) == "2 h")
        #expect(StatusLine.age(from: now.addingTimeInterval(10), to: now) == "0 s")
    }
}

struct SmallDecisionTests {
    @Test func backoffDoublesToAMaximumAndResets() {
        var backoff = RetryBackoff(initial: 1, maximum: 8)
        #expect([backoff.failed(), backoff.failed(), backoff.failed(), backoff.failed(), backoff.failed()] == [1, 2, 4, 8, 8])
        backoff.succeeded()
        #expect(backoff.failed() == 1)
    }

    @Test func archivePathsUseMonthAndAPlainExtension() {
        let layout = StateLayout(root: "/s")
        let date = Date(timeIntervalSince1970: 1_771_200_000)  // 2026-02-16 UTC
        #expect(layout.archiveRelativePath(id: "0123456789abcdef", formatExtension: "txt", date: date) == "archive/2026/02/0123456789abcdef.txt")
        #expect(layout.archiveRelativePath(id: "0123456789abcdef", formatExtension: "md", date: date) == "archive/2026/02/0123456789abcdef.md")
        #expect(layout.archiveRelativePath(id: "0123456789abcdef", formatExtension: "html", date: date).hasSuffix(".html"))
        #expect("archive/2026/02/0123456789abcdef.txt".articleID == "0123456789abcdef")
    }

    @Test func readyQueueKeepsOrderAndUniqueness() {
        var queue = ReadyQueue()
        for name in ["a", "b", "a", "c"] { queue.append(name) }
        #expect(queue.count == 3)
        #expect(queue.take(2) == ["a", "b"])
        queue.append("a")
        #expect(queue.take(10) == ["c", "a"])
        #expect(queue.isEmpty)
    }
}
