# usage: score.py SET OUT.jsonl -- right/wrong per case against SET/expected.json (only the fields given are judged;
# `title: None` = no article: refused or untitled), then the totals. A crash (`CRASH rc=N`) is always wrong.
import json, os, sys
exp = json.load(open(os.path.join(sys.argv[1], "expected.json")))
out = {json.loads(l)["file"]: json.loads(l) for l in open(sys.argv[2])}
right = wrong = crash = 0
for fn in sorted(exp):
    e, o = exp[fn]["expected"], out.get(fn)
    if o is None:
        print(f"MISSING {fn}"); wrong += 1; continue
    if (o.get("error") or "").startswith("CRASH"):
        crash += 1
    bad = []
    for k, v in e.items():
        got = o.get(k)
        if k == "authors": got = got or []
        if k == "title" and v is None and o.get("error") == "REJECTED": got = None
        if got != v: bad.append(k)
    if (o.get("error") or "").startswith("CRASH"): bad.append("crash")
    if bad:
        wrong += 1
        print(f"WRONG  {fn}")
        for k in bad:
            print(f"       {k}: expected={e.get(k)!r} got={o.get(k)!r}" + (f" error={o.get('error')}" if k == "title" else ""))
    else:
        right += 1
        print(f"right  {fn}")
print(f"\n{right} right / {wrong} wrong / {crash} crash of {len(exp)}")
