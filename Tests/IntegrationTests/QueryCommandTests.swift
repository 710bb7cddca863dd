import ArticleParsing
import Foundation
import TestSupport
import Testing

/// `presswatch query` and `presswatch show` run as a user would, on state folders written by the
/// real store: formats, exit statuses, messages.
@Suite("query and show commands")
struct QueryCommandTests {
    static let titles = [
        "Routes, ponts et \"grands\" travaux",
        "Deux\nlignes, et une virgule",
        "Plain title",
        "Économie : le Rwanda signe un accord de coopération numérique avec le Japon pour dix ans",
    ]

    func withState(_ body: (String) throws -> Void) throws {
        let articles = Self.titles.enumerated().map { n, title in
            QueryHarness.article(n + 1, title: title, language: n == 2 ? "en" : "fr",
                                 published: "2026-02-1\(n)", places: n == 3 ? [Place(code: "RW", name: "Rwanda", mentions: 1)] : [])
        }
        let state = try QueryHarness.state(articles)
        defer { try? FileManager.default.removeItem(atPath: state) }
        try body(state)
    }

    @Test func exitStatusesAndJSONLines() throws {
        try withState { state in
            let all = try QueryHarness.run(["query", "--state", state])
            #expect(all.status == 0, "\(all.stderr)")
            let lines = all.stdout.split(separator: "\n")
            #expect(lines.count == 4)
            let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
            #expect(first["title"] as? String == Self.titles[3])  // newest first
            let french = try QueryHarness.run(["query", "--state", state, "--language", "fr", "--place", "rw"])
            #expect(french.status == 0 && french.stdout.split(separator: "\n").count == 1)
            let none = try QueryHarness.run(["query", "--state", state, "--language", "de"])
            #expect(none.status == 1 && none.stdout.isEmpty)
            let text = try QueryHarness.run(["query", "--state", state, "--text", "cote d'ivoire", "--count"])
            #expect(text.status == 0 && text.stdout == "4\n")
            let zero = try QueryHarness.run(["query", "--state", state, "--count", "--text", "kigali"])
            #expect(zero.status == 1 && zero.stdout == "0\n")
        }
    }

    /// Each filter, sort and limit as given on the command line: "status:ids" (last digit of
    /// each id, in printed order). Articles 1…4 are published on 2026-02-10…13, 3 is English,
    /// 4 is about Rwanda, all by Aïcha Diallo from Agence Ecofin on OSIRIS.
    @Test func everyFilterSortAndLimitOnTheCommandLine() throws {
        try withState { state in
            func run(_ arguments: [String]) throws -> String {
                let result = try QueryHarness.run(["query", "--state", state] + arguments)
                let ids = try result.stdout.split(separator: "\n").map { line in
                    let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                    return String((object["id"] as? String ?? "?").suffix(1))
                }
                return "\(result.status):" + ids.joined(separator: ",")
            }
            let cases: [([String], String)] = [
                ([], "0:4,3,2,1"), (["--since", "2026-02-12"], "0:4,3"), (["--until", "2026-02-11"], "0:2,1"),
                (["--since", "2026-02-11", "--until", "2026-02-12"], "0:3,2"), (["--since", "2026-03-01"], "1:"),
                (["--language", "en"], "0:3"), (["--language", "fr,en"], "0:4,3,2,1"), (["--language", "de"], "1:"),
                (["--source", "ECOFIN"], "0:4,3,2,1"), (["--source", "reuters"], "1:"),
                (["--site", "osiris"], "0:4,3,2,1"), (["--site", "le monde"], "1:"),
                (["--author", "aicha diallo"], "0:4,3,2,1"), (["--author", "dupont"], "1:"),
                (["--place", "rw"], "0:4"), (["--place", "CI,SN"], "1:"),
                (["--text", "routes"], "0:4,3,2,1"), (["--text", "grands travaux"], "0:1"),
                (["--text", "cote d'ivoire", "--text", "PLAIN"], "0:3"), (["--text", "ivoir"], "1:"),
                (["--id", "0000000000000002"], "0:2"), (["--id", "0000000000000003,0000000000000004"], "0:4,3"),
                (["--id", "ffff"], "1:"), (["--limit", "2"], "0:4,3"), (["--reverse"], "0:1,2,3,4"),
                (["--sort", "title"], "0:2,4,3,1"), (["--sort", "title", "--reverse", "--limit", "3"], "0:1,3,4"),
                (["--language", "fr", "--since", "2026-02-11", "--limit", "1"], "0:4"),
            ]
            for (arguments, expected) in cases {
                #expect(try run(arguments) == expected, "\(arguments)")
            }
            // --count: from the manifest without a filter, by reading the entries with one.
            for (arguments, expected, status) in [([], "4", 0), (["--limit", "2"], "2", 0), (["--language", "en"], "1", 0),
                                                  (["--place", "CI"], "0", 1), (["--id", "00000000000000"], "4", 0)] as [([String], String, Int32)] {
                let result = try QueryHarness.run(["query", "--state", state, "--count"] + arguments)
                #expect(result.stdout == expected + "\n" && result.status == status, "\(arguments): \(result.stdout)")
            }
            let emptyJSON = try QueryHarness.run(["query", "--state", state, "--format", "json", "--language", "de"])
            #expect(emptyJSON.stdout == "[]\n" && emptyJSON.status == 1)
        }
    }

