#!/usr/bin/env python3
"""Writes a shard and its query columns file (index/<generation>.cols), as presswatch does.

An independent writer of the layout docs/index-format.md describes ("index/<generation>.cols"),
used by query_bench.py so that the benchmark's state folder (written directly, without the
daemon) has the files the daemon would write. The section checksums are XXH64 (seed 0),
computed by Sources/CShardScan/columns_checksum.c compiled here into a shared library (needs a
C compiler; `Checksum()` raises RuntimeError without one).

    shard_bytes, columns = encode(changes, first, last, generation, checksum)

`changes` are dicts {"change", "entry", "id", "replacedBy", "sequence"} as in a shard.
"""
import ctypes, json, os, shutil, struct, subprocess, tempfile

# EntryFieldOffsets.Field order (the 12 offsets of a row), and the column sections' order.
FIELDS = ["title", "published", "language", "source", "site", "authors", "places", "lede", "keywords",
          "indexedAt", "wordCount", "archivedPath"]
COLUMNS = FIELDS[:10]
KINDS = {"added": 0, "updated": 1, "removed": 2}
VERSION = 1


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class Checksum:
    """XXH64 through presswatch's own C source, compiled once into a temporary shared library."""

    def __init__(self):
        compiler = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
        if compiler is None:
            raise RuntimeError("no C compiler for the columns checksum")
        here = os.path.dirname(os.path.abspath(__file__))
        source = os.path.join(here, "..", "..", "Sources", "CShardScan", "columns_checksum.c")
        self.scratch = tempfile.mkdtemp(prefix="presswatch-xxh64-")
        library = os.path.join(self.scratch, "libxxh64.so")
        subprocess.run([compiler, "-O2", "-shared", "-fPIC", "-I", os.path.join(os.path.dirname(source), "include"),
                        source, "-o", library], check=True, capture_output=True)
        self.lib = ctypes.CDLL(library)
        self.lib.presswatch_xxh64.restype = ctypes.c_uint64
        self.lib.presswatch_xxh64.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint64]

    def __call__(self, data):
        return self.lib.presswatch_xxh64(bytes(data), len(data), 0)

    def close(self):
        shutil.rmtree(self.scratch, ignore_errors=True)


def encode(changes, first, last, generation, checksum):
    """(the shard's bytes exactly as dump() writes the document, the columns file's bytes)."""
    out = bytearray(b'{"changes":[')
    rows = []  # (change, entry offset, entry length, {field: (offset in entry, value bytes)})
    for n, change in enumerate(changes):
        if n:
            out += b","
        out += b'{"change":' + dump(change["change"]).encode() + b',"entry":'
        entry = change["entry"]
        values = {}
        start = len(out)
        if entry is None:
            out += b"null"
        else:
            out += b"{"
            for k, key in enumerate(sorted(entry)):
                out += (b"," if k else b"") + dump(key).encode() + b":"
                value = dump(entry[key]).encode()
                if key in FIELDS:
                    values[key] = (len(out) - start, value)
                out += value
            out += b"}"
        length = len(out) - start
        out += b',"id":' + dump(change["id"]).encode() + b',"replacedBy":' + dump(change["replacedBy"]).encode()
        out += b',"sequence":' + str(change["sequence"]).encode() + b"}"
        rows.append((change, start, length if entry is not None else 0, values))
    out += b'],"firstSequence":%d,"generation":%d,"lastSequence":%d,"schemaVersion":2}' % (first, generation, last)

    sections = len(COLUMNS) + 1
    header_size = 7 * 8 + sections * 24 + 8
    body = bytearray()
    # Section 0: the rows.
    table = [(header_size, 88 * len(rows))]
    for change, start, length, values in rows:
        replaced = change["replacedBy"]
        flags = KINDS[change["change"]] | (4 if replaced else 0) | (8 if change["entry"] is not None else 0)
        offsets = [values[f][0] if f in values else -1 for f in FIELDS]
        body += struct.pack("<qQQIIQ12i", change["sequence"], int(change["id"], 16), int(replaced, 16) if replaced else 0,
                            flags, length, start if change["entry"] is not None else 0, *offsets)
    # Sections 1…: per column, the offsets (in this file) then the values, each ended by "\n".
    for field in COLUMNS:
        section_start = header_size + len(body)
        at = section_start + 4 * len(rows)
        offsets, data = [], bytearray()
        for change, start, length, values in rows:
            if change["entry"] is not None and field in values:
                offsets.append(at + len(data))
                data += values[field][1] + b"\n"
            else:
                offsets.append(-1)
        body += struct.pack("<%di" % len(rows), *offsets) + data
        table.append((section_start, header_size + len(body) - section_start))
    header = bytearray(b"PWCOLS\r\n")
    header += struct.pack("<QQqqQQ", VERSION, len(out), first, last, len(rows), sections)
    for offset, length in table:
        section = body[offset - header_size: offset - header_size + length]
        header += struct.pack("<QQQ", offset, length, checksum(section))
    header += struct.pack("<Q", checksum(header))
    assert len(header) == header_size
    return bytes(out), bytes(header + body)
