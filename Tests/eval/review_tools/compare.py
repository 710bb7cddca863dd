# usage: compare.py SET BASE.jsonl NEW.jsonl  -- field-by-field against SET/expected.json (SET: a review set's folder)
import json, sys, os
exp = json.load(open(os.path.join(sys.argv[1], "expected.json")))
def load(p): return {json.loads(l)["file"]: json.loads(l) for l in open(p)}
base, new = load(sys.argv[2]), load(sys.argv[3])
def errs(out, e):
    bad = []
    for k, v in e.items():
        got = out.get(k)
        if k == "authors": got = got or []
        if got != v: bad.append(k)
    return bad
counts = {"worse":0,"better":0,"both_wrong_same":0,"both_wrong_diff":0,"ok":0}
for fn in sorted(exp):
    e = exp[fn]["expected"]; b = errs(base[fn], e); n = errs(new[fn], e)
    if new[fn].get("error") and not base[fn].get("error"): n = n + ["error"]
    if base[fn].get("error") and not new[fn].get("error"): b = b + ["error"]
    if set(n) - set(b) and set(b) - set(n): tag = "MIXED"
    elif set(n) - set(b): tag = "WORSE"
    elif set(b) - set(n): tag = "BETTER"
    elif n: tag = "BOTHWRONG" + ("" if all(base[fn].get(k)==new[fn].get(k) for k in n) else "-DIFF")
    else: tag = "ok"
    print(f"{tag:14} {fn}  base_err={b} new_err={n}")
    if tag != "ok":
        for k in sorted(set(b) | set(n)):
            if k == "error": print(f"      error: base={base[fn].get('error')!r} new={new[fn].get('error')!r}"); continue
            print(f"      {k}: expected={e[k]!r}  base={base[fn].get(k)!r}  new={new[fn].get(k)!r}")

