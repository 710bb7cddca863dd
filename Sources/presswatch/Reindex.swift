import ArgumentParser
import PressWatchDaemon
import Systemd

struct Reindex: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild index.json from the archived originals (refused while the daemon runs: stop it first).",
        discussion: """
            The current index.json is kept aside as index.json.before-reindex-<time>; every file \
            in archive/ is parsed again and each story ends at its newest version. Leftover \
            temporary files of an interrupted write are removed. Prints one summary line.
            """)

    @Option(name: .long, help: "YAML configuration file (default: $PRESSWATCH_CONFIG, else none).")
    var config: String?
    @Option(name: .long, help: "State folder: index.json, articles/, archive/, rejected/.")
    var state: String?

    func run() throws {
        var options: [String: String] = [:]
        options["state.path"] = state
        do {
            print(TerminalText.escapedLines(try Daemon.reindex(configFile: config, options: options)))
        } catch let errors as ConfigurationErrors {
            throw ValidationError(TerminalText.escapedLines("invalid configuration:\n\(errors)"))
        } catch {
            throw TerminalSafeError(error)
        }
    }
}
