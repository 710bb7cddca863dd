#ifndef PRESSWATCH_FILE_LOCK_H
#define PRESSWATCH_FILE_LOCK_H

/// flock(2) under a name Swift can call: in Swift, `flock` names fcntl's `struct flock`.
/// Same arguments, result and errno as flock(2).
int presswatch_flock(int fd, int operation);

/// syncfs(2) (a GNU extension Glibc's Swift module does not expose). Same result and errno.
int presswatch_syncfs(int fd);

/// fsync(2) of every descriptor in `fds`, issued concurrently (one thread each, up to 32 at a
/// time; the caller's thread takes one), retried on EINTR. Concurrent fsyncs on one journaling
/// file system (ext4's jbd2, XFS) are folded into one journal commit, so `count` files and
/// directories become durable in about the time of one fsync instead of `count`. Writes 0 or
/// the errno of each fsync to `errors[i]`; a thread that cannot be created runs its fsync on
/// the caller's thread instead. Never fails as a whole.
void presswatch_fsync_all(const int *fds, int count, int *errors);

/// open(2) of an unnamed regular file in `directory` (O_TMPFILE | O_WRONLY | O_CLOEXEC, `mode`
/// less the umask), retried on EINTR: it has no name until `presswatch_link_unnamed`, and
/// vanishes with its last descriptor (or a crash) if it never gets one. -1 with errno as open(2)
/// (EOPNOTSUPP, EISDIR or EINVAL where the file system or kernel has no unnamed files).
int presswatch_open_unnamed(const char *directory, unsigned mode);

/// Gives the unnamed file open as `fd` the name `path` (linkat of /proc/self/fd/<fd> with
/// AT_SYMLINK_FOLLOW: no capability needed, unlike AT_EMPTY_PATH), retried on EINTR. Never
/// replaces: -1 with EEXIST when `path` exists; ENOENT also when /proc is not mounted.
int presswatch_link_unnamed(int fd, const char *path);

#endif
