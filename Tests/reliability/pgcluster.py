"""A throw-away PostgreSQL cluster for the sink's scenarios (the Python twin of
Tests/PostgresSinkTests/TestCluster.swift): `initdb` into a fresh folder under /var/tmp, a unix
socket there and a free loopback port, run as `nobody` when we are root (PostgreSQL refuses
root); local connections trusted. `destroy()` stops it and removes the folder.
"""
import glob
import os
import pwd
import socket
import subprocess
import tempfile

USER = "presswatch"


def _binaries():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]), reverse=True)
    if not found:
        raise RuntimeError("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run `make deps`")
    return os.path.dirname(found[0])


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgCluster:
    def __init__(self, extra=(), parent="/var/tmp"):
        """`parent`: the folder the cluster's own folder is made in (a tmpfs for a bench that
        keeps the disk out of its figures)."""
        self.bin = _binaries()
        self.folder = tempfile.mkdtemp(prefix="presswatch-pg.", dir=parent)
        self.port = _free_port()
        self.extra = list(extra)
        self.as_root = os.geteuid() == 0
        if self.as_root:
            nobody = pwd.getpwnam("nobody")
            os.chown(self.folder, nobody.pw_uid, nobody.pw_gid)
        try:
            self._run([self.bin + "/initdb", "-D", self.folder + "/data", "-U", USER, "--auth-local=trust",
                       "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"])
            self.start()
            self.psql("CREATE DATABASE presswatch", database="postgres")
        except BaseException:
            self.destroy()
            raise

    # `sink.postgres.url` for the socket.
    @property
    def url(self):
        return f"host={self.folder} port={self.port} dbname=presswatch user={USER}"

    def _run(self, argv, server=True):
        if self.as_root and server:
            argv = ["runuser", "-u", "nobody", "--"] + argv
        done = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if done.returncode != 0:
            raise RuntimeError(f"{os.path.basename(argv[-1] if argv[0] == 'runuser' else argv[0])} failed "
                               f"({done.returncode}): {done.stdout.decode(errors='replace')[-2000:]}")
        return done.stdout.decode("utf-8", "replace").strip()

    def start(self):
        options = f"-k {self.folder} -p {self.port} -c listen_addresses=127.0.0.1 -c fsync=off " + " ".join(self.extra)
        # pg_ctl's server keeps stdout open: send it to the log, not to a pipe we would wait on.
        argv = [self.bin + "/pg_ctl", "-D", self.folder + "/data", "-o", options, "-l", self.folder + "/pg.log",
                "-w", "-t", "60", "start"]
        if self.as_root:
            argv = ["runuser", "-u", "nobody", "--"] + argv
        status = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        if status != 0:
            raise RuntimeError(f"pg_ctl start failed ({status}): {self.log()[-2000:]}")

    def stop(self, mode="fast"):
        self._run([self.bin + "/pg_ctl", "-D", self.folder + "/data", "-m", mode, "-w", "-t", "60", "stop"])

    def log(self):
        try:
            with open(self.folder + "/pg.log", encoding="utf-8", errors="replace") as f:
                return f.read()
        except OSError:
            return "(no log)"

    def psql(self, sql, database="presswatch"):
        return self._run(["/usr/bin/psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", self.folder,
                          "-p", str(self.port), "-U", USER, "-d", database, "-c", sql], server=False)

    def try_psql(self, sql):
        try:
            return self.psql(sql)
        except RuntimeError:
            return None

    def destroy(self):
        if os.path.exists(self.folder + "/data/postmaster.pid"):
            try:
                self.stop("immediate")
            except RuntimeError:
                pass
        subprocess.run(["rm", "-rf", self.folder])


# Writing a watermark sleeps 0.2 s (a trigger on the real table, installed by the scenarios that
# kill in the middle of a batch): a batch then holds its transaction open after its rows.
SLOW_WATERMARK = """
CREATE FUNCTION public.slow_watermark() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN PERFORM pg_sleep(0.2); RETURN NEW; END $$;
CREATE TRIGGER slow_watermark BEFORE INSERT OR UPDATE ON presswatch.sink_watermarks
  FOR EACH ROW EXECUTE FUNCTION public.slow_watermark();
"""

# True (one row) while a sink's transaction has written rows and is writing its watermark.
MID_BATCH = """
SELECT count(*) FROM pg_stat_activity WHERE application_name = 'presswatch' AND state = 'active'
  AND backend_xid IS NOT NULL AND query LIKE 'INSERT INTO presswatch.sink_watermarks%'
"""


def sample(cluster, instance):
    """(watermark, [ids]) of `instance`, read in one statement (one snapshot); None when down."""
    text = cluster.try_psql(
        "SELECT coalesce((SELECT last_sequence FROM presswatch.sink_watermarks WHERE instance = "
        f"'{instance}'), 0) || ' ' || coalesce((SELECT string_agg(id, ',') FROM presswatch.articles), '')")
    if text is None:
        return None
    mark, _, ids = text.partition(" ")
    return int(mark), [i for i in ids.split(",") if i]


def problems(mark, ids, feed):
    """What is wrong with a sample, given the local feed {id: sequence of its latest change}:
    ids doubled, articles at or before the watermark without a row (watermark ahead)."""
    found = []
    present = set(ids)
    if len(present) != len(ids):
        found.append(f"{len(ids) - len(present)} id(s) doubled")
    ahead = [i for i, seq in feed.items() if seq <= mark and i not in present]
    if ahead:
        found.append(f"watermark {mark} ahead of the rows: {len(ahead)} article(s) at or before it have no row")
    return found
