#define _GNU_SOURCE
#include "file_lock.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <pthread.h>
#include <sys/file.h>
#include <unistd.h>

int presswatch_flock(int fd, int operation) { return flock(fd, operation); }

int presswatch_syncfs(int fd) { return syncfs(fd); }

struct fsync_job {
    int fd;
    int error;
};

static void *fsync_job_run(void *argument) {
    struct fsync_job *job = argument;
    int result;
    do { result = fsync(job->fd); } while (result == -1 && errno == EINTR);
    job->error = result == -1 ? errno : 0;
    return NULL;
}

enum { PRESSWATCH_FSYNC_WAVE = 32 };

void presswatch_fsync_all(const int *fds, int count, int *errors) {
    for (int start = 0; start < count; start += PRESSWATCH_FSYNC_WAVE) {
        int wave = count - start < PRESSWATCH_FSYNC_WAVE ? count - start : PRESSWATCH_FSYNC_WAVE;
        struct fsync_job jobs[PRESSWATCH_FSYNC_WAVE];
        pthread_t threads[PRESSWATCH_FSYNC_WAVE];
        int started[PRESSWATCH_FSYNC_WAVE];
        for (int i = 0; i < wave; i++) {
            jobs[i].fd = fds[start + i];
            jobs[i].error = 0;
            // The last job runs on the calling thread; a thread that cannot be created too.
            started[i] = i + 1 < wave && pthread_create(&threads[i], NULL, fsync_job_run, &jobs[i]) == 0;
            if (!started[i] && i + 1 < wave) fsync_job_run(&jobs[i]);
        }
        fsync_job_run(&jobs[wave - 1]);
        for (int i = 0; i < wave; i++) {
            if (started[i]) pthread_join(threads[i], NULL);
            errors[start + i] = jobs[i].error;
        }
    }
}

int presswatch_open_unnamed(const char *directory, unsigned mode) {
    int fd;
    do { fd = open(directory, O_TMPFILE | O_WRONLY | O_CLOEXEC, (mode_t)mode); } while (fd == -1 && errno == EINTR);
    return fd;
}

int presswatch_link_unnamed(int fd, const char *path) {
    char source[64];
    snprintf(source, sizeof source, "/proc/self/fd/%d", fd);
    int result;
    do { result = linkat(AT_FDCWD, source, AT_FDCWD, path, AT_SYMLINK_FOLLOW); } while (result == -1 && errno == EINTR);
    return result;
}
