#ifndef PRESSWATCH_FILE_LOCK_H
#define PRESSWATCH_FILE_LOCK_H

/// flock(2) under a name Swift can call: in Swift, `flock` names fcntl's `struct flock`.
/// Same arguments, result and errno as flock(2).
int presswatch_flock(int fd, int operation);

/// syncfs(2) (a GNU extension Glibc's Swift module does not expose). Same result and errno.
int presswatch_syncfs(int fd);

#endif
