#!/usr/bin/env python3
"""Compares two parsers file by file on text_eval.py's clippings: what changed, per field, better or worse.

Usage: Tests/eval/text_compare.py --data DIR OLD_BINARY NEW_BINARY [--show N]

The clippings are text_eval.py's (written into DIR/clippings by its `generate`, DIR fetched by eval.py). Each is parsed
by both binaries (`presswatch parse --files-from`, two processes at a time). For every file whose title, authors,
published, source or error differ, each field is scored against the file's expectation as text_eval.py scores it
(title exact, authors F1, date, source) and counted better or worse. Development layouts are printed one a line (with
N examples each under --show); held-out files only as totals, no layout's or file's name (whoever reads them is no
longer blind to them). This is how the README's "files better / worse" counts are made.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import text_eval  # noqa: E402

KEYS = ("title", "authors", "published", "source", "error")


def parse_all(binary, paths):
    """{path: parsed JSON} for every path, four lists parsed two at a time."""
    chunks = [paths[i::4] for i in range(4)]
    result = {}
    for pair in (chunks[:2], chunks[2:]):
        running = []
        for chunk in pair:
            listing = tempfile.NamedTemporaryFile("w", delete=False, suffix=".list")
            listing.write("\n".join(chunk) + "\n")
            listing.close()
            running.append((subprocess.Popen([binary, "parse", "--files-from", listing.name], stdout=subprocess.PIPE,
                                             stderr=subprocess.DEVNULL, text=True), listing.name))
        for process, name in running:
            out, _ = process.communicate()
            os.unlink(name)
            for line in out.splitlines():
                parsed = json.loads(line)
                result[parsed["file"]] = parsed
    return result


def fields(got, expected):
    return {
        "title": float(text_eval.norm(got.get("title")) == text_eval.norm(expected["title"])),
        "authors": text_eval.f1(got.get("authors"), expected["authors"]) if expected["authors"] else float(not got.get("authors")),
        "date": float(((got.get("published") or "")[:10] == expected["date"]) if expected["date"] else not got.get("published")),
        "source": float(text_eval.norm(got.get("source")).casefold() == text_eval.norm(expected["source"]).casefold()),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=".eval")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("old")
    parser.add_argument("new")
    args = parser.parse_args()
    text_eval.fetch(args.data)
    files = text_eval.generate(args.data)
    paths = sorted(files)
    old, new = parse_all(args.old, paths), parse_all(args.new, paths)
    layouts = collections.defaultdict(collections.Counter)
    held = collections.Counter()
    examples = collections.defaultdict(list)
    for path in paths:
        part, layout, expected = files[path]
        a, b = old[path], new[path]
        if all(a.get(k) == b.get(k) for k in KEYS):
            continue
        counter = held if part == "held-out" else layouts[layout]
        counter["changed"] += 1
        before, after = fields(a, expected), fields(b, expected)
        for field in before:
            if after[field] > before[field]:
                counter[field + "+"] += 1
            elif after[field] < before[field]:
                counter[field + "-"] += 1
        if part != "held-out" and len(examples[layout]) < args.show:
            examples[layout].append((os.path.basename(path), {k: (a.get(k), b.get(k)) for k in KEYS if a.get(k) != b.get(k)}))
    print(f"{len(paths)} clippings; changed files, fields better (+) or worse (-), OLD -> NEW")
    for layout in sorted(layouts):
        print(f"  {layout} {dict(layouts[layout])}")
        for name, change in examples[layout]:
            print(f"      {name} {change}")
    print(f"  held-out (totals only) {dict(held)}")


if __name__ == "__main__":
    main()
