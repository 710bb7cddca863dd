import Foundation
import Logging
import PostgresNIO

/// Opens connections as `PostgresSinkSettings` describe: the unix socket or TCP, TLS per
/// `sslmode` (`verify-full` checks the server's name and chain against `sslrootcert`), and the
/// password read afresh from `passwordFile` or `~/.pgpass` at every connection (so a rotated
/// secret is picked up without a restart).
///
/// The password only ever goes into PostgresNIO's configuration: it is not logged, not kept,
/// and no error built here contains it.
public struct SinkConnector: Sendable {
    public let settings: PostgresSinkSettings
    public let connection: ConnectionString
    private let environment: [String: String]

    public init(settings: PostgresSinkSettings, connection: ConnectionString,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.settings = settings
        self.connection = connection
        self.environment = environment
    }

    /// Connects and authenticates.
    /// - Throws: `SinkError` (password file, CA file) or PostgresNIO's error (see `SinkError.describe`).
    public func connect(logger: Logger) async throws -> PostgresConnection {
        let password = try readPassword()
        var configuration: PostgresConnection.Configuration
        if let socket = connection.socketPath {
            configuration = .init(unixSocketPath: socket, username: connection.user, password: password,
                                  database: connection.database)
        } else {
            configuration = .init(host: connection.host ?? "localhost", port: connection.port, username: connection.user,
                                  password: password, database: connection.database, tls: try tls())
        }
        configuration.options.connectTimeout = .seconds(Int64(connection.connectTimeoutSeconds))
        configuration.options.additionalStartupParameters = [("application_name", connection.applicationName)]
        do {
            return try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        } catch {
            throw tlsRefusal(error) ?? error
        }
    }

    /// A certificate the TLS handshake refused, as a `SinkError` that says which check failed.
    private func tlsRefusal(_ error: any Error) -> SinkError? {
        var inner: any Error = error
        if let error = error as? PSQLError, let underlying = error.underlying { inner = underlying }
        let host = connection.host ?? "localhost"
        if let error = inner as? NIOSSLExtraError, error == .failedToValidateHostname {
            return SinkError(.certificateWrongHost(host: host))
        }
        if "\(inner)".contains("CERTIFICATE_VERIFY_FAILED") {
            return SinkError(.certificateUntrusted(host: host, ca: connection.rootCertificate))
        }
        return nil
    }

    private func tls() throws -> PostgresConnection.Configuration.TLS {
        var tls = TLSConfiguration.makeClientConfiguration()
        var mode = connection.tlsMode
        if mode == .require && connection.rootCertificate != nil { mode = .verifyCA }  // as libpq does
        switch mode {
        case .disable: return .disable
        case .allow, .prefer, .require: tls.certificateVerification = .none
        case .verifyCA: tls.certificateVerification = .noHostnameVerification
        case .verifyFull: tls.certificateVerification = .fullVerification
        }
        if let path = connection.rootCertificate, mode == .verifyCA || mode == .verifyFull {
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw SinkError(.certificate(path: path, reason: "it does not exist or is not readable"))
            }
            tls.trustRoots = .file(path)
        }
        let context: NIOSSLContext
        do {
            context = try NIOSSLContext(configuration: tls)
        } catch {
            throw SinkError(.certificate(path: connection.rootCertificate ?? "(system roots)", reason: "\(error)"))
        }
        return mode == .allow || mode == .prefer ? .prefer(context) : .require(context)
    }

    /// The password: the first line of `passwordFile`, else a matching `~/.pgpass` (or
    /// `PGPASSFILE`) line, else none (trust or peer authentication).
    func readPassword() throws -> String? {
        if let path = settings.passwordFile {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else {
                throw SinkError(.passwordFileUnreadable(path: path, reason: String(cString: strerror(errno))))
            }
            let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            let data: Data
            do {
                data = try handle.readToEnd() ?? Data()
            } catch {
                throw SinkError(.passwordFileUnreadable(path: path, reason: "cannot read it"))
            }
            let line = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).first
                .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) } ?? ""
            guard !line.isEmpty else { throw SinkError(.passwordFileEmpty(path: path)) }
            return line
        }
        return PassFile.password(for: connection, path: environment["PGPASSFILE"] ?? environment["HOME"].map { $0 + "/.pgpass" })
    }
}

/// libpq's password file: `hostname:port:database:username:password` lines, `*` matching
/// anything, `\` escaping `:` and `\`. Ignored when group or others can read it, as libpq does.
enum PassFile {
    static func password(for connection: ConnectionString, path: String?) -> String? {
        guard let path, let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let mode = attributes[.posixPermissions] as? Int, mode & 0o077 == 0,
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let host = connection.socketFolder != nil ? "localhost" : (connection.host ?? "localhost")
        let wanted = [host, String(connection.port), connection.database, connection.user]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = split(line)
            guard fields.count == 5 else { continue }
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    private static func split(_ line: Substring) -> [String] {
        var fields: [String] = [], current = "", escaped = false
        for ch in line {
            if escaped { current.append(ch); escaped = false } else if ch == "\\" { escaped = true } else if ch == ":" {
                fields.append(current); current = ""
            } else { current.append(ch) }
        }
        fields.append(current)
        return fields
    }
}
