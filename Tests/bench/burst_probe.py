"""What a burst costs and what bounds it, for ingest_bench.py (issue 9's burst target):

- `parse_ceiling`: the parser alone (`presswatch parse`) over the burst's own files in one process
  per core, articles/s by wall clock and per CPU second: the rate the daemon could not beat
  even if everything but parsing were free;
- `daemon_cpu`: user and system CPU seconds of a running process (all its threads);
- `traced_syscalls`: the daemon's system calls during a burst, from `strace -f` output: calls per
  article by name, and files created (open with O_CREAT that succeeded), unlinked and renamed
  per article.
"""
import collections, os, re, resource, subprocess, time


def parse_ceiling(binary, files, workers=None):
    """(articles/s by wall clock, articles per CPU second, workers): `binary parse` over `files`,
    split into `workers` (default: the core count) processes run at once."""
    workers = workers or os.cpu_count()
    chunks = [files[n::workers] for n in range(workers)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    procs = [subprocess.Popen([binary, "parse", *chunk], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
             for chunk in chunks if chunk]
    for proc in procs:
        proc.wait()
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return len(files) / wall, len(files) / cpu, len(procs)


def daemon_cpu(pid):
    """(user, system) CPU seconds of process `pid` so far, all threads (/proc/PID/stat)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    tick = os.sysconf("SC_CLK_TCK")
    return int(fields[11]) / tick, int(fields[12]) / tick


LINE = re.compile(r"^(\d+)\s+(.*)$")
DONE = re.compile(r"^(\w+)\((.*)\)\s+=\s+(-?\d+|\?)")
UNFINISHED = re.compile(r"^(\w+)\((.*)\s*<unfinished \.\.\.>$")
RESUMED = re.compile(r"^<\.\.\. (\w+) resumed>(.*)\)\s+=\s+(-?\d+|\?)")


def traced_syscalls(trace_path, articles):
    """From `strace -f -qq -o trace_path` output (each line starts with the thread id):
    ({syscall: calls per article}, {"created", "unlinked", "renamed", "linked", "mkdir", "sync":
    per article}). A create is an open with O_CREAT that returned a descriptor (an O_CREAT open
    of a file that existed counts too: strace cannot tell; presswatch passes O_CREAT to create)."""
    calls, files = collections.Counter(), collections.Counter()
    unfinished = {}
    with open(trace_path, errors="replace") as f:
        for line in f:
            match = LINE.match(line.rstrip("\n"))
            if not match:
                continue
            tid, rest = match.groups()
            if (started := UNFINISHED.match(rest)):
                unfinished[tid] = started.groups()
                continue
            if (resumed := RESUMED.match(rest)):
                name, args = unfinished.pop(tid, (resumed.group(1), ""))
                args, result = args + resumed.group(2), resumed.group(3)
            elif (done := DONE.match(rest)):
                name, args, result = done.groups()
            else:
                continue
            calls[name] += 1
            ok = result != "?" and int(result) >= 0
            if name in ("open", "openat") and "O_CREAT" in args and ok:
                files["created"] += 1
            elif name in ("unlink", "unlinkat") and ok:
                files["unlinked"] += 1
            elif name in ("rename", "renameat", "renameat2") and ok:
                files["renamed"] += 1
            elif name in ("link", "linkat") and ok:
                files["linked"] += 1
            elif name in ("mkdir", "mkdirat") and ok:
                files["mkdir"] += 1
            if name in ("fsync", "fdatasync", "syncfs"):
                files["sync"] += 1
    return ({name: n / articles for name, n in calls.most_common()},
            {what: files[what] / articles for what in ("created", "unlinked", "renamed", "linked", "mkdir", "sync")})
