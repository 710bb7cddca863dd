#!/usr/bin/env python3
"""Where a burst's wall time goes, thread by thread (issue 9): one burst of N seed-like articles
(ingest_bench's generator) into a fresh daemon, then for each daemon thread that used CPU during
it: seconds it ran, seconds it was runnable but waited for a CPU, seconds it was asleep (no work,
or blocked in a system call such as syncfs), from /proc/PID/task/TID/schedstat; with --sync, the
daemon's fsync/syncfs calls and the seconds spent in them (`perf trace`). Asserts nothing.

    Tests/bench/burst_threads.py BINARY SEED [--burst N] [--sync] [--rr]

--rr (root) runs the daemon and this script's renames under SCHED_RR priority 1, so that other
work on a shared machine does not take their CPUs (a few seconds per burst; figures then show
presswatch's own limits, not the neighbours'). Run it under Tests/bench/on_fresh_ext4.sh to get
a file system of its own (BENCH_TMP).
"""
import argparse, os, re, signal, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ingest_bench as bench  # noqa: E402


def schedstat(pid):
    """{tid: (name, ran seconds, waited-for-a-CPU seconds)} of every thread of `pid`."""
    out = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            ran, waited, _ = open(f"/proc/{pid}/task/{tid}/schedstat").read().split()
            name = open(f"/proc/{pid}/task/{tid}/comm").read().strip()
        except OSError:
            continue
        out[tid] = (name, int(ran) / 1e9, int(waited) / 1e9)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("seed")
    parser.add_argument("--burst", type=int, default=10000)
    parser.add_argument("--sync", action="store_true", help="time the daemon's fsync/syncfs calls (perf trace)")
    parser.add_argument("--rr", action="store_true", help="SCHED_RR for the daemon and the renames (root)")
    args = parser.parse_args()
    root = tempfile.mkdtemp(dir=os.environ.get("BENCH_TMP"))
    b = bench.Bench(args.binary, args.seed, root)
    b.start()
    pid = b.daemon.pid
    if args.rr:
        subprocess.run(["chrt", "-a", "-r", "-p", "1", str(pid)], check=True)
        os.sched_setscheduler(0, os.SCHED_RR, os.sched_param(1))
    files = bench.make_articles(b.seed, b.staging, 0, args.burst)
    trace = os.path.join(root, "sync.trace")
    tracer = subprocess.Popen(["perf", "trace", "-e", "fsync,fdatasync,syncfs", "-p", str(pid), "-o", trace],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) if args.sync else None
    time.sleep(1 if tracer else 0.1)
    before, cpu_before = schedstat(pid), bench.daemon_cpu(pid)
    started = time.monotonic()
    for path in files:
        os.rename(path, os.path.join(b.inbox, os.path.basename(path)))
    renamed = time.monotonic() - started
    while b.count() < args.burst or os.listdir(b.inbox):
        time.sleep(0.02)
    wall = time.monotonic() - started
    after, cpu_after = schedstat(pid), bench.daemon_cpu(pid)
    user, system = (y - x for x, y in zip(cpu_before, cpu_after))
    print(f"burst of {args.burst:,}: {args.burst / wall:,.0f} articles/s ({wall:.2f} s; renames {renamed:.2f} s); "
          f"daemon CPU user {user:.2f} s + system {system:.2f} s ({(user + system) / args.burst * 1e3:.2f} ms per article)"
          f"{'; SCHED_RR' if args.rr else ''}; load {os.getloadavg()[0]:.1f}")
    for tid, (name, ran, waited) in sorted(after.items(), key=lambda item: -item[1][1]):
        _, ran0, waited0 = before.get(tid, (name, 0.0, 0.0))
        ran, waited = ran - ran0, waited - waited0
        if ran >= 0.05:
            print(f"  thread {tid} ({name}): ran {ran:.2f} s, waited for a CPU {waited:.2f} s, "
                  f"asleep {wall - ran - waited:.2f} s of {wall:.2f}")
    if tracer:
        tracer.send_signal(signal.SIGINT)
        tracer.wait(60)
        calls, seconds = {}, {}
        for line in open(trace, errors="replace"):
            match = re.search(r"\(\s*([\d.]+) ms\): \S+ (\w+)\(", line)
            if match:
                calls[match.group(2)] = calls.get(match.group(2), 0) + 1
                seconds[match.group(2)] = seconds.get(match.group(2), 0) + float(match.group(1)) / 1e3
        print("  sync calls: " + ", ".join(f"{name} {calls[name]} calls, {seconds[name]:.2f} s" for name in sorted(calls)))
    b.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
