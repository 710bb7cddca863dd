"""Shared pieces of the reliability suite: the daemon under test, articles, waiting, checks.

No timed assertions: `wait_until` has a generous deadline only so that a hang ends as a failure
with an explanation instead of hanging CI; speeds are printed as figures, never compared.
"""
import hashlib
import json
import os
import signal
import socket
import subprocess
import tempfile
import threading
import time

BIN = os.environ.get("PRESSWATCH_BIN", ".build/debug/presswatch")
TMP_PREFIX = ".presswatch-tmp-"


class Failure(Exception):
    """A check that did not hold; the message says what was expected and what was found."""


def check(condition, message):
    if not condition:
        raise Failure(message)


def wait_until(predicate, what, deadline=300, interval=0.1):
    """Polls `predicate` until it returns a truthy value; raises Failure after `deadline` s."""
    end = time.monotonic() + deadline
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > end:
            raise Failure(f"gave up after {deadline} s waiting for: {what}")
        time.sleep(interval)


# ---------------------------------------------------------------- articles

CITIES = ["Kigali", "Nairobi", "Dakar", "Abidjan", "Lomé", "Cotonou", "Accra", "Douala"]
TOPICS = ["port", "réseau électrique", "marché agricole", "budget", "chemin de fer", "hôpital"]


def article_text(n, version=1, variant=""):
    """A title-first French clipping whose title is unique per `n` (story identity), with a
    body that changes with `version` (a corrected article keeps title, source and date)."""
    city = CITIES[n % len(CITIES)]
    topic = TOPICS[n % len(TOPICS)]
    title = f"{city} : le {topic} numéro {n} entre en service"
    body = [f"Les autorités de {city} ont annoncé la mise en service du {topic} numéro {n}, "
            f"une étape attendue par les habitants et les entreprises de la région.",
            f"Le projet a coûté {n % 97 + 3} millions de dollars et a duré {n % 5 + 1} ans selon le ministère."]
    if version > 1:
        body.append(f"Correction (version {version}) : le coût exact a été précisé par le ministère.")
    if variant:
        body.append(variant)
    text = title + "\n\nPar Awa Diallo\n\n" + "\n\n".join(body) + "\n\n(Source : Agence Ecofin, 16 février 2026)\n"
    return title, text.encode("utf-8")


def content_id(data):
    return hashlib.sha256(data).hexdigest()[:16]


# Originals dropped with drop(), per scratch folder: [(name, content id)], for the checker run
# after every scenario (invariants.py).
DROPPED = {}


def drop(inbox, name, data, staging):
    """Writes `data` elsewhere on the same file system, then renames it into the inbox."""
    DROPPED.setdefault(os.path.dirname(os.path.abspath(inbox)), []).append((name, content_id(data)))
    tmp = os.path.join(staging, name)
    with open(tmp, "wb") as f:
        f.write(data)
    os.rename(tmp, os.path.join(inbox, name))


# ---------------------------------------------------------------- state

def _documented_recipe():
    """The Python reader recipe of docs/index-format.md, exactly as written there."""
    lines = open(os.path.join(os.path.dirname(__file__), "..", "..", "docs", "index-format.md"),
                 encoding="utf-8").read().split("\n")
    start = lines.index("<!-- recipe: python -->") + 2
    scope = {}
    exec("\n".join(lines[start:lines.index("```", start)]), scope)
    return scope


RECIPE = _documented_recipe()


def read_index(state):
    """The index read with the documented recipe (docs/index-format.md): the manifest's fields
    plus "articles", every entry in order of its last change; None when index.json is missing.
    Raises on invalid JSON or a shard that is missing."""
    if not os.path.exists(os.path.join(state, "index.json")):
        return None
    manifest, articles = RECIPE["read_index"](state)
    return dict(manifest, articles=list(articles.values()))


def index_count(state):
    try:
        doc = read_index(state)
    except (ValueError, OSError, KeyError):
        return -1
    return len(doc["articles"]) if doc else 0


def inbox_files(inbox):
    return sorted(n for n in os.listdir(inbox) if not n.startswith("."))


def temporaries(state):
    found = []
    for root, _, files in os.walk(state):
        found += [os.path.join(root, f) for f in files if f.startswith(TMP_PREFIX)]
    return found


# ---------------------------------------------------------------- the daemon

class NotifyRecorder:
    """A NOTIFY_SOCKET the daemon sends to; keeps every STATUS= line."""

    def __init__(self, directory):
        self.path = os.path.join(directory, "notify.sock")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.path)
        self.sock.settimeout(0.2)
        self.statuses = []
        self.watchdogs = []  # time.monotonic() of each WATCHDOG=1
        self.messages = 0
        self._stop = False
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        while not self._stop:
            try:
                data = self.sock.recv(65536)
            except socket.timeout:
                continue
            except OSError:
                return
            self.messages += 1
            for line in data.decode("utf-8", "replace").split("\n"):
                if line.startswith("STATUS="):
                    self.statuses.append(line[7:])
                elif line == "WATCHDOG=1":
                    self.watchdogs.append(time.monotonic())

    def close(self):
        self._stop = True
        self._thread.join()
        self.sock.close()


class Daemon:
    """`presswatch run` on an inbox and a state folder, its log in `log_path`."""

    def __init__(self, inbox, state, log_path, env=None, prefix=(), notify=None):
        self.inbox, self.state, self.log_path = inbox, state, log_path
        self.env = dict(os.environ, **(env or {}))
        self.env.pop("NOTIFY_SOCKET", None)
        if notify:
            self.env["NOTIFY_SOCKET"] = notify.path
        self.prefix = list(prefix)
        self.proc = None
        self.starts = 0

    def start(self):
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            self.prefix + [os.path.abspath(BIN), "run", "--inbox", self.inbox, "--state", self.state,
                           "--log-level", "info"],
            stdout=log, stderr=subprocess.STDOUT, env=self.env)
        log.close()
        self.starts += 1
        return self

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def kill9(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self):
        """SIGTERM and wait; returns the exit status."""
        if not self.alive():
            return self.proc.returncode if self.proc else None
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=120)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise Failure("the daemon did not stop within 120 s of SIGTERM")

    def log(self):
        with open(self.log_path, "rb") as f:
            return f.read().decode("utf-8", "replace")


# Folders made by scratch() for the scenario now running: run.py removes them when it passes
# and names them when it fails (kept for inspection).
SCRATCH_DIRS = []


def scratch(name):
    """A fresh folder for one scenario (inbox, state, staging, log)."""
    base = tempfile.mkdtemp(prefix=f"presswatch-rel-{name}-", dir=os.environ.get("RELIABILITY_TMP"))
    SCRATCH_DIRS.append(base)
    paths = {k: os.path.join(base, k) for k in ("inbox", "state", "staging")}
    for p in paths.values():
        os.makedirs(p)
    paths["base"] = base
    paths["log"] = os.path.join(base, "daemon.log")
    return paths


FAST = {"PRESSWATCH_INBOX_SETTLE_SECONDS": "0.3", "PRESSWATCH_INBOX_RESCAN_SECONDS": "2"}
