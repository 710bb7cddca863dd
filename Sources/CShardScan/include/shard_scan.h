#ifndef PRESSWATCH_SHARD_SCAN_H
#define PRESSWATCH_SHARD_SCAN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// How many bytes past the end of a shard's bytes must be readable (simdjson's padding).
#define PRESSWATCH_SCAN_PADDING 64

/// The entry fields whose value offsets are noted, in the order of `EntryFieldOffsets.Field`.
#define PRESSWATCH_SCAN_FIELDS 12

/// One change of a shard, as found by `presswatch_scan_shard`. Offsets are bytes from the start
/// of the shard.
typedef struct {
    int64_t sequence;
    /// 0 added, 1 updated, 2 removed.
    int32_t kind;
    /// `id`, decoded, NUL-terminated; `idLength` is its length in bytes (16 in a valid shard).
    char id[32];
    int32_t idLength;
    /// `entry`: the object's bytes, from `{` to `}`; length 0 when `entry` is null.
    uint64_t entryOffset, entryLength;
    /// `replacedBy`, decoded, NUL-terminated; `replacedByLength` is -1 when null or absent.
    char replacedBy[32];
    int32_t replacedByLength;
    /// Where each noted field's value begins, relative to `entryOffset`; -1 when absent.
    int32_t fields[PRESSWATCH_SCAN_FIELDS];
} presswatch_scan_change;

/// The outcome of a scan: `changes` (malloc'd, free with `presswatch_scan_free`) or an error.
typedef struct {
    presswatch_scan_change *changes;
    size_t count;
    /// 0 on success; otherwise `message` says what was wrong and `offset` where (bytes).
    int failed;
    uint64_t offset;
    char message[160];
} presswatch_scan_result;

/// Reads a schemaVersion 2 shard (docs/index-format.md) of `length` bytes at `bytes`, which
/// must be followed by PRESSWATCH_SCAN_PADDING readable bytes, with simdjson's On Demand
/// parser: the whole file is checked to be UTF-8 with balanced, closed strings and brackets;
/// the changes array, each change and each entry's top-level members are read and checked.
/// Keeps the changes numbered above `after`. Fails (never traps, never reads outside the
/// bytes and their padding) on anything that is not such a shard: a change without sequence,
/// change, id or the entry its kind requires, a schemaVersion other than 2, invalid JSON.
/// Thread-safe (its parser is its own).
presswatch_scan_result presswatch_scan_shard(const char *bytes, size_t length, int64_t after);

void presswatch_scan_free(presswatch_scan_result *result);

#ifdef __cplusplus
}
#endif

#endif
