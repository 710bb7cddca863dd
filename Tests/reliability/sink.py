"""The PostgreSQL sink under crashes (issue 13): presswatch killed with SIGKILL in the middle of
a batch, again and again, against a real throw-away PostgreSQL (pgcluster.py). Checked: every
article of the local index is exactly one row, none lost, none doubled, and at every sample
the instance's watermark is never ahead of its rows.
"""
import os
import time

import pgcluster
from harness import (FAST, Daemon, Failure, RECIPE, article_text, check, drop, index_count, inbox_files,
                     scratch, wait_until)


def local_feed(state):
    """{id: sequence of its latest change} for the articles in the local index."""
    feed = {}
    for change in RECIPE["changes_after"](state, 0):
        if change["entry"] is not None:
            feed[change["id"]] = change["sequence"]
        else:
            feed.pop(change["id"], None)
    return feed


def sink_env(cluster, instance, batch):
    return dict(FAST, PRESSWATCH_SINK_POSTGRES_URL=cluster.url, PRESSWATCH_SINK_POSTGRES_INSTANCE=instance,
                PRESSWATCH_SINK_POSTGRES_BATCH_SIZE=str(batch))


def kill9(articles, kills, batch=20):
    """Drops `articles`, then kills presswatch `kills` times, each time while its sink has a
    batch's rows written and its watermark not yet committed, restarting it after each kill."""
    cluster = pgcluster.PgCluster()
    try:
        return _kill9(cluster, articles, kills, batch)
    except Failure as failure:
        raise Failure(f"{failure}\n    PostgreSQL log (end): {cluster.log()[-1500:]}") from None
    finally:
        cluster.destroy()


def _kill9(cluster, articles, kills, batch):
    paths = scratch("sinkkill9")
    instance = "host-kill9"
    daemon = Daemon(paths["inbox"], paths["state"], paths["log"], env=sink_env(cluster, instance, batch)).start()
    try:
        wait_until(lambda: cluster.try_psql("SELECT to_regclass('presswatch.sink_watermarks') IS NOT NULL") == "t",
                   "the sink to create its schema", deadline=120)
        cluster.psql(pgcluster.SLOW_WATERMARK)
        for n in range(articles):
            _, data = article_text(n, variant="sink kill9")
            drop(paths["inbox"], f"s{n:05d}.txt", data, paths["staging"])
        samples, bad, killed_mid_batch = 0, [], 0

        def sample():
            nonlocal samples
            got = pgcluster.sample(cluster, instance)
            if got is None:
                return
            feed = local_feed(paths["state"])  # read after the database: the watermark never names a later change
            samples += 1
            bad.extend(pgcluster.problems(got[0], got[1], feed))

        for k in range(kills):
            def mid_batch():
                sample()
                return cluster.try_psql(pgcluster.MID_BATCH) == "1"
            wait_until(mid_batch, f"kill {k + 1}: the sink in the middle of a batch", deadline=300, interval=0.02)
            daemon.kill9()
            killed_mid_batch += 1
            sample()
            daemon.start()
        wait_until(lambda: index_count(paths["state"]) == articles and not inbox_files(paths["inbox"]),
                   f"all {articles} articles indexed locally", deadline=600)
        final_sequence = RECIPE["read_manifest"](paths["state"])["lastSequence"]

        def caught_up():
            sample()
            return cluster.try_psql(f"SELECT last_sequence FROM presswatch.sink_watermarks WHERE instance = '{instance}'") \
                == str(final_sequence)
        wait_until(caught_up, "the sink to catch up with the local index", deadline=900, interval=0.2)
        status = daemon.stop()
        check(status == 0, f"clean stop exited {status}")
    finally:
        if daemon.alive():
            daemon.kill9()
    feed = local_feed(paths["state"])
    rows = cluster.psql("SELECT count(*) || ' ' || count(DISTINCT id) FROM presswatch.articles").split()
    ids = set(cluster.psql("SELECT coalesce(string_agg(id, ','), '') FROM presswatch.articles").split(","))
    lost = len(set(feed) - ids)
    doubled = int(rows[0]) - int(rows[1])
    check(not bad, f"{len(bad)} bad sample(s): {sorted(set(bad))[:3]}")
    check(lost == 0 and doubled == 0 and int(rows[1]) == len(feed) == articles,
          f"rows {rows[0]} (distinct {rows[1]}), local articles {len(feed)}, dropped {articles}: lost {lost}, doubled {doubled}")
    log = open(paths["log"], encoding="utf-8", errors="replace").read()
    check("connected to PostgreSQL" in log, "the daemon's log never says it connected to PostgreSQL")
    return (f"{articles} articles, {killed_mid_batch} SIGKILLs each with a batch's rows written and its watermark not "
            f"({daemon.starts} starts, batch {batch}); rows {rows[0]} = distinct articles {len(feed)}: lost {lost}, "
            f"doubled {doubled}; {samples} snapshots sampled, watermark ahead of the rows in 0")


