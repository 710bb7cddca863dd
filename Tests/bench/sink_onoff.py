"""Local ingest with the PostgreSQL sink on against off (issue 13 target: with the sink on, local
ingest within 10 % of its speed with the sink off), measured so that a 10 % difference can show
on a shared 2-core machine. Prints figures, asserts nothing. Used by sink_bench.py --ingest.

Method. One burst of BURST varied articles (ingest_bench's 1-20 KB fr/en/de/es, the same files
in every run: written once, copied into each run's own folder) is renamed at once into the
inbox of a fresh daemon (empty state), once with the sink off and once with it on (one local
PostgreSQL cluster for all runs, its schema dropped before each sink-on run, the sink connected
before the burst). The two runs of a pair follow each other within a minute, in alternating
order (off-on, on-off, ...: a drift of the machine's load within a pair cancels out over the
pairs), and each pair gives ratios on/off, so that the load of the minute divides out. A
discarded warm-up run comes first. Per run:
  - speed: articles/s from the first rename until every article is indexed and archived;
  - daemon CPU per article: user+sys of the daemon (/proc/PID/stat) over the same window, and
    with the sink on also to the moment its database watermark reaches the local index (the
    sink's catch-up after the burst: its whole cost for these articles);
  - PostgreSQL CPU: user+sys of the cluster's processes over the window (on 2 cores the server
    competes with the parse threads: a property of running the database on the ingest machine,
    which the speed ratio includes and the daemon CPU ratio does not);
  - the daemon's threads by name (/proc/PID/task: the driver's event loop is NIO-ELT-*).
Summary per file system: the median of the per-pair ratios, their quartiles and range, and a
distribution-free confidence interval of the median (order statistics of the binomial), and the
verdict against 0.90 only when that interval lies wholly on one side of it.

File systems (`--fs`): `disk` puts the state, inbox and cluster under /var/tmp (ext4 here: the
kernel's inode allocation leads the burst profile and makes the runs of one side spread 2x);
`tmpfs` under /dev/shm, which takes the disk out (fsync is free there), so the sink's own cost
is a larger share of the run: the stricter comparison.
"""
import json
import math
import os
import shutil
import signal
import statistics
import subprocess
import tempfile
import time

from ingest_bench import Bench, perf_top
from bench_articles import make_articles
from proc_cpu import cpu_of, server_total, thread_cpu

FOLDERS = {"disk": "/var/tmp", "tmpfs": "/dev/shm"}


def fs_type(path):
    return subprocess.run(["stat", "-f", "-c", "%T", path], capture_output=True, text=True).stdout.strip() or "?"


def wait(predicate, deadline, interval=0.05):
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(interval)
    return False


def median_ci(values, level=0.95):
    """(low, high, coverage): the order statistics x(k), x(n+1-k) that hold the median with at
    least `level` whatever the distribution (k from the binomial(n, 1/2)); None below 6 values."""
    n, ordered = len(values), sorted(values)
    tail, k = 0.0, 0
    while k < n // 2 and tail + math.comb(n, k) / 2 ** n <= (1 - level) / 2:
        tail += math.comb(n, k) / 2 ** n
        k += 1
    if k == 0:
        return None
    return ordered[k - 1], ordered[n - k], 1 - 2 * tail


def quartiles(values):
    if len(values) < 2:
        return values[0], values[0]
    q = statistics.quantiles(values, n=4)
    return q[0], q[2]


