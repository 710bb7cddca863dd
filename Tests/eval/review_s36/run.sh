#!/bin/sh
# usage: run.sh BIN OUT  -- parses every files/*.txt with BIN, writes one JSON line per file
# (file, title, authors, published, source, site, error=REJECTED when the parser refuses the file) to OUT.
set -e
BIN=$1; OUT=$2; HERE=$(cd "$(dirname "$0")" && pwd)
: > "$OUT"
for f in "$HERE"/files/*.txt; do
  "$BIN" parse "$f" | python3 -c '
import json,sys,os
d=json.loads(sys.stdin.read())
print(json.dumps({"file":os.path.basename(d.get("file","")),"title":d.get("title"),"authors":d.get("authors") or [],"published":d.get("published"),"source":d.get("source"),"site":d.get("site"),"error":("REJECTED" if d.get("error") else None)},ensure_ascii=False))' >> "$OUT"
done