class Listener:
    """`LISTEN presswatch_articles` through a long-lived psql: the time each id's NOTIFY arrived
    (sent at commit), polled every `interval` s (psql prints notifications after each command)."""

    def __init__(self, cluster, interval=0.05):
        import subprocess
        import threading
        self.seen = {}
        self.proc = subprocess.Popen(["/usr/bin/psql", "-X", "-q", "-At", "-h", cluster.folder, "-p", str(cluster.port),
                                      "-U", pgcluster.USER, "-d", "presswatch"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.proc.stdin.write("LISTEN presswatch_articles;\n")
        self.proc.stdin.flush()
        self.stop = False
        self.interval = interval
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.poker = threading.Thread(target=self._poke, daemon=True)
        self.poker.start()

    def _poke(self):
        while not self.stop and self.proc.poll() is None:
            try:
                self.proc.stdin.write("SELECT 1;\n")
                self.proc.stdin.flush()
            except (BrokenPipeError, ValueError):
                return
            time.sleep(self.interval)

    def _read(self):
        marker = 'with payload "'
        for line in self.proc.stdout:
            if marker in line:
                now = time.monotonic()
                for i in line.split(marker, 1)[1].split('"', 1)[0].split(","):
                    self.seen.setdefault(i, now)

    def alive(self):
        return self.proc.poll() is None

    def close(self):
        self.stop = True
        try:
            self.proc.stdin.close()
        except OSError:
            pass
        self.proc.wait(timeout=30)


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(p / 100 * len(values)))] if values else float("nan")


