import ArgumentParser
import Foundation
import IndexQuery
import PressWatchDaemon
import Systemd

@main
struct PressWatch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "presswatch",
        abstract: "Watches an inbox folder for news articles and keeps a JSON index of them.",
        discussion: """
            presswatch run is the daemon: it watches an inbox folder, parses each article file \
            dropped there (plain text, Markdown or HTML) into a record, adds it to a JSON index \
            in the state folder and moves the original into the archive. Installed as a service \
            it runs as user presswatch from presswatch.service, with its configuration in \
            /etc/presswatch/presswatch.yaml and its state in /var/lib/presswatch. parse prints \
            what the parser reads in files, check-config validates a configuration, reindex \
            rebuilds the index from the archive, query lists and follows indexed articles, and \
            show prints one article.
            """,
        version: presswatchVersion,
        subcommands: [Run.self, Parse.self, CheckConfig.self, Reindex.self, Query.self, Show.self],
        defaultSubcommand: nil)

    /// ArgumentParser's own `main`, except for the reading commands (`query`, `show`): a bad
    /// argument exits with status 2 (not 64), and a `ReadingFailure` prints its message and
    /// exits with its status.
    static func main() async {
        AllocatorTuning.apply()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as ReadingFailure {
            printError("presswatch: " + failure.message)
            Foundation.exit(failure.status)
        } catch {
            let reading = ["query", "show"].contains(CommandLine.arguments.dropFirst().first ?? "")
            if reading, exitCode(for: error) == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the daemon: watch the inbox, index each article, archive the original.",
        discussion: """
            Settings come from, highest first: these options, PRESSWATCH_* environment variables \
            (PRESSWATCH_INBOX_PATH, PRESSWATCH_STATE_PATH, ...), the configuration file, built-in \
            defaults (inbox ./inbox, state ./var). SIGTERM/SIGINT stop it cleanly; SIGHUP reloads \
            the configuration.
            """)

    @Option(name: .long, help: "YAML configuration file (default: $PRESSWATCH_CONFIG, else none).")
    var config: String?
    @Option(name: .long, help: "Inbox folder to watch.")
    var inbox: String?
    @Option(name: .long, help: "State folder: index.json, articles/, archive/, rejected/.")
    var state: String?
    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String?

    func run() async throws {
        var options: [String: String] = [:]
        options["inbox.path"] = inbox
        options["state.path"] = state
        options["log.level"] = logLevel
        do {
            try await Daemon.run(configFile: config, options: options)
        } catch let errors as ConfigurationErrors {
            throw ValidationError(TerminalText.escapedLines("invalid configuration:\n\(errors)"))
        } catch {
            throw TerminalSafeError(error)
        }
    }
}

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse article files and print one JSON object per file (JSON Lines).",
        discussion: "Exit status is non-zero only when a file (or the --files-from list) cannot be read; a file that is not an article gives an \"error\" field.")

    @Argument(help: "Article files (text, Markdown or HTML).")
    var files: [String] = []
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Also parse the files listed in this file, one path per line ('-': standard input), after the arguments.",
            discussion: "For many files: arguments cost time quadratic in their number (swift-argument-parser). A path that contains a newline must be given as an argument.",
            valueName: "list"))
    var filesFrom: String?

    func validate() throws {
        if files.isEmpty, filesFrom == nil { throw ValidationError("Missing expected argument '<files> ...' (or --files-from)") }
    }

    /// The arguments, then every non-empty line of the `--files-from` list (a trailing "\r" is
    /// part of the name). When the list cannot be read: says so and exits with status 1.
    func paths() throws -> [String] {
        guard let list = filesFrom else { return files }
        let data: Data?
        if list == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = FileManager.default.contents(atPath: list)
        }
        guard let data else {
            printError("presswatch: cannot read the file list " + TerminalText.escaped(list))
            throw ExitCode(1)
        }
        // `split(separator:)` on the bytes, read in place (on `Data` it cost some 170
        // instructions a byte, as much as parsing four articles per 2,000 names).
        let names = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var names: [String] = []
            var start = 0
            for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
                if index > start { names.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
            if start < bytes.count { names.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return names
        }
        return files + names
    }

    /// Lines go out through `TerminalOutput` (buffered; each line at once on a terminal) as
    /// bytes: a line is made a `String` only when it holds a hostile scalar to escape. When the
    /// reader goes away (`| head`), the remaining files are not parsed.
    func run() throws {
        var unreadable = 0
        let output = TerminalOutput()
        let eachLine = output.isTerminal
        for file in try paths() {
            var (json, readable) = ParseReport.lineUTF8(forFile: file)
            if json.withUnsafeBufferPointer(TerminalText.containsHostile(utf8:)) {
                output.write(TerminalText.jsonEscapingHostile(String(decoding: json, as: UTF8.self)))
                output.write("\n")
            } else {
                json.append(0x0A)
                json.withUnsafeBytes { output.write(bytes: $0) }
            }
            if eachLine { output.flush() }
            if !readable { unreadable += 1 }
            if output.closed { break }
        }
        output.flush()
        if unreadable > 0 { throw ExitCode(1) }
    }
}

struct CheckConfig: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Validate a configuration file; names each bad key and why.")

    @Argument(help: "The YAML configuration file to check.")
    var file: String

    func run() throws {
        let problems = ConfigurationLoader.problems(inFile: file)
        guard problems.isEmpty else {
            for problem in problems { printError(TerminalText.escapedLines(problem.description)) }
            throw ExitCode(1)
        }
        print(TerminalText.escaped("\(file): ok"))
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// An error as the command line prints it ("Error: …"): its text through `TerminalText`, so a
/// hostile name inside it cannot act on the operator's terminal.
struct TerminalSafeError: Error, CustomStringConvertible {
    let description: String

    init(_ error: any Error) {
        description = TerminalText.escapedLines("\(error)")
    }
}
