import Foundation

/// Where and how to reach PostgreSQL, read from `sink.postgres.url`: a libpq connection URI
/// (`postgresql://user@db.example:5432/presswatch?sslmode=verify-full&sslrootcert=/etc/ca.pem`)
/// or a key/value string (`host=/run/postgresql dbname=presswatch user=presswatch`).
///
/// Pure. Understands the libpq keys `host` (a name, an address, or a socket folder when it
/// starts with `/`), `port`, `dbname`, `user`, `sslmode` (disable, allow, prefer, require,
/// verify-ca, verify-full), `sslrootcert`, `connect_timeout` and `application_name`. A
/// password in the string is refused (it would live in the YAML file): it belongs in
/// `sink.postgres.passwordFile` or `.pgpass`. The refusal never repeats the password.
public struct ConnectionString: Sendable, Equatable {
    public enum TLSMode: String, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    /// A host name or address; nil with `socketFolder`.
    public var host: String?
    /// The folder holding the server's socket `.s.PGSQL.<port>`.
    public var socketFolder: String?
    public var port = 5432
    public var database: String
    public var user: String
    public var tlsMode = TLSMode.prefer
    public var rootCertificate: String?
    public var connectTimeoutSeconds = 10
    public var applicationName = "presswatch"

    /// The socket file when connecting over a unix socket.
    public var socketPath: String? { socketFolder.map { $0 + "/.s.PGSQL.\(port)" } }

    /// `user@host:port/database` (or the socket path): for logs and STATUS=, never secret.
    public var displayName: String {
        "\(user)@\(socketPath ?? "\(host ?? "localhost"):\(port)")/\(database)"
    }

    /// Why the string cannot be used (the message never contains a password).
    public struct Problem: Error, Equatable, CustomStringConvertible, Sendable {
        public let description: String
    }

    static let knownKeys = ["host", "port", "dbname", "user", "sslmode", "sslrootcert", "connect_timeout", "application_name"]

