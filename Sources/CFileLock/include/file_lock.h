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

#endif
