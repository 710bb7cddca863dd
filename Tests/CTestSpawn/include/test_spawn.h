#ifndef PRESSWATCH_TEST_SPAWN_H
#define PRESSWATCH_TEST_SPAWN_H

#include <spawn.h>

/// pipe2(fds, O_CLOEXEC) (a GNU extension Glibc's Swift module does not expose). Same result
/// and errno.
int presswatch_test_pipe_cloexec(int fds[2]);

/// posix_spawn_file_actions_addclosefrom_np (glibc >= 2.34; not exposed to Swift either): the
/// child closes every descriptor from `from` up before exec. Returns 0 or an error number.
int presswatch_test_addclosefrom(posix_spawn_file_actions_t *actions, int from);

#endif
