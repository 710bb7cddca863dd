import Foundation

/// The `sink.postgres.*` configuration keys, validated (the daemon's configuration table calls
/// these; `presswatch check-config` reports their messages next to the key).
///
/// The sink is off unless `connection` is set. The password is never a setting: it is read
/// from `passwordFile` (or `~/.pgpass`) each time presswatch connects.
public struct PostgresSinkSettings: Sendable, Equatable {
    /// `sink.postgres.url`; nil leaves the sink off.
    public var connection: ConnectionString?
    /// `sink.postgres.passwordFile`: a file whose first line is the password.
    public var passwordFile: String?
    /// `sink.postgres.instance`: this host's name in the database (the host name by default).
    public var instance: String = PostgresSinkSettings.hostName
    /// `sink.postgres.batchSize`: most changes written per transaction.
    public var batchSize = 2000

    public init() {}

    public var isEnabled: Bool { connection != nil }

    /// The `sink.postgres.*` keys whose values differ between `self` and `other`, in the
    /// documented order. The running sink keeps the settings it started with: a reload that
    /// finds any of these changed says so (a restart applies them).
    public func changedKeys(comparedWith other: PostgresSinkSettings) -> [String] {
        var keys: [String] = []
        if connection != other.connection { keys.append("sink.postgres.url") }
        if passwordFile != other.passwordFile { keys.append("sink.postgres.passwordFile") }
        if instance != other.instance { keys.append("sink.postgres.instance") }
        if batchSize != other.batchSize { keys.append("sink.postgres.batchSize") }
        return keys
    }

    /// Why a value cannot be used; the daemon adds the key and where it came from.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    public mutating func setURL(_ text: String) throws(Problem) {
        do {
            connection = try ConnectionString(text, defaultUser: Self.userName)
        } catch {
            throw Problem(description: error.description)
        }
    }

    public mutating func setInstance(_ text: String) throws(Problem) {
        let name = text.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 200 else { throw Problem(description: "expected a name of 1 to 200 characters") }
        guard !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw Problem(description: "the name holds a control character")
        }
        instance = name
    }

    public mutating func setBatchSize(_ text: String) throws(Problem) {
        guard let size = Int(text.trimmingCharacters(in: .whitespaces)), (1...50_000).contains(size) else {
            throw Problem(description: "expected a whole number between 1 and 50000, got \"\(text)\"")
        }
        batchSize = size
    }

    /// This machine's host name (`gethostname`), or `localhost`.
    public static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty ? "localhost" : name
    }

    /// The operating-system user presswatch runs as: libpq's default database user.
    static var userName: String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return "presswatch" }
        return String(cString: name)
    }
}
