import Foundation
import PostgresNIO

/// Why the sink cannot write right now, and what to do about it. Never holds the password:
/// messages are built from the server's message, the connection's display name and file paths.
public struct SinkError: Error, CustomStringConvertible, Sendable {
    enum Kind: Sendable {
        case passwordFileUnreadable(path: String, reason: String)
        case passwordFileEmpty(path: String)
        case schemaTooNew(database: Int, known: Int)
        case certificate(path: String, reason: String)
        case watermarkMoved(instance: String)
        case certificateUntrusted(host: String, ca: String?)
        case certificateWrongHost(host: String)
        case timedOut(what: String, seconds: Int)
        case connectionLost(what: String)
    }

    let kind: Kind

    init(_ kind: Kind) { self.kind = kind }

    public var description: String {
        switch kind {
        case .passwordFileUnreadable(let path, let reason):
            return "cannot read the password file \(path) (sink.postgres.passwordFile): \(reason); "
                + "make it readable by the service user (mode 0600, or use LoadCredential=)"
        case .passwordFileEmpty(let path):
            return "the password file \(path) (sink.postgres.passwordFile) is empty: write the password on its first line"
        case .schemaTooNew(let database, let known):
            return "the database schema is at version \(database), newer than the \(known) this presswatch knows: upgrade presswatch"
        case .certificate(let path, let reason):
            return "cannot use the CA file \(path) (sslrootcert in sink.postgres.url): \(reason)"
        case .watermarkMoved(let instance):
            return "the watermark of instance \"\(instance)\" moved under us: is another presswatch writing as the same "
                + "instance? give each host its own sink.postgres.instance"
        case .certificateUntrusted(let host, let ca):
            return "TLS: the certificate of \(host) is not signed by "
                + (ca.map { "the CA in sslrootcert (\($0))" } ?? "a CA this system trusts (no sslrootcert in sink.postgres.url)")
                + ", or has expired: refused; point sslrootcert at the CA that signed the server's certificate"
        case .certificateWrongHost(let host):
            return "TLS: the server's certificate does not name \(host) (sslmode=verify-full checks the host name): "
                + "refused; connect with the name the certificate was issued for"
        case .timedOut(let what, let seconds):
            return "no answer from PostgreSQL within \(seconds) s while \(what): giving up on this connection "
                + "(an overloaded or unreachable server? a smaller sink.postgres.batchSize makes each transaction shorter)"
        case .connectionLost(let what):
            return "the connection to PostgreSQL was lost while \(what)"
        }
    }

    /// A short, secret-free text for any error the sink meets: the server's own message for a
    /// database error (`password authentication failed for user "presswatch"`), the system's
    /// for a connection error (`connection refused`), else the error's description.
    public static func describe(_ error: any Error) -> String {
        switch error {
        case let error as SinkError:
            return error.description
        case let error as PostgresTransactionError:
            for inner in [error.closureError, error.beginError, error.commitError, error.rollbackError] {
                if let inner { return describe(inner) }
            }
            return "the transaction failed"
        case let error as PSQLError:
            if let message = error.serverInfo?[.message] {
                let state = error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
                return message + state
            }
            if let underlying = error.underlying { return describe(underlying) }
            switch error.code {
            case .serverClosedConnection: return "the server closed the connection"
            case .sslUnsupported: return "the server does not support TLS (sslmode requires it)"
            case .authMechanismRequiresPassword:
                return "the server asks for a password: set sink.postgres.passwordFile (or a ~/.pgpass entry)"
            default: return "database error \(error.code)"
            }
        case let error as NIOConnectionError:
            if let first = error.connectionErrors.first { return describe(first.error) }
            if let dns = error.dnsAAAAError ?? error.dnsAError { return "cannot resolve \(error.host): \(dns)" }
            return "cannot connect to \(error.host):\(error.port)"
        case let error as IOError:
            return String(cString: strerror(error.errnoCode))
        case let error as NIOSSLError:
            return "TLS: \(error)"
        case let error as BoringSSLError:
            return "TLS: \(error)"
        case let error as ChannelError:
            if case .connectTimeout = error { return "connection timed out" }
            return "\(error)"
        default:
            return "\(error)"
        }
    }
}
