import Synchronization

/// How many files the daemon's local ingest has in hand (queued to be read, or being read,
/// parsed and committed), as the ingest loop last said. The sink's search-vector task waits
/// while there is any (stemming takes the cores local ingest needs); the sink's batches wait
/// while there is a burst (`PostgresSink.BurstHold`). Thread-safe; 0 until set.
public final class LocalIngestActivity: Sendable {
    private let inHand = Atomic<Int>(0)

    public init() {}

    public var filesInHand: Int {
        get { inHand.load(ordering: .relaxed) }
        set { inHand.store(max(0, newValue), ordering: .relaxed) }
    }

    /// Whether any file is in hand.
    public var isBusy: Bool { filesInHand > 0 }
}
