import Logging
import Testing
@testable import Systemd

struct NotifyMessageTests {
    @Test func linesAreWhatSystemdExpects() {
        #expect(NotifyMessage.ready.line == "READY=1")
        #expect(NotifyMessage.stopping.line == "STOPPING=1")
        #expect(NotifyMessage.watchdog.line == "WATCHDOG=1")
        #expect(NotifyMessage.reloading(monotonicMicroseconds: 42).line == "RELOADING=1\nMONOTONIC_USEC=42")
        #expect(NotifyMessage.extendTimeout(microseconds: 5_000_000).line == "EXTEND_TIMEOUT_USEC=5000000")
        #expect(NotifyMessage.status("a\nb").line == "STATUS=a b")
    }

    @Test func severalMessagesShareOneDatagram() {
        #expect(NotifyMessage.datagram([.ready, .status("ok")]) == "READY=1\nSTATUS=ok")
    }

    @Test func withoutNotifySocketSendingIsANoOp() {
        // NOTIFY_SOCKET is not set under `swift test`: sd_notify returns 0, which is success.
        #expect(SystemdNotifier().send(.ready))
    }

    @Test func monotonicClockMovesForward() {
        let a = SystemdNotifier.monotonicMicroseconds()
        let b = SystemdNotifier.monotonicMicroseconds()
        #expect(a > 0 && b >= a)
    }
}

struct LogFormattingTests {
    @Test func prefixedLinesCarryTheSyslogPriority() {
        let line = SystemdLogHandler.formatLine(level: .info, message: "indexed x", fields: ["file": "a b.txt", "ms": "3"], prefixed: true)
        #expect(line == "<6>indexed x file=\"a b.txt\" ms=3\n")
        #expect(SystemdLogHandler.formatLine(level: .error, message: "m", fields: [:], prefixed: true) == "<3>m\n")
        #expect(SystemdLogHandler.formatLine(level: .warning, message: "two\nlines", fields: [:], prefixed: false) == "warning two lines\n")
    }

    @Test func journalFieldNamesAreUpperCaseWithUnderscores() {
        #expect(SystemdLogHandler.journalFieldName("article.id") == "ARTICLE_ID")
        #expect(SystemdLogHandler.journalFieldName("_private") == "PRIVATE")
        #expect(SystemdLogHandler.journalFieldName("...") == "FIELD")
    }
}
