#!/usr/bin/env python3
"""End-to-end benchmark of the real presswatch binary: prints one table of figures, each beside
its target (issue 9) and, where one exists, a reference measured in the same run. Asserts nothing.

Usage: ingest_bench.py BINARY SEED [--burst N] [--large N] [--latency-samples N]

Stages, on one state folder that grows: an empty daemon (idle RSS, latency at 0, publish cost);
a burst of --burst varied articles (1-20 KB, fr/en/de/es) renamed into the inbox at once
(articles/s until all are indexed and archived; references: the renames themselves, and
inotifywait merely observing the same burst); latency and publish cost again; a fill up to
--large articles (1-4 KB each, to keep the run short); latency, publish cost, restart to
READY=1, idle RSS, and the documented Python recipe (docs/index-format.md) reading it all.
Latency is from the rename into the inbox to the article being readable through the published
index (polled with the recipe's changes_after). Publish cost is per single-article batch:
bytes the daemon wrote (/proc/PID/io wchar) and fsync/fdatasync/syncfs calls (strace -c),
compactions included.
"""
import argparse, os, shutil, signal, socket, statistics, subprocess, sys, tempfile, threading, time

sys.path.insert(0, os.path.dirname(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "schema"))
from bench_articles import make_articles  # noqa: E402
from run_recipe import recipe  # noqa: E402

RECIPE = {}
exec(recipe(os.path.join(os.path.dirname(__file__), "..", "..", "docs", "index-format.md")), RECIPE)


def proc_field(pid, path, name):
    try:
        for line in open(f"/proc/{pid}/{path}"):
            if line.startswith(name):
                return int(line.split()[1])
    except OSError:
        return None


