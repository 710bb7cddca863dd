import Foundation
import Testing
@testable import PressWatchDaemon

/// The `sink.postgres.*` keys in the configuration table (check-config and the start share it).
struct SinkConfigurationTests {
    func write(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "presswatch-sink-config-\(UUID().uuidString).yaml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aValidSinkSectionIsReadAndOffByDefault() throws {
        #expect(try ConfigurationLoader.load(file: nil, environment: [:]).postgres.isEnabled == false)
        let file = try write("""
            sink:
              postgres:
                url: postgresql://presswatch@db.example.org/news?sslmode=verify-full&sslrootcert=/etc/ca.pem
                passwordFile: pgpass
                instance: newsroom-3
                batchSize: 500
            """)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let config = try ConfigurationLoader.load(file: file, environment: [:])
        #expect(config.postgres.isEnabled)
        #expect(config.postgres.connection?.host == "db.example.org" && config.postgres.connection?.database == "news")
        #expect(config.postgres.passwordFile == URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("pgpass").path)
        #expect(config.postgres.instance == "newsroom-3" && config.postgres.batchSize == 500)
        let fromEnvironment = try ConfigurationLoader.load(file: nil, environment: ["PRESSWATCH_SINK_POSTGRES_URL": "host=/run/postgresql"])
        #expect(fromEnvironment.postgres.connection?.socketPath == "/run/postgresql/.s.PGSQL.5432")
    }

    @Test func badSinkValuesNameTheKeyAndNeverRepeatAPassword() throws {
        let file = try write("""
            sink:
              postgres:
                url: postgresql://presswatch:Hunter2-pw@db/news
                batchSize: lots
                colour: blue
            """)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let problems = ConfigurationLoader.problems(inFile: file)
        #expect(problems.count == 3)
        #expect(problems.contains { $0.key == "sink.postgres.url" && $0.problem.contains("sink.postgres.passwordFile") })
        #expect(problems.contains { $0.key == "sink.postgres.batchSize" && $0.problem.contains("between 1 and 50000") })
        #expect(problems.contains { $0.key == "sink.postgres.colour" && $0.problem.contains("unknown key") })
        #expect(!problems.map(\.description).joined().contains("Hunter2-pw"))
        let unknownOption = try write("sink:\n  postgres:\n    url: host=db sslmod=require\n")
        defer { try? FileManager.default.removeItem(atPath: unknownOption) }
        #expect(ConfigurationLoader.problems(inFile: unknownOption).first?.description.contains(
            "sink.postgres.url: unknown connection option \"sslmod\"") == true)
    }
}
