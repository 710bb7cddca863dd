import ArticleIndex
import ArticleParsing
import Foundation
import Glibc
import Synchronization

/// Runs `presswatch query`/`show` as a user would; builds state folders with the real store.
enum QueryHarness {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: DaemonHarness.binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PRESSWATCH_") }
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment.merge(extra) { $1 }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// A state folder with `articles`, published in one batch by `ArticleStore`.
    static func state(_ articles: [Article]) throws -> String {
        let path = NSTemporaryDirectory() + "presswatch-query-it-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let store = try ArticleStore(stateDirectory: URL(fileURLWithPath: path))
        for article in articles {
            _ = store.add(article, archivedPath: "archive/\(article.id).txt", originalName: "\(article.id).txt",
                          at: Date(timeIntervalSince1970: 1_771_234_567))
        }
        try store.flush(now: Date(timeIntervalSince1970: 1_771_234_567))
        return path
    }

    static func article(_ n: Int, title: String, language: String? = "fr", published: String? = "2026-02-16",
                        source: String? = "Agence Ecofin", places: [Place] = []) -> Article {
        let hex = String(n, radix: 16)
        return Article(
            id: String(repeating: "0", count: 16 - hex.count) + hex, title: title, authors: ["Aïcha Diallo"],
            source: source, site: "OSIRIS", published: published, language: language,
            lede: "Le plan couvre la Côte d’Ivoire.", body: ["Le plan couvre la Côte d’Ivoire.", "Suite du texte."],
            wordCount: 9, format: .text, places: places, keywords: ["routes"])
    }
}

/// `presswatch query --follow` running in the background, its output collected line by line.
final class FollowProcess {
    let process = Process()
    private final class Buffer: Sendable {
        let bytes = Mutex<[UInt8]>([])
    }

    private let output = Buffer()
    private let reader: Thread

    init(_ arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: DaemonHarness.binary)
        process.arguments = ["query", "--follow"] + arguments
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PRESSWATCH_") }
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        let handle = pipe.fileHandleForReading
        let sink = output
        reader = Thread {
            while true {
                let data = handle.availableData
                if data.isEmpty { return }
                sink.bytes.withLock { $0.append(contentsOf: data) }
            }
        }
        try process.run()
        reader.start()
    }

    /// Complete lines so far, parsed; a partial last line is left out.
    var lines: [[String: Any]] {
        let bytes = output.bytes.withLock { $0 }
        guard let end = bytes.lastIndex(of: 0x0A) else { return [] }
        return bytes[...end].split(separator: 0x0A).compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0))) as? [String: Any]
        }
    }

    /// Everything written, as text.
    var text: String { String(decoding: output.bytes.withLock { $0 }, as: UTF8.self) }

    func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    /// Waits for the exit; nil after `timeout` (then it is killed).
    func waitForExit(timeout: Double = 20) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }
}
