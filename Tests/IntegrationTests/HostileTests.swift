import Foundation
import Glibc
import Testing

/// Issue 11: hostile writers and hostile bytes, against the real binary.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct HostileTests {
    /// ESC, BEL, an OSC title sequence, DEL, a C1 CSI, a bidi override and a zero-width space.
    static let nasty = "\u{1B}[2J\u{1B}]0;owned\u{07}\u{7F}\u{9B}31m\u{202E}\u{200B}"

    /// A scalar a terminal would act on, or that hides or reorders text (line breaks excepted).
    static func hostileScalars(_ text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            if scalar == "\n" { return false }
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return true }
            switch scalar.properties.generalCategory {
            case .format, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }.map { String(format: "U+%04X", $0.value) }
    }

    @Test func hostileNamesAndTitlesNeverReachTheLogOrStatusRaw() throws {
        let daemon = try DaemonHarness()
        defer { daemon.cleanUp() }
        try daemon.start()
        #expect(daemon.notify.wait { $0 == "READY=1" })
        let title = "Headline \(Self.nasty) with tricks"
        let text = "\(title)\n\nA first paragraph about the economy of a country, long enough.\n\nA second one.\n"
        try daemon.drop("evil\(Self.nasty)name.txt", bytes: Array(text.utf8))
        try daemon.drop("bad\(Self.nasty).txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0])
        #expect(daemon.eventually { daemon.articles.count == 1 }, "log:\n\(daemon.log)")
        #expect(daemon.eventually { daemon.files(in: daemon.inbox).isEmpty }, "log:\n\(daemon.log)")
        #expect(daemon.notify.wait { $0.hasPrefix("STATUS=") && $0.contains("1 indexed") && $0.contains("1 rejected") })
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)

        #expect(Self.hostileScalars(daemon.log).isEmpty, "raw controls in the log:\n\(daemon.log)")
        #expect(daemon.log.contains("\\x1b]0;owned\\x07"), "escaped form missing; log:\n\(daemon.log)")
        let statuses = daemon.notify.messages.filter { $0.hasPrefix("STATUS=") }
        #expect(statuses.allSatisfy { Self.hostileScalars($0).isEmpty }, "\(statuses)")
        #expect(statuses.contains { $0.contains("\\u202e") }, "\(statuses)")
        let stored = try #require(daemon.articles.first?["title"] as? String)
        #expect(!stored.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "\(stored.debugDescription)")
        let reports = daemon.files(in: daemon.state + "/rejected").filter { $0.hasSuffix(".error.json") }
        let report = try String(contentsOfFile: daemon.state + "/rejected/" + (try #require(reports.first)), encoding: .utf8)
        #expect(Self.hostileScalars(report).isEmpty, "\(report)")
        let decoded = try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any]
        #expect(decoded?["file"] as? String == "bad\(Self.nasty).txt", "the report still names the file exactly")
    }

    @Test func aLockFileThatIsASymbolicLinkIsRefusedAndItsTargetUntouched() throws {
        let daemon = try DaemonHarness()
        defer { daemon.cleanUp() }
        let victim = daemon.root + "/precious.txt"
        try "precious content that must survive\n".write(toFile: victim, atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: daemon.state, withIntermediateDirectories: true)
        #expect(symlink(victim, daemon.state + "/presswatch.lock") == 0)
        try daemon.start()
        let status = daemon.waitForExit()
        #expect(status != nil && status != 0, "log:\n\(daemon.log)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious content that must survive\n")
        #expect(daemon.log.contains("presswatch.lock is a symbolic link"), "log:\n\(daemon.log)")
        #expect(daemon.log.contains("rm \(daemon.state)/presswatch.lock"), "log:\n\(daemon.log)")
    }

    @Test(arguments: ["", "archive", "rejected"])
    func aStateFolderThatIsASymbolicLinkIsRefused(_ name: String) throws {
        let daemon = try DaemonHarness()
        defer { daemon.cleanUp() }
        let elsewhere = daemon.root + "/elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        if name.isEmpty {
            #expect(symlink(elsewhere, daemon.state) == 0)
        } else {
            try FileManager.default.createDirectory(atPath: daemon.state, withIntermediateDirectories: true)
            #expect(symlink(elsewhere, daemon.state + "/" + name) == 0)
        }
        try daemon.dropSeed()
        try daemon.start()
        let status = daemon.waitForExit()
        #expect(status != nil && status != 0, "log:\n\(daemon.log)")
        #expect(daemon.log.contains("is a symbolic link"), "log:\n\(daemon.log)")
        #expect(daemon.log.contains("set state.path to the real folder"), "log:\n\(daemon.log)")
        #expect(daemon.files(in: daemon.inbox) == ["seed.txt"], "nothing taken from the inbox")
        #expect(daemon.files(in: elsewhere).isEmpty)
    }

    @Test func aRefusedReloadShowsInStatusUntilAReloadSucceeds() throws {
        let daemon = try DaemonHarness()
        defer { daemon.cleanUp() }
        let config = daemon.root + "/presswatch.yaml"
        try "inbox:\n  settleSeconds: 0.2\n".write(toFile: config, atomically: true, encoding: .utf8)
        try daemon.start(extraArguments: ["--config", config])
        #expect(daemon.notify.wait { $0 == "READY=1" })
        try "ingest:\n  maxFileSize: lots\n".write(toFile: config, atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        #expect(daemon.notify.wait { $0.hasPrefix("STATUS=reload failed: ") && $0.contains("maxFileSize")
                && $0.contains("running with the previous configuration") }, "\(daemon.notify.messages)")
        // Still there on later updates (an article indexed meanwhile).
        try daemon.dropSeed()
        #expect(daemon.notify.wait { $0.hasPrefix("STATUS=reload failed: ") && $0.contains("1 indexed") }, "\(daemon.notify.messages)")
        try "inbox:\n  settleSeconds: 0.2\n".write(toFile: config, atomically: true, encoding: .utf8)
        let before = daemon.notify.messages.count
        daemon.signal(SIGHUP)
        #expect(daemon.notify.wait { _ in
            daemon.notify.messages.dropFirst(before).contains { $0.hasPrefix("STATUS=Watching") && $0.contains("1 indexed") }
        }, "\(daemon.notify.messages)")
        #expect(daemon.log.contains("reload failed: "), "log:\n\(daemon.log)")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    @Test func aDeletedInboxComesBackAsSoonAsItIsRecreated() throws {
        let daemon = try DaemonHarness()
        defer { daemon.cleanUp() }
        let config = daemon.root + "/presswatch.yaml"
        // A rescan only once an hour: what brings the inbox back must be the watch on its parent.
        try "inbox:\n  settleSeconds: 0.2\n  rescanSeconds: 3600\n".write(toFile: config, atomically: true, encoding: .utf8)
        try daemon.start(extraArguments: ["--config", config])
        #expect(daemon.notify.wait { $0 == "READY=1" })
        try FileManager.default.removeItem(atPath: daemon.inbox)
        #expect(daemon.notify.wait { $0.contains("is gone: re-create it") }, "\(daemon.notify.messages)")
        try FileManager.default.createDirectory(atPath: daemon.inbox, withIntermediateDirectories: false)
        try daemon.dropSeed()
        #expect(daemon.eventually(timeout: 20) { daemon.articles.count == 1 }, "log:\n\(daemon.log)")
        #expect(daemon.log.contains("exists again"), "log:\n\(daemon.log)")
        #expect(!daemon.log.contains("restart presswatch"), "no restart advice; log:\n\(daemon.log)")
        #expect(daemon.notify.wait { $0.hasPrefix("STATUS=Watching") && $0.contains("1 indexed") }, "\(daemon.notify.messages)")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }
}
