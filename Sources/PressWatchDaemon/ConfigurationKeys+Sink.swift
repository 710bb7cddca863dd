import Foundation
import PostgresSink

/// The `sink.postgres.*` keys (issue 13): each value is validated by `PostgresSinkSettings`,
/// whose message names what is wrong; the loader adds the key and where the value came from.
extension ConfigurationKey {
    static let sinkKeys: [ConfigurationKey] = [
        .init(name: "sink.postgres.url",
              help: "a libpq URI or key/value string without a password, e.g. postgresql://presswatch@db.example.org/presswatch?sslmode=verify-full&sslrootcert=/etc/presswatch/db-ca.pem or host=/run/postgresql dbname=presswatch") { config, value, _ throws(KeyProblem) in
            let text = try sinkText(value)
            do throws(PostgresSinkSettings.Problem) { try config.postgres.setURL(text) } catch { throw KeyProblem(message: error.description) }
        },
        .init(name: "sink.postgres.passwordFile", help: "the path of a file holding the password on its first line") { config, value, base throws(KeyProblem) in
            let raw = try sinkText(value)
            guard !raw.isEmpty else { throw KeyProblem(message: "expected a file path, got an empty value") }
            config.postgres.passwordFile = raw.hasPrefix("/") || base.isEmpty
                ? raw : URL(fileURLWithPath: raw, relativeTo: URL(fileURLWithPath: base, isDirectory: true)).standardizedFileURL.path
        },
        .init(name: "sink.postgres.instance", help: "this host's name in the database (1 to 200 characters; the host name by default)") { config, value, _ throws(KeyProblem) in
            let text = try sinkText(value)
            do throws(PostgresSinkSettings.Problem) { try config.postgres.setInstance(text) } catch { throw KeyProblem(message: error.description) }
        },
        .init(name: "sink.postgres.batchSize", help: "a whole number between 1 and 50000 (changes per transaction)") { config, value, _ throws(KeyProblem) in
            let text = try sinkText(value)
            do throws(PostgresSinkSettings.Problem) { try config.postgres.setBatchSize(text) } catch { throw KeyProblem(message: error.description) }
        },
    ]

    private static func sinkText(_ value: Value) throws(KeyProblem) -> String {
        guard case .text(let text) = value else { throw KeyProblem(message: "expected a single value, not a list") }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
