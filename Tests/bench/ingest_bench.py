#!/usr/bin/env python3
"""End-to-end benchmark of the real presswatch binary. Prints figures; asserts nothing about speed.

Usage: ingest_bench.py BINARY SEED [--articles N]

1. parse:   `presswatch parse` over N distinct articles in one process → articles/s.
2. ingest:  the daemon on an empty inbox; N files renamed in at once → time until index.json
            lists all N and the inbox is empty → articles/s; peak RSS of the daemon (VmHWM).
3. startup: the daemon restarted on that state (N articles in index.json) → time to READY=1.
Articles are the seed with a numbered title and a varied paragraph, so every one has its own id.
"""
import argparse, json, os, shutil, signal, socket, subprocess, sys, tempfile, threading, time


def make_articles(seed_path, folder, count):
    seed = open(seed_path, encoding="utf-8").read()
    lines = seed.split("\n")
    os.makedirs(folder, exist_ok=True)
    for i in range(count):
        body = lines[:-1] + [f"Paragraphe de test numéro {i} pour le banc d'essai de presswatch."]
        text = "\n".join(body[:-4] + [body[-1]] + body[-4:-1] + [f"{lines[-1]} ({i})"])
        with open(os.path.join(folder, f"article-{i:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)


def peak_rss_kib(pid):
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


class NotifyListener:
    """Reads the daemon's NOTIFY_SOCKET all the time, as systemd does: a socket nobody reads
    fills up (512 datagrams) and then blocks the sender."""

    def __init__(self, path):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(path)
        self.ready_count = 0
        self.lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        while True:
            try:
                data = self.sock.recv(65536).decode()
            except OSError:
                return
            if "READY=1" in data.split("\n"):
                with self.lock:
                    self.ready_count += 1

    def wait_ready(self, count, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if self.ready_count >= count:
                    return True
            time.sleep(0.01)
        return False


def index_count(state):
    try:
        with open(os.path.join(state, "index.json"), encoding="utf-8") as f:
            return len(json.load(f)["articles"])
    except (OSError, ValueError, KeyError):
        return 0


def start_daemon(binary, inbox, state, sock_path):
    env = dict(os.environ, NOTIFY_SOCKET=sock_path, SWIFT_BACKTRACE="enable=no")
    return subprocess.Popen([binary, "run", "--inbox", inbox, "--state", state, "--log-level", "warning"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("seed")
    parser.add_argument("--articles", type=int, default=5000)
    args = parser.parse_args()
    n = args.articles
    root = tempfile.mkdtemp(prefix="presswatch-bench-")
    try:
        staging, inbox, state = (os.path.join(root, d) for d in ("staging", "inbox", "var"))
        make_articles(args.seed, staging, n)
        os.makedirs(inbox)
        files = sorted(os.path.join(staging, f) for f in os.listdir(staging))

        started = time.monotonic()
        out = subprocess.run([args.binary, "parse", *files], capture_output=True, text=True, check=True).stdout
        parse_seconds = time.monotonic() - started
        parsed = sum(1 for line in out.splitlines() if '"title"' in line)
        print(f"parse:   {parsed} articles in {parse_seconds:.2f} s = {parsed / parse_seconds:,.0f} articles/s (one process, text clippings)")

        sock_path = os.path.join(root, "notify.sock")
        notify = NotifyListener(sock_path)
        daemon = start_daemon(args.binary, inbox, state, sock_path)
        if not notify.wait_ready(1, 60):
            print("ingest:  daemon never sent READY=1", file=sys.stderr)
            return 1
        started = time.monotonic()
        for path in files:
            os.rename(path, os.path.join(inbox, os.path.basename(path)))
        peak = None
        while time.monotonic() - started < 600:
            peak = peak_rss_kib(daemon.pid) or peak
            if index_count(state) == n and not os.listdir(inbox):
                break
            time.sleep(0.05)
        ingest_seconds = time.monotonic() - started
        indexed = index_count(state)
        print(f"ingest:  {indexed} of {n} articles indexed and archived in {ingest_seconds:.2f} s = {indexed / ingest_seconds:,.0f} articles/s")
        print(f"memory:  daemon peak RSS {peak / 1024:.1f} MiB with {indexed} articles" if peak else "memory:  unknown")
        index_size = os.path.getsize(os.path.join(state, "index.json"))
        print(f"index:   index.json is {index_size / 1024 / 1024:.1f} MiB for {indexed} articles")
        daemon.send_signal(signal.SIGTERM)
        code = daemon.wait(60)

        daemon = start_daemon(args.binary, inbox, state, sock_path)
        started = time.monotonic()
        ready = notify.wait_ready(2, 120)
        print(f"startup: READY=1 {time.monotonic() - started:.2f} s after start with {indexed} articles in the index" if ready else "startup: no READY=1")
        daemon.send_signal(signal.SIGTERM)
        daemon.wait(60)
        return 0 if indexed == n and code == 0 else 1
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
