#!/usr/bin/env python3
"""Compares the `presswatch parse` output of two binaries, byte for byte, file by file.

Usage: scripts/compare_parse.py REFERENCE_BINARY CANDIDATE_BINARY [PATH ...]

PATH is a file or a folder (every file under it, recursively, in name order). Default: every file
under .eval (the eval's pages, stories and clippings, fetched by `make eval`), the parser
fixtures (Tests/ArticleParsingTests/Fixtures), the fuzz regressions
(Tests/reliability/fuzz-regressions) and seeds/. Both binaries parse the same paths, 100 per
process; each output line (one JSON object per file, its path included) must be the same bytes.
Prints the number of files compared and each file whose line differs (both lines, cut to 300
characters); exits 1 when any differs, 0 otherwise. Used to check that a faster parser gives the
same output as main's.
"""
import os
import subprocess
import sys

DEFAULT = [".eval", "Tests/ArticleParsingTests/Fixtures", "Tests/reliability/fuzz-regressions", "seeds"]


def files(paths):
    found = []
    for path in paths:
        if os.path.isfile(path):
            found.append(path)
            continue
        for root, dirs, names in os.walk(path):
            dirs.sort()
            found += [os.path.join(root, name) for name in sorted(names)]
    return found


def lines(binary, paths):
    out = []
    for start in range(0, len(paths), 100):
        chunk = paths[start:start + 100]
        result = subprocess.run([binary, "parse", *chunk], capture_output=True)
        got = result.stdout.split(b"\n")
        if got and got[-1] == b"":
            got.pop()
        if len(got) != len(chunk):
            sys.exit(f"{binary}: {len(got)} lines for {len(chunk)} files (from {chunk[0]}): {result.stderr[-300:]!r}")
        out += got
    return out


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    reference, candidate = sys.argv[1], sys.argv[2]
    paths = files(sys.argv[3:] or [p for p in DEFAULT if os.path.exists(p)])
    before, after = lines(reference, paths), lines(candidate, paths)
    differing = [(p, a, b) for p, a, b in zip(paths, before, after) if a != b]
    for path, a, b in differing:
        print(f"DIFFERS {path}\n  reference: {a[:300]!r}\n  candidate: {b[:300]!r}")
    print(f"{len(paths)} files compared, {len(differing)} differ")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
