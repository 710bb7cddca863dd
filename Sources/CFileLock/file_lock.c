#define _GNU_SOURCE
#include "file_lock.h"

#include <sys/file.h>
#include <unistd.h>

int presswatch_flock(int fd, int operation) { return flock(fd, operation); }

int presswatch_syncfs(int fd) { return syncfs(fd); }
