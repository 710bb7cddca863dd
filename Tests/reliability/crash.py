"""Scenario 1: kill -9 torture; scenario 2: inotify queue overflow."""
import json
import os
import random
import subprocess
import threading
import time

from harness import (FAST, Daemon, article_text, check, content_id, drop, inbox_files, index_count,
                     read_index, scratch, temporaries, wait_until)


class IndexReader(threading.Thread):
    """Reads the whole index with the documented recipe in a loop the whole time, as a client
    program would, and checks that each read is one consistent snapshot: every shard the
    manifest names is there and complete, and they hold exactly articleCount articles."""

    def __init__(self, state):
        super().__init__(daemon=True)
        self.state = state
        self.reads = self.bad = 0
        self.first_bad = None
        self.stop = False

    def run(self):
        while not self.stop:
            if not os.path.exists(os.path.join(self.state, "index.json")):
                continue
            try:
                doc = read_index(self.state)
                assert doc["schemaVersion"] == 2
                assert len(doc["articles"]) == doc["articleCount"], \
                    f"{len(doc['articles'])} articles in the shards, articleCount {doc['articleCount']}"
                self.reads += 1
            except Exception as error:  # noqa: BLE001 - any failure to read is the finding
                self.bad += 1
                self.first_bad = self.first_bad or f"{error!r}"


def verify_all_indexed(paths, expected, reader=None):
    """Every expected article in the index exactly once, its original archived or in the inbox,
    its record present; nothing rejected; no temporaries; the reader saw only valid JSON."""
    state, inbox = paths["state"], paths["inbox"]
    doc = read_index(state)
    ids = [a["id"] for a in doc["articles"]]
    check(len(ids) == len(set(ids)), f"{len(ids) - len(set(ids))} id(s) appear more than once in index.json")
    by_id = {a["id"]: a for a in doc["articles"]}
    missing = [i for i in expected if i not in by_id]
    extra = [i for i in by_id if i not in expected]
    check(not missing, f"{len(missing)} article(s) missing from the index, e.g. {missing[:3]}")
    check(not extra, f"{len(extra)} unexpected entr(ies) in the index, e.g. {extra[:3]}")
    titles = [a["title"] for a in doc["articles"]]
    check(len(titles) == len(set(titles)), "a title (story) appears twice")
    left = set(inbox_files(inbox))
    lost = [i for i, a in by_id.items()
            if not os.path.isfile(os.path.join(state, a["archivedPath"])) and a["originalName"] not in left]
    check(not lost, f"{len(lost)} original(s) neither in archive/ nor in the inbox: {lost[:3]}")
    no_record = [i for i in by_id if not os.path.isfile(os.path.join(state, "articles", i + ".json"))]
    check(not no_record, f"{len(no_record)} article(s) without articles/<id>.json")
    rejected = os.listdir(os.path.join(state, "rejected")) if os.path.isdir(os.path.join(state, "rejected")) else []
    check(not rejected, f"{len(rejected)} file(s) in rejected/: {rejected[:3]}")
    if reader:
        check(reader.bad == 0, f"the reader saw invalid JSON {reader.bad} time(s): {reader.first_bad}")
    return len(by_id), len(left)


