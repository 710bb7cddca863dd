"""Scenario 6: libFuzzer over the parser (Sources/PressWatchFuzz), seeded with the test fixtures.

Replays every kept crash input (fuzz-regressions/) first, then fuzzes for the given time. A new
crash is copied into fuzz-regressions/ (commit it with the fix) and fails the scenario. With
`strict_new=False` (the short pass in `make test`), a new finding that does NOT reproduce when
replayed on its own (by the fuzzer binary and the plain-build replay tool) is reported as a
warning instead: CI stays deterministic, the full `make test-reliability` / `make fuzz` still fail.
"""
import glob
import os
import re
import shutil
import subprocess

from harness import Failure, check

HERE = os.path.dirname(os.path.abspath(__file__))
# A slow or greedy input is a finding (issue 11), not just a crash: libFuzzer stops with a
# "timeout" or "out-of-memory" report past these limits, for replays and fuzzing alike.
LIMITS = ["-timeout=10", "-rss_limit_mb=2048"]
REGRESSIONS = os.path.join(HERE, "fuzz-regressions")
SEEDS = ["Tests/ArticleParsingTests/Fixtures", "seeds"]


def run(binary, seconds, corpus, replay_binary=None, strict_new=True):
    check(os.path.exists(binary), f"no fuzzer binary at {binary} (make fuzz-build)")
    env = dict(os.environ, SWIFT_BACKTRACE="enable=no", ASAN_OPTIONS="detect_leaks=0")
    kept = sorted(glob.glob(os.path.join(REGRESSIONS, "*")))
    kept = [k for k in kept if not k.endswith(".md")]
    if kept:
        result = subprocess.run([binary] + LIMITS + kept, env=env, capture_output=True, text=True)
        check(result.returncode == 0, f"a kept crash input fails again: {result.stderr[-800:]}")
        if replay_binary and os.path.exists(replay_binary):
            result = subprocess.run([replay_binary] + kept, capture_output=True, text=True)
            check(result.returncode == 0, f"the plain-build replay fails: {result.stderr[-400:]}")
    os.makedirs(corpus, exist_ok=True)
    artifacts = corpus.rstrip("/") + "-artifacts/"
    os.makedirs(artifacts, exist_ok=True)
    seeds = [s for s in SEEDS if os.path.isdir(s)]
    seed_count = sum(len(os.listdir(s)) for s in seeds)
    result = subprocess.run(
        [binary, f"-max_total_time={seconds}", "-print_final_stats=1"] + LIMITS
        + [f"-artifact_prefix={artifacts}", corpus] + seeds,
        env=env, capture_output=True, text=True)
    output = result.stderr
    execs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", output)
    rate = re.findall(r"stat::average_exec_per_sec:\s*(\d+)", output)
    cov = re.findall(r"cov: (\d+)", output)
    if result.returncode != 0:
        crashes = re.findall(r"Test unit written to (\S+)", output)
        os.makedirs(REGRESSIONS, exist_ok=True)
        for crash in crashes:
            shutil.copy(crash, REGRESSIONS)
        lines = output.splitlines()
        why = [line for line in lines if "Fatal error" in line or "invariant" in line or "ERROR:" in line
               or "timeout" in line or "out-of-memory" in line][:3]
        tail = "\n".join(why + lines[-25:])
        found = f"the fuzzer found a failure (kept in {REGRESSIONS}: {[os.path.basename(c) for c in crashes]})"
        if strict_new or not crashes or any(reproduces(binary, replay_binary, c, env) for c in crashes):
            raise Failure(f"{found}:\n{tail}")
        return (f"WARNING: {found}, but it does not reproduce when replayed alone; "
                f"not failing the short pass. Run `make fuzz` to investigate.\n" + "\n".join(why))
    check(execs, "libFuzzer printed no statistics")
    return (f"{int(execs[-1]):,} executions in {seconds} s ({rate[-1] if rate else '?'} exec/s), "
            f"coverage {cov[-1] if cov else '?'} edges, corpus {len(os.listdir(corpus))} inputs "
            f"(seeded with {seed_count} fixture files), {len(kept)} kept crash input(s) replayed, 0 crashes")


def reproduces(binary, replay_binary, crash, env):
    """True when the input fails again on its own, in the fuzzer binary or the plain replay tool."""
    alone = subprocess.run([binary] + LIMITS + [crash], env=env, capture_output=True, text=True)
    if alone.returncode != 0:
        return True
    if replay_binary and os.path.exists(replay_binary):
        return subprocess.run([replay_binary, crash], capture_output=True, text=True).returncode != 0
    return False
