#!/usr/bin/env python3
"""Speed of the reading commands on a large index (printed, never asserted).

Builds a state folder of N articles (100,000 by default) by writing schemaVersion 2 shards and
the manifest directly, as docs/index-format.md describes them (entries of realistic size: a
~300-character lede, keywords, places), then times with the release binary:

  - `presswatch query` with each filter alone, output to /dev/null;
  - `presswatch query --count`, alone and with each filter alone;
  - the floor under them: the query that reads and validates every shard but keeps nothing
    (`--id ffff…`), the binary's start (`--version`), and `shard_floor.cpp` (built here with
    c++ and simdjson): the same shard bytes mmapped and read once by a minimal loop, through
    simdjson's stage 1, and through stage 1 plus a walk of every entry's top-level members;
  - `presswatch query --follow --new`: the delay between the rename of a new index.json (a
    publication) and the moment its JSON line reaches the reader, over 20 publications.

Each query line prints the best and the median wall-clock time of --runs runs (7 by default),
the best CPU time (user + system) of those runs, and the target of issue 12 beside it: a query
with one filter <= 300 ms, `--count` <= 200 ms (with or without a filter), a --follow line
<= 100 ms after publication. The verdict ("ok" / "over") is the best run's. The machine may be
shared (other builds running): the CPU time is the steadier figure then; a wall time near the
CPU time means the machine was quiet. The load average at the start and end is printed.

Each shard is written with its query columns file (`index/<generation>.cols`, by
shard_columns.py, as the daemon writes it), so the queries read the columns and touch the shards
only for the entries they print; `--no-columns` times the same folder without them (the path
of a folder written before they existed, and of any reader of the documented format).

Usage: query_bench.py --binary .build/release/presswatch [--articles 100000] [--runs 7] [--keep DIR | --reuse DIR] [--no-columns]
"""
import shard_columns
import argparse, hashlib, json, os, random, resource, select, shutil, statistics, subprocess, sys, tempfile, time

WORDS = ("gouvernement plan routes ponts milliards coopération numérique partenariat économie banque "
         "santé école récolte café cacao port énergie solaire réseau élection sommet accord dette "
         "croissance marché emploi jeunes femmes agriculture eau climat investissement Kigali Dakar "
         "Abidjan Lomé Cotonou Yaoundé Nairobi Accra Niamey Bamako").split()
SOURCES = ["Agence Ecofin", "Reuters", "AFP", "APS", "Xinhua", "Anadolu", None]
PLACES = [("RW", "Rwanda"), ("CI", "Côte d'Ivoire"), ("SN", "Sénégal"), ("BJ", "Bénin"), ("TG", "Togo"),
          ("KE", "Kenya"), ("GH", "Ghana"), ("ML", "Mali"), ("NE", "Niger"), ("CM", "Cameroun")]


