#!/usr/bin/env python3
"""End-to-end benchmark of the real presswatch binary: prints one table of figures, each beside
its target (issue 9) and, where one exists, a reference measured in the same run. Asserts nothing.

Usage: ingest_bench.py BINARY SEED [--burst N] [--large N] [--latency-samples N] [--latency-only]
                       [--burst-only [--syscalls N]] [--fill-through-daemon] [--no-perf]

Stages, on one state folder that grows: an empty daemon (start-up, idle RSS, latency at 0); a
small burst up to 1,000 articles and the publish cost there (the reference for the larger
sizes); a burst of --burst varied articles (1-20 KB, fr/en/de/es) renamed into the inbox at
once (articles/s until all are indexed and archived; references: the renames themselves, and
inotifywait merely observing the same burst); latency and publish cost again; a fill up to
--large articles; latency and publish cost; restart to READY=1, idle RSS, and the documented
Python recipe (docs/index-format.md) reading it all.
The fill is written directly into the stopped daemon's state folder in the documented format
(shards, records, originals in archive/; `fill_directly`), so 100,000 articles take minutes,
not the daemon's ingest time; --fill-through-daemon renames them into the inbox instead.
Latency is from the rename into the inbox to the article being readable through the published
index (polled with the recipe's changes_after). Publish cost is per single-article batch:
bytes the daemon wrote (/proc/PID/io wchar) and fsync/fdatasync/syncfs calls (strace -c),
compactions included. The load average is printed: on a shared machine every timing is noisy.
"""
import argparse, gc, hashlib, json, os, resource, shutil, signal, socket, statistics, subprocess, sys, tempfile, threading, time

