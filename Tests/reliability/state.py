"""Scenario 4: full disk; 5: damaged state; 7: updates (a story dropped again, corrected)."""
import glob
import json
import os
import subprocess

from harness import (BIN, FAST, Daemon, NotifyRecorder, article_text, check, content_id, drop, inbox_files,
                     index_count, read_index, scratch, temporaries, wait_until)

SCHEMA_CHECK = ["python3", "Tests/schema/validate_index.py", "docs/index.schema.json"]


def validate_schema(state):
    """The index against docs/index.schema.json with the third-party jsonschema package."""
    result = subprocess.run(SCHEMA_CHECK + [os.path.join(state, "index.json")], capture_output=True, text=True)
    check(result.returncode == 0, f"index.json does not match the schema: {result.stdout.strip()} {result.stderr.strip()}")


def full_disk(before=20, during=30):
    """State folder on a 1 MiB tmpfs (private mount namespace) that fills up."""
    paths = scratch("fulldisk")
    notify = NotifyRecorder(paths["base"])
    script = 'mount -t tmpfs -o size=1m presswatch-fulldisk "$0" && exec "$@"'
    daemon = Daemon(paths["inbox"], paths["state"], paths["log"], env=FAST, notify=notify,
                    prefix=["unshare", "--mount", "--propagation", "private", "sh", "-c", script, paths["state"]])
    daemon.start()
    state = f"/proc/{daemon.proc.pid}/root{paths['state']}"  # the tmpfs, seen through the daemon's namespace
    datas = [article_text(n)[1] for n in range(before + during)]
    try:
        wait_until(lambda: "watching" in daemon.log(), "the daemon to start", deadline=120)
        for n in range(before):
            drop(paths["inbox"], f"d{n:03d}.txt", datas[n], paths["staging"])
        wait_until(lambda: index_count(state) == before and not inbox_files(paths["inbox"]), f"{before} indexed")
        filler = os.path.join(state, "filler")
        with open(filler, "wb", buffering=0) as f:
            try:
                while True:
                    f.write(b"\0" * 4096)
            except OSError as error:
                check(error.errno == 28, f"filling the tmpfs failed with {error}")
        for n in range(before, before + during):
            drop(paths["inbox"], f"d{n:03d}.txt", datas[n], paths["staging"])
        wait_until(lambda: daemon.log().count("index flush failed") + daemon.log().count("failed; the file stays") >= 3,
                   "three failed attempts to write on the full disk", deadline=120)

        def retry_delays():
            return sorted({int(s.split("retrying in ")[1].split(" ")[0]) for s in notify.statuses if "retrying in" in s})
        # Files arriving while a retry is pending join it; the delay grows when a retry fails again.
        wait_until(lambda: len(retry_delays()) >= 2, "a failed retry to lengthen the delay", deadline=120)
        problem = [s for s in notify.statuses if "retrying in" in s]
        check(problem, f"STATUS= never reported the problem; last: {notify.statuses[-1:]}")
        waits = retry_delays()
        check(len(waits) >= 2 and waits[1] > waits[0], f"no back-off in STATUS= retry delays: {waits}")
        doc = read_index(state)
        check(len(doc["articles"]) <= before + during, "impossible index size")
        validate_schema(state)
        waiting = len(inbox_files(paths["inbox"]))
        check(waiting > 0, "nothing waited in the inbox while the disk was full")
        os.unlink(filler)
        wait_until(lambda: index_count(state) == before + during and not inbox_files(paths["inbox"]),
                   "all articles indexed once space was freed", deadline=300)
        wait_until(lambda: notify.statuses and "retrying" not in notify.statuses[-1], "STATUS= to clear the problem", deadline=60)
        ids = {a["id"] for a in read_index(state)["articles"]}
        check(ids == {content_id(d) for d in datas}, "the index does not hold exactly the dropped articles")
        archived = [a for a in read_index(state)["articles"] if os.path.isfile(os.path.join(state, a["archivedPath"]))]
        check(len(archived) == before + during, f"only {len(archived)} originals archived")
        check(not temporaries(state), f"temporaries left on the tmpfs: {temporaries(state)[:3]}")
        check(daemon.stop() == 0, "clean stop")
    finally:
        if daemon.alive():
            daemon.kill9()
        notify.close()
    sample = problem[0]
    return (f"1 MiB tmpfs filled after {before} articles; {during} dropped while full stayed in the inbox "
            f"({waiting} waiting); index.json stayed valid; {len(problem)} STATUS= updates with retry delays "
            f"{waits} s, e.g. \"{sample[:110]}\"; after freeing space {before + during} indexed and archived, lost: 0")


