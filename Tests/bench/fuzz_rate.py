#!/usr/bin/env python3
"""Executions per CPU second of libFuzzer builds of Sources/PressWatchFuzz, per reader (issue 11).

    python3 Tests/bench/fuzz_rate.py [--seconds 60] [--rounds 1] [--readers text,markdown,html,dates]
                                     [--corpus PREFIX | --replay N] NAME=BINARY [NAME=BINARY...]

For each round, each reader and each binary in turn (A, B, A, B..., so that both see the same
machine load), one of:
- by default, fuzzes for --seconds from the reader's seeds alone (a fresh corpus each time), with
  the same dictionary, -max_len and limits as `make fuzz` (Tests/reliability/fuzz.py). Caveat: in
  a short run from the seeds the rate depends on the inputs the run happens to make (libFuzzer
  starts with tiny inputs and lets them grow while no new coverage turns up), so two builds are
  not fed the same inputs;
- with --corpus PREFIX, the same but each run starts from a copy of the corpus PREFIX-READER (a
  folder another run filled, e.g. .build-fuzz/corpus-text): all builds start from the same
  inputs, as mature as that corpus; libFuzzer's own bookkeeping (the entropic schedule's rare
  features, mostly) weighs more while new coverage still turns up often;
- with --replay N, runs each seed file of the reader (cut to the reader's -max_len) N times
  (libFuzzer's file mode): the same inputs for every build, so the per-execution cost of the
  builds' instrumentation compares exactly (libFuzzer's mutations, the same for every build, are
  left out).
Prints executions, CPU seconds (user + system of the fuzzer process), executions per CPU second
and per wall second, and the load average before and after. Per CPU second is the figure to
compare on a shared machine; the wall figure falls with the load.

A binary is run with the ASAN_OPTIONS `make fuzz` used while it fuzzed under ASan (before
issue 11's two builds; FUZZ_ASAN_OPTIONS below), so that an ASan build is measured as it was
used; a build without ASan ignores them. A finding stops the script.
"""
import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "reliability"))
import fuzz  # noqa: E402

# No allocation stacks, no pre-fill, a 64 MiB quarantine: every check kept, only cheaper reports.
FUZZ_ASAN_OPTIONS = "detect_leaks=0:malloc_context_size=0:max_malloc_fill_size=0:quarantine_size_mb=64"


def measure(binary, reader, max_len, extensions, seconds, start=None, flags=()):
    """(executions, CPU seconds, wall seconds) of one fuzzing run from the seeds alone, or from a
    copy of the corpus `start`."""
    folder = tempfile.mkdtemp(prefix="presswatch-fuzz-rate-")
    try:
        corpus = os.path.join(folder, "corpus")
        seeds, _ = fuzz.seed_folder(corpus, reader, extensions)
        if start:
            shutil.copytree(start, corpus)
        else:
            os.makedirs(corpus)
        env = dict(os.environ, SWIFT_BACKTRACE="enable=no", ASAN_OPTIONS=FUZZ_ASAN_OPTIONS,
                   PRESSWATCH_FUZZ_READER=reader)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.monotonic()
        result = subprocess.run(
            [binary, f"-max_total_time={seconds}", "-print_final_stats=1", f"-max_len={max_len}",
             f"-dict={os.path.join(fuzz.DICTS, reader + '.dict')}"] + fuzz.FUZZ_LIMITS
            + list(flags) + [f"-artifact_prefix={folder}/", corpus, seeds],
            env=env, capture_output=True, text=True)
        wall = time.monotonic() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if result.returncode != 0:
            sys.exit(f"{binary} ({reader}) stopped with a finding:\n{result.stderr[-1500:]}")
        execs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", result.stderr)
        if not execs:
            sys.exit(f"{binary} ({reader}) printed no statistics:\n{result.stderr[-1500:]}")
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return int(execs[-1]), cpu, wall
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def replay(binary, reader, max_len, extensions, times, flags=()):
    """(executions, CPU seconds, wall seconds) of running each seed file, cut to max_len, `times` times."""
    folder = tempfile.mkdtemp(prefix="presswatch-fuzz-rate-")
    try:
        seeds, count = fuzz.seed_folder(os.path.join(folder, "corpus"), reader, extensions)
        files = sorted(os.path.join(seeds, name) for name in os.listdir(seeds))
        for path in files:
            with open(path, "r+b") as handle:
                handle.truncate(min(os.path.getsize(path), max_len))
        env = dict(os.environ, SWIFT_BACKTRACE="enable=no", ASAN_OPTIONS=FUZZ_ASAN_OPTIONS,
                   PRESSWATCH_FUZZ_READER=reader)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.monotonic()
        result = subprocess.run([binary, f"-runs={times}"] + fuzz.FUZZ_LIMITS + list(flags) + files,
                                env=env, capture_output=True, text=True)
        wall = time.monotonic() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if result.returncode != 0:
            sys.exit(f"{binary} ({reader}) failed on a seed:\n{result.stderr[-1500:]}")
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return count * times, cpu, wall
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--readers", default="text,markdown,html,dates")
    parser.add_argument("--corpus", default=None, help="start each run from a copy of CORPUS-READER")
    parser.add_argument("--replay", type=int, default=0, help="run each seed N times instead of fuzzing")
    parser.add_argument("binaries", nargs="+",
                        help="NAME=PATH of a libFuzzer build, or NAME=PATH,-flag[,-flag] to add libFuzzer flags")
    args = parser.parse_args()
    binaries = [b.split("=", 1) for b in args.binaries]
    binaries = [(name, value.split(",")[0], value.split(",")[1:]) for name, value in binaries]
    readers = [r for r in fuzz.READERS if r[0] in args.readers.split(",")]
    for name, path, _ in binaries:
        if not os.path.exists(path):
            sys.exit(f"no binary {path} ({name})")
    mode = (f"each seed {args.replay} times" if args.replay else f"{args.seconds} s of fuzzing from "
            + (f"a copy of {args.corpus}-READER" if args.corpus else "the seeds"))
    print(f"{mode} per run, {args.rounds} round(s); executions / CPU s / per CPU s / per wall s; load before -> after")
    for round_number in range(args.rounds):
        for reader, max_len, extensions in readers:
            for name, path, flags in binaries:
                load = os.getloadavg()[0]
                if args.replay:
                    execs, cpu, wall = replay(path, reader, max_len, extensions, args.replay, flags)
                else:
                    start = f"{args.corpus}-{reader}" if args.corpus else None
                    execs, cpu, wall = measure(path, reader, max_len, extensions, args.seconds, start, flags)
                print(f"round {round_number + 1} {reader:<8} {name:<12} {execs:>9,} execs {cpu:6.1f} CPU s "
                      f"{execs / max(cpu, 1e-9):>8,.0f} /CPU s {execs / wall:>8,.0f} /wall s  "
                      f"load {load:.1f} -> {os.getloadavg()[0]:.1f}", flush=True)


if __name__ == "__main__":
    main()