sys.path.insert(0, os.path.dirname(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "schema"))
from bench_articles import article, make_articles  # noqa: E402
from burst_probe import daemon_cpu, parse_ceiling, traced_syscalls  # noqa: E402
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
        self.ceiling = 0.0
        self.burst_cpu = (0.0, 0.0)

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

    def burst(self, count, measure_parse=False, perf=None, trace=None, **lengths):
        """Renames `count` new articles into the inbox at once; seconds until all are archived.
        With `perf` (a file name), `perf record -g` samples the daemon for the whole burst; with
        `trace` (a file name), `strace -f` records its system calls (slowing it: time such a burst
        apart). The daemon's (user, system) CPU seconds for the burst are left in `burst_cpu`.
        With `measure_parse`, the parser alone is first timed on the same files: one process on
        2,000 of them (`parse:` row), and one process per core on all of them (`ceiling` row,
        `parse_ceiling`)."""
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
            wall, per_cpu, workers = parse_ceiling(self.binary, files)
            self.ceiling = wall
            self.row(f"ceiling: the parser alone on the burst's {count:,} files, {workers} processes",
                     f"{wall:,.0f} articles/s by wall clock ({per_cpu:,.0f} per CPU second)")
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
        profiler = subprocess.Popen(["perf", "record", "-g", "-q", "-o", perf, "-p", str(self.daemon.pid)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) if perf else None
        if trace:
            profiler = subprocess.Popen(["strace", "-f", "-qq", "-o", trace, "-p", str(self.daemon.pid)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if profiler:
            time.sleep(1)
        cpu_before = daemon_cpu(self.daemon.pid)
        started = time.monotonic()
        for path in files:
            os.rename(path, os.path.join(self.inbox, os.path.basename(path)))
        renamed = time.monotonic() - started
        peak = 0
        while self.count() < before + count or os.listdir(self.inbox):
            peak = max(peak, proc_field(self.daemon.pid, "status", "VmHWM:") or 0)
            time.sleep(0.05)
        seconds = time.monotonic() - started
        self.burst_cpu = tuple(b - a for a, b in zip(cpu_before, daemon_cpu(self.daemon.pid)))
        if profiler:
            profiler.send_signal(signal.SIGINT)
            profiler.wait(120)
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


def run_to_merge(shards, last_sequence, largest_merge=20000):
    """The run (start, end) of adjacent shards the daemon's compaction merges next, or None: the
    same rule as ArticleStore.runToMerge (Sources/ArticleIndex/ArticleStore+Publish.swift)."""
    for end in reversed(range(len(shards))):
        published_after = last_sequence - shards[end]["lastSequence"]
        start, merged = end, shards[end]["changes"]
        while start > 0:
            before = shards[start - 1]["changes"]
            if before > 2 * merged or merged + before > largest_merge or merged + before > 2 * published_after:
                break
            start, merged = start - 1, merged + before
        if start < end:
            return start, end
    return None


def fill_directly(state, seed, start, count, batch=500):
    """Adds articles start..start+count-1 to a stopped daemon's state folder in the documented
    format (docs/index-format.md), without the daemon: each original (1-1.5 KB) written into
    archive/, its record into articles/, its `added` change into a shard, then a new manifest
    renamed into place. The shards are those the daemon would leave had it ingested the
    articles in batches of `batch` (ingest.batchSize), compacting after each as `compactDue` does
    (every run `run_to_merge` finds, up to 20,000 changes; shards already there are merged too).
    The entries are the generator's own fields (title, language, source, lede, body), not the parser's; the daemon
    builds its keys and query columns files from these shards at its next start."""
    seed_lines = open(seed, encoding="utf-8").read().split("\n")
    with open(os.path.join(state, "index.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    dump = lambda obj, **kw: json.dumps(obj, ensure_ascii=False, sort_keys=True, **kw)  # noqa: E731
    archive = os.path.join(state, "archive", "2026", "02")
    os.makedirs(archive, exist_ok=True)
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    # The layout first: each shard is a list of parts, a shard already there or a batch of new articles.
    layout = [dict(shard, parts=[shard]) for shard in manifest["shards"]]
    base = manifest["lastSequence"] - start  # article i gets sequence base + i + 1
    for first in range(start, start + count, batch):
        size = min(batch, start + count - first)
        layout.append({"firstSequence": base + first + 1, "lastSequence": base + first + size, "changes": size,
                       "parts": [(first, size)]})
        merged_changes = 0  # compactDue: every due run, up to 20,000 changes merged after a batch
        while (run := run_to_merge(layout, base + first + size)):
            merged = layout[run[0]:run[1] + 1]
            changes = sum(m["changes"] for m in merged)
            if merged_changes and merged_changes + changes > 20000:
                break
            merged_changes += changes
            layout[run[0]:run[1] + 1] = [{"firstSequence": merged[0]["firstSequence"],
                                          "lastSequence": merged[-1]["lastSequence"],
                                          "changes": changes,
                                          "parts": [part for m in merged for part in m["parts"]]}]

    def new_change(i):
        text = article(seed_lines, i, min_bytes=1000, max_bytes=1500)
        data = text.encode("utf-8")
        ident = hashlib.sha256(data).hexdigest()[:16]
        lines = [line for line in text.split("\n") if line.strip()]
        language = ["fr", "en", "de", "es"][i % 4]
        title, body = (lines[-1], lines[:-4]) if language == "fr" else (lines[0], lines[1:-1])
        with open(os.path.join(archive, ident + ".txt"), "wb") as f:
            f.write(data)
        words = sum(len(p.split()) for p in body)
        entry = {"amounts": [], "archivedPath": f"archive/2026/02/{ident}.txt", "authors": [], "format": "text",
                 "id": ident, "indexedAt": stamp, "keywords": [], "language": language, "lede": body[0],
                 "originalName": f"article-{i:06d}.txt", "places": [], "previousVersions": [],
                 "published": "2026-02-16", "readingMinutes": max(1, -(-words // 230)), "site": None,
                 "source": None, "storyId": hashlib.sha256(title.encode()).hexdigest()[:16], "summary": None,
                 "title": title, "updatedAt": stamp, "wordCount": words}
        with open(os.path.join(state, "articles", ident + ".json"), "w", encoding="utf-8") as f:
            f.write(dump(dict(entry, body=body), indent=2))
        return {"change": "added", "entry": entry, "id": ident, "replacedBy": None, "sequence": base + i + 1}

    shards = []
    for item in layout:
        if len(item["parts"]) == 1 and isinstance(item["parts"][0], dict):
            shards.append(item["parts"][0])  # a shard already there, untouched
            continue
        latest = {}
        for part in item["parts"]:
            if isinstance(part, dict):  # a shard already there, merged: replaced by the new one
                path = os.path.join(state, part["path"])
                with open(path, encoding="utf-8") as f:
                    latest.update((c["id"], c) for c in json.load(f)["changes"])
                for old in (path, path[:-len(".json")] + ".keys", path[:-len(".json")] + ".cols"):
                    if os.path.exists(old):
                        os.remove(old)
            else:
                latest.update((c["id"], c) for c in map(new_change, range(part[0], part[0] + part[1])))
        changes = sorted(latest.values(), key=lambda c: c["sequence"])
        manifest["generation"] += 1
        path = "index/%012d.json" % manifest["generation"]
        with open(os.path.join(state, path), "w", encoding="utf-8") as f:
            f.write(dump({"changes": changes, "firstSequence": item["firstSequence"],
                          "generation": manifest["generation"], "lastSequence": item["lastSequence"],
                          "schemaVersion": 2}, separators=(",", ":")))
        shards.append({"changes": len(changes), "firstSequence": item["firstSequence"],
                       "lastSequence": item["lastSequence"], "path": path})
    manifest["shards"] = shards
    manifest["lastSequence"] = base + start + count
    manifest["articleCount"] += count
    manifest["retired"], manifest["generatedAt"] = [], stamp
    os.sync()
    temporary = os.path.join(state, ".presswatch-tmp-bench-index.json")
    with open(temporary, "w", encoding="utf-8") as f:
        f.write(dump(manifest, separators=(",", ":")))
    os.rename(temporary, os.path.join(state, "index.json"))


def cpu_seconds():
    """User + system CPU seconds of this process and its waited-for children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def latency_only(bench, args, commit, start_load):
    """Idle RSS (measured before) and the latency rows alone: at 0 indexed, then at 10,000 and at --large, each reached by
    `fill_directly` (the daemon stopped, then started again and given 2 s to settle)."""
    bench.row("latency at 0 indexed", percentiles(bench.latency(args.latency_samples)), "p99 ≤ 50 ms")
    for size in sorted({10000, args.large}):
        fill = size - bench.count()
        if fill > 0:
            bench.stop()
            fill_directly(bench.state, bench.seed, bench.next_id, fill)
            bench.next_id += fill
            bench.start()
            time.sleep(2)
        bench.row(f"latency at {bench.count():,} indexed", percentiles(bench.latency(args.latency_samples)), "p99 ≤ 50 ms")
    bench.stop()
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\npresswatch latency (commit {commit}, {os.cpu_count()} cores; load average at the start {start_load}, "
          f"at the end {load}: figures are noisy when other work shares the machine)")
    for what, figure, target, _ in bench.rows:
        print(f"  {what.ljust(30)}  {figure}   [target {target}]")
    return 0


def burst_rows(bench, count, seconds, renamed, observed):
    """The burst's rows: articles/s beside its references, and the daemon's CPU per article."""
    bench.row(f"burst of {count:,} varied articles", f"{count / seconds:,.0f} articles/s ({seconds:.1f} s)",
              "≥ 5,000/s", f"the renames {renamed:.2f} s; inotifywait observed all in "
              + (f"{observed:.2f} s" if observed else "(inotify-tools not installed)")
              + f"; the parser alone on all cores {bench.ceiling:,.0f}/s")
    user, system = bench.burst_cpu
    bench.row("daemon CPU during the burst", f"{(user + system) / count * 1e3:.2f} ms per article "
              f"(user {user / count * 1e3:.2f} + system {system / count * 1e3:.2f}; {(user + system) / seconds:.2f} cores busy)")


def burst_only(bench, args, commit, start_load):
    """Only the burst, on an empty index: its rows (with the parser's ceiling), a perf profile
    unless --no-perf, and with --syscalls N a second burst of N articles under `strace -f`: the
    daemon's system calls and the files it creates, unlinks and renames per article."""
    profile = os.path.join(bench.root, "burst.perf") if args.perf else None
    seconds, renamed, observed, peak = bench.burst(args.burst, measure_parse=True, perf=profile)
    burst_rows(bench, args.burst, seconds, renamed, observed)
    bench.row("peak RSS during the burst", f"{peak / 1024:.1f} MiB")
    if args.syscalls:
        trace = os.path.join(bench.root, "burst.strace")
        seconds, _, _, _ = bench.burst(args.syscalls, trace=trace)
        calls, files = traced_syscalls(trace, args.syscalls)
        bench.row(f"files per article (strace -f, burst of {args.syscalls:,})",
                  ", ".join(f"{what} {n:.2f}" for what, n in files.items()))
        bench.row("system calls per article (the most frequent)",
                  ", ".join(f"{name} {n:.1f}" for name, n in list(calls.items())[:14]))
    bench.stop()
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\npresswatch burst (commit {commit}, {os.cpu_count()} cores; load average at the start {start_load}, "
          f"at the end {load}: figures are noisy when other work shares the machine)")
    for what, figure, target, reference in bench.rows:
        print(f"  {what.ljust(44)}  {figure}" + (f"   [target {target}]" if target else "")
              + (f"   (reference: {reference})" if reference else ""))
    if profile and os.path.exists(profile):
        print("\n  where the daemon's time went during the burst (perf report --no-children --sort dso,sym):")
        for line in perf_top(profile, limit=25):
            print(f"    {line}")
        if args.keep_perf:
            shutil.copy(profile, args.keep_perf)
            print(f"  (profile kept as {args.keep_perf}: perf report -i {args.keep_perf} --no-children)")
    return 0


def percentiles(ms):
    ms = sorted(ms)
    pick = lambda q: ms[min(len(ms) - 1, int(round(q * (len(ms) - 1))))]  # noqa: E731
    return f"p50 {pick(0.5):.0f} / p95 {pick(0.95):.0f} / p99 {pick(0.99):.0f} ms ({len(ms)} articles)"


def perf_top(data, limit=15):
    """The top entries of `perf report` for a `perf record -g` file: (percent, where) lines."""
    report = subprocess.run(["perf", "report", "-i", data, "--stdio", "--no-children", "--sort", "dso,sym",
                             "-g", "none", "--percent-limit", "1"], capture_output=True, text=True).stdout
    lines = [" ".join(line.split()) for line in report.split("\n") if line.strip() and not line.startswith("#")]
    if shutil.which("swift-demangle"):  # Swift symbols, readable
        lines = subprocess.run(["swift-demangle", "--simplified", "--compact"], input="\n".join(lines[:limit]),
                               capture_output=True, text=True).stdout.split("\n")
    return [line[:160] for line in lines[:limit] if line]


OTHER_BENCHES = [
    # (script, extra arguments, line prefixes kept for the table)
    ("parse_bench.py", ["--data", "{data}"], ("Text speed:", "HTML speed:", "libxml2 alone")),
    ("hostile_pages.py", [], ("worst",)),
    ("hostile_text.py", [], ("worst", "largest peak RSS")),
    ("query_bench.py", ["--articles", "{articles}"], ("query ", "floor:", "target:")),
]


def other_benches(bench, binary, data, articles):
    """Runs the parser and query benches (their whole output shown as they go) and adds their
    summary lines to the table."""
    here = os.path.dirname(os.path.abspath(__file__))
    for script, extra, keep in OTHER_BENCHES:
        command = [sys.executable, os.path.join(here, script), "--binary", binary]
        command += [a.format(data=data, articles=articles) for a in extra]
        print(f"  {script}:", flush=True)
        out = subprocess.run(command, capture_output=True, text=True)
        for line in out.stdout.rstrip().split("\n"):
            print(f"    {line}", flush=True)
            text = line.strip()
            if not text.startswith(keep):
                continue
            if text.startswith(("query --", "floor")):  # "%-46s" then the figures (not the headers)
                what, figure = text[:46].strip(), "best, median, best CPU: " + " ".join(text[46:].split())
            elif ": " in text:
                what, _, figure = text.partition(": ")
            else:
                what, figure = "", text
            bench.row(f"{script[:-3]}: {what}".rstrip(": "), figure)
        if out.returncode != 0:
            bench.row(script, f"failed (exit {out.returncode}): {out.stderr.strip()[-200:]}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("seed")
    parser.add_argument("--burst", type=int, default=10000)
    parser.add_argument("--large", type=int, default=100000)
    parser.add_argument("--latency-samples", type=int, default=100)
    parser.add_argument("--latency-only", action="store_true",
                        help="only idle RSS and the latency rows: at 0, at 10,000 and at --large indexed (filled directly)")
    parser.add_argument("--burst-only", action="store_true",
                        help="only the burst of --burst articles on an empty index (articles/s, daemon CPU per article, "
                             "the parser alone on all cores, a perf profile unless --no-perf)")
    parser.add_argument("--syscalls", type=int, default=0, metavar="N",
                        help="with --burst-only: then a burst of N more articles under strace -f (system calls and "
                             "files created/unlinked/renamed per article)")
    parser.add_argument("--keep-perf", metavar="FILE", help="with --burst-only: keep the burst's perf.data as FILE")
    parser.add_argument("--fill-through-daemon", action="store_true",
                        help="reach --large by a burst through the daemon (slow) instead of writing the state directly")
    parser.add_argument("--perf", action=argparse.BooleanOptionalAction, default=bool(shutil.which("perf")),
                        help="profile the daemon during the burst with `perf record -g` and print the top entries "
                             "(default: when perf is installed)")
    parser.add_argument("--other-benches", metavar="EVAL_DATA",
                        help="also run the parser benches (parse_bench.py on EVAL_DATA, hostile pages and text) and "
                             "query_bench.py at --large articles, their summary lines in the same table")
    args = parser.parse_args()
    began = time.monotonic()
    root = tempfile.mkdtemp(prefix="presswatch-bench-", dir=os.environ.get("BENCH_TMP"))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    bench = Bench(os.path.abspath(args.binary), args.seed, root)
    try:
        start_load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"presswatch bench: commit {commit}, {os.cpu_count()} cores, load average {start_load}; stages:", flush=True)
        bench.empty_startup = bench.start()
        time.sleep(2)
        bench.row("memory: RSS idle, empty index (peak)",
                  f"{proc_field(bench.daemon.pid, 'status', 'VmRSS:') / 1024:.1f} MiB "
                  f"({proc_field(bench.daemon.pid, 'status', 'VmHWM:') / 1024:.1f} MiB)", "≤ 25 MiB")
        if args.latency_only:
            return latency_only(bench, args, commit, start_load)
        if args.burst_only:
            return burst_only(bench, args, commit, start_load)
        bench.row("latency at 0 indexed", percentiles(bench.latency(args.latency_samples)), "p99 ≤ 50 ms")
        small = max(0, 1000 - bench.count())
        if small:
            bench.burst(small, max_bytes=4000)
        size, syncs = bench.publish_cost()
        bench.row(f"publish cost at {bench.count():,}", f"{size / 1024:.1f} KiB written, {syncs:.1f} sync calls per batch",
                  "the reference for 100k")
        cost_small = size
        profile = os.path.join(root, "burst.perf") if args.perf else None
        seconds, renamed, observed, peak = bench.burst(args.burst, measure_parse=True, perf=profile)
        burst_rows(bench, args.burst, seconds, renamed, observed)
        bench.row(f"peak RSS during the burst", f"{peak / 1024:.1f} MiB")
        bench.row(f"latency at {bench.count():,} indexed", percentiles(bench.latency(args.latency_samples)), "p99 ≤ 50 ms")
        size, syncs = bench.publish_cost()
        bench.row(f"publish cost at {bench.count():,}", f"{size / 1024:.1f} KiB written, {syncs:.1f} sync calls per batch",
                  "within 2x of 1k", f"{size / cost_small:.1f}x the cost at 1k")
        fill = args.large - bench.count()
        if fill > 0 and args.fill_through_daemon:
            seconds, _, _, peak = bench.burst(fill, max_bytes=4000)
            bench.row(f"fill: {fill:,} more articles (1-4 KB) in one burst", f"{fill / seconds:,.0f} articles/s ({seconds:.0f} s)")
            bench.row(f"peak RSS during the fill", f"{peak / 1024:.1f} MiB", "≤ 150 MiB")
        elif fill > 0:
            bench.stop()
            started = time.monotonic()
            fill_directly(bench.state, args.seed, bench.next_id, fill)
            bench.next_id += fill
            print(f"  fill: {fill:,} articles written directly in the documented format in {time.monotonic() - started:.0f} s")
            first = bench.start()
            bench.row(f"first start-up after the fill (builds its keys and query columns files)", f"{first * 1000:.0f} ms")
        bench.row(f"latency at {bench.count():,} indexed", percentiles(bench.latency(args.latency_samples)), "p99 ≤ 50 ms")
        size, syncs = bench.publish_cost()
        bench.row(f"publish cost at {bench.count():,}", f"{size / 1024:.1f} KiB written, {syncs:.1f} sync calls per batch",
                  "within 2x of 1k", f"{size / cost_small:.1f}x the cost at 1k")
        bench.stop()
        startup = bench.start()
        bench.row(f"start-up to READY=1 at {bench.count():,}", f"{startup * 1000:.0f} ms", "≤ 300 ms",
                  f"the same binary on an empty state: {bench.empty_startup * 1000:.0f} ms")
        time.sleep(2)
        bench.row(f"memory: RSS idle at {bench.count():,} (peak since start)",
                  f"{proc_field(bench.daemon.pid, 'status', 'VmRSS:') / 1024:.1f} MiB "
                  f"({proc_field(bench.daemon.pid, 'status', 'VmHWM:') / 1024:.1f} MiB)", "≤ 150 MiB")
        bench.stop()
        # The recipe's read_index turns the cycle collector off while it loads; the one
        # collection it defers (everything loaded is scanned once) is counted here, not left
        # to land in the next measurement.
        started, cpu = time.monotonic(), time.process_time()
        manifest, articles = RECIPE["read_index"](bench.state)
        gc.collect()
        whole, cpu = time.monotonic() - started, time.process_time() - cpu
        bench.row(f"reader: Python recipe, whole index ({len(articles):,})", f"{whole:.2f} s ({cpu:.2f} s CPU)", "≤ 2 s")
        started, cpu = time.monotonic(), time.process_time()
        last = list(RECIPE["changes_after"](bench.state, manifest["lastSequence"] - 100))
        wall, cpu = (time.monotonic() - started) * 1000, (time.process_time() - cpu) * 1000
        read = sum(s["changes"] for s in manifest["shards"] if s["lastSequence"] > manifest["lastSequence"] - 100)
        bench.row(f"reader: changes after N, last {len(last)}", f"{wall:.0f} ms ({cpu:.0f} ms CPU; {read} changes read)", "≤ 50 ms")
        size = sum(os.path.getsize(os.path.join(bench.state, s["path"])) for s in manifest["shards"])
        bench.row("index size", f"{size / 1024 / 1024:.1f} MiB in {len(manifest['shards'])} shards, "
                  f"index.json {os.path.getsize(os.path.join(bench.state, 'index.json'))} bytes")
        if args.other_benches:
            other_benches(bench, bench.binary, args.other_benches, args.large)
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
        if profile and os.path.exists(profile):
            print(f"\n  where the daemon's time went during the burst (perf record -g -p PID; "
                  f"perf report --no-children --sort dso,sym, entries above 1 %):")
            for line in perf_top(profile):
                print(f"    {line}")
        print(f"\n  the bench took {(time.monotonic() - began) / 60:.1f} min, {cpu_seconds() / 60:.1f} min of CPU "
              f"(itself and its children, the daemon included) on {os.cpu_count()} cores")
        return 0
    finally:
        if bench.daemon and bench.daemon.poll() is None:
            bench.daemon.kill()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
