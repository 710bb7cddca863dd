"""Scenarios of issue 11 for writers that race the daemon (the archive checker of
invariants.py runs after them too):

  twostep  files written in two steps: written and closed, re-opened 0.1 s later (less than
           inbox.settleSeconds, 0.3 s here) to append the rest, closed again. Each must give ONE
           article, the complete one: no entry for the first half, nothing rejected.
  races    files renamed into the inbox, then, after 0-250 ms, deleted, moved out of the inbox, or
           replaced by a symbolic link (to an article outside the inbox). Every entry's original
           must be in archive/ with exactly the bytes its id is the hash of; the link's target is
           never read; the log never promises a retry that cannot happen.

  budget      a 9 MB article with a 0.2 s parse budget: rejected "too complex to parse within 0.2 s",
              once; an article dropped after it (as canary.php) is indexed meanwhile (parsing is
              off the loop) and archived as .txt, its detected format
  offloop     WATCHDOG_USEC set, a 9 MB article (seconds of parsing) with no budget in reach: WATCHDOG=1
              keeps coming while it is parsed; SIGTERM during the parse stops the daemon at once
              (exit 0), the file stays in the inbox and no marker is left
  quarantine  the daemon killed twice in a row while parsing the same file: set aside in rejected/
              at the next start, with the reason

Each returns a one-line summary with its figures; none asserts a time.
"""
import json
import os
import random
import signal
import threading
import time

from harness import (FAST, Daemon, NotifyRecorder, article_text, check, content_id, drop, read_index, scratch,
                     wait_until)


def _ids(state):
    doc = read_index(state) or {"articles": []}
    ids = set()
    for entry in doc["articles"]:
        ids.add(entry["id"])
        ids |= {v["id"] for v in entry.get("previousVersions") or []}
    return ids, doc["articles"]


def _regular_files(inbox):
    return [n for n in os.listdir(inbox) if not n.startswith(".") and not os.path.islink(os.path.join(inbox, n))]


def two_step(files):
    paths = scratch("twostep")
    inbox, state = paths["inbox"], paths["state"]
    daemon = Daemon(inbox, state, paths["log"], env=FAST).start()
    halves = []
    try:
        wait_until(lambda: "watching" in daemon.log(), "the daemon to start", deadline=120)
        for n in range(files):
            _, data = article_text(8100 + n)
            cut = data.index(b"\n\n", data.index(b"Les autorit")) + 2  # title, byline, first paragraph
            halves.append((data[:cut], data))
            path = os.path.join(inbox, f"two-{n:04d}.txt")
            with open(path, "wb") as f:
                f.write(data[:cut])
            time.sleep(0.1)
            with open(path, "ab") as f:
                f.write(data[cut:])
        wait_until(lambda: not _regular_files(inbox), "the inbox to empty", deadline=300)
        time.sleep(1)
        check(daemon.stop() == 0, "clean stop")
    finally:
        if daemon.alive():
            daemon.kill9()
    ids, articles = _ids(state)
    torn = [n for n, (first, _) in enumerate(halves) if content_id(first) in ids]
    missing = [n for n, (_, whole) in enumerate(halves) if content_id(whole) not in ids]
    rejected = os.path.join(state, "rejected")
    rejects = [n for n in os.listdir(rejected) if not n.endswith(".error.json")] if os.path.isdir(rejected) else []
    check(not torn, f"{len(torn)} of {files} first halves indexed as articles of their own: {torn[:3]}")
    check(not missing, f"{len(missing)} of {files} complete files not indexed: {missing[:3]}")
    check(not rejects, f"{len(rejects)} file(s) rejected: {rejects[:3]}")
    check(len(articles) == files, f"{len(articles)} entries for {files} files")
    return (f"{files} files closed, re-opened 0.1 s later and appended to (settle 0.3 s): "
            f"{files} complete articles, 0 torn, 0 rejected")


