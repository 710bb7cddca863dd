#!/usr/bin/env python3
"""Parser speed, through the release CLI: seed-like text articles, and the eval's HTML pages.
Prints figures beside their targets (issue 10); asserts nothing.

Usage: Tests/bench/parse_bench.py [--binary PATH] [--data DIR] [--rounds N] [--articles N] [--html-rounds N]

The file names are handed over in a list file (`presswatch parse --files-from`) when the binary
reads one, else as arguments (which costs older binaries time quadratic in the file count).

Text: N seed-like articles (Tests/bench/bench_articles.py: the seed's layout in French and wire
copy in English, German and Spanish, 1.5-4 KB like the seed) parsed by `presswatch parse` in one
process pinned to one core, best of N rounds, in CPU seconds (user + system) without start-up:
articles and MB per CPU second (target >= 5,000 articles/s).

HTML (when `make eval` has fetched the pages into --data):
Runs `presswatch parse` over every htmldate and trafilatura page (each file name once) (fetched by Tests/eval/eval.py)
in one process pinned to one core, best of N rounds, and reports CPU seconds (user + system of
the child). It also measures one `presswatch parse` of a tiny page (start-up, argument parsing,
one parse, JSON output) and subtracts it, so the second figure is per page of parsing + file
reading + JSON encoding without process start-up. Neither figure is the parser alone in-process.

It also builds Tests/bench/libxml2_ceiling.c (cc + pkg-config libxml-2.0) and prints libxml2's HTML
parser alone over the same pages, in memory, with callbacks that do nothing: the ceiling on what
presswatch can reach while it parses with libxml2, and the ratio of the two (presswatch without
start-up / libxml2 alone; the target is 0.6). On a shared host the two, measured minutes apart,
swing apart by ±0.1 of that ratio, so they are measured in pairs: --html-rounds rounds, each one
pass of presswatch and one of libxml2 alone, in ABBA order (round 1 presswatch first, round 2
libxml2 first, ...), and the ratio printed is the median of the per-round ratios, with their
spread (min–max); the pages per CPU second beside it are each side's median over the rounds.
"""
import argparse, os, resource, shutil, statistics, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def cpu(command, rounds):
    best = None
    for _ in range(rounds):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(command, capture_output=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = used if best is None else min(best, used)
    return best


def reads_file_lists(binary):
    """Whether `presswatch parse` has --files-from (older binaries take the names as arguments)."""
    return b"--files-from" in subprocess.run([binary, "parse", "--help"], capture_output=True).stdout


def parse_command(binary, pages, folder):
    """`presswatch parse` over the pages: the names in a list file (--files-from) when the binary
    reads one, else as arguments (swift-argument-parser's cost for thousands of arguments is
    quadratic in their number: bench overhead, not parsing)."""
    if not reads_file_lists(binary):
        return [binary, "parse", *pages]
    listing = os.path.join(folder, "files.list")
    with open(listing, "w", encoding="utf-8") as out:
        out.write("".join(page + "\n" for page in pages))
    return [binary, "parse", "--files-from", listing]


def measure(binary, pages, rounds=5):
    """(pages per CPU second including start-up, start-up CPU seconds, pages per CPU second without it)."""
    pin = pinned()
    with tempfile.TemporaryDirectory() as scratch:
        total = cpu([*pin, *parse_command(binary, pages, scratch)], rounds)
    with tempfile.NamedTemporaryFile("w", suffix=".html") as tiny:
        tiny.write("<html><head><title>T</title></head><body><p>x</p></body></html>")
        tiny.flush()
        startup = cpu([*pin, binary, "parse", tiny.name], rounds * 2)
    return len(pages) / total, startup, len(pages) / max(total - startup, 1e-9)


def pinned():
    """`taskset -c 0` when there is one: every measured process on the same core."""
    return ["taskset", "-c", "0"] if shutil.which("taskset") else []


def build_ceiling(folder):
    """Builds Tests/bench/libxml2_ceiling.c into `folder`; its path, or None without cc or libxml2."""
    compiler = shutil.which("cc") or shutil.which("clang") or shutil.which("gcc")
    if compiler is None:
        return None
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libxml-2.0"], capture_output=True, text=True)
    if flags.returncode != 0:
        return None
    binary = os.path.join(folder, "libxml2_ceiling")
    built = subprocess.run([compiler, "-O2", os.path.join(HERE, "libxml2_ceiling.c"), "-o", binary,
                            *flags.stdout.split()], capture_output=True, text=True)
    return binary if built.returncode == 0 else None


def run_ceiling(ceiling, pages, rounds):
    """Pages per CPU second of the built ceiling over `pages` (best of its `rounds` in-process passes)."""
    out = subprocess.run([*pinned(), ceiling, str(rounds), *pages], capture_output=True, text=True, check=True)
    count, seconds = out.stdout.split()
    return int(count) / max(float(seconds), 1e-9)


def libxml2_ceiling(pages, rounds):
    """Pages per CPU second of libxml2's HTML parser alone, or None when it cannot be built."""
    with tempfile.TemporaryDirectory() as scratch:
        ceiling = build_ceiling(scratch)
        return None if ceiling is None else run_ceiling(ceiling, pages, rounds)


def paired_rounds(binary, pages, rounds):
    """presswatch and libxml2 alone measured in turns over the same pages, in ABBA order:
    [(presswatch pages per CPU s including start-up, without it, libxml2 pages per CPU s)] per
    round, the start-up CPU seconds (best of 2 tiny runs per round, taken with the rounds), or
    None when libxml2 alone cannot be built."""
    with tempfile.TemporaryDirectory() as scratch:
        ceiling = build_ceiling(scratch)
        if ceiling is None:
            return None, None
        command = [*pinned(), *parse_command(binary, pages, scratch)]
        tiny = os.path.join(scratch, "tiny.html")
        with open(tiny, "w") as out:
            out.write("<html><head><title>T</title></head><body><p>x</p></body></html>")
        totals, ceilings, startups = [], [], []
        for n in range(rounds):
            steps = ["presswatch", "libxml2"] if n % 2 == 0 else ["libxml2", "presswatch"]
            for step in steps:
                if step == "presswatch":
                    totals.append(cpu(command, 1))
                    startups.append(cpu([*pinned(), binary, "parse", tiny], 2))
                else:
                    ceilings.append(run_ceiling(ceiling, pages, 1))
    startup = min(startups)
    return [(len(pages) / total, len(pages) / max(total - startup, 1e-9), ceiling)
            for total, ceiling in zip(totals, ceilings)], startup


def text_speed(binary, count, rounds):
    """Prints seed-like text articles (and MB) per CPU second without start-up."""
    import sys
    sys.path.insert(0, HERE)
    from bench_articles import make_articles
    seed = os.path.join(HERE, "..", "..", "seeds", "000_c270c34a5fa5b89e.txt")
    with tempfile.TemporaryDirectory() as folder:
        paths = make_articles(seed, folder, 0, count, min_bytes=1500, max_bytes=4000)
        size = sum(os.path.getsize(p) for p in paths)
        _, _, rate = measure(binary, paths, rounds)
    megabytes = rate * size / len(paths) / 1e6
    print(f"{len(paths)} seed-like text articles, mean {size / len(paths) / 1024:.1f} KiB, one process on one core, "
          f"best of {rounds}, CPU time without start-up:")
    print(f"Text speed: {rate:,.0f} articles per CPU second, {megabytes:.1f} MB per CPU second "
          f"(target >= 5,000 articles/s)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build-html-rel/release/presswatch")
    parser.add_argument("--data", default=".eval")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--html-rounds", type=int, default=10,
                        help="HTML: rounds of presswatch and libxml2 alone in turns (ABBA); the ratio is their median")
    parser.add_argument("--text-only", action="store_true",
                        help="the text measure alone (run it on two binaries in turns to compare them)")
    args = parser.parse_args()
    text_speed(args.binary, args.articles, args.rounds)
    if args.text_only:
        return
    if not os.path.isdir(os.path.join(args.data, "htmldate-1.2.3")):
        print("HTML speed: not measured (run 'make eval' once to fetch the real HTML pages)")
        return
    # Each file name once (seven are in both caches), as Tests/eval/eval.py counts them.
    seen = {}
    for folder in ("htmldate-1.2.3", "trafilatura-1.0.0"):
        cache = os.path.join(args.data, folder, "tests", "cache")
        for name in sorted(os.listdir(cache)):
            seen.setdefault(name, os.path.join(cache, name))
    pages = [seen[name] for name in sorted(seen)]
    size = sum(os.path.getsize(p) for p in pages) / len(pages) / 1024
    runs, startup = paired_rounds(args.binary, pages, args.html_rounds)
    if runs is None:
        rate, startup, parse_rate = measure(args.binary, pages, args.rounds)
        print(f"{len(pages)} pages, mean {size:.0f} KiB, one process on one core, best of {args.rounds}:")
        print(f"  {rate:.0f} pages per CPU second including process start-up, file reading and JSON output")
        print(f"  start-up + one tiny page: {startup * 1000:.0f} ms CPU")
        print(f"  {parse_rate:.0f} pages per CPU second without start-up (parse + file reading + JSON output)")
        print("  libxml2 alone: not measured (needs cc and pkg-config libxml-2.0)")
        return
    print(f"{len(pages)} pages, mean {size:.0f} KiB, one process on one core, {len(runs)} rounds of presswatch "
          f"and libxml2 alone in turns (ABBA), medians:")
    for n, (_, without, ceiling) in enumerate(runs):
        print(f"  round {n + 1}: presswatch {without:.0f}, libxml2 alone {ceiling:.0f} pages per CPU second, "
              f"ratio {without / ceiling:.3f}")
    rate = statistics.median(r[0] for r in runs)
    parse_rate = statistics.median(r[1] for r in runs)
    ceiling = statistics.median(r[2] for r in runs)
    ratios = [r[1] / r[2] for r in runs]
    megabytes = parse_rate * size * 1024 / 1e6
    print(f"  {rate:.0f} pages per CPU second including process start-up, file reading and JSON output")
    print(f"  start-up + one tiny page: {startup * 1000:.0f} ms CPU")
    print(f"  {parse_rate:.0f} pages per CPU second without start-up (parse + file reading + JSON output)")
    print(f"  libxml2 alone (HTML parser, empty SAX callbacks, pages in memory): {ceiling:.0f} pages per CPU second")
    print(f"HTML speed: presswatch {parse_rate:.0f} / libxml2 {ceiling:.0f} pages per CPU second = "
          f"{statistics.median(ratios):.2f} of libxml2's own parse (median of {len(runs)} paired rounds, "
          f"spread {min(ratios):.2f}–{max(ratios):.2f}; target >= 0.6); {megabytes:.1f} MB per CPU second")

if __name__ == "__main__":
    main()
