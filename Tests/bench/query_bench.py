#!/usr/bin/env python3
"""Speed of the reading commands on a large index (printed, never asserted).

Builds a state folder of N articles (100,000 by default) by writing schemaVersion 2 shards and
the manifest directly, as docs/index-format.md describes them (entries of realistic size: a
~300-character lede, keywords, places), then times with the release binary:

  - `presswatch query` with one filter at a time, output to /dev/null (median of 5 runs);
  - `presswatch query --count`, with and without a filter;
  - `presswatch query --follow --new`: the delay between the rename of a new index.json (a
    publication) and the moment its JSON line reaches the reader, over 20 publications.

Each line prints the median and best wall-clock time of the runs, the CPU time (user + system)
of the median run, and the target of issue 12 beside it: a query with one filter <= 300 ms,
`--count` <= 200 ms, a --follow line <= 100 ms after publication. "over" means the median
missed the target. The machine may be shared (other builds running): the CPU time is the
steadier figure then; a wall time near the CPU time means the machine was quiet.

Usage: query_bench.py --binary .build/release/presswatch [--articles 100000] [--keep DIR]
"""
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
    """A state folder written shard by shard, like the daemon publishes."""

    def __init__(self, path):
        self.path = path
        os.makedirs(os.path.join(path, "index"), exist_ok=True)
        self.shards, self.sequence, self.generation, self.count = [], 0, 0, 0
        self.index_id = "%016x" % random.getrandbits(64)

    def publish(self, entries):
        self.generation += 1
        first = self.sequence + 1
        changes = []
        for e in entries:
            self.sequence += 1
            changes.append({"change": "added", "entry": e, "id": e["id"], "replacedBy": None, "sequence": self.sequence})
        rel = "index/%012d.json" % self.generation
        with open(os.path.join(self.path, rel), "w", encoding="utf-8") as f:
            f.write(dump({"changes": changes, "firstSequence": first, "generation": self.generation,
                          "lastSequence": self.sequence, "schemaVersion": 2}))
        self.shards.append({"changes": len(changes), "firstSequence": first, "lastSequence": self.sequence, "path": rel})
        self.count += len(entries)
        write_atomic(os.path.join(self.path, "index.json"), dump({
            "articleCount": self.count, "generatedAt": "2026-02-16T09:36:07Z", "generation": self.generation,
            "graceSeconds": 300, "indexId": self.index_id, "lastSequence": self.sequence, "retired": [],
            "schemaVersion": 2, "shards": self.shards}))


def timed(argv, runs=5):
    """(median wall ms, best wall ms, CPU ms of the median run, exit status)."""
    runs_seen, status = [], None
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        status = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        wall = (time.perf_counter() - start) * 1000
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
        runs_seen.append((wall, cpu))
    runs_seen.sort()
    median_wall, median_cpu = runs_seen[len(runs_seen) // 2]
    return median_wall, runs_seen[0][0], median_cpu, status


def verdict(median, target):
    return "ok" if median <= target else "over"


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
    parser.add_argument("--keep", help="build the state folder here (a new folder) and keep it")
    args = parser.parse_args()
    rng = random.Random(12)
    root = args.keep or tempfile.mkdtemp(prefix="presswatch-query-bench-")
    try:
        state = State(root)
        start = time.perf_counter()
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
        total = sum(os.path.getsize(os.path.join(root, s["path"])) for s in state.shards)
        print("query bench: %d articles in %d shards, %.1f MB of shards, built in %.1f s; wall times are medians of 5 runs"
              % (args.articles, len(state.shards), total / 1e6, time.perf_counter() - start))
        base = [args.binary, "query", "--state", root]
        cases = [
            ("query --language fr", ["--language", "fr"]),
            ("query --place RW", ["--place", "RW"]),
            ("query --source reuters", ["--source", "reuters"]),
            ("query --since 2026-12-01", ["--since", "2026-12-01"]),
            ("query --until 2026-01-31", ["--until", "2026-01-31"]),
            ("query --site osiris", ["--site", "osiris"]),
            ("query --text \"cote d'ivoire\"", ["--text", "cote d'ivoire"]),
            ("query --author diallo", ["--author", "diallo"]),
            ("query --id %s" % entry(7, random.Random(0))["id"][:6], ["--id", entry(7, random.Random(0))["id"][:6]]),
            ("query --language fr --limit 20 --format table", ["--language", "fr", "--limit", "20", "--format", "table"]),
            ("query --count", ["--count"]),
            ("floor: read+validate all shards (--id ffff…)", ["--id", "ffffffffffffffff"]),
            ("query --count --language fr", ["--count", "--language", "fr"]),
            ("query --count --text kigali", ["--count", "--text", "kigali"]),
        ]
        print("  %-46s %9s %9s %9s %9s" % ("command (100,000 articles unless said)", "median", "best", "cpu", "target"))
        for label, extra in cases:
            target = 200 if "--count" in extra else 300
            if label.startswith("floor"):
                # Matches nothing by id before any entry is decoded: the cost of reading the
                # index at all, below which no query can go without another file format.
                median, best, cpu, status = timed(base + extra)
                print("  %-46s %6.0f ms %6.0f ms %6.0f ms  (no target)  (exit %d)" % (label, median, best, cpu, status))
                continue
            median, best, cpu, status = timed(base + extra)
            print("  %-46s %6.0f ms %6.0f ms %6.0f ms  <= %d ms  %s  (exit %d)"
                  % (label, median, best, cpu, target, verdict(median, target), status))
        delays, code = follow_latency(args.binary, state, rng)
        if delays:
            print("  %-46s %6.1f ms %6.1f ms %9s  <= 100 ms  %s  (max %.1f ms over %d publications; exit %s after SIGTERM)"
                  % ("query --follow: publication to line", statistics.median(delays), min(delays), "",
                     verdict(statistics.median(delays), 100), max(delays), len(delays), code))
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
