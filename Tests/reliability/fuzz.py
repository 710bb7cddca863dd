"""Scenario 6: libFuzzer over the parser (Sources/PressWatchFuzz), seeded with the test fixtures:
each reader (text, markdown, html, dates) in turn, with its dictionary (fuzz-dicts/), a maximum
input length and per-input time and memory limits.

Two builds of the same harness (see `make fuzz-build`):
- the fuzzing build (`binary`, .build-fuzz-cov): coverage counters in the parser and the harness
  only, no AddressSanitizer. What it checks on every input: Swift's own run-time checks (array
  bounds, integer overflow, force-unwraps, exclusivity: each one traps, a crash), the harness's
  invariants, the time limit (-timeout) and the RSS limit (-rss_limit_mb).
- the ASan build (`asan_binary`, .build-fuzz): the whole program under AddressSanitizer (Swift
  modules and the C and C++ code compiled from source: the CLD2 shim, libyaml in Yams,
  BoringSSL in swift-crypto). Every kept crash input is replayed through it first, and after
  fuzzing every input of every reader's corpus (and its seeds) is replayed through it with the
  same limits plus -malloc_limit_mb: a heap or stack overflow, a use-after-free or a double free
  in code compiled from source, an over-large allocation, a bad argument to an intercepted libc
  call (memcpy, strlen...) from any code, is a finding of the run. The system libraries (libcld2,
  libxml2) are not instrumented: their own reads and writes are checked only through those
  intercepted calls.
So an input that only ever passed through the fuzzing build and did not join the corpus (it
added no coverage) is never run under ASan: a memory error in C it alone would trigger is missed.

Each reader's line gives libFuzzer's executions per second (wall clock) and executions per CPU
second of the fuzzer process (user + system): on a shared machine the first falls with the load,
the second does not.

A new crash (while fuzzing or in the ASan replay) is copied into fuzz-regressions/ (commit it
with the fix) and fails the scenario. With `strict_new=False` (the short pass in `make test`), a
new finding that does NOT reproduce when replayed on its own (by the fuzzer binary and the
plain-build replay tool) is reported as a warning instead: CI stays deterministic, the full
`make test-reliability` / `make fuzz` still fail.
"""
import glob
import os
import resource
import re
import shutil
import subprocess
import tempfile
import time

from harness import Failure, check

HERE = os.path.dirname(os.path.abspath(__file__))
# A slow or greedy input is a finding (issue 11), not just a crash: libFuzzer stops with a
# "timeout" or "out-of-memory" report past these limits, for replays and fuzzing alike. The
# replays keep 10 s (a kept input may be 64 KiB); a fuzzed input is at most max_len bytes, so
# 5 s is far past any linear parse of it (under ASan too, where the corpus is replayed).
# -malloc_limit_mb needs the sanitizer's allocator hooks: it holds in the ASan replay; in the
# fuzzing build a greedy input meets the RSS limit instead.
LIMITS = ["-timeout=10", "-rss_limit_mb=2048"]
FUZZ_LIMITS = ["-timeout=5", "-rss_limit_mb=2048", "-malloc_limit_mb=1024"]
REGRESSIONS = os.path.join(HERE, "fuzz-regressions")
DICTS = os.path.join(HERE, "fuzz-dicts")
SEEDS = ["Tests/ArticleParsingTests/Fixtures", "seeds"]
# Each reader (PRESSWATCH_FUZZ_READER, see Sources/PressWatchFuzz) with its dictionary, the
# largest input it is given and the seed files it starts from (by extension).
READERS = [
    ("text", 4096, (".txt",)),
    ("markdown", 4096, (".md",)),
    ("html", 16384, (".html",)),
    ("dates", 256, (".txt",)),
]


def seed_folder(corpus, reader, extensions):
    """A folder of the seed files for one reader (copied from SEEDS), and how many it holds."""
    folder = f"{corpus}-seeds-{reader}"
    os.makedirs(folder, exist_ok=True)
    for root in SEEDS:
        if not os.path.isdir(root):
            continue
        for name in os.listdir(root):
            if name.endswith(extensions):
                shutil.copy(os.path.join(root, name), folder)
    return folder, len(os.listdir(folder))