def entry(n, rng):
    ident = hashlib.sha256(b"bench-%d" % n).hexdigest()[:16]
    title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 12))).capitalize()
    lede = " ".join(rng.choice(WORDS) for _ in range(45)) + "."
    day = "2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
    stamp = "2026-02-16T09:%02d:%02dZ" % (n // 60 % 60, n % 60)
    places = [{"code": c, "mentions": rng.randint(1, 4), "name": name} for c, name in rng.sample(PLACES, rng.randint(0, 2))]
    return {
        "amounts": [], "archivedPath": "archive/2026/02/%s.txt" % ident,
        "authors": [rng.choice(["Aïcha Diallo", "Jean Dupont", "Adoni Conrad Quenum"])] if n % 2 else [],
        "format": "text", "id": ident, "indexedAt": stamp,
        "keywords": rng.sample(WORDS, 8), "language": rng.choice(["fr", "fr", "en"]), "lede": lede,
        "originalName": "%s.txt" % ident, "places": places, "previousVersions": [],
        "published": day if n % 10 else None, "readingMinutes": 2, "site": "OSIRIS",
        "source": rng.choice(SOURCES), "storyId": ident[::-1], "summary": None, "title": title,
        "updatedAt": stamp, "wordCount": 412,
    }


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def write_atomic(path, text):
    tmp = os.path.join(os.path.dirname(path), ".presswatch-tmp-bench")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.rename(tmp, path)


class State:
    """A state folder written shard by shard, like the daemon publishes: each shard with its
    query columns file (shard_columns.py) when `checksum` is given, as the daemon writes it."""

    def __init__(self, path, checksum=None):
        self.path = path
        os.makedirs(os.path.join(path, "index"), exist_ok=True)
        self.shards, self.sequence, self.generation, self.count = [], 0, 0, 0
        self.index_id = "%016x" % random.getrandbits(64)
        self.checksum = checksum

    def publish(self, entries):
        self.generation += 1
        first = self.sequence + 1
        changes = []
        for e in entries:
            self.sequence += 1
            changes.append({"change": "added", "entry": e, "id": e["id"], "replacedBy": None, "sequence": self.sequence})
        rel = "index/%012d.json" % self.generation
        document = {"changes": changes, "firstSequence": first, "generation": self.generation,
                    "lastSequence": self.sequence, "schemaVersion": 2}
        if self.checksum is None:
            with open(os.path.join(self.path, rel), "w", encoding="utf-8") as f:
                f.write(dump(document))
        else:
            shard, columns = shard_columns.encode(changes, first, self.sequence, self.generation, self.checksum)
            if self.generation == 1 or len(changes) < 100:
                assert shard == dump(document).encode(), "shard_columns.encode wrote another shard than dump()"
            with open(os.path.join(self.path, rel), "wb") as f:
                f.write(shard)
            with open(os.path.join(self.path, rel[:-len(".json")] + ".cols"), "wb") as f:
                f.write(columns)
        self.shards.append({"changes": len(changes), "firstSequence": first, "lastSequence": self.sequence, "path": rel})
        self.count += len(entries)
        write_atomic(os.path.join(self.path, "index.json"), dump({
            "articleCount": self.count, "generatedAt": "2026-02-16T09:36:07Z", "generation": self.generation,
            "graceSeconds": 300, "indexId": self.index_id, "lastSequence": self.sequence, "retired": [],
            "schemaVersion": 2, "shards": self.shards}))


def timed(argv, runs):
    """(best wall ms, median wall ms, best CPU ms, exit status) over `runs` runs."""
    walls, cpus, status = [], [], None
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        status = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        walls.append((time.perf_counter() - start) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    return min(walls), statistics.median(walls), min(cpus), status


def verdict(wall, target):
    return "ok" if wall <= target else "over"


def shard_floor(paths, runs):
    """{name: (cpu ms, wall ms)} from shard_floor.cpp, or None when it cannot be built."""
    compiler = shutil.which("c++") or shutil.which("g++") or shutil.which("clang++")
    if compiler is None:
        return None
    here = os.path.dirname(os.path.abspath(__file__))
    with tempfile.TemporaryDirectory() as scratch:
        binary = os.path.join(scratch, "shard_floor")
        built = subprocess.run([compiler, "-std=c++17", "-O2", os.path.join(here, "shard_floor.cpp"), "-o", binary,
                                "-lsimdjson"], capture_output=True, text=True)
        if built.returncode != 0:
            return None
        out = subprocess.run([binary, str(runs), *paths], capture_output=True, text=True)
        if out.returncode != 0:
            return None
        return {name: (float(cpu), float(wall)) for name, cpu, wall in (line.split() for line in out.stdout.splitlines())}


def follow_latency(binary, state, rng, publications=20):
    proc = subprocess.Popen([binary, "query", "--state", state.path, "--follow", "--new"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    time.sleep(1.0)  # let it read the index and start watching
    delays = []
    try:
        for k in range(publications):
            e = entry(10_000_000 + k, rng)
            state.publish([e])
            published = time.perf_counter()
            ready, _, _ = select.select([proc.stdout], [], [], 5.0)
            if not ready:
                print("follow: no line within 5 s of publication %d" % k)
                break
            line = proc.stdout.readline()
            seen = time.perf_counter()
            assert json.loads(line)["id"] == e["id"]
            delays.append((seen - published) * 1000)
            time.sleep(0.05)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return delays, proc.returncode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7, help="runs of each command (best and median shown)")
    parser.add_argument("--keep", help="build the state folder here (a new folder) and keep it")
    parser.add_argument("--reuse", help="time an existing state folder made by --keep (same --articles) instead of building one")
    parser.add_argument("--no-columns", action="store_true",
                        help="without the shards' query columns files (.cols): not written, or with --reuse set aside "
                             "during the run and put back after: the reading path of a folder written before them")
    args = parser.parse_args()
    rng = random.Random(12)
    root = args.reuse or args.keep or tempfile.mkdtemp(prefix="presswatch-query-bench-")
    saved_manifest = None
    checksum = None
    aside = os.path.join(root, ".cols-aside")
    try:
        if not args.no_columns:
            try:
                checksum = shard_columns.Checksum()
            except (RuntimeError, subprocess.CalledProcessError) as error:
                print("query bench: no query columns files (%s)" % error)
        state = State(root, checksum)
        if args.reuse and args.no_columns:
            os.makedirs(aside, exist_ok=True)
            for name in os.listdir(os.path.join(root, "index")):
                if name.endswith(".cols"):
                    os.rename(os.path.join(root, "index", name), os.path.join(aside, name))
        start = time.perf_counter()
        if args.reuse:
            with open(os.path.join(root, "index.json"), encoding="utf-8") as f:
                saved_manifest = f.read()
            manifest = json.loads(saved_manifest)
            state.shards, state.sequence = manifest["shards"], manifest["lastSequence"]
            state.generation, state.count, state.index_id = manifest["generation"], manifest["articleCount"], manifest["indexId"]
            built = "reused"
        else:
            # Shards as compaction leaves them: a few, decreasing in size.
            sizes, left = [], args.articles
            while left > 0:
                size = max(1, min(left, (left * 5) // 8 if left > 1000 else left))
                sizes.append(size)
                left -= size
            n = 0
            for size in sizes:
                state.publish([entry(n + i, rng) for i in range(size)])
                n += size
            built = "built in %.1f s" % (time.perf_counter() - start)
        total = sum(os.path.getsize(os.path.join(root, s["path"])) for s in state.shards)
        columns = [os.path.join(root, s["path"][:-len(".json")] + ".cols") for s in state.shards]
        present = [c for c in columns if os.path.exists(c)]
        print("query bench: %s articles in %d shards, %.1f MB of shards, %s; best and median of %d runs"
              % (format(state.count, ","), len(state.shards), total / 1e6, built, args.runs))
        print("  query columns files: %d of %d shards (%.1f MB)%s"
              % (len(present), len(state.shards), sum(os.path.getsize(c) for c in present) / 1e6,
                 "" if present else ": every query reads every shard whole (the path of a folder written before them)"))
        base = [args.binary, "query", "--state", root]
        some_id = entry(7, random.Random(0))["id"][:6]
        filters = [
            ("--language fr", ["--language", "fr"]),
            ("--place RW", ["--place", "RW"]),
            ("--source reuters", ["--source", "reuters"]),
            ("--since 2026-12-01", ["--since", "2026-12-01"]),
            ("--until 2026-01-31", ["--until", "2026-01-31"]),
            ("--site osiris", ["--site", "osiris"]),
            ("--text \"cote d'ivoire\"", ["--text", "cote d'ivoire"]),
            ("--text kigali", ["--text", "kigali"]),
            ("--author diallo", ["--author", "diallo"]),
            ("--id %s" % some_id, ["--id", some_id]),
        ]
        cases = [("query " + label, extra) for label, extra in filters]
        cases.append(("query --language fr --limit 20 --format table", ["--language", "fr", "--limit", "20", "--format", "table"]))
        cases.append(("query --count", ["--count"]))
        cases += [("query --count " + label, ["--count"] + extra) for label, extra in filters]
        print("  load average at start: %s" % " ".join("%.2f" % x for x in os.getloadavg()))
        print("  %-46s %9s %9s %9s %9s" % ("command (%s articles)" % format(args.articles, ","), "best", "median", "best cpu", "target"))
        results = []
        for label, extra in cases:
            target = 200 if "--count" in extra else 300
            best, median, cpu, status = timed(base + extra, args.runs)
            results.append((label, target, best, cpu))
            print("  %-46s %6.0f ms %6.0f ms %6.0f ms  <= %d ms  %s  (exit %d)"
                  % (label, best, median, cpu, target, verdict(best, target), status))
        # The floor: what any query over these files costs before it keeps anything.
        best, median, cpu, status = timed(base + ["--id", "ffffffffffffffff"], args.runs)
        print("  %-46s %6.0f ms %6.0f ms %6.0f ms  (no target)  (exit %d)"
              % ("floor: query that keeps nothing (--id ffff…)", best, median, cpu, status))
        best, median, cpu, status = timed([args.binary, "--version"], args.runs)
        print("  %-46s %6.0f ms %6.0f ms %6.0f ms  (no target)" % ("floor: presswatch --version (process start)", best, median, cpu))
        paths = [os.path.join(root, s["path"]) for s in state.shards]
        floor = shard_floor(paths, args.runs)
        if floor is None:
            print("  floor: shard_floor.cpp not built (needs c++ and libsimdjson-dev)")
        else:
            for name, what in (("touch", "mmap + read every byte once (C)"), ("stage1", "simdjson stage 1, one thread (C)"),
                               ("walk", "stage 1 + every entry member (C)")):
                cpu, wall = floor[name]
                print("  %-46s %6.0f ms %9s %6.0f ms  (no target)" % ("floor: " + what, wall, "", cpu))
        print("  load average at end: %s" % " ".join("%.2f" % x for x in os.getloadavg()))
        delays, code = follow_latency(args.binary, state, rng)
        if delays:
            print("  %-46s %6.1f ms %6.1f ms %9s  <= 100 ms  %s  (median; max %.1f ms over %d publications; exit %s after SIGTERM)"
                  % ("query --follow: publication to line", min(delays), statistics.median(delays), "",
                     verdict(statistics.median(delays), 100), max(delays), len(delays), code))
        # The three targets of issue 12, each by its slowest case (best wall of its runs).
        load = " ".join("%.2f" % x for x in os.getloadavg())
        for name, target, chosen in (("query with one filter", 300, [r for r in results if "--count" not in r[0]]),
                                     ("query --count, with or without one filter", 200, [r for r in results if "--count" in r[0]])):
            worst = max(chosen, key=lambda r: r[2])
            print("target: %s <= %d ms: %s; slowest best wall %.0f ms (%s), slowest best CPU %.0f ms, %d cases, load %s"
                  % (name, target, "ok" if all(r[2] <= target for r in chosen) else "over in %d cases" % sum(r[2] > target for r in chosen),
                     worst[2], worst[0], max(r[3] for r in chosen), len(chosen), load))
        if delays:
            print("target: query --follow sees a new article <= 100 ms after publication: %s; median %.1f ms, max %.1f ms over %d, load %s"
                  % (verdict(statistics.median(delays), 100), statistics.median(delays), max(delays), len(delays), load))
        else:
            print("target: query --follow sees a new article <= 100 ms after publication: not measured (no line)")
    finally:
        if args.reuse and saved_manifest is not None:
            # Leave the folder as it was: the manifest back, the --follow publications' shards gone.
            kept = {s["path"] for s in json.loads(saved_manifest)["shards"]}
            write_atomic(os.path.join(root, "index.json"), saved_manifest)
            for s in state.shards:
                if s["path"] not in kept:
                    os.remove(os.path.join(root, s["path"]))
                    if os.path.exists(os.path.join(root, s["path"][:-len(".json")] + ".cols")):
                        os.remove(os.path.join(root, s["path"][:-len(".json")] + ".cols"))
            if os.path.isdir(aside):
                for name in os.listdir(aside):
                    os.rename(os.path.join(aside, name), os.path.join(root, "index", name))
                os.rmdir(aside)
        elif not args.keep:
            shutil.rmtree(root, ignore_errors=True)
        if checksum is not None:
            checksum.close()


if __name__ == "__main__":
    sys.exit(main())
