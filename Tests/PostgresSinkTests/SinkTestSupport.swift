import ArticleIndex
import ArticleParsing
import Foundation
import Logging
@testable import PostgresSink
import Synchronization
import Testing

/// A state folder with a real index (ArticleStore), removed by `remove()`.
struct TestIndex {
    let path: String
    let store: ArticleStore

    init() throws {
        path = NSTemporaryDirectory() + "presswatch-sink-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        store = try ArticleStore(stateDirectory: URL(fileURLWithPath: path, isDirectory: true), now: Self.date)
    }

    static let date = Date(timeIntervalSince1970: 1_771_234_567)

    /// Adds articles `range` (distinct ids) and publishes them as one batch.
    func add(_ range: Range<Int>, at date: Date = TestIndex.date) throws {
        for n in range { store.addVersion(article(n), archivedPath: "archive/2026/02/\(n).txt", originalName: "\(n).txt", at: date) }
        try store.flush(now: date)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Article `n`: French, English, German or unknown language in turn; a distinct id and story.
func article(_ n: Int, body extra: String = "", title: String? = nil) -> Article {
    let id = String(format: "%016llx", UInt64(n) &* 0x9E37_79B9 &+ UInt64(extra.utf8.count))
    let language = ["fr", "en", "de", nil][n % 4]
    let body: [String]
    switch language {
    case "fr": body = ["Le gouvernement a annoncé des routes nouvelles à Kigali.\(extra)", "Les travaux débuteront bientôt."]
    case "en": body = ["The government announced new roads in Kigali.\(extra)", "Works will begin soon."]
    case "de": body = ["Die Regierung kündigte neue Straßen in Kigali an.\(extra)", "Die Arbeiten beginnen bald."]
    default: body = ["Kigali routes \(n).\(extra)"]
    }
    return Article(
        id: id, title: title ?? "Article \(n) sur les routes", authors: n % 2 == 0 ? ["Aïcha Diallo", "Jean Dupont"] : [],
        source: "Agence Ecofin", site: n % 2 == 0 ? "OSIRIS" : nil,
        published: n % 3 == 0 ? nil : (n % 2 == 0 ? "2026-02-16" : "2026-02-16T09:30:00+01:00"),
        language: language, lede: body[0], body: body, wordCount: 12, format: .text,
        places: [Place(code: "RW", name: "Rwanda", mentions: 1)],
        amounts: [Amount(text: "2,5 milliards FCFA", value: 2.5e9, currency: "XOF")],
        keywords: ["routes", "Kigali"], readingMinutes: 1)
}

/// Settings for `cluster`'s socket, instance `name`.
func sinkSettings(_ url: String, instance: String = "host-a", passwordFile: String? = nil) throws -> PostgresSinkSettings {
    var settings = PostgresSinkSettings()
    try settings.setURL(url)
    try settings.setInstance(instance)
    settings.passwordFile = passwordFile
    return settings
}

/// Every log line a logger wrote (message and metadata), for "nothing secret was logged".
final class LogRecorder: Sendable {
    private let lines = Mutex<[String]>([])
    var all: [String] { lines.withLock { $0 } }

    var logger: Logger {
        var logger = Logger(label: "test") { _ in Handler(recorder: self) }
        logger.logLevel = .trace
        return logger
    }

    struct Handler: LogHandler {
        let recorder: LogRecorder
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            recorder.lines.withLock { $0.append("\(event.level) \(event.message) \(merged)") }
        }
    }
}

/// Polls `condition` every 0.1 s for up to `seconds`; true once it holds. For a condition that
/// runs a program (psql), use the async form with the async `TestCluster` calls.
func eventually(_ seconds: Double = 60, _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(100))
    }
    return try await condition()
}

/// Polls `condition` every 0.1 s for up to `seconds`; true once it holds.
func eventually(_ seconds: Double = 60, _ condition: () throws -> Bool) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        try? await Task.sleep(for: .milliseconds(100))
    }
    return try condition()
}

/// Cancels `task` (a sink's `run()`) and waits up to `seconds` for it to return; past that it
/// records an issue naming `what` did not stop, and returns (the task is left behind) instead of
/// hanging the test run.
func cancelAndAwait(_ task: Task<Void, Never>, within seconds: Double = 60, _ what: String = "the sink's run()",
                    sourceLocation: SourceLocation = #_sourceLocation) async {
    task.cancel()
    let ended = await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
        let once = ResumeOnce(continuation)
        let timer = Task {
            try? await Task.sleep(for: .seconds(seconds))
            once.resume(returning: false)
        }
        Task {
            await task.value
            once.resume(returning: true)
            timer.cancel()
        }
    }
    if !ended {
        Issue.record("\(what) did not return within \(Int(seconds)) s of being cancelled", sourceLocation: sourceLocation)
    }
}

/// A continuation resumed by the first of several callers; the others do nothing.
private final class ResumeOnce: Sendable {
    private let slot: Mutex<CheckedContinuation<Bool, Never>?>
    init(_ continuation: CheckedContinuation<Bool, Never>) { slot = Mutex(continuation) }
    func resume(returning value: Bool) { slot.withLock { $0.take() }?.resume(returning: value) }
}
