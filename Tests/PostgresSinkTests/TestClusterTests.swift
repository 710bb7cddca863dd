import Foundation
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
}