def _ids(state):
    try:
        return {a["id"] for a in (read_index(state) or {"articles": []})["articles"]}
    except ValueError:
        return set()


def damaged_state(articles=20):
    paths = scratch("damaged")
    state = paths["state"]
    datas = [article_text(n)[1] for n in range(articles)]
    v2 = article_text(0, version=2)[1]
    daemon = Daemon(paths["inbox"], state, paths["log"], env=FAST).start()
    for n, data in enumerate(datas):
        drop(paths["inbox"], f"s{n:03d}.txt", data, paths["staging"])
    wait_until(lambda: index_count(state) == articles and not inbox_files(paths["inbox"]), "articles indexed")
    drop(paths["inbox"], "s000-corrected.txt", v2, paths["staging"])
    wait_until(lambda: content_id(v2) in _ids(state), "the corrected version indexed")
    check(daemon.stop() == 0, "clean stop")
    expected = _ids(state)
    check(content_id(datas[0]) not in expected, "the first version is still current")
    index = os.path.join(state, "index.json")
    found = []

    def restart(damage, what):
        before = set(glob.glob(index + ".*"))
        damage()
        starts = daemon.log().count("<6>watching ")
        daemon.start()
        wait_until(lambda: daemon.log().count("<6>watching ") > starts, "the daemon to start", deadline=120)
        wait_until(lambda: index_count(state) == len(expected), f"the index rebuilt after {what}", deadline=120)
        check(daemon.stop() == 0, "clean stop")
        check(_ids(state) == expected, f"after {what} the rebuilt index differs")
        aside = set(glob.glob(index + ".*")) - before
        check(len(aside) == 1, f"after {what}: set aside {sorted(aside)}")
        validate_schema(state)
        found.append(f"{what} → {os.path.basename(aside.pop())}")

    def truncate():
        archived = read_archive_path(state)
        with open(index, "rb") as f:
            data = f.read()
        with open(index, "wb") as f:
            f.write(data[: len(data) // 2])
        for folder in [state, os.path.join(state, "articles"), os.path.join(state, "rejected"),
                       os.path.dirname(os.path.join(state, archived))]:
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, ".presswatch-tmp-crash-leftover"), "wb") as f:
                f.write(b"partial")
    leftovers = 4
    restart(truncate, "truncated index.json + 4 crash temporaries")
    check(not temporaries(state), f"temporaries not cleaned: {temporaries(state)}")

    def hand_edit():
        shard_path = os.path.join(state, read_index(state)["shards"][0]["path"])
        with open(shard_path) as f:
            shard = json.load(f)
        entries = [c["entry"] for c in shard["changes"] if c["entry"]]
        del entries[3]["title"]
        entries[5]["wordCount"] = "many"
        with open(shard_path, "w") as f:
            json.dump(shard, f)
    restart(hand_edit, "hand-edited shard (a title removed, a number made text)")

    def not_json():
        with open(index, "wb") as f:
            f.write(b"\x00\x01garbage")
    restart(not_json, "index.json replaced by garbage")

    result = subprocess.run([os.path.abspath(BIN), "reindex", "--state", state], capture_output=True, text=True)
    check(result.returncode == 0, f"presswatch reindex failed: {result.stderr}")
    check(_ids(state) == expected, "presswatch reindex gave another index")
    check(glob.glob(index + ".before-reindex-*"), "reindex did not keep the previous index aside")
    found.append("presswatch reindex → " + result.stdout.strip()[:90] + "…")

    def interrupted():
        with open(os.path.join(state, "index.rebuilding"), "w") as f:
            f.write("crash in the middle of a rebuild\n")
        with open(index, "w") as f:
            json.dump({"schemaVersion": 1, "generatedAt": "2026-01-01T00:00:00Z", "articles": []}, f)
    before = set(glob.glob(index + ".*"))
    interrupted()
    daemon.start()
    wait_until(lambda: index_count(state) == len(expected), "the rebuild resumed", deadline=120)
    check(daemon.stop() == 0, "clean stop")
    check(_ids(state) == expected and not os.path.exists(os.path.join(state, "index.rebuilding")),
          "an interrupted rebuild was not completed")
    check(set(glob.glob(index + ".*")) == before, "a half-rebuilt index was set aside as if it were damaged")
    found.append("interrupted rebuild (marker left) → rebuilt again")
    archive = sum(len(files) for _, _, files in os.walk(os.path.join(state, "archive")))
    return (f"{len(expected)} articles ({archive} originals in archive/, one story in 2 versions); "
            + "; ".join(found) + f"; {leftovers} crash temporaries removed; every rebuild identical, lost: 0")