def races(files, seed=11):
    rng = random.Random(seed)
    paths = scratch("races")
    inbox, state, staging = paths["inbox"], paths["state"], paths["staging"]
    out = os.path.join(paths["base"], "out")
    os.makedirs(out)
    decoy = os.path.join(paths["base"], "decoy.txt")
    decoy_data = article_text(8999)[1]
    with open(decoy, "wb") as f:
        f.write(decoy_data)
    datas = [article_text(8200 + n)[1] for n in range(files)]
    actions = {"delete": 0, "move": 0, "symlink": 0}
    daemon = Daemon(inbox, state, paths["log"], env=FAST).start()

    def racer(members):
        for n in members:
            name = f"race-{n:04d}.txt"
            tmp = os.path.join(staging, name)
            with open(tmp, "wb") as f:
                f.write(datas[n])
            os.rename(tmp, os.path.join(inbox, name))
            time.sleep(rng.uniform(0, 0.25))
            action = ("delete", "move", "symlink")[n % 3]
            try:
                if action == "delete":
                    os.unlink(os.path.join(inbox, name))
                elif action == "move":
                    os.rename(os.path.join(inbox, name), os.path.join(out, name))
                else:
                    link = os.path.join(staging, name + ".link")
                    os.symlink(decoy, link)
                    os.rename(link, os.path.join(inbox, name))
                actions[action] += 1
            except FileNotFoundError:
                pass  # the daemon had already taken it: nothing to race

    try:
        wait_until(lambda: "watching" in daemon.log(), "the daemon to start", deadline=120)
        threads = [threading.Thread(target=racer, args=(range(k, files, 3),)) for k in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wait_until(lambda: not _regular_files(inbox), "the inbox to hold no regular file", deadline=300)
        time.sleep(2)
        check(daemon.stop() == 0, "clean stop")
    finally:
        if daemon.alive():
            daemon.kill9()
    ids, articles = _ids(state)
    dangling = []
    for entry in articles:
        path = os.path.join(state, entry["archivedPath"])
        if not os.path.isfile(path):
            dangling.append(f"{entry['originalName']}: {entry['archivedPath']} missing")
        else:
            with open(path, "rb") as f:
                if content_id(f.read()) != entry["id"]:
                    dangling.append(f"{entry['originalName']}: {entry['archivedPath']} holds other bytes")
    check(not dangling, f"{len(dangling)} of {len(articles)} entries without their exact original: {dangling[:3]}")
    check(content_id(decoy_data) not in ids, "the symbolic link's target was read and indexed")
    log = daemon.log()
    promised = [line for line in log.splitlines() if "will be retried" in line]
    check(not promised, f"the log promised a retry: {promised[:1]}")
    indexed = len(articles)
    return (f"{files} files renamed in, then {actions['delete']} deleted, {actions['move']} moved out, "
            f"{actions['symlink']} swapped for a symbolic link 0-250 ms later: {indexed} indexed, "
            f"each with its exact original in archive/; link target never read")


def _big_article():
    """An ordinary article and 9 MB more (sentences joined by U+2028, one line of 9 MB to the text
    reader): a parse long enough to be killed during it (`quarantine`). For a parse that must still
    run seconds after it started, see `_slow_article`: since stop 28 the daemon's debug build parses
    9 MB of plain paragraphs in 0.25 s."""
    _, data = article_text(9001)
    sentence = "Le ministère a précisé que les travaux dureront encore plusieurs mois\u2028".encode()
    return data + b"\n\n" + sentence * (9_000_000 // len(sentence))


def _slow_article():
    """An ordinary article and 9 MB of one-letter sentences joined by U+2028: seconds of parsing in
    any build (3.5 s release at stop 28, `hostile_text.py`'s `line separators U+2028`), for a
    scenario that needs a parse still running 2 s after it started."""
    _, data = article_text(9001)
    return data + b"\n\n" + "a\u2028".encode() * 2_250_000


def budget():
    """A 9 MB article (seconds of parsing in any build, see `_slow_article`) with a 1 s parse budget: it is
    rejected as "too complex to parse within 1 s" and never retried, while an ordinary article
    dropped after it is indexed and STATUS= keeps coming. (With 0.2 s, the ordinary article itself
    outlasted the budget once at load average 8: the big parse keeps one core until it ends.)"""
    paths = scratch("budget")
    notify = NotifyRecorder(paths["base"])
    env = dict(FAST, PRESSWATCH_INGEST_PARSE_TIMEOUT_SECONDS="1")
    daemon = Daemon(paths["inbox"], paths["state"], paths["log"], env=env, notify=notify).start()
    try:
        wait_until(lambda: "watching" in daemon.log(), "the daemon to start", deadline=120)
        drop(paths["inbox"], "big.txt", _slow_article(), paths["staging"])
        canary = article_text(9002)[1]
        drop(paths["inbox"], "canary.php", canary, paths["staging"])
        wait_until(lambda: content_id(canary) in _ids(paths["state"])[0], "the article dropped after the big one", deadline=120)
        archived = next(a["archivedPath"] for a in _ids(paths["state"])[1] if a["id"] == content_id(canary))
        check(archived.endswith(".txt"), f"a text file dropped as canary.php archived as {archived}")
        report = os.path.join(paths["state"], "rejected", "big.txt.error.json")
        wait_until(lambda: os.path.exists(report), "big.txt rejected", deadline=120)
        time.sleep(3)
        started = time.monotonic()
        check(daemon.stop() == 0, "clean stop")
        stop_seconds = time.monotonic() - started
    finally:
        if daemon.alive():
            daemon.kill9()
        notify.close()
    with open(report, encoding="utf-8") as f:
        reason = json.load(f)["reason"]
    check(reason == "too complex to parse within 1 s", f"reason {reason!r}")
    log = daemon.log()
    check(log.count("rejected big.txt") == 1, f"big.txt handled {log.count('rejected big.txt')} times")
    return (f"9 MB file with a 1 s budget rejected (\"{reason}\"), once; an article dropped after it (as "
            f"canary.php) indexed and archived as {os.path.basename(archived)}; "
            f"{len(notify.statuses)} STATUS= lines; stopped {stop_seconds:.1f} s after SIGTERM")


def _written_marker(parsing, prefix):
    """True once a marker of this process (`<pid>-<slot>.json`, one per parse slot) holds its
    JSON: the file exists before its content (and stays, blanked with spaces, between parses), and
    a death while it is blank is rightly not counted against the file (the daemon drops a blank or
    unreadable marker), which once made this scenario fail."""
    if not os.path.isdir(parsing):
        return False
    for name in os.listdir(parsing):
        if name.startswith(prefix):
            try:
                with open(os.path.join(parsing, name), encoding="utf-8") as f:
                    json.load(f)
                return True
            except (OSError, ValueError):
                pass
    return False


def _check_child(daemon_pid, name):
    """The pid of the daemon's separate check of `name` (`presswatch parse -- <inbox>/<name>`), or None."""
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                argv = f.read().split(b"\0")
        except (OSError, ValueError, IndexError):
            continue
        if ppid == daemon_pid and b"parse" in argv and any(a.endswith(b"/" + name.encode()) for a in argv):
            return int(pid)
    return None


def quarantine():
    """Poison quarantine without false positives. (1) The daemon killed (SIGKILL) twice in a row
    while it parses the same good file (as the kill9 torture can do to any file): at the next
    start the file is parsed in a separate process first, survives, and is indexed, not set aside.
    (2) A file whose separate parse dies (the test kills that process with SIGSEGV, as a parser
    crash would) goes to rejected/ with the signal in the reason; an ordinary article is indexed."""
    paths = scratch("quarantine")
    state = paths["state"]
    env = dict(FAST, PRESSWATCH_INGEST_PARSE_TIMEOUT_SECONDS="600")
    daemon = Daemon(paths["inbox"], state, paths["log"], env=env)
    parsing = os.path.join(state, "parsing")
    big = _big_article()
    drop(paths["inbox"], "good.txt", big, paths["staging"])
    try:
        for death in (1, 2):
            daemon.start()
            mine = f"{daemon.proc.pid}-"  # markers are named <pid>-<slot>.json: this process's, not the last one's
            wait_until(lambda: _written_marker(parsing, mine), f"the parse before death {death}", deadline=300, interval=0.01)
            daemon.kill9()
            check("good.txt" in os.listdir(paths["inbox"]), "the file left the inbox before the second death")
        daemon.start()
        wait_until(lambda: content_id(big) in _ids(state)[0], "good.txt indexed after two deaths while parsing it", deadline=300)
        check(not os.path.exists(os.path.join(state, "rejected", "good.txt.error.json")), "good.txt set aside as poison")
        check("separate parse of it ended normally" in daemon.log(), "the log says the separate check passed")
        # (2) A parser crash, as the separate check sees it.
        poison = big + b"\n\nUne ligne de plus pour un autre identifiant.\n"
        drop(paths["inbox"], "poison.txt", poison, paths["staging"])
        mine = f"{daemon.proc.pid}-"
        wait_until(lambda: _written_marker(parsing, mine), "the parse of poison.txt", deadline=300, interval=0.01)
        daemon.kill9()
        daemon.start()
        child = []
        wait_until(lambda: child.append(_check_child(daemon.proc.pid, "poison.txt")) or child[-1], "the separate check of poison.txt",
                   deadline=120, interval=0.01)
        os.kill(child[-1], signal.SIGSEGV)
        report = os.path.join(state, "rejected", "poison.txt.error.json")
        wait_until(lambda: os.path.exists(report), "poison.txt set aside once its separate parse died", deadline=120)
        canary = article_text(9003)[1]
        drop(paths["inbox"], "canary.txt", canary, paths["staging"])
        wait_until(lambda: content_id(canary) in _ids(state)[0], "an ordinary article after it", deadline=120)
        check(content_id(poison) not in _ids(state)[0], "poison.txt indexed although its check died")
        check(daemon.stop() == 0, "clean stop")
    finally:
        if daemon.alive():
            daemon.kill9()
    with open(report, encoding="utf-8") as f:
        reason = json.load(f)["reason"]
    check("killed presswatch's parser (signal 11" in reason, f"reason {reason!r}")
    check(not os.listdir(parsing), f"markers left after a clean stop: {os.listdir(parsing)}")
    return (f"a good file killed twice while parsing it was indexed (checked apart first); a file whose check died: "
            f"\"{reason[:60]}…\"; canary indexed")


def offloop():
    paths = scratch("offloop")
    notify = NotifyRecorder(paths["base"])
    env = dict(FAST, PRESSWATCH_INGEST_PARSE_TIMEOUT_SECONDS="600", WATCHDOG_USEC="1000000")
    daemon = Daemon(paths["inbox"], paths["state"], paths["log"], env=env, notify=notify).start()
    parsing = os.path.join(paths["state"], "parsing")
    try:
        wait_until(lambda: "watching" in daemon.log(), "the daemon to start", deadline=120)
        drop(paths["inbox"], "big.txt", _slow_article(), paths["staging"])
        wait_until(lambda: _written_marker(parsing, ""), "the parse to start", deadline=120, interval=0.01)
        started = time.monotonic()
        time.sleep(2)
        pings = [t for t in notify.watchdogs if t >= started]
        still_parsing = _written_marker(parsing, "")  # a marker is blanked (not removed) when its parse ends
        stop_started = time.monotonic()
        check(daemon.stop() == 0, "clean stop")
        stop_seconds = time.monotonic() - stop_started
    finally:
        if daemon.alive():
            daemon.kill9()
        notify.close()
    check(still_parsing, "the parse ended within 2 s: nothing shown (use a slower build or a bigger file)")
    check(len(pings) >= 2, f"{len(pings)} WATCHDOG=1 while a file was parsed for 2 s")
    check(os.listdir(paths["inbox"]) == ["big.txt"], f"inbox after the stop: {os.listdir(paths['inbox'])}")
    check(not os.listdir(parsing), f"markers left after a clean stop: {os.listdir(parsing)}")
    return (f"{len(pings)} WATCHDOG=1 in the first 2 s of a long parse (WATCHDOG_USEC 1 s); SIGTERM during it: "
            f"exit 0 after {stop_seconds:.1f} s, the file still in the inbox, no marker left")
