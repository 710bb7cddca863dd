import Testing

@testable import InboxWatcher

/// A clock the test moves by hand.
struct FakeInstant: InstantProtocol {
    var offset: Duration
    func advanced(by duration: Duration) -> FakeInstant { FakeInstant(offset: offset + duration) }
    func duration(to other: FakeInstant) -> Duration { other.offset - offset }
    static func < (lhs: FakeInstant, rhs: FakeInstant) -> Bool { lhs.offset < rhs.offset }
}

private let t0 = FakeInstant(offset: .seconds(1000))

private func file(_ name: String = "a.txt", size: Int64 = 10, mtime: Duration = .seconds(5), inode: UInt64 = 1) -> ScannedFile {
    ScannedFile(name: name, size: size, modified: mtime, identity: FileIdentity(device: 1, inode: inode))
}

@Suite("SettleTracker with a fake clock")
struct SettleTrackerTests {
    @Test("first sight waits a quiet period; unchanged after it, the file is ready")
    func settles() {
        var tracker = SettleTracker<FakeInstant>()
        #expect(tracker.observe(file(), at: t0) == .recheck(after: .seconds(1)))
        #expect(tracker.pendingNames == ["a.txt"])
        #expect(tracker.observe(file(), at: t0.advanced(by: .milliseconds(400))) == .recheck(after: .milliseconds(600)))
        #expect(tracker.observe(file(), at: t0.advanced(by: .seconds(1))) == .readyNow)
        #expect(tracker.pendingCount == 0)
        // Forgotten once ready: seeing it again starts over.
        #expect(tracker.observe(file(), at: t0.advanced(by: .seconds(5))) == .recheck(after: .seconds(1)))
    }

    @Test("a change of size, mtime or inode restarts the wait", arguments: [
        file(size: 11), file(mtime: .seconds(6)), file(mtime: .seconds(5) + .nanoseconds(1)), file(inode: 2),
    ])
    func changeRestarts(changed: ScannedFile) {
        var tracker = SettleTracker<FakeInstant>()
        _ = tracker.observe(file(), at: t0)
        #expect(tracker.observe(changed, at: t0.advanced(by: .seconds(2))) == .recheck(after: .seconds(1)))
        #expect(tracker.observe(changed, at: t0.advanced(by: .milliseconds(2500))) == .recheck(after: .milliseconds(500)))
        #expect(tracker.observe(changed, at: t0.advanced(by: .seconds(3))) == .readyNow)
    }

    @Test("files are tracked independently; forget and retain drop them")
    func forgetAndRetain() {
        var tracker = SettleTracker<FakeInstant>(quietPeriod: .seconds(2))
        _ = tracker.observe(file("a"), at: t0)
        _ = tracker.observe(file("b"), at: t0.advanced(by: .seconds(1)))
        _ = tracker.observe(file("c"), at: t0)
        #expect(tracker.observe(file("a"), at: t0.advanced(by: .seconds(2))) == .readyNow)
        #expect(tracker.observe(file("b"), at: t0.advanced(by: .seconds(2))) == .recheck(after: .seconds(1)))
        tracker.forget(name: "b")
        #expect(tracker.pendingNames == ["c"])
        _ = tracker.observe(file("d"), at: t0)
        tracker.retain(only: ["d", "zzz"])
        #expect(tracker.pendingNames == ["d"])
        // "b" starts over after forget.
        #expect(tracker.observe(file("b"), at: t0.advanced(by: .seconds(9))) == .recheck(after: .seconds(2)))
    }

    @Test("a zero quiet period still needs two observations; negative periods clamp to zero")
    func zeroQuietPeriod() {
        var tracker = SettleTracker<FakeInstant>(quietPeriod: .seconds(-3))
        #expect(tracker.policy.quietPeriod == .zero)
        #expect(tracker.observe(file(), at: t0) == .recheck(after: .zero))
        #expect(tracker.observe(file(), at: t0) == .readyNow)
    }

    @Test("works with the real monotonic clock's instants")
    func continuousClock() {
        var tracker = SettleTracker<ContinuousClock.Instant>()
        let start = ContinuousClock.now
        #expect(tracker.observe(file(), at: start) == .recheck(after: .seconds(1)))
        #expect(tracker.observe(file(), at: start.advanced(by: .seconds(1))) == .readyNow)
    }
}