class Run:
    """One daemon, one burst: the figures of one side of a pair."""

    def __init__(self, args, cluster, work, master, side, instance, profile=None):
        self.args, self.cluster, self.side, self.instance = args, cluster, side, instance
        root = tempfile.mkdtemp(prefix=f"run-{side}-", dir=work)
        try:
            staging = os.path.join(root, "staging")
            os.makedirs(staging)
            self.files = []
            for name in sorted(os.listdir(master)):
                shutil.copyfile(os.path.join(master, name), os.path.join(staging, name))
                self.files.append(os.path.join(staging, name))
            self.bench = Bench(os.path.abspath(args.binary), args.seed, root)
            self.measure(profile)
        finally:
            if getattr(self, "bench", None):
                self.bench.notify.sock.close()
            shutil.rmtree(root, ignore_errors=True)

    def mark(self):
        text = self.cluster.try_psql("SELECT coalesce((SELECT last_sequence FROM presswatch.sink_watermarks "
                                     f"WHERE instance = '{self.instance}'), -1)")
        return int(text) if text else -1

    def start(self):
        saved = dict(os.environ)
        if self.side == "on":
            self.cluster.psql("DROP SCHEMA IF EXISTS presswatch CASCADE")
            os.environ.update(PRESSWATCH_SINK_POSTGRES_URL=self.cluster.url, PRESSWATCH_SINK_POSTGRES_INSTANCE=self.instance)
        try:
            self.bench.start()
        finally:
            os.environ.clear()
            os.environ.update(saved)
        if self.side == "on" and not wait(lambda: self.mark() >= 0, 120, 0.1):
            raise SystemExit("the sink never connected")
        time.sleep(1)  # the start-up scan, the sink's first pass and its vector task's wake are over

    def measure(self, profile):
        bench, count = self.bench, len(self.files)
        try:
            self.start()
            pid = bench.daemon.pid
            profiler = subprocess.Popen(["perf", "record", "-g", "-q", "-o", profile, "-p", str(pid)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) if profile else None
            if profiler:
                time.sleep(1)
            self.load = os.getloadavg()[0]
            cpu, threads, server = cpu_of(pid), thread_cpu(pid), server_total(self.cluster)
            started = time.monotonic()
            for path in self.files:
                os.rename(path, os.path.join(bench.inbox, os.path.basename(path)))
            if not wait(lambda: bench.count() >= count and not os.listdir(bench.inbox), 900):
                raise SystemExit(f"the burst was not ingested within 900 s ({bench.count()} of {count})")
            self.seconds = time.monotonic() - started
            self.cpu = cpu_of(pid) - cpu
            self.server = server_total(self.cluster) - server
            after = thread_cpu(pid)
            self.threads = {name: after[name] - threads.get(name, 0.0) for name in after}
            if profiler:
                profiler.send_signal(signal.SIGINT)
                profiler.wait(120)
            self.cpu_total, self.lag = self.cpu, None
            if self.side == "on":
                with open(os.path.join(bench.state, "index.json"), encoding="utf-8") as f:
                    last = json.load(f)["lastSequence"]
                ended = time.monotonic()
                if not wait(lambda: self.mark() >= last, 600, 0.1):
                    raise SystemExit("the sink did not catch up within 600 s")
                self.lag = time.monotonic() - ended
                self.cpu_total = cpu_of(pid) - cpu
        finally:
            if bench.daemon and bench.daemon.poll() is None:
                bench.stop()
        # The next run starts with the server quiet: no backend of this daemon left.
        wait(lambda: self.cluster.try_psql("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'presswatch'")
             == "0", 60, 0.1)
        self.rate = count / self.seconds

    def line(self):
        burst = len(self.files)
        text = (f"sink {self.side:3}: {self.rate:6,.0f} articles/s ({self.seconds:5.2f} s), daemon CPU "
                f"{self.cpu / burst * 1e6:5,.0f} us/article, PostgreSQL {self.server:5.2f} s")
        if self.lag is not None:
            text += f", caught up {self.lag:.2f} s later (daemon CPU with it {self.cpu_total / burst * 1e6:,.0f} us/article)"
        return text + f"; load {self.load:.1f}"


def sink_share(data):
    """The --children percentages of the sink's entry points in a `perf record -g` file."""
    report = subprocess.run(["perf", "report", "-i", data, "--stdio", "--children", "--sort", "sym", "-g", "none"],
                            capture_output=True, text=True).stdout
    wanted = ("PostgresSink.drain", "SinkBatch.init", "SinkWriter.write", "IndexSnapshot.readFeed",
              "SelectableEventLoop.run", "PostgresSink.run", "InotifyWatcher")
    lines = [" ".join(line.split()) for line in report.split("\n") if line.strip() and not line.startswith("#")]
    if shutil.which("swift-demangle"):
        lines = subprocess.run(["swift-demangle", "--simplified", "--compact"], input="\n".join(lines),
                               capture_output=True, text=True).stdout.split("\n")
    found = [line[:150] for line in lines if any(w in line for w in wanted)]
    return found[:12] or ["(none found)"]


def describe(name, ratios):
    """'name median M (95 % CI of the median L-H; quartiles; range)' for a list of per-pair ratios."""
    text = f"{name} median {statistics.median(ratios):.3f}"
    ci = median_ci(ratios)
    low, high = quartiles(ratios)
    if ci:
        text += f" ({ci[2] * 100:.1f} % interval of the median {ci[0]:.3f}-{ci[1]:.3f}"
    else:
        text += " (too few pairs for an interval of the median"
    return text + f"; quartiles {low:.3f}-{high:.3f}; range {min(ratios):.3f}-{max(ratios):.3f})"


def verdict(ratios, threshold, higher_is_better):
    ci = median_ci(ratios)
    if not ci:
        return "not decided (fewer than 6 pairs)"
    good = ci[0] >= threshold if higher_is_better else ci[1] <= threshold
    bad = ci[1] < threshold if higher_is_better else ci[0] > threshold
    return "met" if good else "not met" if bad else "not decided by this run (the interval spans the threshold)"


def compare_on(args, fs):
    """The pairs on one file system; prints each run and the summary."""
    parent = FOLDERS[fs]
    work = tempfile.mkdtemp(prefix="presswatch-sink-onoff-", dir=parent)
    cluster = None
    try:
        import pgcluster
        master = os.path.join(work, "articles")
        make_articles(args.seed, master, 0, args.ingest)
        cluster = pgcluster.PgCluster(parent=parent)
        kind = fs_type(work)
        print(f"local ingest, sink on vs off, on {parent} ({kind}): burst of {args.ingest:,}, {args.pairs} pairs; "
              f"load average {' / '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
        warm = Run(args, cluster, work, master, "off", "warm-up")
        print(f"  warm-up (not counted) {warm.line()}", flush=True)
        if args.profile:
            for side in ("off", "on"):
                profile = os.path.join(work, f"ingest-{side}.perf")
                run = Run(args, cluster, work, master, side, "profiled", profile=profile)
                print(f"  profiled (not counted) {run.line()}; where the daemon's time went "
                      f"(perf record -g -p PID; --no-children):", flush=True)
                for text in perf_top(profile, limit=14):
                    print("    " + text)
                if side == "on":
                    print("  the sink's share of the daemon's samples (perf report --children):")
                    for text in sink_share(profile):
                        print("    " + text)
        pairs = []
        for number in range(args.pairs):
            order = ("off", "on") if number % 2 == 0 else ("on", "off")
            runs = {side: Run(args, cluster, work, master, side, f"pair-{number}") for side in order}
            pairs.append(runs)
            print(f"  pair {number + 1:2} {runs[order[0]].line()}", flush=True)
            print(f"          {runs[order[1]].line()}; on/off speed {runs['on'].rate / runs['off'].rate:.3f}, "
                  f"daemon CPU {runs['on'].cpu / runs['off'].cpu:.3f}", flush=True)
        summarize(args, pairs, parent, kind)
        return 0
    finally:
        if cluster:
            cluster.destroy()
        shutil.rmtree(work, ignore_errors=True)


def summarize(args, pairs, parent, kind):
    burst = args.ingest
    speed = [p["on"].rate / p["off"].rate for p in pairs]
    cpu = [p["on"].cpu / p["off"].cpu for p in pairs]
    cpu_total = [p["on"].cpu_total / p["off"].cpu for p in pairs]
    med = lambda side, key: statistics.median(getattr(p[side], key) for p in pairs)  # noqa: E731
    print(f"local ingest with the sink on vs off, {parent} ({kind}), burst of {burst:,}, {len(pairs)} pairs "
          f"(load average {' / '.join(f'{x:.1f}' for x in os.getloadavg())} at the end):")
    print(f"  speed on/off: {describe('', speed).strip()}; on slower in {sum(r < 1 for r in speed)} of {len(speed)} pairs; "
          f"target >= 0.90: {verdict(speed, 0.90, True)}")
    print(f"  daemon CPU per article on/off: {describe('', cpu).strip()}; with the sink's catch-up after the burst: "
          f"median {statistics.median(cpu_total):.3f}; within 10 %: {verdict(cpu, 1.10, False)}")
    print(f"  medians: {med('off', 'rate'):,.0f} articles/s off, {med('on', 'rate'):,.0f} on; daemon CPU "
          f"{med('off', 'cpu') / burst * 1e6:,.0f} us/article off, {med('on', 'cpu') / burst * 1e6:,.0f} on "
          f"({med('on', 'cpu_total') / burst * 1e6:,.0f} with the catch-up); PostgreSQL CPU during the burst "
          f"{med('on', 'server'):.2f} s on ({med('on', 'server') / burst * 1e6:,.0f} us/article), "
          f"{med('off', 'server'):.2f} s off; the sink caught up {med('on', 'lag'):.2f} s after the burst")
    names = sorted({n for p in pairs for side in p for n in p[side].threads})
    share = []
    for name in names:
        on = statistics.median(p["on"].threads.get(name, 0.0) for p in pairs)
        off = statistics.median(p["off"].threads.get(name, 0.0) for p in pairs)
        if max(on, off) >= 0.01 * med("off", "cpu"):
            share.append(f"{name} {off / burst * 1e6:,.0f}/{on / burst * 1e6:,.0f}")
    print("  daemon threads alive at the end, median us/article off/on (parse threads end with their file: "
          "only in the total): " + ", ".join(share))


def compare(args):
    status = 0
    for fs in args.fs:
        status = compare_on(args, fs) or status
    return status
