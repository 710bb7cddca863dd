import Foundation
@testable import PostgresSink
import Testing

/// `sslmode=verify-full` with `sslrootcert` against a server whose certificate a test CA signed
/// (the server takes TCP over TLS only): it connects; a certificate from another CA, or one
/// that does not name the host connected to, is refused with an error that says so.
@Suite struct SinkTLSTests {
    @Test func verifyFullWithTheRightCAConnectsAndAWrongCAOrHostIsRefused() async throws {
        let cluster = try await TestCluster.start(tls: true)
        defer { cluster.destroy() }
        let passwordFile = try cluster.setPassword("tls-Secret-5521")
        let index = try TestIndex()
        defer { index.remove() }
        try index.add(0..<5)
        func sink(host: String, mode: String = "verify-full", ca: String) throws -> PostgresSink {
            let url = "postgresql://\(TestCluster.user)@\(host):\(cluster.port)/presswatch?sslmode=\(mode)&sslrootcert=\(ca)"
            return PostgresSink(settings: try sinkSettings(url, passwordFile: passwordFile), statePath: index.path,
                                logger: LogRecorder().logger)
        }
        func refusal(_ sink: PostgresSink) async -> String {
            do {
                _ = try await sink.syncOnce()
                return "accepted"
            } catch {
                return SinkError.describe(error)
            }
        }
        _ = try await sink(host: "localhost", ca: cluster.caFile).syncOnce()
        #expect(try await cluster.psql("SELECT count(*) FROM presswatch.articles") == "5")

        try TestCertificates.makeCA(in: cluster.folder + "/other", name: "other")
        let wrongCA = await refusal(try sink(host: "localhost", ca: cluster.folder + "/other/other.pem"))
        #expect(wrongCA.contains("not signed by the CA in sslrootcert"), "\(wrongCA)")

        let wrongHost = await refusal(try sink(host: "127.0.0.1", ca: cluster.caFile))
        #expect(wrongHost.contains("does not name 127.0.0.1"), "\(wrongHost)")
        // verify-ca checks the CA only: the same address is accepted.
        _ = try await sink(host: "127.0.0.1", mode: "verify-ca", ca: cluster.caFile).syncOnce()

        let missing = await refusal(try sink(host: "localhost", ca: cluster.folder + "/nowhere.pem"))
        #expect(missing.contains("cannot use the CA file \(cluster.folder)/nowhere.pem (sslrootcert in sink.postgres.url)"), "\(missing)")
        // Without TLS the server turns the connection away (pg_hba hostssl only).
        let plain = await refusal(PostgresSink(settings: try sinkSettings(cluster.tcpURL, passwordFile: passwordFile),
                                               statePath: index.path, logger: LogRecorder().logger))
        #expect(plain.contains("no pg_hba.conf entry"), "\(plain)")
    }
}
