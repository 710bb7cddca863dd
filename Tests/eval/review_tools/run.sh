#!/bin/sh
# usage: run.sh SET BIN OUT  -- parses every SET/files/*.txt (SET: a review set's folder, Tests/eval/review_s37)
# with BIN, writes one JSON line per file
# (file, title, authors, published, source, site, error=REJECTED when the parser refuses the file,
# error="CRASH rc=N" when it exits non-zero or prints no JSON: a crash or an abort) to OUT.
SET=$(cd "$1" && pwd); BIN=$2; OUT=$3
: > "$OUT"
for f in "$SET"/files/*.txt; do
  res=$("$BIN" parse "$f" 2>/dev/null); rc=$?
  printf '%s' "$res" | python3 -c '
import json,sys,os
f, rc = sys.argv[1], int(sys.argv[2])
try:
    d = json.loads(sys.stdin.read())
except Exception:
    d = None
if d is None or rc != 0:
    print(json.dumps({"file":os.path.basename(f),"title":None,"authors":[],"published":None,"source":None,"site":None,"error":"CRASH rc=%d" % rc}))
else:
    print(json.dumps({"file":os.path.basename(f),"title":d.get("title"),"authors":d.get("authors") or [],"published":d.get("published"),"source":d.get("source"),"site":d.get("site"),"error":("REJECTED" if d.get("error") else None)},ensure_ascii=False))' "$f" "$rc" >> "$OUT"
done
