#!/usr/bin/env python3
"""Parser speed, through the release CLI: seed-like text articles, and the eval's HTML pages.
Prints figures beside their targets (issue 10); asserts nothing.

Usage: Tests/bench/parse_bench.py [--binary PATH] [--data DIR] [--rounds N] [--articles N]

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
start-up / libxml2 alone; the target is 0.6).
"""
import argparse, os, resource, shutil, subprocess, tempfile

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
    pin = ["taskset", "-c", "0"] if subprocess.run(["which", "taskset"], capture_output=True).returncode == 0 else []
    with tempfile.TemporaryDirectory() as scratch:
        total = cpu([*pin, *parse_command(binary, pages, scratch)], rounds)
    with tempfile.NamedTemporaryFile("w", suffix=".html") as tiny:
        tiny.write("<html><head><title>T</title></head><body><p>x</p></body></html>")
        tiny.flush()
        startup = cpu([*pin, binary, "parse", tiny.name], rounds * 2)
    return len(pages) / total, startup, len(pages) / max(total - startup, 1e-9)


def libxml2_ceiling(pages, rounds):
    """Pages per CPU second of libxml2's HTML parser alone, or None when it cannot be built."""
    compiler = shutil.which("cc") or shutil.which("clang") or shutil.which("gcc")
    if compiler is None:
        return None
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libxml-2.0"], capture_output=True, text=True)
    if flags.returncode != 0:
        return None
    with tempfile.TemporaryDirectory() as scratch:
        binary = os.path.join(scratch, "libxml2_ceiling")
        built = subprocess.run([compiler, "-O2", os.path.join(HERE, "libxml2_ceiling.c"), "-o", binary,
                                *flags.stdout.split()], capture_output=True, text=True)
        if built.returncode != 0:
            return None
        pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
        out = subprocess.run([*pin, binary, str(rounds), *pages], capture_output=True, text=True, check=True)
        count, seconds = out.stdout.split()
        return int(count) / max(float(seconds), 1e-9)


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
    args = parser.parse_args()
    text_speed(args.binary, args.articles, args.rounds)
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
    rate, startup, parse_rate = measure(args.binary, pages, args.rounds)
    size = sum(os.path.getsize(p) for p in pages) / len(pages) / 1024
    megabytes = parse_rate * size * 1024 / 1e6
    print(f"{len(pages)} pages, mean {size:.0f} KiB, one process on one core, best of {args.rounds}:")
    print(f"  {rate:.0f} pages per CPU second including process start-up, file reading and JSON output")
    print(f"  start-up + one tiny page: {startup * 1000:.0f} ms CPU")
    print(f"  {parse_rate:.0f} pages per CPU second without start-up (parse + file reading + JSON output)")
    ceiling = libxml2_ceiling(pages, args.rounds)
    if ceiling is None:
        print("  libxml2 alone: not measured (needs cc and pkg-config libxml-2.0)")
    else:
        print(f"  libxml2 alone (HTML parser, empty SAX callbacks, pages in memory): {ceiling:.0f} pages per CPU second")
        print(f"HTML speed: presswatch {parse_rate:.0f} / libxml2 {ceiling:.0f} pages per CPU second = "
              f"{parse_rate / ceiling:.2f} of libxml2's own parse (target >= 0.6); {megabytes:.1f} MB per CPU second")


if __name__ == "__main__":
    main()
