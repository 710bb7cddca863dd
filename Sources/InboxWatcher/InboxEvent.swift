/// What the inbox watcher reports. inotify is only a hint: the daemon rescans on `.overflow`.
public enum InboxEvent: Sendable, Equatable {
    /// A file named `name` was renamed (or hard-linked by rename) into the inbox: it is complete.
    /// Never sent for ignored names, names that are not valid UTF-8, or directories.
    case fileReady(name: String)
    /// A file named `name` was closed after writing (`IN_CLOSE_WRITE`). It is complete only if
    /// nobody opens it again to append: the daemon waits `inbox.settleSeconds` after the last
    /// close before reading it (issue 11). Same filtering as `.fileReady`.
    case fileClosed(name: String)
    /// The kernel queue overflowed (`IN_Q_OVERFLOW`): events were lost, rescan the directory.
    case overflow
    /// The inbox directory itself was deleted, moved away or unmounted. The watcher goes on and
    /// sends `.inboxRestored` as soon as a directory exists at the inbox path again.
    case inboxGone
    /// A directory is at the inbox path again (re-created or moved back) and is watched: rescan
    /// it, since files may have arrived before the watch did.
    case inboxRestored
}
