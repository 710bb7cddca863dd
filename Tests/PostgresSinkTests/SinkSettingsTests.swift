import Foundation
@testable import PostgresSink
import Testing

/// `sink.postgres.url` and friends, and the status text (no database needed).
@Suite struct SinkSettingsTests {
    @Test func readsURIsAndKeyValueStrings() throws {
        let uri = try ConnectionString("postgresql://pw@db.example.org:6543/news?sslmode=verify-full&sslrootcert=/etc/ca.pem",
                                       defaultUser: "me")
        #expect(uri.host == "db.example.org" && uri.port == 6543 && uri.database == "news" && uri.user == "pw")
        #expect(uri.tlsMode == .verifyFull && uri.rootCertificate == "/etc/ca.pem" && uri.socketFolder == nil)
        let socket = try ConnectionString("postgresql://%2Fvar%2Frun%2Fpostgresql/presswatch", defaultUser: "me")
        #expect(socket.socketPath == "/var/run/postgresql/.s.PGSQL.5432" && socket.user == "me")
        let keys = try ConnectionString("host=/tmp/pg port=5433 dbname='my db' user=presswatch sslmode=disable", defaultUser: "me")
        #expect(keys.socketPath == "/tmp/pg/.s.PGSQL.5433" && keys.database == "my db" && keys.tlsMode == .disable)
        #expect(try ConnectionString("dbname=presswatch", defaultUser: "me").socketFolder == "/run/postgresql")
        #expect(try ConnectionString("postgresql://[::1]:5432/x", defaultUser: "me").host == "::1")
    }

    @Test func refusesPasswordsUnknownOptionsAndBadValuesWithoutEchoingSecrets() {
        for text in ["postgresql://u:Hunter2-secret@h/db", "host=h password=Hunter2-secret"] {
            let message = problem { _ = try ConnectionString(text, defaultUser: "me") }
            #expect(message?.contains("passwordFile") == true && message?.contains("Hunter2-secret") == false, "\(text)")
        }
        let bad: [(String, String)] = [
            ("host=h sslmode=maybe", "sslmode \"maybe\""), ("host=h colour=blue", "unknown connection option \"colour\""),
            ("postgresql://h:99999/db", "port \"99999\""), ("mysql://h/db", "postgresql://"), ("host", "has no value"),
            ("host=/run/postgresql sslmode=verify-full", "needs a TCP host"), ("", "empty"),
        ]
        for (text, expected) in bad {
            let message = problem { _ = try ConnectionString(text, defaultUser: "me") }
            #expect(message?.contains(expected) == true, "\(text): \(message ?? "accepted")")
        }
    }

    /// The error's text when `body` throws, nil when it does not.
    func problem(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func settingsValidateInstanceAndBatchSize() throws {
        var settings = PostgresSinkSettings()
        #expect(!settings.isEnabled && settings.instance == PostgresSinkSettings.hostName)
        try settings.setURL("host=/tmp dbname=x")
        #expect(settings.isEnabled)
        #expect(problem { try settings.setBatchSize("0") }?.contains("between 1 and 50000") == true)
        #expect(problem { try settings.setInstance("  ") } != nil)
        try settings.setBatchSize("5000")
        #expect(settings.batchSize == 5000)
    }

    @Test func statusTextShowsBacklogRetryAndReason() {
        let now = Date(timeIntervalSince1970: 1000)
        var snapshot = SinkStatus.Snapshot()
        snapshot.behind = 1234
        snapshot.phase = .retrying(at: now.addingTimeInterval(7.2), reason: "connection refused")
        #expect(SinkStatus.render(snapshot, now: now) == "sink: 1,234 behind, retrying in 8 s: connection refused")
        snapshot.phase = .connected
        snapshot.behind = 0
        #expect(SinkStatus.render(snapshot, now: now) == "sink: up to date")
        #expect(SinkStatus.grouped(1_234_567) == "1,234,567" && SinkStatus.grouped(12) == "12")
    }

    @Test func publishedDatesBecomeTypedValuesOrNil() {
        let day = PublishedDate.parse("2026-02-16")
        #expect(day.day == "2026-02-16" && day.instant == nil)
        let instant = PublishedDate.parse("2026-02-16T09:30:00+01:00")
        #expect(instant.day == "2026-02-16" && instant.instant == "2026-02-16T08:30:00Z")
        for bad in ["2026-02-30", "février", "2026-2-16"] {
            let parsed = PublishedDate.parse(bad)
            #expect(parsed.day == nil && parsed.instant == nil, "\(bad)")
        }
        #expect(PublishedDate.parse(nil).day == nil)
    }

    @Test func passwordComesFromTheFileOrPgpassAndErrorsNameTheFileNotTheSecret() throws {
        let folder = NSTemporaryDirectory() + "presswatch-pw-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var settings = PostgresSinkSettings()
        try settings.setURL("postgresql://pw@db.example.org:6543/news")
        settings.passwordFile = folder + "/missing"
        let connection = try #require(settings.connection)
        do {
            _ = try SinkConnector(settings: settings, connection: connection, environment: [:]).readPassword()
            Issue.record("a missing password file was accepted")
        } catch {
            #expect("\(error)".contains("cannot read the password file \(folder)/missing (sink.postgres.passwordFile): No such file"))
        }
        settings.passwordFile = folder + "/pw"
        _ = FileManager.default.createFile(atPath: folder + "/pw", contents: Data("s3cret line\nignored\n".utf8))
        #expect(try SinkConnector(settings: settings, connection: connection, environment: [:]).readPassword() == "s3cret line")
        settings.passwordFile = nil
        let pgpass = folder + "/pgpass"
        _ = FileManager.default.createFile(atPath: pgpass, contents: Data("other:*:*:*:no\ndb.example.org:6543:*:pw:fr\\:om-pgpass\n".utf8),
                                       attributes: [.posixPermissions: 0o600])
        #expect(try SinkConnector(settings: settings, connection: connection, environment: ["PGPASSFILE": pgpass]).readPassword() == "fr:om-pgpass")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: pgpass)  // libpq ignores it then
        #expect(try SinkConnector(settings: settings, connection: connection, environment: ["PGPASSFILE": pgpass]).readPassword() == nil)
    }
}