def failure_summary(stderr):
    """The input that failed, libFuzzer's and the sanitizer's own verdict lines, then the tail."""
    lines = stderr.splitlines()
    running = [line for line in lines if line.startswith("Running: ")]
    verdict = [line for line in lines if "ERROR:" in line or line.startswith("SUMMARY:") or "out-of-memory" in line]
    return "\n".join((running[-1:] + verdict[:6]) or []) + "\n" + stderr[-600:]


def run(binary, seconds, corpus, replay_binary=None, strict_new=True, asan_binary=None):
    """Replays the kept inputs (ASan build, plain replay tool), fuzzes each reader for seconds / 4
    with the fuzzing build, then replays every reader's corpus through the ASan build; returns the
    summary."""
    check(os.path.exists(binary), f"no fuzzer binary at {binary} (make fuzz-build)")
    check(asan_binary is not None and os.path.exists(asan_binary), f"no ASan build at {asan_binary} (make fuzz-build)")
    env = dict(os.environ, SWIFT_BACKTRACE="enable=no", ASAN_OPTIONS="detect_leaks=0")
    kept = sorted(glob.glob(os.path.join(REGRESSIONS, "*")))
    kept = [k for k in kept if not k.endswith(".md")]
    if kept:
        result = subprocess.run([asan_binary] + LIMITS + kept, env=dict(env, PRESSWATCH_FUZZ_READER="all"),
                                capture_output=True, text=True)
        check(result.returncode == 0, "a kept crash input fails again: " + failure_summary(result.stderr))
        if replay_binary and os.path.exists(replay_binary):
            result = subprocess.run([replay_binary] + kept, capture_output=True, text=True)
            check(result.returncode == 0, f"the plain-build replay fails: {result.stderr[-400:]}")
    lines, total = [], 0
    share = max(1, seconds // len(READERS))
    for reader, max_len, extensions in READERS:
        executions, line = fuzz_reader(binary, reader, max_len, extensions, share, corpus, env,
                                       replay_binary, strict_new)
        total += executions
        lines.append(line)
    replayed, replay_lines = 0, []
    for reader, max_len, _ in READERS:
        inputs, line = asan_replay(asan_binary, reader, max_len, corpus, env, replay_binary, strict_new)
        replayed += inputs
        replay_lines.append(line)
    return (f"{total:,} executions in {share * len(READERS)} s over {len(READERS)} readers, "
            f"{len(kept)} kept crash input(s) replayed, 0 crashes, 0 timeouts, 0 out-of-memory; "
            f"then {replayed:,} corpus inputs replayed under ASan, 0 findings\n"
            + "\n".join(lines + replay_lines))


def fuzz_reader(binary, reader, max_len, extensions, seconds, corpus, env, replay_binary, strict_new):
    """Fuzzes one reader; returns (executions, summary line) or raises Failure on a finding."""
    reader_corpus = f"{corpus}-{reader}"
    os.makedirs(reader_corpus, exist_ok=True)
    artifacts = reader_corpus + "-artifacts/"
    os.makedirs(artifacts, exist_ok=True)
    seeds, seed_count = seed_folder(corpus, reader, extensions)
    env = dict(env, PRESSWATCH_FUZZ_READER=reader)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(
        [binary, f"-max_total_time={seconds}", "-print_final_stats=1", f"-max_len={max_len}",
         f"-dict={os.path.join(DICTS, reader + '.dict')}"] + FUZZ_LIMITS
        + [f"-artifact_prefix={artifacts}", reader_corpus, seeds],
        env=env, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    output = result.stderr
    execs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", output)
    rate = re.findall(r"stat::average_exec_per_sec:\s*(\d+)", output)
    cov = re.findall(r"cov: (\d+)", output)
    if result.returncode != 0:
        return 0, finding(output, f"the fuzzer found a failure in reader {reader}", binary, replay_binary, env, strict_new)
    check(execs, f"libFuzzer printed no statistics for reader {reader}")
    return int(execs[-1]), (
        f"  {reader}: {int(execs[-1]):,} executions in {seconds} s ({rate[-1] if rate else '?'} exec/s; "
        f"{int(execs[-1]) / max(cpu, 1e-9):,.0f} per CPU second, {cpu:.0f} CPU s), "
        f"max_len {max_len}, coverage {cov[-1] if cov else '?'} edges, corpus {len(os.listdir(reader_corpus))} "
        f"inputs (seeded with {seed_count} files)")


def asan_replay(asan_binary, reader, max_len, corpus, env, replay_binary, strict_new):
    """Runs every input of one reader's corpus and seed folder once through the ASan build
    (libFuzzer's -runs=0: execute the corpus, mutate nothing), with the fuzzing limits; returns
    (inputs, summary line) or raises Failure on a finding. The corpus folders are not written:
    libFuzzer's output corpus is a throw-away folder."""
    folders = [f for f in (f"{corpus}-{reader}", f"{corpus}-seeds-{reader}") if os.path.isdir(f)]
    inputs = sum(len(os.listdir(f)) for f in folders)
    artifacts = f"{corpus}-{reader}-asan-artifacts/"
    os.makedirs(artifacts, exist_ok=True)
    env = dict(env, PRESSWATCH_FUZZ_READER=reader)
    scratch = tempfile.mkdtemp(prefix="presswatch-asan-replay-")
    try:
        started = time.monotonic()
        result = subprocess.run(
            [asan_binary, "-runs=0", f"-max_len={max_len}"] + FUZZ_LIMITS
            + [f"-artifact_prefix={artifacts}", scratch] + folders,
            env=env, capture_output=True, text=True)
        elapsed = time.monotonic() - started
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    output = result.stderr
    if result.returncode != 0:
        return 0, finding(output, f"the ASan replay of reader {reader}'s corpus found a failure",
                          asan_binary, replay_binary, env, strict_new)
    executed = re.findall(r"#(\d+)\s+INITED", output)
    check(executed, f"the ASan replay of reader {reader} printed no INITED line:\n{output[-600:]}")
    return int(executed[-1]), (f"  ASan replay, {reader}: {int(executed[-1]):,} inputs executed "
                               f"({inputs:,} files) in {elapsed:.0f} s, 0 findings")


def finding(output, what, binary, replay_binary, env, strict_new):
    """A failure libFuzzer reported: keeps its inputs in fuzz-regressions/ and raises Failure; in
    the short pass (strict_new False) an input that does not fail again alone gives a warning
    line instead (returned)."""
    crashes = re.findall(r"Test unit written to (\S+)", output)
    os.makedirs(REGRESSIONS, exist_ok=True)
    for crash in crashes:
        shutil.copy(crash, REGRESSIONS)
    lines = output.splitlines()
    why = [line for line in lines if "Fatal error" in line or "invariant" in line or "ERROR:" in line
           or "timeout" in line or "out-of-memory" in line][:3]
    tail = "\n".join(why + lines[-25:])
    reader = env.get("PRESSWATCH_FUZZ_READER")
    found = (f"{what} (kept in {REGRESSIONS}: {[os.path.basename(c) for c in crashes]}; "
             f"replay with PRESSWATCH_FUZZ_READER={reader})")
    if strict_new or not crashes or any(reproduces(binary, replay_binary, c, env) for c in crashes):
        raise Failure(f"{found}:\n{tail}")
    return (f"  WARNING: {found}, but it does not reproduce when replayed alone; "
            f"not failing the short pass. Run `make fuzz` to investigate.\n" + "\n".join(why))


def reproduces(binary, replay_binary, crash, env):
    """True when the input fails again on its own, in the fuzzer binary or the plain replay tool
    (both with the reader in `env`)."""
    env = dict(env, ASAN_OPTIONS="detect_leaks=0")  # full allocation stacks in the report
    alone = subprocess.run([binary] + LIMITS + [crash], env=env, capture_output=True, text=True)
    if alone.returncode != 0:
        return True
    if replay_binary and os.path.exists(replay_binary):
        return subprocess.run([replay_binary, crash], env=env, capture_output=True, text=True).returncode != 0
    return False