class Notify:
    """The daemon's NOTIFY_SOCKET, read all the time as systemd does; counts READY=1."""
    def __init__(self, path):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(path)
        self.ready = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        while True:
            try:
                if "READY=1" in self.sock.recv(65536).decode().split("\n"):
                    self.ready += 1
            except OSError:
                return

    def wait_ready(self, count, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.ready < count:
            time.sleep(0.002)
        return self.ready >= count


class Bench:
    def __init__(self, binary, seed, root):
        self.binary, self.seed, self.root = binary, seed, root
        self.inbox, self.state, self.staging = (os.path.join(root, d) for d in ("inbox", "var", "staging"))
        os.makedirs(self.inbox)
        self.notify = Notify(os.path.join(root, "notify.sock"))
        self.daemon = None
        self.next_id = 0
        self.rows = []

    def row(self, what, figure, target="", reference=""):
        self.rows.append((what, figure, target, reference))
        print(f"  {what}: {figure}", flush=True)

    def start(self):
        env = dict(os.environ, NOTIFY_SOCKET=self.notify.sock.getsockname(), SWIFT_BACKTRACE="enable=no")
        wanted = self.notify.ready + 1
        started = time.monotonic()
        self.daemon = subprocess.Popen([self.binary, "run", "--inbox", self.inbox, "--state", self.state,
                                        "--log-level", "warning"], env=env,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not self.notify.wait_ready(wanted, 300):
            raise SystemExit("the daemon never sent READY=1")
        return time.monotonic() - started

    def stop(self):
        self.daemon.send_signal(signal.SIGTERM)
        self.daemon.wait(120)

    def count(self):
        try:
            return RECIPE["read_manifest"](self.state)["articleCount"]
        except (OSError, ValueError, KeyError):
            return 0

    def burst(self, count, measure_parse=False, **lengths):
        """Renames `count` new articles into the inbox at once; seconds until all are archived."""
        files = make_articles(self.seed, self.staging, self.next_id, count, **lengths)
        self.next_id += count
        if measure_parse:
            sample = files[:2000]
            started = time.monotonic()
            subprocess.run([self.binary, "parse", *sample], capture_output=True, check=True)
            seconds = time.monotonic() - started
            megabytes = sum(os.path.getsize(p) for p in sample) / 1e6
            self.row(f"parse: {len(sample):,} of these, one process", f"{len(sample) / seconds:,.0f} articles/s, "
                     f"{megabytes / seconds:.1f} MB/s (one core, text)")
        before = self.count()
        watcher = subprocess.Popen(["inotifywait", "-m", "-q", "-e", "moved_to", "--format", "%f", self.inbox],
                                   stdout=subprocess.PIPE, text=True) if shutil.which("inotifywait") else None
        seen = {"n": 0, "at": None}
        if watcher:
            time.sleep(0.5)

            def observe():
                for _ in watcher.stdout:
                    seen["n"] += 1
                    if seen["n"] == count:
                        seen["at"] = time.monotonic()
            threading.Thread(target=observe, daemon=True).start()
        started = time.monotonic()
        for path in files:
            os.rename(path, os.path.join(self.inbox, os.path.basename(path)))
        renamed = time.monotonic() - started
        peak = 0
        while self.count() < before + count or os.listdir(self.inbox):
            peak = max(peak, proc_field(self.daemon.pid, "status", "VmHWM:") or 0)
            time.sleep(0.05)
        seconds = time.monotonic() - started
        observed = None
        if watcher:
            deadline = time.monotonic() + 10
            while seen["at"] is None and time.monotonic() < deadline:
                time.sleep(0.01)
            observed = seen["at"] - started if seen["at"] else None
            watcher.terminate()
        return seconds, renamed, observed, peak

    def latency(self, samples, rate=20.0):
        """Milliseconds from rename to readable in the published index, one article at a time."""
        files = make_articles(self.seed, self.staging, self.next_id, samples, max_bytes=4000)
        self.next_id += samples
        index = os.path.join(self.state, "index.json")
        result = []
        for path in files:
            last = RECIPE["read_manifest"](self.state)["lastSequence"]
            inode = os.stat(index).st_ino
            slot = time.monotonic()
            os.rename(path, os.path.join(self.inbox, os.path.basename(path)))
            started = time.monotonic()
            while True:
                st = os.stat(index)
                if st.st_ino != inode:
                    inode = st.st_ino
                    if any(True for _ in RECIPE["changes_after"](self.state, last)):
                        break
                time.sleep(0.0005)
            result.append((time.monotonic() - started) * 1000)
            time.sleep(max(0.0, 1 / rate - (time.monotonic() - slot)))
        while os.listdir(self.inbox):
            time.sleep(0.01)
        return result

    def publish_cost(self, batches=40):
        """(bytes written, sync calls) per single-article batch, strace attached."""
        trace = os.path.join(self.root, "strace.txt")
        tracer = subprocess.Popen(["strace", "-f", "-c", "-e", "trace=fsync,fdatasync,syncfs", "-o", trace,
                                   "-p", str(self.daemon.pid)], stderr=subprocess.DEVNULL)
        time.sleep(1)
        written = proc_field(self.daemon.pid, "io", "wchar:")
        self.latency(batches, rate=5)
        written = proc_field(self.daemon.pid, "io", "wchar:") - written
        tracer.send_signal(signal.SIGINT)
        tracer.wait(30)
        calls = 0
        for line in open(trace):
            parts = line.split()
            if parts and parts[-1] in ("fsync", "fdatasync", "syncfs"):
                calls += int(parts[3])
        return written / batches, calls / batches


def percentiles(ms):
    ms = sorted(ms)
    pick = lambda q: ms[min(len(ms) - 1, int(round(q * (len(ms) - 1))))]  # noqa: E731
    return f"p50 {pick(0.5):.0f} / p95 {pick(0.95):.0f} / p99 {pick(0.99):.0f} ms ({len(ms)} articles)"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("seed")
    parser.add_argument("--burst", type=int, default=10000)
    parser.add_argument("--large", type=int, default=100000)
    parser.add_argument("--latency-samples", type=int, default=100)
    args = parser.parse_args()
    root = tempfile.mkdtemp(prefix="presswatch-bench-", dir=os.environ.get("BENCH_TMP"))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    bench = Bench(os.path.abspath(args.binary), args.seed, root)
    try:
        start_load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"presswatch bench: commit {commit}, {os.cpu_count()} cores, load average {start_load}; stages:", flush=True)
        bench.start()
        time.sleep(2)
        bench.row("memory: RSS idle, empty index", f"{proc_field(bench.daemon.pid, 'status', 'VmRSS:') / 1024:.1f} MiB", "≤ 25 MiB")
        bench.row("latency at 0 indexed", percentiles(bench.latency(args.latency_samples)), "p99 ≤ 50 ms")
        small = max(0, 1000 - bench.count())
        if small:
            bench.burst(small, max_bytes=4000)
        size, syncs = bench.publish_cost()
        bench.row(f"publish cost at {bench.count():,}", f"{size / 1024:.1f} KiB written, {syncs:.1f} sync calls per batch",
                  "the reference for 100k")
        cost_small = size
        seconds, renamed, observed, peak = bench.burst(args.burst, measure_parse=True)
        bench.row(f"burst of {args.burst:,} varied articles", f"{args.burst / seconds:,.0f} articles/s ({seconds:.1f} s)",
                  "≥ 5,000/s", f"the renames {renamed:.2f} s; inotifywait observed all in "
                  + (f"{observed:.2f} s" if observed else "(inotify-tools not installed)"))
        bench.row(f"peak RSS during the burst", f"{peak / 1024:.1f} MiB")
        bench.row(f"latency at {bench.count():,} indexed", percentiles(bench.latency(args.latency_samples)), "p99 ≤ 50 ms")
        size, syncs = bench.publish_cost()
        bench.row(f"publish cost at {bench.count():,}", f"{size / 1024:.1f} KiB written, {syncs:.1f} sync calls per batch",
                  "within 2x of 1k", f"{size / cost_small:.1f}x the cost at 1k")
        fill = args.large - bench.count()
        if fill > 0:
            seconds, _, _, peak = bench.burst(fill, max_bytes=4000)
            bench.row(f"fill: {fill:,} more articles (1-4 KB) in one burst", f"{fill / seconds:,.0f} articles/s ({seconds:.0f} s)")
            bench.row(f"peak RSS during the fill", f"{peak / 1024:.1f} MiB", "≤ 150 MiB")
        bench.row(f"latency at {bench.count():,} indexed", percentiles(bench.latency(args.latency_samples)), "p99 ≤ 50 ms")
        size, syncs = bench.publish_cost()
        bench.row(f"publish cost at {bench.count():,}", f"{size / 1024:.1f} KiB written, {syncs:.1f} sync calls per batch",
                  "within 2x of 1k", f"{size / cost_small:.1f}x the cost at 1k")
        bench.stop()
        startup = bench.start()
        bench.row(f"start-up to READY=1 at {bench.count():,}", f"{startup * 1000:.0f} ms", "≤ 300 ms")
        time.sleep(2)
        bench.row(f"memory: RSS idle at {bench.count():,} (peak since start)",
                  f"{proc_field(bench.daemon.pid, 'status', 'VmRSS:') / 1024:.1f} MiB "
                  f"({proc_field(bench.daemon.pid, 'status', 'VmHWM:') / 1024:.1f} MiB)", "≤ 150 MiB")
        bench.stop()
        started = time.monotonic()
        manifest, articles = RECIPE["read_index"](bench.state)
        whole = time.monotonic() - started
        bench.row(f"reader: Python recipe, whole index ({len(articles):,})", f"{whole:.2f} s", "≤ 2 s")
        started = time.monotonic()
        last = list(RECIPE["changes_after"](bench.state, manifest["lastSequence"] - 100))
        bench.row(f"reader: changes after N, last {len(last)}", f"{(time.monotonic() - started) * 1000:.0f} ms", "≤ 50 ms")
        size = sum(os.path.getsize(os.path.join(bench.state, s["path"])) for s in manifest["shards"])
        bench.row("index size", f"{size / 1024 / 1024:.1f} MiB in {len(manifest['shards'])} shards, "
                  f"index.json {os.path.getsize(os.path.join(bench.state, 'index.json'))} bytes")
        load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"\npresswatch bench (commit {commit}, {os.cpu_count()} cores; load average at the start {start_load}, "
              f"at the end {load}: figures are noisy when other work shares the machine)")
        width = max(len(r[0]) for r in bench.rows)
        for what, figure, target, reference in bench.rows:
            line = f"  {what.ljust(width)}  {figure}"
            if target:
                line += f"   [target {target}]"
            if reference:
                line += f"   (reference: {reference})"
            print(line)
        return 0
    finally:
        if bench.daemon and bench.daemon.poll() is None:
            bench.daemon.kill()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
