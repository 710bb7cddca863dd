#!/usr/bin/env python3
"""A/B of the burst between binaries, interleaved in the same minutes (a shared machine's load
changes from minute to minute): `ingest_bench.py --burst-only --no-perf` for each binary in turn,
`--runs` rounds, then per binary the articles/s and the daemon's CPU per article of every run,
their median, and the load average around each run. Asserts nothing.

Usage: burst_ab.py SEED BINARY [BINARY...] [--burst N] [--runs N]
"""
import argparse, os, re, statistics, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def one_run(binary, seed, burst):
    """(articles/s, daemon CPU ms per article, parser-alone ceiling/s) of one burst-only run."""
    out = subprocess.run([sys.executable, os.path.join(HERE, "ingest_bench.py"), binary, seed, "--burst-only",
                          "--no-perf", "--burst", str(burst)], capture_output=True, text=True).stdout
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
    args = parser.parse_args()
    results = {b: [] for b in args.binaries}
    for n in range(args.runs):
        for binary in args.binaries:
            before = os.getloadavg()[0]
            rate, cpu, ceiling = one_run(binary, args.seed, args.burst)
            load = f"{before:.1f}-{os.getloadavg()[0]:.1f}"
            results[binary].append((rate, cpu, ceiling, load))
            print(f"run {n + 1} {binary}: {rate:,.0f} articles/s, {cpu:.2f} ms CPU per article, "
                  f"parser alone {ceiling:,.0f}/s (load {load})", flush=True)
    print(f"\nburst of {args.burst:,} on an empty index, {args.runs} interleaved runs each ({os.cpu_count()} cores):")
    for binary, runs in results.items():
        print(f"  {binary}: median {statistics.median(r[0] for r in runs):,.0f} articles/s, "
              f"{statistics.median(r[1] for r in runs):.2f} ms CPU per article "
              f"(runs: {', '.join(f'{r[0]:,.0f}/s {r[1]:.2f} ms' for r in runs)}; "
              f"parser alone median {statistics.median(r[2] for r in runs):,.0f}/s; "
              f"load {', '.join(r[3] for r in runs)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
