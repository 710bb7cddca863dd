import Foundation
import Glibc
import Testing

/// The throw-away cluster itself: it starts, answers SQL, has the text-search configurations
/// the sink uses, stops and restarts with its data, and leaves nothing behind.
@Suite struct TestClusterTests {
    @Test func startsAnswersRestartsAndCleansUp() throws {
        let cluster = try TestCluster.start()
        defer { cluster.destroy() }
        #expect(try cluster.psql("SELECT 1 + 1") == "2")
        let configs = try cluster.psql("SELECT string_agg(cfgname, ',' ORDER BY cfgname) FROM pg_ts_config "
            + "WHERE cfgname IN ('french','english','german','spanish','portuguese','italian','simple')")
        #expect(configs == "english,french,german,italian,portuguese,simple,spanish")
        try cluster.psql("CREATE TABLE kept (n int); INSERT INTO kept VALUES (7)")
        try cluster.stopServer()
        #expect(throws: TestCluster.Failure.self) { try cluster.psql("SELECT 1") }
        try cluster.startServer()
        #expect(try cluster.psql("SELECT n FROM kept") == "7")
        cluster.destroy()
        #expect(!FileManager.default.fileExists(atPath: cluster.folder))
    }

    /// The server runs as long as its test, so it must hold no descriptor of the test process:
    /// started through system(3) it inherited every one not marked close-on-exec (Foundation's
    /// pipes, and the socket Foundation's `Process` watches to learn that a child exited), and a
    /// test running beside it then waited for that pipe's end or that child's exit until the
    /// server stopped, which could be never (the hangs under load).
    @Test func theServerHoldsNoDescriptorOfTheTestProcess() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        let inode = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(fds[1])")
        let cluster = try TestCluster.start()
        defer { cluster.destroy() }
        let server = try #require(cluster.serverPID)
        let held = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(server)/fd").compactMap {
            try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(server)/fd/\($0)")
        }
        #expect(!held.isEmpty, "cannot read /proc/\(server)/fd")
        #expect(!held.contains(inode), "the PostgreSQL server holds the test's \(inode): \(held)")
    }
}
