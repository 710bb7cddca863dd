/// What the inbox watcher reports. inotify is only a hint: the daemon rescans on `.overflow`.
public enum InboxEvent: Sendable, Equatable {
    /// A file named `name` was closed after writing, or renamed into the inbox: it is complete.
    case fileReady(name: String)
    /// The kernel queue overflowed (`IN_Q_OVERFLOW`): events were lost, rescan the directory.
    case overflow
    /// The inbox directory itself was deleted or moved away: the watch is gone.
    case inboxGone
}
