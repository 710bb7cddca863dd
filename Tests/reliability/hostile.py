"""Scenario 3: hostile inputs. Each kind below is dropped into the inbox of a daemon running as
an unprivileged user (`nobody`, like the service user), and must end as expected:

  rejected   moved to rejected/ with a readable <name>.error.json (a reason and what to do)
  indexed    a real article, whatever its name or encoding: in the index, original archived
  left       not a regular file: left in the inbox, one warning in the log, never opened
  ignored    an ignore rule (dot-files, *.part…): left in the inbox on purpose, never read
  duplicate  same bytes as an indexed article: removed from the inbox, index unchanged
  either     rejected or indexed are both right; what matters is that the daemon survives

After all of them, a last ordinary article must still be indexed (the daemon is alive and was
not blocked, e.g. by the FIFO), and nothing of /etc/shadow may appear in the state folder.
"""
import json
import os
import random
import socket
import stat
import threading
import time

from harness import Daemon, article_text, check, content_id, drop, inbox_files, read_index, scratch, wait_until

LIMIT = 12 * 1024 * 1024


def _png():
    return bytes.fromhex("89504e470d0a1a0a0000000d49484452") + os.urandom(2000)


def _elf():
    with open("/bin/true", "rb") as f:
        return f.read(16384)


def _nested_html(depth):
    return ("<html><head><title>Une page profondément imbriquée</title></head><body>" + "<div>" * depth
            + "<p>Le texte tout au fond de la page, enfin atteint après tant de balises.</p>"
            + "</div>" * depth + "</body></html>").encode()


