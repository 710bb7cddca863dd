#!/usr/bin/env python3
"""A/B of the burst between binaries, interleaved in the same minutes (a shared machine's load
changes from minute to minute): `ingest_bench.py --burst-only --no-perf` for each binary in turn,
`--runs` rounds in ABBA order (the order reversed every other round), then per binary the
articles/s and the daemon's CPU per article of every run, their median, the burst over the
parser alone of the same run (its ceiling, measured a minute apart at most), and the load average
around each run. Asserts nothing.

With --fresh-ext4 (root) each run gets a fresh ext4 file system of its own
(`on_fresh_ext4.sh`): on the shared root file system, which has no journal, every file a burst
creates pays for the inodes anyone freed in the last minutes (ext4's recently_deleted), so a
run right after another burst (or a build) is slower whatever the binary.

Usage: burst_ab.py SEED BINARY [BINARY...] [--burst N] [--runs N] [--fresh-ext4]
"""
import argparse, os, re, statistics, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def one_run(binary, seed, burst, fresh_ext4=False):
    """(articles/s, daemon CPU ms per article, parser-alone ceiling/s) of one burst-only run."""
    command = [sys.executable, os.path.join(HERE, "ingest_bench.py"), binary, seed, "--burst-only",
               "--no-perf", "--burst", str(burst)]
    if fresh_ext4:
        command = ["sh", os.path.join(HERE, "on_fresh_ext4.sh"), *command]
    out = subprocess.run(command, capture_output=True, text=True).stdout
    rate = re.search(r"burst of [\d,]+ varied articles\s+([\d,]+) articles/s", out)
    cpu = re.search(r"daemon CPU during the burst\s+([\d.]+) ms per article", out)
    ceiling = re.search(r"ceiling: .*?([\d,]+) articles/s by wall clock", out)
    if not (rate and cpu and ceiling):
        raise SystemExit(f"{binary}: no burst figures in\n{out}")
    number = lambda m: float(m.group(1).replace(",", ""))  # noqa: E731
    return number(rate), number(cpu), number(ceiling)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("seed")
    parser.add_argument("binaries", nargs="+")
    parser.add_argument("--burst", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--fresh-ext4", action="store_true",
                        help="each run on a fresh ext4 file system of its own (on_fresh_ext4.sh; root)")
    args = parser.parse_args()
    results = {b: [] for b in args.binaries}
    for n in range(args.runs):
        for binary in (args.binaries if n % 2 == 0 else args.binaries[::-1]):
            before = os.getloadavg()[0]
            rate, cpu, ceiling = one_run(binary, args.seed, args.burst, args.fresh_ext4)
            load = f"{before:.1f}-{os.getloadavg()[0]:.1f}"
            results[binary].append((rate, cpu, ceiling, load))
            print(f"run {n + 1} {binary}: {rate:,.0f} articles/s, {cpu:.2f} ms CPU per article, "
                  f"parser alone {ceiling:,.0f}/s, burst / parser alone {rate / ceiling:.2f} (load {load})", flush=True)
    print(f"\nburst of {args.burst:,} on an empty index{' (fresh ext4 each run)' if args.fresh_ext4 else ''}, "
          f"{args.runs} interleaved runs each, ABBA ({os.cpu_count()} cores):")
    for binary, runs in results.items():
        print(f"  {binary}: median {statistics.median(r[0] for r in runs):,.0f} articles/s, "
              f"{statistics.median(r[1] for r in runs):.2f} ms CPU per article "
              f"(runs: {', '.join(f'{r[0]:,.0f}/s {r[1]:.2f} ms' for r in runs)}; "
              f"parser alone median {statistics.median(r[2] for r in runs):,.0f}/s; "
              f"burst / parser alone median {statistics.median(r[0] / r[2] for r in runs):.2f}; "
              f"load {', '.join(r[3] for r in runs)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
