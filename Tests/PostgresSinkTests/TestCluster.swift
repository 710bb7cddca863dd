import Foundation
import TestSupport

/// A throw-away PostgreSQL cluster for one test (DESIGN.md, "PostgreSQL for tests"): `initdb`
/// into a fresh folder under /var/tmp, a unix socket in that folder and a free loopback port,
/// run as `nobody` through `runuser` when the tests run as root (PostgreSQL refuses root).
///
/// Local (socket) connections are trusted; TCP connections need the password set with
/// `setPassword` (scram-sha-256), so a test can present a wrong one. Nothing is skipped: when
/// PostgreSQL is missing or cannot start, `start()` throws with the reason and the server log.
/// `destroy()` stops the server (fast shutdown) and removes the folder.
final class TestCluster: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The superuser, and the database the tests use.
    static let user = "presswatch"
    let folder: String
    let port: Int
    private let binaries: String
    private let asRoot = getuid() == 0

    /// The socket folder as a libpq key/value `sink.postgres.url`.
    var socketURL: String { "host=\(folder) port=\(port) dbname=presswatch user=\(Self.user)" }
    /// The loopback TCP address as a libpq URI (password from the password file).
    var tcpURL: String { "postgresql://\(Self.user)@127.0.0.1:\(port)/presswatch?sslmode=disable" }

    /// With TLS (`start(tls: true)`): the test CA that signed the server's certificate (for
    /// `localhost` only), and the server accepts TCP connections over TLS only.
    var caFile: String { folder + "/tls/ca.pem" }
    private var serverOptions = ""

    /// Creates and starts a cluster with a `presswatch` database; with `tls`, a CA and a server
    /// certificate are made with openssl (`TestCertificates`) and the server runs with ssl=on.
    static func start(tls: Bool = false) throws -> TestCluster {
        guard let binaries = installedBinaries() else {
            throw Failure(description: "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run `make deps`, which installs it from apt")
        }
        let folder = try makeFolder()
        let cluster = TestCluster(folder: folder, port: freePort(), binaries: binaries)
        do {
            try cluster.run(binaries + "/initdb", ["-D", folder + "/data", "-U", user, "--auth-local=trust",
                                                   "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"])
            if tls { try cluster.configureTLS() }
            try cluster.startServer()
            try cluster.psql("CREATE DATABASE presswatch", database: "postgres")
        } catch {
            cluster.destroy()
            throw error
        }
        return cluster
    }

    private init(folder: String, port: Int, binaries: String) {
        self.folder = folder
        self.port = port
        self.binaries = binaries
    }

    /// Starts the server (after `stopServer`), waiting until it accepts connections.
    func startServer() throws {
        // A ChildProcess, not system(3): the server pg_ctl leaves running must not inherit the
        // test process's descriptors (another test's pipe kept open by it never reaches its end).
        let pgctl = [binaries + "/pg_ctl", "-D", folder + "/data", "-o",
                     "-k \(folder) -p \(port) -c listen_addresses=127.0.0.1 -c fsync=off\(serverOptions)",
                     "-l", folder + "/pg.log", "-w", "-t", "60", "start"]
        do {
            let child = asRoot ? try ChildProcess("/usr/sbin/runuser", ["-u", "nobody", "--"] + pgctl)
                               : try ChildProcess(pgctl[0], Array(pgctl.dropFirst()))
            let status = try child.wait(timeout: 90, for: "pg_ctl start to see the server accept connections")
            guard status == 0 else { throw Failure(description: "pg_ctl start failed (status \(status))") }
        } catch {
            let log = (try? String(contentsOfFile: folder + "/pg.log", encoding: .utf8)) ?? "(no log)"
            throw Failure(description: "\(error)\nserver log:\n\(log)")
        }
    }

    /// A CA, a server certificate it signs for `localhost`, ssl=on, and TCP over TLS only
    /// (pg_hba `hostssl`): a connection that gets in has used TLS.
    private func configureTLS() throws {
        let tls = folder + "/tls"
        try TestCertificates.makeCA(in: tls, name: "ca")
        try TestCertificates.makeServerCertificate(in: tls, ca: "ca", hostName: "localhost")
        if asRoot {
            guard let nobody = getpwnam("nobody") else { throw Failure(description: "there is no user nobody") }
            for file in ["", "/server.key", "/server.pem", "/ca.pem"] {
                chown(tls + file, nobody.pointee.pw_uid, nobody.pointee.pw_gid)
            }
        }
        try "local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n"
            .write(toFile: folder + "/data/pg_hba.conf", atomically: false, encoding: .utf8)
        if asRoot, let nobody = getpwnam("nobody") { chown(folder + "/data/pg_hba.conf", nobody.pointee.pw_uid, nobody.pointee.pw_gid) }
        serverOptions = " -c ssl=on -c ssl_cert_file=\(tls)/server.pem -c ssl_key_file=\(tls)/server.key"
    }

    /// Stops the server, keeping its data: `fast` ends open sessions cleanly, `immediate` is a
    /// crash (no shutdown checkpoint; the next start recovers from the write-ahead log).
    func stopServer(mode: String = "fast") throws {
        try run(binaries + "/pg_ctl", ["-D", folder + "/data", "-m", mode, "-w", "-t", "60", "stop"])
    }

    // The async forms, for async tests: initdb, pg_ctl and psql block for seconds, and Swift
    // concurrency has only as many cooperative threads as cores (two here). Several tests
    // blocking them at once starved a sink under test beside them for a minute (it stayed
    // "connecting" against a stopped server), so async tests run these on threads of their own.

    /// `start(tls:)` on a thread of its own.
    static func start(tls: Bool = false) async throws -> TestCluster {
        try await offPool { try start(tls: tls) }
    }

    /// `startServer()` on a thread of its own.
    func startServer() async throws {
        try await offPool { try self.startServer() }
    }

    /// `stopServer(mode:)` on a thread of its own.
    func stopServer(mode: String = "fast") async throws {
        try await offPool { try self.stopServer(mode: mode) }
    }

    /// `psql(_:database:)` on a thread of its own.
    @discardableResult
    func psql(_ sql: String, database: String = "presswatch") async throws -> String {
        try await offPool { try self.psql(sql, database: database) }
    }

    /// Gives the `presswatch` role a password (required on TCP) and returns the path of a
    /// password file holding it, readable by its owner only.
    func setPassword(_ password: String) throws -> String {
        try psql("ALTER ROLE \(Self.user) PASSWORD '\(password)'")
        let path = folder + "/password"
        _ = FileManager.default.createFile(atPath: path, contents: Data((password + "\n").utf8),
                                       attributes: [.posixPermissions: 0o600])
        return path
    }

    /// Runs SQL through psql on the socket; returns its unaligned, tuples-only output.
    @discardableResult
    func psql(_ sql: String, database: String = "presswatch") throws -> String {
        try run("/usr/bin/psql", ["-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", folder, "-p", String(port),
                                  "-U", Self.user, "-d", database, "-c", sql], asServerUser: false)
    }

    /// Stops the server if it runs and removes the folder. Safe to call twice.
    func destroy() {
        if FileManager.default.fileExists(atPath: folder + "/data/postmaster.pid") { try? stopServer() }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Runs a program (as `nobody` when we are root and `asServerUser`), throwing with its
    /// output when it fails.
    @discardableResult
    private func run(_ program: String, _ arguments: [String], asServerUser: Bool = true) throws -> String {
        let result = asRoot && asServerUser
            ? try ChildProcess.run("/usr/sbin/runuser", ["-u", "nobody", "--", program] + arguments, timeout: 120)
            : try ChildProcess.run(program, arguments, timeout: 120)
        let text = result.stdout + result.stderr
        guard result.status == 0 else {
            throw Failure(description: "\((program as NSString).lastPathComponent) \(arguments.joined(separator: " ")) "
                          + "exited with status \(result.status): \(text)")
        }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The postmaster's pid (first line of postmaster.pid), or nil when the server is not running.
    var serverPID: pid_t? {
        guard let text = try? String(contentsOfFile: folder + "/data/postmaster.pid", encoding: .utf8) else { return nil }
        return text.split(separator: "\n").first.flatMap { pid_t($0) }
    }

    private static func installedBinaries() -> String? {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
            .compactMap(Int.init).sorted(by: >)
        return versions.map { "\(root)/\($0)/bin" }.first { FileManager.default.isExecutableFile(atPath: $0 + "/initdb") }
    }

    /// /var/tmp/pg.XXXXXX owned by nobody when we are root (the server cannot enter root's folders).
    private static func makeFolder() throws -> String {
        var template = Array("/var/tmp/presswatch-pg.XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw Failure(description: "cannot create a folder under /var/tmp: \(String(cString: strerror(errno)))")
        }
        let folder = String(cString: made)
        if getuid() == 0 {
            guard let nobody = getpwnam("nobody") else { throw Failure(description: "there is no user nobody to run PostgreSQL as") }
            guard chown(folder, nobody.pointee.pw_uid, nobody.pointee.pw_gid) == 0 else {
                throw Failure(description: "cannot give \(folder) to nobody: \(String(cString: strerror(errno)))")
            }
        }
        return folder
    }

    /// A loopback port nothing is bound to right now, below the kernel's ephemeral range: a port
    /// the kernel chose for port 0 is an ephemeral one, which any outgoing connection of a test
    /// running beside this one may take as its local port while the server is stopped, and the
    /// restart then fails (`could not bind IPv4 address "127.0.0.1": Address already in use`).
    /// Never one this process handed out before: a cluster stopped for a restart leaves its port
    /// free, and a cluster starting beside it must not take it (stop 41's `make test` lost one
    /// test so, port 22235).
    private static func freePort() -> Int {
        let range = (try? String(contentsOfFile: "/proc/sys/net/ipv4/ip_local_port_range", encoding: .utf8)) ?? ""
        let ephemeral = range.split(whereSeparator: \.isWhitespace).first.flatMap { Int($0) } ?? 32_768
        let low = 20_000, high = max(low + 1_000, ephemeral)
        handedOutLock.lock()
        defer { handedOutLock.unlock() }
        var port = Int.random(in: low..<high)
        for _ in 0..<200 {
            port = Int.random(in: low..<high)
            if !handedOut.contains(port), isFree(port) { break }
        }
        handedOut.insert(port)
        return port
    }

    /// The ports `freePort` handed out in this process (under `handedOutLock`).
    nonisolated(unsafe) private static var handedOut: Set<Int> = []
    private static let handedOutLock = NSLock()

    /// Whether a socket can be bound to 127.0.0.1:`port` right now.
    private static func isFree(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}

/// Runs `body` on a new thread, not on one of Swift concurrency's cooperative threads, and
/// returns its result.
func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
    }
}