def cases(rng):
    """(kind, file name, how to create it, expected outcome). Names are bytes where needed."""
    t = lambda n, **kw: article_text(n, **kw)[1]  # noqa: E731
    long_line = (("mot " * 2_500_000)[:10_000_000]).encode()
    latin1 = "Hausse des prix à Lomé : le marché réagit\n\nLes commerçants de Lomé ont constaté une hausse " \
             "des prix des céréales cette semaine, selon plusieurs témoignages recueillis sur place.\n\n" \
             "(Source : Agence Ecofin, 16 février 2026)\n"
    return [
        ("empty file", "empty.txt", b"", "rejected"),
        ("whitespace only", "blank.txt", b" \n\t\n  \r\n", "rejected"),
        ("PNG image", "photo.txt", _png(), "rejected"),
        ("ELF executable", "program.txt", _elf(), "rejected"),
        ("PDF document", "doc.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + os.urandom(3000), "rejected"),
        ("gzip archive", "article.txt.gz", b"\x1f\x8b\x08\x00" + os.urandom(3000), "rejected"),
        ("over ingest.maxFileSize (13 MiB)", "big.txt", ("sparse", 13 * 1024 * 1024), "rejected"),
        ("sparse 20 GiB file", "huge.txt", ("sparse", 20 << 30), "rejected"),
        ("invalid UTF-8 garbage", "garbage.txt", bytes(rng.randrange(0x80, 0x100) for _ in range(4000)), "either"),
        ("Latin-1 article (invalid UTF-8)", "latin1.txt", latin1.encode("latin-1"), "indexed"),
        ("UTF-16LE without BOM", "utf16.txt", t(9001).decode().encode("utf-16-le"), "rejected"),
        ("UTF-16 BOM, invalid (lone surrogate, odd length)", "utf16bad.txt", b"\xff\xfe" + b"A\x00\x00\xd8B\x00x", "rejected"),
        ("10 MB single line", "oneline.txt", long_line, "rejected"),
        ("NUL bytes in text", "nul.txt", t(9002).replace(b" le ", b" \x00\x00 ", 3), "rejected"),
        ("control characters", "ctrl.txt", b"Titre\n\n" + bytes(range(1, 9)) * 300, "rejected"),
        ("deeply nested HTML (100k divs)", "nested.html", _nested_html(100_000), "either"),
        ("HTML with only scripts", "scripts.html", b"<html><script>" + b"var x=1;" * 500 + b"</script></html>", "rejected"),
        ("FIFO", "pipe.txt", ("fifo",), "left"),
        ("directory", "folder.txt", ("dir",), "left"),
        ("UNIX socket", "sock.txt", ("socket",), "left"),
        ("symlink to /etc/shadow", "shadow.txt", ("symlink", "/etc/shadow"), "left"),
        ("symlink to a file outside the inbox", "outside.txt", ("symlink", "@outside"), "left"),
        ("symlink loop", "loop.txt", ("symlink", "loop.txt"), "left"),
        ("unreadable file (mode 000)", "secret.txt", ("mode000", t(9003)), "rejected"),
        ("name with a newline", "line\nbreak.txt", t(9004), "indexed"),
        ("name with quotes and a backslash", "it's \"quoted\" \\.txt", t(9005), "indexed"),
        ("name with a leading dash", "-rf --help.txt", t(9006), "indexed"),
        ("name with invalid UTF-8", b"caf\xe9-\xff.txt", t(9007), "left"),
        ("255-byte name, binary", "b" * 251 + ".txt", _png(), "rejected"),
        ("255-byte name, article", "a" * 251 + ".txt", t(9008), "indexed"),
        ("future modification time (2100)", "future.txt", ("mtime", t(9009), 4102444800), "indexed"),
        ("dot-file", ".hidden.txt", t(9010), "ignored"),
        ("*.part being written", "upload.txt.part", t(9011), "ignored"),
        ("error report look-alike", "x.error.json", b'{"reason": "not an article"}', "either"),
    ]


def create(inbox, staging, name, how, outside):
    path = os.path.join(os.fsencode(inbox), os.fsencode(name))
    if isinstance(how, bytes):
        tmp = os.path.join(os.fsencode(staging), b"x" + os.fsencode(name)[-200:])
        with open(tmp, "wb") as f:
            f.write(how)
        os.rename(tmp, path)
        return
    kind = how[0]
    if kind == "sparse":
        with open(path, "wb") as f:
            f.truncate(how[1])
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "dir":
        os.mkdir(path)
        with open(os.path.join(path, b"inside.txt"), "wb") as f:
            f.write(article_text(9012)[1])
    elif kind == "socket":
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.bind(path)
        create.sockets.append(s)
    elif kind == "symlink":
        os.symlink(outside if how[1] == "@outside" else how[1], path)
    elif kind == "mode000":
        with open(path, "wb") as f:
            f.write(how[1])
        os.chmod(path, 0)
    elif kind == "mtime":
        tmp = os.path.join(staging, "future")
        with open(tmp, "wb") as f:
            f.write(how[1])
        os.utime(tmp, (how[2], how[2]))
        os.rename(tmp, path)


create.sockets = []


def outcome(state, inbox, name, log):
    """What happened to `name` so far: (outcome, detail) or None while undecided."""
    bname = os.fsencode(name)
    rejected = os.path.join(os.fsencode(state), b"rejected")
    report = os.path.join(rejected, bname + b".error.json")
    reports = [report] if os.path.exists(report) else [
        os.path.join(rejected, r) for r in (os.listdir(rejected) if os.path.isdir(rejected) else [])
        if r.endswith(b".error.json") and len(bname) > 200]
    for report in reports:
        with open(report, "rb") as f:
            doc = json.loads(f.read())
        if os.fsencode(doc.get("file", "")) != bname:
            continue
        check(doc.get("reason") and doc.get("whatToDo"), f"{report!r} lacks reason/whatToDo")
        check(os.path.lexists(os.path.join(os.fsencode(state), os.fsencode(doc["rejectedPath"]))),
              f"{doc['rejectedPath']} named in the report is missing")
        return "rejected", doc["reason"]
    for entry in (read_index(state) or {"articles": []})["articles"]:
        if os.fsencode(entry["originalName"]) == bname or entry["originalName"] == os.fsdecode(bname):
            if not os.path.lexists(os.path.join(os.fsencode(inbox), bname)):
                return "indexed", f"\"{entry['title'][:50]}\""
    return None


def run():
    paths = scratch("hostile")
    os.chmod(paths["base"], 0o755)
    for key in ("inbox", "state"):
        os.chown(paths[key], 65534, 65534)
    outside = os.path.join(paths["base"], "outside-target.txt")
    with open(outside, "wb") as f:
        f.write(article_text(9013)[1])
    env = {"PRESSWATCH_INBOX_SETTLE_SECONDS": "0.5", "PRESSWATCH_INBOX_RESCAN_SECONDS": "2",
           "PRESSWATCH_INGEST_MAX_FILE_SIZE": str(LIMIT)}
    daemon = Daemon(paths["inbox"], paths["state"], paths["log"], env=env,
                    prefix=["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]).start()
    inbox, state, staging = paths["inbox"], paths["state"], paths["staging"]
    results = []
    try:
        wait_until(lambda: "watching" in daemon.log(), "the daemon to start", deadline=120)
        all_cases = cases(random.Random(7))
        for kind, name, how, expected in all_cases:
            create(inbox, staging, name, how, outside)
        special = race_cases(inbox, staging)
        # The canary: dropped last, it must be indexed (the daemon is alive and not blocked).
        canary = article_text(9999)[1]
        drop(inbox, "zz-canary.txt", canary, staging)
        wait_until(lambda: content_id(canary) in {a["id"] for a in read_index(state)["articles"]},
                   "the canary article after the hostile inputs", deadline=300)
        time.sleep(5)  # two more rescans, so late outcomes (retries) have happened
        log = daemon.log()
        for kind, name, how, expected in all_cases:
            got = wait_until(lambda: decide(state, inbox, name, log, expected), f"an outcome for {kind}", deadline=60)
            results.append((kind, expected, got[0], got[1]))
        for kind, check_fn in special:
            got = check_fn(state, inbox)
            results.append((kind, got[0], got[0], got[1]))
        check(daemon.alive(), f"the daemon died (status {daemon.proc.returncode})")
        check(daemon.stop() == 0, "clean stop after the hostile inputs")
    finally:
        if daemon.alive():
            daemon.kill9()
        for s in create.sockets:
            s.close()
        os.chmod(os.path.join(inbox, "secret.txt"), 0o644) if os.path.exists(os.path.join(inbox, "secret.txt")) else None
    with open("/etc/shadow", "rb") as f:
        shadow_line = f.readline().strip()
    for root, _, files in os.walk(state):
        for file in files:
            if os.path.getsize(os.path.join(root, file)) > LIMIT:
                continue  # the over-size inputs (one is a sparse 20 GiB file): rejected unread
            with open(os.path.join(root, file), "rb") as f:
                check(shadow_line not in f.read(), f"/etc/shadow content found in {file}")
    check(open(outside, "rb").read() == article_text(9013)[1], "the symlink target outside the inbox changed")
    return results


def decide(state, inbox, name, log, expected):
    got = outcome(state, inbox, name, log)
    present = os.path.lexists(os.path.join(os.fsencode(inbox), os.fsencode(name)))
    if got is None and expected in ("left", "ignored") and present:
        try:
            shown = os.fsencode(name).decode("utf-8")
        except UnicodeDecodeError:
            shown = "file name is not valid UTF-8"
        logged = any("left in the inbox" in line and shown in line for line in log.splitlines())
        if expected == "left":
            return ("left", "logged: left in the inbox, not read") if logged else None
        return ("ignored", "ignore rule, stays in the inbox") if not logged else ("left", "logged")
    if got and expected == "either":
        return (got[0], got[1])
    return got


def race_cases(inbox, staging):
    """Inputs whose outcome depends on timing; each returns a check run after the canary."""
    checks = []
    # Deleted between the event and the read (20 times).
    gone = []
    for n in range(20):
        data = article_text(9100 + n)[1]
        gone.append((f"gone-{n}.txt", data))
        path = os.path.join(inbox, f"gone-{n}.txt")
        with open(path, "wb") as f:
            f.write(data)
        os.unlink(path)

    def check_gone(state, inbox):
        entries = {a["id"]: a for a in read_index(state)["articles"]}
        for name, data in gone:
            entry = entries.get(content_id(data))
            check(entry is None or os.path.isfile(os.path.join(state, entry["archivedPath"])),
                  f"{name}: indexed but its original is not archived")
        caught = sum(content_id(d) in entries for _, d in gone)
        return "vanished", f"20 files deleted right after closing: {caught} indexed before deletion, 0 phantom entries"
    checks.append(("deleted between event and read (x20)", check_gone))

    # Replaced between the event and the read: the replacement is what counts.
    first, second = article_text(9200)[1], article_text(9201)[1]
    with open(os.path.join(inbox, "replaced.txt"), "wb") as f:
        f.write(first)
    drop(inbox, "replaced.txt", second, staging)

    def check_replaced(state, inbox):
        ids = {a["id"] for a in read_index(state)["articles"]}
        check(content_id(second) in ids, "the replacing content was not indexed")
        return "indexed", f"replacement indexed; first version {'also indexed' if content_id(first) in ids else 'never seen'}"
    checks.append(("replaced between event and read", check_replaced))

    # Written slowly (pauses shorter than the settle time), title on the last line (seed layout).
    slow_title = "Le chantier du barrage de Ruzizi avance lentement mais sûrement"
    slow = ("Les travaux du barrage avancent, selon le ministère de l'Énergie, malgré la saison des pluies.\n\n"
            "Awa Diallo\n\n(Source : Agence Ecofin, 16 février 2026)\n\nOSIRIS\n\n" + slow_title).encode()

    def slow_writer():
        with open(os.path.join(inbox, "slow.txt"), "wb") as f:
            for i in range(0, len(slow), 20):
                f.write(slow[i:i + 20])
                f.flush()
                time.sleep(0.15)
    writer = threading.Thread(target=slow_writer)
    writer.start()
    writer.join()

    def check_slow(state, inbox):
        titles = [a["title"] for a in read_index(state)["articles"] if a["originalName"] == "slow.txt"]
        check(titles == [slow_title], f"slowly written file gave {titles}")
        return "indexed", f"once, complete ({len(slow)} bytes over {len(slow) // 20 * 0.15:.0f} s)"
    checks.append(("file still being written slowly", check_slow))

    # The same file dropped twice, a hard link, the same story in two files.
    twice = article_text(9300)[1]
    drop(inbox, "twice-1.txt", twice, staging)
    drop(inbox, "twice-2.txt", twice, staging)
    linked = article_text(9301)[1]
    drop(inbox, "linked.txt", linked, staging)
    os.link(os.path.join(inbox, "linked.txt"), os.path.join(inbox, "linked-hardlink.txt"))
    v1, v2 = article_text(9302)[1], article_text(9302, version=2)[1]
    drop(inbox, "story-v1.txt", v1, staging)
    time.sleep(1.5)
    drop(inbox, "story-v2.txt", v2, staging)

    def check_once(names, data, what):
        def fn(state, inbox):
            entries = [a for a in read_index(state)["articles"] if a["id"] == content_id(data)]
            check(len(entries) == 1, f"{what}: {len(entries)} entries")
            left = [n for n in names if os.path.exists(os.path.join(inbox, n))]
            check(not left, f"{what}: still in the inbox: {left}")
            return "duplicate", "one entry, second copy removed from the inbox"
        return fn
    checks.append(("same file dropped twice", check_once(["twice-1.txt", "twice-2.txt"], twice, "dropped twice")))
    checks.append(("hard link in the inbox", check_once(["linked.txt", "linked-hardlink.txt"], linked, "hard link")))

    def check_story(state, inbox):
        entries = [a for a in read_index(state)["articles"] if a["title"] == article_text(9302)[0]]
        check(len(entries) == 1 and entries[0]["id"] == content_id(v2),
              f"same story in two files: {[(e['id'], e.get('previousVersions')) for e in entries]}")
        earlier = [v["id"] for v in entries[0]["previousVersions"]]
        check(earlier == [content_id(v1)], f"previousVersions {earlier}")
        for path in [entries[0]["archivedPath"], entries[0]["previousVersions"][0]["archivedPath"]]:
            check(os.path.isfile(os.path.join(state, path)), f"{path} not archived")
        return "indexed", "one entry (newer version), previousVersions lists the first; both archived"
    checks.append(("same story in two files", check_story))
    return checks
