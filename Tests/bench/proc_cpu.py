"""CPU time (user + system seconds, from /proc) of a process, of its threads by name, and of a
PostgreSQL cluster's processes: what the sink benches measure beside wall time, since on a
shared machine the load disturbs CPU time much less than it does wall time."""
import os

TICKS = os.sysconf("SC_CLK_TCK")


def _stat_fields(path):
    with open(path) as f:
        text = f.read()
    name = text[text.index("(") + 1:text.rindex(")")]
    return name, text.rsplit(")", 1)[1].split()


def cpu_of(pid):
    """User + system CPU seconds of one process, its ended threads included (None once it is gone)."""
    try:
        _, fields = _stat_fields(f"/proc/{pid}/stat")
        return (int(fields[11]) + int(fields[12])) / TICKS
    except (OSError, IndexError, ValueError):
        return None


def thread_cpu(pid):
    """{thread name: CPU seconds} of the process's threads alive now, added up per name (a thread
    that ended is counted in `cpu_of` only)."""
    found = {}
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            name, fields = _stat_fields(f"/proc/{pid}/task/{task}/stat")
        except (OSError, ValueError):
            continue
        found[name] = found.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / TICKS
    return found


def server_processes(cluster):
    """{pid: title} of the cluster's postmaster and its children (backends, WAL writer, ...)."""
    with open(os.path.join(cluster.folder, "data", "postmaster.pid")) as f:
        postmaster = int(f.readline())
    found = {postmaster: "postmaster"}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                parent = int(f.read().rsplit(")", 1)[1].split()[1])
            if parent == postmaster:
                with open(f"/proc/{entry}/cmdline", "rb") as f:
                    found[int(entry)] = f.read().replace(b"\0", b" ").decode(errors="replace").strip()
        except (OSError, IndexError, ValueError):
            continue
    return found


def server_cpu(cluster):
    """{pid: (title, CPU seconds)} of the cluster's processes now."""
    return {pid: (title, cpu_of(pid) or 0.0) for pid, title in server_processes(cluster).items()}


def server_total(cluster):
    """CPU seconds of the cluster's processes alive now, added up."""
    return sum(seconds for _, seconds in server_cpu(cluster).values())
