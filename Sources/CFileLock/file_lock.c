#include "file_lock.h"

#include <sys/file.h>

int presswatch_flock(int fd, int operation) { return flock(fd, operation); }
