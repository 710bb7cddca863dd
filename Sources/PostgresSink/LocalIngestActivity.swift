import Synchronization

/// Whether the daemon's local ingest has work in hand (files queued or being parsed), as the
/// ingest loop last said: the sink's search-vector task waits while it has (stemming takes the
/// cores local ingest needs; the rows are still copied). Thread-safe; false until set.
public final class LocalIngestActivity: Sendable {
    private let busy = Atomic<Bool>(false)

    public init() {}

    public var isBusy: Bool {
        get { busy.load(ordering: .relaxed) }
        set { busy.store(newValue, ordering: .relaxed) }
    }
}
