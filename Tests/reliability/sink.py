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
