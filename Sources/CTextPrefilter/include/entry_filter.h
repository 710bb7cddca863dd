#ifndef PRESSWATCH_ENTRY_FILTER_H
#define PRESSWATCH_ENTRY_FILTER_H

#include <stddef.h>
#include <stdint.h>

#include "text_prefilter.h"

#ifdef __cplusplus
extern "C" {
#endif

/// Folded phrases (" cote d ivoire "), as in QueryFilter.
typedef struct {
    const uint8_t *const *phrases;
    const size_t *lengths;
    int count;
} presswatch_phrases;

/// QueryFilter's simple options, as bytes (what `IndexQuery` hands to the decider). An option
/// with no value (count 0, NULL day) is not checked.
typedef struct {
    /// `languageCount` two-letter codes, lowercase, packed (2 bytes each).
    const uint8_t *languages;
    int languageCount;
    /// `placeCount` ISO 3166 codes, uppercase, packed (2 bytes each).
    const uint8_t *places;
    int placeCount;
    /// Publication days (`YYYY-MM-DD`, ASCII), inclusive, or NULL.
    const uint8_t *since, *until;
    size_t sinceLength, untilLength;
    presswatch_phrases sources, sites, authors, texts;
    presswatch_fold_table table;
} presswatch_entry_filter;

/// The entry fields whose value offsets the decider reads, by their index in `offsets` (the
/// order of EntryFieldOffsets.Field and of PRESSWATCH_SCAN_FIELDS).
enum {
    PRESSWATCH_FIELD_TITLE = 0, PRESSWATCH_FIELD_PUBLISHED = 1, PRESSWATCH_FIELD_LANGUAGE = 2,
    PRESSWATCH_FIELD_SOURCE = 3, PRESSWATCH_FIELD_SITE = 4, PRESSWATCH_FIELD_AUTHORS = 5,
    PRESSWATCH_FIELD_PLACES = 6, PRESSWATCH_FIELD_LEDE = 7, PRESSWATCH_FIELD_KEYWORDS = 8,
    PRESSWATCH_FIELD_INDEXED_AT = 9,
};

/// Decides QueryFilter.matches for one entry (`length` bytes of JSON at `entry`, from a shard
/// that simdjson validated) from its field bytes, without building any value: `offsets` are
/// where each field's value begins (-1: absent), as the shard scan noted them.
///
/// Returns 1 (kept) or 0 (not kept) only when every option was decided exactly as the Swift
/// matcher (EntryFields + QueryFilter.matches) decides it; -1 (undecided) when any value is
/// something it leaves to that matcher: an escape, a byte outside printable ASCII where a code
/// or day is compared, a scalar outside the fold table, a value of an unexpected type (which the
/// Swift matcher reports as damage), `scratch` (`capacity` bytes, one per thread) too small.
/// Reads only `entry[0..<length]`; writes only `scratch`.
int presswatch_entry_decide(const uint8_t *entry, size_t length, const int32_t *offsets,
                            const presswatch_entry_filter *filter, uint8_t *scratch, size_t capacity);

/// The raw bytes of the string value at `entry[offset]` when it is printable ASCII without
/// escapes (then its String sorts as these bytes do): returns 1 with `*start` (from `entry`) and
/// `*count` set; 0 when `offset` is -1 or the value is `null`; -1 otherwise (undecided).
int presswatch_entry_plain_string(const uint8_t *entry, size_t length, int32_t offset, size_t *start, size_t *count);

#ifdef __cplusplus
}
#endif

#endif