    @Test(arguments: [
        (["--since", "someday"], "--since"), (["--until", "2026-13-01"], "--until"), (["--language", "fra"], "--language"),
        (["--place", "R"], "--place"), (["--limit", "0"], "--limit"), (["--sort", "date"], "--sort"),
        (["--format", "xml"], "--format"), (["--id", "zz"], "--id"), (["--new"], "--new"), (["--bogus"], "--bogus"),
        (["--follow", "--count"], "--count"), (["--follow", "--after", "x:1"], "--after"),
    ])
    func badArgumentsExitTwoNamingThem(arguments: [String], name: String) throws {
        try withState { state in
            let result = try QueryHarness.run(["query", "--state", state] + arguments)
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.stderr.contains(name), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func missingStateOrIndexSaysWhatToDo() throws {
        let missing = try QueryHarness.run(["query", "--state", "/nonexistent/presswatch"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("does not exist") && missing.stderr.contains("--state"))
        let empty = NSTemporaryDirectory() + "presswatch-noindex-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        for command in [["query"], ["show", "abcd"], ["query", "--follow"]] {
            let result = try QueryHarness.run(command + ["--state", empty])
            #expect(result.status == 2, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("holds no index") && result.stderr.contains("presswatch run"))
            #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack"))
        }
        // --config resolves the state folder as `run` does.
        let config = empty + "/presswatch.yaml"
        try "state:\n  path: /nonexistent/from-config\n".write(toFile: config, atomically: true, encoding: .utf8)
        let viaConfig = try QueryHarness.run(["query", "--config", config])
        #expect(viaConfig.status == 2 && viaConfig.stderr.contains("/nonexistent/from-config"))
    }

    @Test func jsonAndCSVReadBack() throws {
        try withState { state in
            let json = try QueryHarness.run(["query", "--state", state, "--format", "json", "--sort", "title"])
            let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
            #expect(array.count == 4)
            let csv = try QueryHarness.run(["query", "--state", state, "--format", "csv", "--sort", "published", "--reverse"])
            #expect(csv.status == 0)
            let file = state + "/out.csv"
            try csv.stdout.write(toFile: file, atomically: true, encoding: .utf8)
            let script = "import csv, json, sys\nwith open(sys.argv[1], newline='', encoding='utf-8') as f:\n    print(json.dumps(list(csv.DictReader(f))))"
            let python = try ChildProcess.run("/usr/bin/python3", ["-c", script, file])
            #expect(python.status == 0, "\(python.stderr)")
            let data = Data(python.stdout.utf8)
            let rows = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: String]])
            #expect(rows.map { $0["title"] ?? "" } == Self.titles)
            #expect(rows.allSatisfy { $0["authors"] == "Aïcha Diallo" && $0["source"] == "Agence Ecofin" })
            #expect(rows[3]["places"] == "RW")
        }
    }

    @Test(arguments: [40, 200])
    func tableFitsTheWidth(columns: Int) throws {
        try withState { state in
            let result = try QueryHarness.run(["query", "--state", state, "--format", "table"], environment: ["COLUMNS": "\(columns)"])
            #expect(result.status == 0)
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == 5)
            for line in lines { #expect(line.count <= columns, "\(line)") }
            #expect(lines.first?.hasPrefix("ID") == true)
            let economy = try #require(lines.first { $0.contains("Économie") })
            #expect(economy.hasSuffix("…") == (columns == 40))
            #expect(lines.contains { $0.hasPrefix("000000000000  ") && $0.contains("Deux lignes, et") })
        }
    }

    @Test func showPrintsTheRecordOrText() throws {
        try withState { state in
            let json = try QueryHarness.run(["show", "--state", state, "0000000000000003"])
            #expect(json.status == 0, "\(json.stderr)")
            let record = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            #expect(record["title"] as? String == "Plain title")
            #expect(record["body"] as? [String] == ["Le plan couvre la Côte d’Ivoire.", "Suite du texte."])
            let text = try QueryHarness.run(["show", "--state", state, "--format", "text", "00000000000000"], environment: ["COLUMNS": "30"])
            #expect(text.status == 1 && text.stderr.contains("ambiguous"))
            let prefix = try QueryHarness.run(["show", "--state", state, "--format", "text", "0000000000000004"], environment: ["COLUMNS": "30"])
            #expect(prefix.status == 0)
            #expect(prefix.stdout.hasPrefix("Économie : le Rwanda signe un\naccord"))
            #expect(prefix.stdout.contains("By Aïcha Diallo") && prefix.stdout.contains("Rwanda (RW)"))
            #expect(prefix.stdout.split(separator: "\n").allSatisfy { $0.count <= 30 })
            let unknown = try QueryHarness.run(["show", "--state", state, "ffffffffffffffff"])
            #expect(unknown.status == 1 && unknown.stderr.contains("no article"))
            let malformed = try QueryHarness.run(["show", "--state", state, "hello"])
            #expect(malformed.status == 1 && malformed.stderr.contains("is not an article id"))
        }
    }
}
