#!/usr/bin/env python3
"""A/B of the parser's speed for two binaries on a shared machine: the inputs of parse_bench.py
(2,000 seed-like text articles; the eval's HTML pages, each file name once) parsed by
`presswatch parse` in one process pinned to one core, the two binaries taking turns (A, B, A,
B, ...) for N rounds, so that both see the same swings of the machine's load. Prints per input
set the best (least) CPU seconds (user + system) of each binary, the articles or pages per CPU
second that gives, and B's change against A. Process start-up is included (the same binary
size and start-up for both, ~13 ms). Asserts nothing.

Usage: Tests/bench/parse_ab.py BINARY_A BINARY_B [--data .eval] [--rounds 8]
"""
import argparse, os, resource, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def cpu_once(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def reads_file_lists(binary):
    return b"--files-from" in subprocess.run([binary, "parse", "--help"], capture_output=True).stdout


def ab(label, a, b, paths, rounds):
    pin = ["taskset", "-c", "0"] if subprocess.run(["which", "taskset"], capture_output=True).returncode == 0 else []
    best = {a: None, b: None}
    with tempfile.NamedTemporaryFile("w", suffix=".list") as listing:
        listing.write("".join(path + "\n" for path in paths))
        listing.flush()
        # Both binaries get the names the same way: a list file only when both read one.
        listed = reads_file_lists(a) and reads_file_lists(b)
        names = ["--files-from", listing.name] if listed else paths
        print(f"  names given {'in a list file (--files-from)' if listed else 'as arguments'}")
        for _ in range(rounds):
            for binary in (a, b):
                used = cpu_once([*pin, binary, "parse", *names])
                best[binary] = used if best[binary] is None else min(best[binary], used)
    rate_a, rate_b = len(paths) / best[a], len(paths) / best[b]
    print(f"{label} ({len(paths)} files, best of {rounds} alternating): A {rate_a:,.0f}/CPU s, "
          f"B {rate_b:,.0f}/CPU s, B {(rate_b - rate_a) / rate_a * 100:+.1f} % against A")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("a")
    parser.add_argument("b")
    parser.add_argument("--data", default=".eval")
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args()
    print(f"load average at start: {open('/proc/loadavg').read().split()[:3]}")
    sys.path.insert(0, HERE)
    from bench_articles import make_articles
    seed = os.path.join(HERE, "..", "..", "seeds", "000_c270c34a5fa5b89e.txt")
    with tempfile.TemporaryDirectory() as folder:
        paths = make_articles(seed, folder, 0, 2000, min_bytes=1500, max_bytes=4000)
        ab("text articles", args.a, args.b, paths, args.rounds)
    seen = {}
    for name in ("htmldate-1.2.3", "trafilatura-1.0.0"):
        cache = os.path.join(args.data, name, "tests", "cache")
        if os.path.isdir(cache):
            for page in sorted(os.listdir(cache)):
                seen.setdefault(page, os.path.join(cache, page))
    if seen:
        ab("HTML pages", args.a, args.b, [seen[n] for n in sorted(seen)], args.rounds)
    print(f"load average at end: {open('/proc/loadavg').read().split()[:3]}")


if __name__ == "__main__":
    main()
