#!/usr/bin/env python3
"""Writes a shard and its query columns file (index/<generation>.cols), as presswatch does.

An independent writer of the layout docs/index-format.md describes ("index/<generation>.cols"),
used by query_bench.py so that the benchmark's state folder (written directly, without the
daemon) has the files the daemon would write. The section checksums are XXH64 (seed 0),
computed by Debian's libxxhash (the library the daemon links; `Checksum()` raises RuntimeError
without libxxhash.so.0: `make deps` installs libxxhash-dev).

    shard_bytes, columns = encode(changes, first, last, generation, checksum)

`changes` are dicts {"change", "entry", "id", "replacedBy", "sequence"} as in a shard.
"""
import ctypes, json, struct

# EntryFieldOffsets.Field order (the 12 offsets of a row), and the column sections' order.
FIELDS = ["title", "published", "language", "source", "site", "authors", "places", "lede", "keywords",
          "indexedAt", "wordCount", "archivedPath"]
COLUMNS = FIELDS[:10]
KINDS = {"added": 0, "updated": 1, "removed": 2}
VERSION = 1


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class Checksum:
    """XXH64 (seed 0) through libxxhash.so.0, the library the daemon itself links."""

    def __init__(self):
        try:
            self.lib = ctypes.CDLL("libxxhash.so.0")
        except OSError as error:
            raise RuntimeError(f"libxxhash.so.0 not found ({error}): run `make deps` (libxxhash-dev)")
        self.lib.XXH64.restype = ctypes.c_uint64
        self.lib.XXH64.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint64]

    def __call__(self, data):
        return self.lib.XXH64(bytes(data), len(data), 0)

    def close(self):
        """Nothing to release (kept for the callers' try/finally)."""


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
