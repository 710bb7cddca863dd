// Thin, non-variadic wrappers over libsystemd for Swift (Swift cannot call C variadics).
#ifndef PRESSWATCH_CSYSTEMD_SHIM_H
#define PRESSWATCH_CSYSTEMD_SHIM_H

#define SD_JOURNAL_SUPPRESS_LOCATION 1
#include <systemd/sd-daemon.h>
#include <systemd/sd-journal.h>
#include <sys/uio.h>

/// sd_notify(0, state): returns >0 if sent, 0 if NOTIFY_SOCKET is unset, <0 (-errno) on failure.
static inline int presswatch_sd_notify(const char *state) {
    return sd_notify(0, state);
}

/// sd_watchdog_enabled(0, &usec): >0 when the watchdog is on for this process.
static inline int presswatch_sd_watchdog_enabled(unsigned long long *usec) {
    uint64_t u = 0;
    int r = sd_watchdog_enabled(0, &u);
    *usec = (unsigned long long)u;
    return r;
}

/// sd_journal_sendv over an iovec array of "FIELD=value" strings.
static inline int presswatch_sd_journal_sendv(const struct iovec *iov, int n) {
    return sd_journal_sendv(iov, n);
}
#endif
