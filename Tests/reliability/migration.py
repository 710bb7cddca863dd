"""Scenario: a schemaVersion 1 state folder (5,000 articles, their records and archive, one story
in two versions) migrated to schemaVersion 2 at start-up.

The version 1 folder is built from the version 1 format (docs/index-format.md as of
schemaVersion 1: one index.json holding every entry, articles/<id>.json records, originals
in archive/YYYY/MM/<id>.txt) out of real parser output: each article is parsed by
`presswatch parse`, exactly the fields the version 1 daemon wrote. The daemon then starts on
it; every entry must come back identical (archivedPath included), in the same order, numbered
1…n in the change feed, with the old file kept as index.v1.json and the result valid against
docs/index.schema.json. An article dropped afterwards gets sequence number n + 1.
"""
import json
import os
import subprocess
import unicodedata

from harness import (BIN, FAST, Daemon, article_text, check, content_id, drop, inbox_files, read_index,
                     scratch, wait_until)
from state import validate_schema

INDEXED_AT = "2026-02-16T09:36:07Z"
ENTRY_FIELDS = ["id", "title", "authors", "source", "site", "published", "language", "lede", "wordCount",
                "format", "summary", "places", "amounts", "keywords", "readingMinutes"]


def story_id(title, source, site, published):
    """StoryIdentity.id (docs/index-format.md, "Story identity and updates")."""
    def fold(text):
        text = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")
        words, word = [], ""
        for c in text:
            if c.isalnum():
                word += c
            elif word:
                words.append(word)
                word = ""
        return " ".join(words + ([word] if word else []))
    key = fold(title) + "\x1f" + fold(source or site or "") + "\x1f" + (published or "")[:10]
    h = 0xcbf29ce484222325
    for byte in key.encode("utf-8"):
        h = ((h ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def build_version1_state(state, count):
    """Writes a version 1 state folder of `count` articles (the first story in two versions)."""
    folder = os.path.join(state, "archive", "2026", "02")
    os.makedirs(folder)
    os.makedirs(os.path.join(state, "articles"))
    files = []
    for n in range(count):
        data = article_text(n)[1]
        files.append((f"clip-{n:05d}.txt", data))
    files.append(("clip-00000-corrected.txt", article_text(0, version=2)[1]))
    for name, data in files:
        with open(os.path.join(folder, content_id(data) + ".txt"), "wb") as f:
            f.write(data)
    parsed = []
    paths = [os.path.join(folder, content_id(data) + ".txt") for _, data in files]
    for start in range(0, len(paths), 1000):
        out = subprocess.run([BIN, "parse"] + paths[start:start + 1000], capture_output=True, check=True)
        parsed += [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]
    check(len(parsed) == len(files) and all("error" not in a for a in parsed), "presswatch parse failed on a clipping")
    entries, records = [], []
    for (name, data), article in zip(files, parsed):
        entry = {k: article.get(k) for k in ENTRY_FIELDS}
        entry.update(archivedPath=f"archive/2026/02/{article['id']}.txt", originalName=name,
                     indexedAt=INDEXED_AT, updatedAt=INDEXED_AT, previousVersions=[],
                     storyId=story_id(article["title"], article.get("source"), article.get("site"),
                                      article.get("published")))
        records.append(dict(entry, body=article["body"]))
        entries.append(entry)
    # The corrected version replaces the first in place (version 1 kept the position).
    first, corrected = entries[0], entries.pop()
    corrected["previousVersions"] = [{k: first[k] for k in ("id", "archivedPath", "originalName", "indexedAt")}]
    entries[0] = corrected
    records[-1]["previousVersions"] = corrected["previousVersions"]
    for record in records:
        with open(os.path.join(state, "articles", record["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False, sort_keys=True, indent=2)
    document = {"schemaVersion": 1, "generatedAt": INDEXED_AT, "articles": entries}
    data = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    with open(os.path.join(state, "index.json"), "wb") as f:
        f.write(data)
    return entries, data


def migrate(count=5000):
    paths = scratch("migration")
    state = paths["state"]
    entries, v1_bytes = build_version1_state(state, count)
    daemon = Daemon(paths["inbox"], state, paths["log"], env=FAST).start()
    wait_until(lambda: "<6>watching " in daemon.log(), "the daemon to start", deadline=120)
    doc = read_index(state)
    check(doc["schemaVersion"] == 2, f"schemaVersion {doc['schemaVersion']} after migration")
    check([a["id"] for a in doc["articles"]] == [e["id"] for e in entries], "order or ids changed by the migration")
    changed = [e["id"] for e, a in zip(entries, doc["articles"]) if a != e]
    check(not changed, f"{len(changed)} entr(ies) changed by the migration, e.g. {changed[:3]}")
    check(doc["lastSequence"] == len(entries) and doc["articleCount"] == len(entries),
          f"lastSequence {doc['lastSequence']}, articleCount {doc['articleCount']}")
    with open(os.path.join(state, "index.v1.json"), "rb") as f:
        check(f.read() == v1_bytes, "index.v1.json is not the version 1 index")
    archived = [e for e in doc["articles"] if os.path.isfile(os.path.join(state, e["archivedPath"]))]
    check(len(archived) == len(entries), f"{len(entries) - len(archived)} archivedPath(s) lead nowhere")
    validate_schema(state)
    data = article_text(count + 1)[1]
    drop(paths["inbox"], "after-migration.txt", data, paths["staging"])
    wait_until(lambda: not inbox_files(paths["inbox"]), "the new article archived")
    check(daemon.stop() == 0, "clean stop")
    doc = read_index(state)
    check(doc["articles"][-1]["id"] == content_id(data) and doc["lastSequence"] == len(entries) + 1,
          "the first article after the migration is not change n + 1")
    validate_schema(state)
    return (f"version 1 folder of {len(entries)} entries ({count + 1} archived originals, one story in 2 versions, "
            f"index.json {len(v1_bytes) // 1024} KiB) migrated at start-up: every entry identical with its "
            f"archivedPath, feed numbered 1..{len(entries)}, index.v1.json kept, schema valid; "
            f"next article is change {len(entries) + 1}")