def ten_hosts(hosts=10, per_host=5000, rate=25.0, batch=None):
    """`hosts` presswatch processes (own inbox and state each), one PostgreSQL; `per_host`
    distinct articles dropped into each at `rate` per second per host; PostgreSQL restarted once
    (at a third of the drops) and one presswatch SIGKILLed once (at two thirds). Checks rows ==
    distinct articles, 0 lost, 0 doubled, every watermark at its host's last change; prints the
    sink lag from local publication (seen by polling each index) to committed row (its NOTIFY)."""
    import threading
    cluster = pgcluster.PgCluster()
    daemons, listeners = [], []
    try:
        folders = [scratch(f"host{h:02d}") for h in range(hosts)]
        daemons = [Daemon(p["inbox"], p["state"], p["log"], env=sink_env(cluster, f"host-{h:02d}", batch or 2000)).start()
                   for h, p in enumerate(folders)]
        wait_until(lambda: cluster.try_psql("SELECT to_regclass('presswatch.sink_watermarks') IS NOT NULL") == "t",
                   "the sinks to create their schema", deadline=120)
        listeners.append(Listener(cluster))
        published = {}  # id -> monotonic time first seen in a local index
        last_seen = [0] * hosts
        stop = [False]

        def watch_indexes():
            while not stop[0]:
                for h, p in enumerate(folders):
                    try:
                        manifest = RECIPE["read_manifest"](p["state"])
                        if manifest["lastSequence"] > last_seen[h]:
                            now = time.monotonic()
                            for change in RECIPE["changes_after"](p["state"], last_seen[h], manifest):
                                if change["entry"] is not None:
                                    published.setdefault(change["id"], now)
                            last_seen[h] = manifest["lastSequence"]
                    except (OSError, ValueError, KeyError):
                        pass  # not there yet, or a shard merged away under us: read again next round
                time.sleep(0.05)
        watcher = threading.Thread(target=watch_indexes, daemon=True)
        watcher.start()
        started = time.monotonic()
        restarted_at = killed_at = None
        total = hosts * per_host
        for n in range(per_host):
            for h, p in enumerate(folders):
                _, data = article_text(n, variant=f"host {h}")
                drop(p["inbox"], f"h{h:02d}-{n:05d}.txt", data, p["staging"])
            if n == per_host // 3:
                cluster.stop("immediate")
                restarted_at = time.monotonic()
                time.sleep(2)
                cluster.start()
                listeners.append(Listener(cluster))  # psql does not survive the server's restart
            if n == 2 * per_host // 3:
                victim = daemons[hosts // 2]
                victim.kill9()
                killed_at = time.monotonic()
                victim.start()
            pause = started + (n + 1) / rate - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        dropped_for = time.monotonic() - started
        for h, p in enumerate(folders):
            wait_until(lambda p=p: index_count(p["state"]) == per_host and not inbox_files(p["inbox"]),
                       f"host {h}: all {per_host} articles indexed locally", deadline=1800)
        finals = {f"host-{h:02d}": RECIPE["read_manifest"](p["state"])["lastSequence"] for h, p in enumerate(folders)}

        def caught_up():
            rows = cluster.try_psql("SELECT string_agg(instance || '=' || last_sequence, ',') FROM presswatch.sink_watermarks")
            marks = dict(kv.split("=") for kv in (rows or "").split(",") if "=" in kv)
            return all(marks.get(k) == str(v) for k, v in finals.items())
        wait_until(caught_up, "every sink to catch up with its host's index", deadline=1800, interval=0.5)
        drained_for = time.monotonic() - started
        time.sleep(1)  # the last notifications
        stop[0] = True
        watcher.join()
        for d in daemons:
            check(d.stop() == 0, "a presswatch did not stop cleanly")
        expected = set()
        for p in folders:
            expected |= set(local_feed(p["state"]))
        rows = cluster.psql("SELECT count(*) || ' ' || count(DISTINCT id) FROM presswatch.articles").split()
        ids = set(cluster.psql("SELECT string_agg(id, ',') FROM presswatch.articles").split(","))
        lost, doubled = len(expected - ids), int(rows[0]) - int(rows[1])
        check(len(expected) == total, f"{len(expected)} distinct articles indexed, {total} dropped")
        check(lost == 0 and doubled == 0 and int(rows[0]) == total,
              f"rows {rows[0]} (distinct {rows[1]}) for {total} distinct articles: lost {lost}, doubled {doubled}")
        seen = {}
        for listener in listeners:
            for i, t in listener.seen.items():
                seen[i] = min(t, seen.get(i, t))
        lags = [seen[i] - t for i, t in published.items() if i in seen]
        calm = [seen[i] - t for i, t in published.items() if i in seen
                and not any(e is not None and e - 1 <= t <= e + 15 for e in (restarted_at, killed_at))]
        return (f"{hosts} hosts x {per_host} articles (dropped at {rate:g}/s per host over {dropped_for:.0f} s; "
                f"PostgreSQL restarted once, one presswatch SIGKILLed once): rows {rows[0]} = distinct articles {total}, "
                f"lost {lost}, doubled {doubled}; all copied {drained_for:.0f} s after the first drop; sink lag publish->commit "
                f"p50 {percentile(lags, 50):.2f} s, p99 {percentile(lags, 99):.2f} s over {len(lags)} articles; "
                f"outside the 15 s after each disruption p50 {percentile(calm, 50):.2f} s, p99 {percentile(calm, 99):.2f} s "
                f"({len(calm)} articles); load average {os.getloadavg()[0]:.1f}")
    finally:
        for listener in listeners:
            listener.close()
        for d in daemons:
            if d.alive():
                d.kill9()
        cluster.destroy()