def read_archive_path(state):
    return read_index(state)["articles"][0]["archivedPath"]


def updates():
    paths = scratch("updates")
    state = paths["state"]
    daemon = Daemon(paths["inbox"], state, paths["log"], env=FAST).start()
    title, v1 = article_text(4242)
    v2 = article_text(4242, version=2)[1]
    v3 = article_text(4242, version=3)[1]
    other = article_text(4243)[1]
    drop(paths["inbox"], "story.txt", v1, paths["staging"])
    drop(paths["inbox"], "other.txt", other, paths["staging"])
    wait_until(lambda: {content_id(v1), content_id(other)} <= _ids(state), "v1 indexed")
    drop(paths["inbox"], "story.txt", v2, paths["staging"])
    wait_until(lambda: content_id(v2) in _ids(state), "v2 indexed")
    drop(paths["inbox"], "story-fixed-again.txt", v3, paths["staging"])
    wait_until(lambda: content_id(v3) in _ids(state), "v3 indexed")
    drop(paths["inbox"], "story-old-copy.txt", v1, paths["staging"])  # an old version again: not a new version
    wait_until(lambda: not inbox_files(paths["inbox"]), "the old copy handled")
    check(daemon.stop() == 0, "clean stop")

    def verify(doc):
        story = [a for a in doc["articles"] if a["title"] == title]
        check(len(story) == 1, f"{len(story)} entries for the story")
        entry = story[0]
        check(entry["id"] == content_id(v3), "the newest version is not the current entry")
        check([v["id"] for v in entry["previousVersions"]] == [content_id(v1), content_id(v2)],
              f"previousVersions {entry['previousVersions']}")
        check(len(doc["articles"]) == 2, f"{len(doc['articles'])} entries, expected 2")
        paths_ = [entry["archivedPath"]] + [v["archivedPath"] for v in entry["previousVersions"]]
        for p in paths_:
            check(os.path.isfile(os.path.join(state, p)), f"{p} missing from the archive")
        return entry
    entry = verify(read_index(state))
    validate_schema(state)
    subprocess.run([os.path.abspath(BIN), "reindex", "--state", state], check=True, capture_output=True)
    verify(read_index(state))
    return (f"3 versions of one story + 1 other article: 2 entries; current {entry['id']} with "
            f"previousVersions [{', '.join(v['id'] for v in entry['previousVersions'])}]; all 3 originals archived; "
            f"an old version dropped again changed nothing; same after presswatch reindex; schema valid")
