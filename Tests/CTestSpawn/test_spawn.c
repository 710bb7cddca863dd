#define _GNU_SOURCE
#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>
#include "test_spawn.h"

int presswatch_test_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }

int presswatch_test_addclosefrom(posix_spawn_file_actions_t *actions, int from) {
    return posix_spawn_file_actions_addclosefrom_np(actions, from);
}
