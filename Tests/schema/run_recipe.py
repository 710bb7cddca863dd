#!/usr/bin/env python3
"""Runs the documented Python reader recipe exactly as written in a Markdown file.

Usage: python3 Tests/schema/run_recipe.py DOC.md STATE N

Takes the ```python block after the `<!-- recipe: python -->` line of DOC.md, runs it, then
prints one JSON line: {"ids": [ids of read_index(STATE), in order], "articleCount": ...,
"lastSequence": ..., "after": [sequence numbers of changes_after(STATE, N)],
"afterIds": [their ids]}. Exits 1 when the doc has no such block.
"""
import json
import sys


def recipe(doc_path):
    lines = open(doc_path, encoding="utf-8").read().split("\n")
    start = lines.index("<!-- recipe: python -->")
    if lines[start + 1] != "```python":
        raise SystemExit(f"{doc_path}: the recipe marker is not followed by a python block")
    end = lines.index("```", start + 2)
    return "\n".join(lines[start + 2:end]) + "\n"


def main(argv):
    if len(argv) != 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    code = recipe(argv[1])
    scope = {}
    exec(compile(code, argv[1] + " (recipe)", "exec"), scope)
    state, n = argv[2], int(argv[3])
    manifest, articles = scope["read_index"](state)
    after = list(scope["changes_after"](state, n))
    print(json.dumps({"ids": list(articles), "articleCount": manifest["articleCount"],
                      "lastSequence": manifest["lastSequence"],
                      "after": [c["sequence"] for c in after], "afterIds": [c["id"] for c in after]}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
