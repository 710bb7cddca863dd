"""The archive checker run.py runs after EVERY scenario (issue 11: the archive holds exactly
what was parsed).

For each state folder a scenario left (the scratch folders of harness.scratch, daemon stopped):
  1. every entry's archivedPath, and every previous version's, exists and hashes to its id
     (the first 16 hex digits of the SHA-256 of the file's bytes);
  2. every file in archive/ is named by an entry (or a previous version);
  3. every original dropped with harness.drop is accounted for: indexed (its id is an entry or a
     previous version), in rejected/ (same bytes), or still in the inbox (same bytes).
A state folder the scenario deliberately damaged is still checked: after the daemon (or
`presswatch reindex`) rebuilt it, the three rules hold again.
"""
import hashlib
import os

import harness
from harness import TMP_PREFIX, Failure, read_index


def _digest(path):
    """The file's id (first 16 hex digits of its SHA-256), read 1 MiB at a time: the hostile
    scenario leaves a sparse 20 GiB file in rejected/, and reading it whole would raise this
    process's peak RSS, which a child (the fuzzer) inherits across exec and reports as its own."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()[:16]


def _files(folder):
    found = []
    for root, _, files in os.walk(folder):
        found += [os.path.join(root, f) for f in files if not f.startswith(TMP_PREFIX)]
    return found


def check_state(base):
    """Checks one scratch folder; returns (entries, archive files, originals) counted, or None
    when it holds no index. Raises Failure naming the first few violations."""
    state, inbox = os.path.join(base, "state"), os.path.join(base, "inbox")
    try:
        doc = read_index(state)
    except (ValueError, OSError, KeyError) as error:
        raise Failure(f"{state}: index.json unreadable after the scenario: {error!r}") from error
    if doc is None:
        return None
    named = {}
    for entry in doc["articles"]:
        named[entry["archivedPath"]] = entry["id"]
        for version in entry.get("previousVersions") or []:
            named[version["archivedPath"]] = version["id"]
    bad = []
    for relative, wanted in named.items():
        path = os.path.join(state, relative)
        if not os.path.isfile(path):
            bad.append(f"{relative}: missing")
        elif _digest(path) != wanted:
            bad.append(f"{relative}: bytes hash to {_digest(path)}, not {wanted}")
    if bad:
        raise Failure(f"{len(bad)} index entr(ies) without their exact original, e.g. {bad[:3]}")
    archive = os.path.join(state, "archive")
    orphans = [os.path.relpath(p, state) for p in _files(archive) if os.path.relpath(p, state) not in named]
    if orphans:
        raise Failure(f"{len(orphans)} file(s) in archive/ without an entry, e.g. {orphans[:3]}")
    present = set(named.values())
    for folder in (os.path.join(state, "rejected"), inbox):
        present |= {_digest(p) for p in _files(folder) if not p.endswith(".error.json") and os.path.isfile(p)
                    and not os.path.islink(p)}
    dropped = harness.DROPPED.get(base, [])
    lost = [name for name, ident in dropped if ident not in present]
    if lost:
        raise Failure(f"{len(lost)} dropped original(s) neither indexed, rejected nor in the inbox: {lost[:3]}")
    return len(named), len(_files(archive)), len(dropped)


def check_all(bases):
    """Runs check_state on every folder; returns a one-line summary."""
    totals = [0, 0, 0]
    checked = 0
    for base in bases:
        counted = check_state(base)
        if counted:
            checked += 1
            totals = [a + b for a, b in zip(totals, counted)]
    return (f"{checked} state folder(s): {totals[0]} archived path(s) exist and hash to their id, "
            f"{totals[1]} archive file(s) all indexed, {totals[2]} dropped original(s) accounted for")
