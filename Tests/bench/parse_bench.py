#!/usr/bin/env python3
"""Parser speed on the eval's HTML pages, through the release CLI. Prints figures; asserts nothing.

Usage: Tests/bench/parse_bench.py [--binary PATH] [--data DIR] [--rounds N]

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


def measure(binary, pages, rounds=5):
    """(pages per CPU second including start-up, start-up CPU seconds, pages per CPU second without it)."""
    pin = ["taskset", "-c", "0"] if subprocess.run(["which", "taskset"], capture_output=True).returncode == 0 else []
    total = cpu([*pin, binary, "parse", *pages], rounds)
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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build-html-rel/release/presswatch")
    parser.add_argument("--data", default=".eval")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    # Each file name once (seven are in both caches), as Tests/eval/eval.py counts them.
    seen = {}
    for folder in ("htmldate-1.2.3", "trafilatura-1.0.0"):
        cache = os.path.join(args.data, folder, "tests", "cache")
        for name in sorted(os.listdir(cache)):
            seen.setdefault(name, os.path.join(cache, name))
    pages = [seen[name] for name in sorted(seen)]
    rate, startup, parse_rate = measure(args.binary, pages, args.rounds)
    size = sum(os.path.getsize(p) for p in pages) / len(pages) / 1024
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
              f"{parse_rate / ceiling:.2f} of libxml2's own parse (target >= 0.6)")


if __name__ == "__main__":
    main()
