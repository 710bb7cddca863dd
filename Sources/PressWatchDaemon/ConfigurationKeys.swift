import Foundation
import Logging
import PostgresSink

/// The table of configuration keys: name, what a valid value is, and where it goes.
///
/// One table serves the YAML file, the environment (`inbox.settleSeconds` ↔
/// `PRESSWATCH_INBOX_SETTLE_SECONDS`) and `check-config`, so they cannot drift apart.
struct ConfigurationKey: Sendable {
    enum Value { case text(String), list([String]) }

    let name: String
    let help: String
    let apply: @Sendable (inout Configuration, Value, _ baseDirectory: String) throws(KeyProblem) -> Void

    struct KeyProblem: Error { let message: String }

    /// `inbox.settleSeconds` → `PRESSWATCH_INBOX_SETTLE_SECONDS`.
    var environmentName: String {
        var out = "PRESSWATCH_"
        for ch in name {
            if ch == "." { out += "_" } else if ch.isUppercase { out += "_" + ch.uppercased() } else { out += ch.uppercased() }
        }
        return out
    }

    static let all: [ConfigurationKey] = [
        .init(name: "inbox.path", help: "a folder path") { config, value, base throws(KeyProblem) in
            config.inboxPath = try path(value, base)
        },
        .init(name: "inbox.ignore", help: "a list of glob patterns such as \"*.bak\"") { config, value, _ throws(KeyProblem) in
            switch value {
            case .list(let items): config.ignorePatterns = items
            case .text(let text):
                config.ignorePatterns = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }
            }
        },
        .init(name: "inbox.settleSeconds", help: "seconds between 0 and 3600, e.g. 1.5") { config, value, _ throws(KeyProblem) in
            config.settleSeconds = try number(value, in: 0...3600)
        },
        .init(name: "inbox.rescanSeconds", help: "seconds between 1 and 86400") { config, value, _ throws(KeyProblem) in
            config.rescanSeconds = try number(value, in: 1...86400)
        },
        .init(name: "state.path", help: "a folder path") { config, value, base throws(KeyProblem) in
            config.statePath = try path(value, base)
        },
        .init(name: "ingest.maxFileSize", help: "a size such as 10MiB, 512KiB or 1048576 (bytes), at least 1KiB and at most 1GiB") { config, value, _ throws(KeyProblem) in
            config.maxFileSize = try size(value)
        },
        .init(name: "ingest.batchSize", help: "a whole number between 1 and 100000") { config, value, _ throws(KeyProblem) in
            config.batchSize = Int(try number(value, in: 1...100_000, whole: true))
        },
        .init(name: "ingest.parseTimeoutSeconds", help: "seconds between 0.1 and 3600, e.g. 30") { config, value, _ throws(KeyProblem) in
            config.parseTimeoutSeconds = try number(value, in: 0.1...3600)
        },
        .init(name: "log.level", help: "one of trace, debug, info, notice, warning, error, critical") { config, value, _ throws(KeyProblem) in
            guard case .text(let text) = value, let level = Logger.Level(rawValue: text.lowercased()) else {
                throw KeyProblem(message: "expected one of trace, debug, info, notice, warning, error, critical")
            }
            config.logLevel = level
        },
    ] + sinkKeys

    static func named(_ name: String) -> ConfigurationKey? { all.first { $0.name == name } }

    /// The known key closest to a misspelt one, for "did you mean" hints.
    static func suggestion(for name: String) -> String? {
        let scored = all.map { ($0.name, editDistance($0.name.lowercased(), name.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, name.count / 3) else { return nil }
        return best.0
    }

    private static func text(_ value: Value) throws(KeyProblem) -> String {
        guard case .text(let text) = value else { throw KeyProblem(message: "expected a single value, not a list") }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private static func path(_ value: Value, _ base: String) throws(KeyProblem) -> String {
        let raw = try text(value)
        guard !raw.isEmpty else { throw KeyProblem(message: "expected a folder path, got an empty value") }
        if raw.hasPrefix("/") || base.isEmpty { return raw }
        return URL(fileURLWithPath: raw, relativeTo: URL(fileURLWithPath: base, isDirectory: true)).standardizedFileURL.path
    }

    private static func number(_ value: Value, in range: ClosedRange<Double>, whole: Bool = false) throws(KeyProblem) -> Double {
        let raw = try text(value)
        guard let number = Double(raw), number.isFinite else {
            throw KeyProblem(message: "expected a number, got \"\(raw)\"")
        }
        guard range.contains(number) else {
            throw KeyProblem(message: "\(raw) is out of range: use \(range.lowerBound.clean) to \(range.upperBound.clean)")
        }
        if whole && number.rounded() != number { throw KeyProblem(message: "expected a whole number, got \(raw)") }
        return number
    }

    /// `10MiB`, `10 MB`, `512KiB`, `1048576`. KB/MB/GB are read as powers of 1024, like KiB/MiB/GiB.
    static func size(_ value: Value) throws(KeyProblem) -> Int {
        let raw = try text(value).replacingOccurrences(of: " ", with: "")
        let units: [(String, Int)] = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10),
                                      ("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10), ("B", 1)]
        var digits = raw
        var multiplier = 1
        for (suffix, factor) in units where raw.lowercased().hasSuffix(suffix.lowercased()) {
            digits = String(raw.dropLast(suffix.count))
            multiplier = factor
            break
        }
        guard let count = Double(digits), count.isFinite, count > 0 else {
            throw KeyProblem(message: "expected a size such as 10MiB or 1048576, got \"\(raw)\"")
        }
        let bytes = count * Double(multiplier)
        guard bytes >= 1024, bytes <= Double(1 << 30) else {
            throw KeyProblem(message: "\(raw) is out of range: use 1KiB to 1GiB")
        }
        return Int(bytes)
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}

extension Double {
    fileprivate var clean: String { rounded() == self ? String(Int(self)) : String(self) }
}