    /// Parses a URI (`postgresql://` or `postgres://`) or a key/value string. `defaultUser` is
    /// used when the string names none (libpq uses the operating-system user).
    public init(_ text: String, defaultUser: String) throws(Problem) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw Problem(description: "expected a connection string, got an empty value") }
        let pairs: [(String, String)]
        if trimmed.hasPrefix("postgresql://") || trimmed.hasPrefix("postgres://") {
            pairs = try Self.uriPairs(trimmed)
        } else if trimmed.contains("://") {
            throw Problem(description: "only postgresql:// and postgres:// URIs are understood")
        } else {
            pairs = try Self.keywordPairs(trimmed)
        }
        var values: [String: String] = [:]
        for (key, value) in pairs {
            if key == "password" {
                throw Problem(description: "holds a password; never put it in the configuration: write it to a file "
                              + "readable by the service user only and name that file in sink.postgres.passwordFile (or use ~/.pgpass)")
            }
            guard Self.knownKeys.contains(key) else {
                throw Problem(description: "unknown connection option \"\(key)\"; known: \(Self.knownKeys.joined(separator: ", "))")
            }
            values[key] = value
        }
        database = values["dbname"].flatMap { $0.isEmpty ? nil : $0 } ?? "presswatch"
        user = values["user"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultUser
        if let rawPort = values["port"] {
            guard let port = Int(rawPort), (1...65535).contains(port) else {
                throw Problem(description: "port \"\(rawPort)\" is not a port number (1 to 65535)")
            }
            self.port = port
        }
        let rawHost = values["host"] ?? ""
        if rawHost.contains(",") { throw Problem(description: "several hosts are not supported; name one host") }
        if rawHost.hasPrefix("/") {
            socketFolder = rawHost
        } else if rawHost.isEmpty {
            socketFolder = "/run/postgresql"  // Debian's socket folder, libpq's default there
        } else {
            host = rawHost
        }
        if let mode = values["sslmode"] {
            guard let parsed = TLSMode(rawValue: mode) else {
                throw Problem(description: "sslmode \"\(mode)\" is not one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            tlsMode = parsed
        }
        rootCertificate = values["sslrootcert"].flatMap { $0.isEmpty ? nil : $0 }
        if let timeout = values["connect_timeout"] {
            guard let seconds = Int(timeout), seconds >= 0 else {
                throw Problem(description: "connect_timeout \"\(timeout)\" is not a number of seconds")
            }
            connectTimeoutSeconds = seconds < 2 ? (seconds == 0 ? 10 : 2) : seconds
        }
        if let name = values["application_name"] { applicationName = name }
        if socketFolder != nil, [.require, .verifyCA, .verifyFull].contains(tlsMode) {
            throw Problem(description: "sslmode=\(tlsMode.rawValue) needs a TCP host, but the connection is over the unix socket \(rawHost.isEmpty ? "/run/postgresql" : rawHost)")
        }
    }

    /// `postgresql://[user[:password]@][host][:port][/dbname][?key=value&...]`.
    private static func uriPairs(_ uri: String) throws(Problem) -> [(String, String)] {
        var rest = Substring(uri[uri.range(of: "://")!.upperBound...])
        var pairs: [(String, String)] = []
        if let question = rest.firstIndex(of: "?") {
            for item in rest[rest.index(after: question)...].split(separator: "&") where !item.isEmpty {
                guard let equals = item.firstIndex(of: "=") else {
                    throw Problem(description: "the query parameter \"\(decode(item))\" has no value (expected key=value)")
                }
                pairs.append((decode(item[..<equals]), decode(item[item.index(after: equals)...])))
            }
            rest = rest[..<question]
        }
        var authority = rest
        if let slash = rest.firstIndex(of: "/") {
            pairs.insert(("dbname", decode(rest[rest.index(after: slash)...])), at: 0)
            authority = rest[..<slash]
        }
        if let at = authority.lastIndex(of: "@") {
            let userInfo = authority[..<at]
            if userInfo.contains(":") { pairs.insert(("password", ""), at: 0) }  // refused by init, value not kept
            pairs.insert(("user", decode(userInfo.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)[0])), at: 0)
            authority = authority[authority.index(after: at)...]
        }
        var host = authority
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {  // [::1]:5432
            let after = host[host.index(after: close)...]
            if after.hasPrefix(":") { pairs.insert(("port", String(after.dropFirst())), at: 0) }
            host = host[host.index(after: host.startIndex)..<close]
        } else if let colon = host.lastIndex(of: ":") {
            pairs.insert(("port", String(host[host.index(after: colon)...])), at: 0)
            host = host[..<colon]
        }
        if !host.isEmpty { pairs.insert(("host", decode(host)), at: 0) }
        return pairs
    }

    /// `key=value key='quoted \' value'`, as libpq reads it.
    private static func keywordPairs(_ text: String) throws(Problem) -> [(String, String)] {
        var pairs: [(String, String)] = []
        var characters = Substring(text)
        func skipSpaces() { characters = characters.drop { $0 == " " || $0 == "\t" } }
        skipSpaces()
        while !characters.isEmpty {
            let key = characters.prefix { $0 != "=" && $0 != " " && $0 != "\t" }
            characters = characters.dropFirst(key.count)
            skipSpaces()
            guard characters.first == "=" else {
                throw Problem(description: "\"\(key)\" has no value (expected key=value pairs separated by spaces)")
            }
            characters = characters.dropFirst()
            skipSpaces()
            var value = ""
            if characters.first == "'" {
                characters = characters.dropFirst()
                var closed = false
                while let ch = characters.first {
                    characters = characters.dropFirst()
                    if ch == "\\", let next = characters.first {
                        value.append(next)
                        characters = characters.dropFirst()
                    } else if ch == "'" {
                        closed = true
                        break
                    } else {
                        value.append(ch)
                    }
                }
                guard closed else { throw Problem(description: "the value of \"\(key)\" has no closing quote") }
            } else {
                while let ch = characters.first, ch != " ", ch != "\t" {
                    characters = characters.dropFirst()
                    if ch == "\\", let next = characters.first {
                        value.append(next)
                        characters = characters.dropFirst()
                    } else {
                        value.append(ch)
                    }
                }
            }
            pairs.append((String(key), value))
            skipSpaces()
        }
        return pairs
    }

    private static func decode<S: StringProtocol>(_ text: S) -> String {
        String(text).removingPercentEncoding ?? String(text)
    }
}
