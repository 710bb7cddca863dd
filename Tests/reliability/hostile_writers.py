"""Scenarios of issue 11 (hostile writers and hostile bytes) that need a real daemon:

  terminal   file names and titles full of terminal controls, bidi overrides and zero-width
             characters: nothing raw in the log, STATUS= or rejection reports; index fields
             without C0/C1 controls; a 1,000,000-character JSON-LD headline cut at 300 characters;
             a one-word file rejected ("no body text")
  symlinks   the lock file, the state folder or archive/ replaced by a symbolic link: the daemon
             refuses to start and says what to do; the link's target is never written
  reload     a bad configuration on SIGHUP: STATUS= says "reload failed: …; running with the
             previous configuration" until a reload succeeds
  inbox      the inbox deleted and re-created while the daemon runs (rescan once an hour): files
             dropped into the new inbox are indexed at once, the log gives no restart advice
  poison     Markdown built to be slow (runs of `[`, `![`, `[a](`, `<`, `>`), and text and HTML
             (mail headers, wire datelines, subtitle cues, U+2028, a tag of 100k attributes),
             1 MiB each: every file ends indexed or rejected and an ordinary article after them
             is indexed

Each returns a one-line summary with its figures; none asserts a time.
"""
import json
import os
import signal
import time

from harness import (FAST, Daemon, Failure, NotifyRecorder, article_text, check, content_id, drop, read_index,
                     scratch, wait_until)

NASTY = "\x1b[2J\x1b]0;owned\x07\x7f\u009b31m\u202e\u2066\u200b\ufeff"


def hostile_scalars(text, keep_newlines=True):
    """Characters a terminal would act on, or that hide or reorder text."""
    import unicodedata
    found = []
    for ch in text:
        if keep_newlines and ch == "\n":
            continue
        o = ord(ch)
        if o < 0x20 or 0x7F <= o <= 0x9F or unicodedata.category(ch) in ("Cf", "Zl", "Zp"):
            found.append(f"U+{o:04X}")
    return found


def _indexed(state, data):
    doc = read_index(state) or {"articles": []}
    return content_id(data) in {a["id"] for a in doc["articles"]}


def terminal():
    paths = scratch("terminal")
    notify = NotifyRecorder(paths["base"])
    daemon = Daemon(paths["inbox"], paths["state"], paths["log"], env=FAST, notify=notify).start()
    inbox, state, staging = paths["inbox"], paths["state"], paths["staging"]
    try:
        wait_until(lambda: "watching" in daemon.log(), "the daemon to start", deadline=120)
        title, text = article_text(7101)
        tricky = text.replace(title.encode(), (title + NASTY).encode(), 1)
        drop(inbox, f"name{NASTY}.txt", tricky, staging)
        headline = "Un titre " * 111_112  # 1,000,008 characters
        page = ('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"'
                + headline[:1_000_000] + '"}</script></head><body><article>'
                + "<p>Le premier paragraphe de la page dit quelque chose d'utile au lecteur.</p>"
                + "<p>Et un second paragraphe pour que ce soit bien un article.</p></article></body></html>").encode()
        drop(inbox, "headline.html", page, staging)
        drop(inbox, f"word{NASTY}.txt", b"Bonjour\n", staging)
        drop(inbox, f"bin{NASTY}.txt", bytes.fromhex("89504e470d0a1a0a") + b"\0" * 64, staging)
        wait_until(lambda: _indexed(state, tricky) and _indexed(state, page), "both articles indexed", deadline=120)
        rejected = os.path.join(state, "rejected")
        wait_until(lambda: len([n for n in os.listdir(rejected) if n.endswith(".error.json")]) == 2
                   if os.path.isdir(rejected) else False, "two rejection reports", deadline=60)
        time.sleep(1.5)  # the throttled STATUS= with the last title
        check(daemon.stop() == 0, "clean stop")
    finally:
        if daemon.alive():
            daemon.kill9()
        notify.close()
    log = daemon.log()
    raw = hostile_scalars(log)
    check(not raw, f"raw {sorted(set(raw))} in the log")
    check("\\x1b]0;owned\\x07" in log, "the escaped name is not in the log")
    bad_status = [s for s in notify.statuses if hostile_scalars(s)]
    check(not bad_status, f"raw characters in STATUS=: {bad_status[:2]!r}")
    articles = read_index(state)["articles"]
    for entry in articles:
        fields = [entry.get("title", ""), entry.get("lede", "")] + entry.get("authors", [])
        check(not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for f in fields for c in f),
              f"control characters in the index: {entry['title'][:60]!r}")
    longest = max(len(a["title"]) for a in articles)
    check(longest <= 300, f"a {longest}-character title in the index")
    reports = []
    for name in os.listdir(rejected):
        if name.endswith(".error.json"):
            with open(os.path.join(rejected, name), encoding="utf-8") as f:
                body = f.read()
            check(not hostile_scalars(body), f"raw characters in {name!r}")
            reports.append(json.loads(body))
    reasons = sorted(r["reason"] for r in reports)
    check(any("no body text" in r for r in reasons), f"the one-word file was not rejected for its body: {reasons}")
    check(all(NASTY in r["file"] for r in reports), "a report does not name its file exactly")
    return (f"{len(log.splitlines())} log lines and {len(notify.statuses)} STATUS= lines without a raw control, "
            f"bidi or zero-width character; titles at most {longest} characters (1,000,000-character headline "
            f"cut); one-word file rejected: \"{[r for r in reasons if 'body' in r][0][:60]}\"")