def kill9(articles, kills, seed=1):
    """Drops `articles` files while killing the daemon with SIGKILL `kills` times at random
    moments and restarting it; then lets it finish and checks that nothing was lost or doubled."""
    rng = random.Random(seed)
    paths = scratch("kill9")
    daemon = Daemon(paths["inbox"], paths["state"], paths["log"], env=FAST).start()
    expected = {}
    batch = [article_text(n) for n in range(articles)]
    for _, data in batch:
        expected[content_id(data)] = True
    reader = IndexReader(paths["state"])
    reader.start()
    dropped = [0]

    def dropper():
        # Spread the drops over the kill phase: renamed in (complete at once) and written in place.
        pace = max(0.0005, 0.6 * kills / max(articles, 1))
        for n, (_, data) in enumerate(batch):
            name = f"a{n:05d}.txt"
            if n % 10 == 0:
                with open(os.path.join(paths["inbox"], name), "wb") as f:
                    f.write(data)
            else:
                drop(paths["inbox"], name, data, paths["staging"])
            dropped[0] += 1
            if n % 25 == 0:
                time.sleep(pace * 25)

    thread = threading.Thread(target=dropper, daemon=True)
    thread.start()
    survived = 0
    counts_at_kill = []
    try:
        for _ in range(kills):
            time.sleep(rng.uniform(0.05, 1.2))
            check(daemon.alive(), f"the daemon exited on its own (status {daemon.proc.returncode})")
            daemon.kill9()
            survived += 1
            counts_at_kill.append(index_count(paths["state"]))
            daemon.start()
        thread.join()
        wait_until(lambda: index_count(paths["state"]) == articles and not inbox_files(paths["inbox"]),
                   f"all {articles} articles indexed and the inbox empty after the kills", deadline=900)
        status = daemon.stop()
        check(status == 0, f"clean stop after the torture exited {status}")
    finally:
        reader.stop = True
        reader.join()
        if daemon.alive():
            daemon.kill9()
    indexed, left = verify_all_indexed(paths, expected, reader)
    leftovers = temporaries(paths["state"])
    # Temporaries of the last SIGKILL are removed at the next start: restart once and look again.
    Daemon(paths["inbox"], paths["state"], paths["log"], env=FAST).start().stop()
    check(not temporaries(paths["state"]), f"temporary files left after a restart: {temporaries(paths['state'])[:3]}")
    return (f"{articles} articles dropped, {survived} SIGKILLs survived ({daemon.starts} starts), "
            f"index sizes at the kills {min(counts_at_kill)}..{max(counts_at_kill)}; "
            f"{indexed} indexed exactly once, {left} left in the inbox, articles lost: 0; "
            f"reader parsed index.json {reader.reads} times, invalid: {reader.bad}; "
            f"crash temporaries cleaned at restart: {len(leftovers)}")


def overflow(files, queue=64):
    """With fs.inotify.max_queued_events lowered to `queue`, a burst of `files` renamed into the
    inbox must still be indexed completely (IN_Q_OVERFLOW → rescan)."""
    path = "/proc/sys/fs/inotify/max_queued_events"
    with open(path) as f:
        old = f.read().strip()
    paths = scratch("overflow")
    datas = [article_text(n)[1] for n in range(files)]
    for n, data in enumerate(datas):
        with open(os.path.join(paths["staging"], f"o{n:05d}.txt"), "wb") as f:
            f.write(data)
    subprocess.run(["sysctl", "-q", "-w", f"fs.inotify.max_queued_events={queue}"], check=True)
    daemon = None
    try:
        env = dict(FAST, PRESSWATCH_INBOX_RESCAN_SECONDS="3600")  # only the overflow rescan may find them
        daemon = Daemon(paths["inbox"], paths["state"], paths["log"], env=env).start()
        wait_until(lambda: "watching" in daemon.log(), "the daemon to start watching", deadline=120)
        started = time.monotonic()
        for n in range(files):
            os.rename(os.path.join(paths["staging"], f"o{n:05d}.txt"), os.path.join(paths["inbox"], f"o{n:05d}.txt"))
        wait_until(lambda: index_count(paths["state"]) == files and not inbox_files(paths["inbox"]),
                   f"{files} files indexed after the overflow", deadline=900)
        elapsed = time.monotonic() - started
        check(daemon.stop() == 0, "clean stop")
    finally:
        subprocess.run(["sysctl", "-q", "-w", f"fs.inotify.max_queued_events={old}"], check=True)
        if daemon and daemon.alive():
            daemon.kill9()
    with open(path) as f:
        check(f.read().strip() == old, "fs.inotify.max_queued_events was not restored")
    overflows = daemon.log().count("inotify queue overflowed")
    check(overflows >= 1, "no IN_Q_OVERFLOW was reported: the test did not overflow the queue")
    indexed, _ = verify_all_indexed(paths, {content_id(d): True for d in datas})
    return (f"max_queued_events {queue} (restored to {old}); burst of {files} files; "
            f"{overflows} overflow(s) → rescans; {indexed} indexed, lost: 0 ({elapsed:.1f} s, {files / elapsed:.0f} files/s)")