def symlinks():
    figures = []
    for what in ("presswatch.lock", "", "archive"):
        paths = scratch("symlinks")
        state = paths["state"]
        victim = os.path.join(paths["base"], "victim")
        if what == "presswatch.lock":
            with open(victim, "wb") as f:
                f.write(b"precious bytes\n")
            os.symlink(victim, os.path.join(state, what))
        else:
            os.makedirs(victim)
            if what == "":
                os.rmdir(state)
                os.symlink(victim, state)
            else:
                os.symlink(victim, os.path.join(state, what))
        drop(paths["inbox"], "a.txt", article_text(7201)[1], paths["staging"])
        daemon = Daemon(paths["inbox"], state, paths["log"], env=FAST).start()
        try:
            status = daemon.proc.wait(timeout=60)
        except Exception:
            daemon.kill9()
            raise Failure(f"the daemon started with {what or 'the state folder'} a symbolic link")
        log = daemon.log()
        check(status != 0, f"exit status 0 with {what or 'the state folder'} a symbolic link")
        check("is a symbolic link" in log, f"no clear message: {log[-300:]}")
        check(os.listdir(paths["inbox"]) == ["a.txt"], "a file left the inbox")
        if what == "presswatch.lock":
            check(open(victim, "rb").read() == b"precious bytes\n", "the lock's target was written")
        else:
            check(os.listdir(victim) == [], f"something was written through the link: {os.listdir(victim)}")
        figures.append(f"{what or 'state folder'}: exit {status}")
    return "refused with a message saying what to do, target untouched (" + "; ".join(figures) + ")"


def reload():
    paths = scratch("reload")
    config = os.path.join(paths["base"], "presswatch.yaml")
    with open(config, "w") as f:
        f.write("inbox:\n  settleSeconds: 0.3\n")
    notify = NotifyRecorder(paths["base"])
    daemon = Daemon(paths["inbox"], paths["state"], paths["log"], env={"PRESSWATCH_CONFIG": config},
                    notify=notify).start()
    try:
        wait_until(lambda: "watching" in daemon.log(), "the daemon to start", deadline=120)
        with open(config, "w") as f:
            f.write("ingest:\n  maxFileSize: lots\n")
        daemon.proc.send_signal(signal.SIGHUP)
        wait_until(lambda: any(s.startswith("reload failed: ") for s in notify.statuses), "STATUS=reload failed")
        failed = next(s for s in notify.statuses if s.startswith("reload failed: "))
        check("running with the previous configuration" in failed, f"STATUS= is {failed!r}")
        data = article_text(7301)[1]
        drop(paths["inbox"], "a.txt", data, paths["staging"])
        wait_until(lambda: _indexed(paths["state"], data), "an article during the failed reload")
        wait_until(lambda: notify.statuses[-1].startswith("reload failed: ") and "1 indexed" in notify.statuses[-1],
                   "the failure still shown with later news", deadline=30)
        with open(config, "w") as f:
            f.write("inbox:\n  settleSeconds: 0.3\n")
        seen = len(notify.statuses)
        daemon.proc.send_signal(signal.SIGHUP)
        wait_until(lambda: any(s.startswith("Watching") for s in notify.statuses[seen:]), "a clean STATUS= after a good reload")
        check(daemon.stop() == 0, "clean stop")
    finally:
        if daemon.alive():
            daemon.kill9()
        notify.close()
    return f"STATUS= \"{failed[:110]}…\" until the next good reload"


def inbox():
    paths = scratch("inbox")
    env = dict(FAST, PRESSWATCH_INBOX_RESCAN_SECONDS="3600")
    daemon = Daemon(paths["inbox"], paths["state"], paths["log"], env=env).start()
    try:
        wait_until(lambda: "watching" in daemon.log(), "the daemon to start", deadline=120)
        os.rmdir(paths["inbox"])
        wait_until(lambda: "was deleted or moved away" in daemon.log(), "the log line for the deleted inbox", deadline=30)
        os.mkdir(paths["inbox"])
        started = time.monotonic()
        data = article_text(7401)[1]
        drop(paths["inbox"], "back.txt", data, paths["staging"])
        wait_until(lambda: _indexed(paths["state"], data), "the article dropped into the re-created inbox", deadline=30)
        seconds = time.monotonic() - started
        check(daemon.stop() == 0, "clean stop")
    finally:
        if daemon.alive():
            daemon.kill9()
    log = daemon.log()
    check("restart presswatch" not in log, "the log still advises a restart")
    gone = next(line for line in log.splitlines() if "was deleted or moved away" in line)
    return f"indexed {seconds:.1f} s after the inbox was re-created (rescan every 3600 s); log: \"{gone[3:120]}…\""


def poison_inputs(size):
    front = "---\ntitle: Un fichier Markdown hostile\n---\n\nUn premier paragraphe de texte ordinaire.\n\n"
    for name, unit in [("[", "["), ("![", "!["), ("[a](", "[a]("), ("<", "<"), (">", ">"), ("<http", "<http")]:
        yield name, "md", (front + unit * ((size - len(front)) // len(unit)) + "\n").encode()
    # Stop 28: quadratic past the readers (mail headers, wire datelines, subtitle cues, U+2028
    # escaped in reports) or in libxml2 (a tag's attributes checked against each other).
    for name, unit in [("mail headers", "From: a@b.c\nSubject: x\nDate: Mon, 16 Feb 2026 10:00:00 +0000\n\n"),
                       ("wire datelines", "PARIS, Feb 16 (Reuters) - \n"),
                       ("subtitle cues", "1\n00:00:01,000 --> 00:00:02,000\nsome text\n\n"),
                       ("U+2028", "a\u2028")]:
        yield name, "txt", (unit * (size // len(unit.encode()))).encode()
    yield "attributes", "html", ("<html><head><title>T</title></head><body><p>Un paragraphe.</p><p "
                                 + " ".join(f"a{i}=1" for i in range(size // 9)) + ">x</p></body></html>").encode()


def poison():
    paths = scratch("poison")
    daemon = Daemon(paths["inbox"], paths["state"], paths["log"], env=FAST).start()
    times = []
    try:
        wait_until(lambda: "watching" in daemon.log(), "the daemon to start", deadline=120)
        for n, (name, ext, data) in enumerate(poison_inputs(1 << 20)):
            started = time.monotonic()
            drop(paths["inbox"], f"poison-{n}.{ext}", data, paths["staging"])
            wait_until(lambda: f"poison-{n}.{ext}" not in os.listdir(paths["inbox"]), f"the {name} run to be read",
                       deadline=600)
            times.append((name, time.monotonic() - started))
        canary = article_text(7501)[1]
        drop(paths["inbox"], "canary.txt", canary, paths["staging"])
        wait_until(lambda: _indexed(paths["state"], canary), "an ordinary article after them", deadline=60)
        check(daemon.stop() == 0, "clean stop")
    finally:
        if daemon.alive():
            daemon.kill9()
    worst = max(times, key=lambda t: t[1])
    return (f"{len(times)} hostile files of 1 MiB ({', '.join(f'{n!r} {s:.1f} s' for n, s in times)}); "
            f"worst {worst[1]:.1f} s, then an ordinary article indexed")
