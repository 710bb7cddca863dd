#ifndef PRESSWATCH_TEXT_PREFILTER_H
#define PRESSWATCH_TEXT_PREFILTER_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The folded form of one scalar (TextFolder's rule, computed on the Swift side): up to 7 bytes
/// of UTF-8, `length` 0 for a separator, above 7 when it does not fit (undecided).
typedef struct {
    uint8_t length;
    uint8_t bytes[7];
} presswatch_folded_scalar;

/// The scalars whose folded form the prefilter knows: U+0080..U+024F (`latin`, 464 entries) and
/// U+2000..U+206F (`punctuation`, 112 entries). Any other non-ASCII scalar makes it undecided.
typedef struct {
    const presswatch_folded_scalar *latin;
    const presswatch_folded_scalar *punctuation;
} presswatch_fold_table;

/// Whether the entry at `entry` (`length` bytes of JSON) may match every phrase of `--text`.
/// `offsets` are where the values of title, lede and keywords begin in `entry` (-1: absent);
/// `phrases` are `count` folded phrases (" cote d ivoire "), `phrase_lengths` their lengths.
///
/// Returns 0 only when it folded the title, lede and keywords exactly as `TextFolder` does and
/// some phrase is not in them: the entry certainly does not match. Returns 1 otherwise (all
/// phrases found, or something it does not fold itself: an escape, a scalar outside the table,
/// bytes that are not UTF-8, a value that is not a string, `scratch` too small), and the caller
/// decides with the exact matcher. Reads only `entry[0..<length]`; writes only `scratch`.
int presswatch_text_may_match(const uint8_t *entry, size_t length, const int32_t offsets[3],
                              const uint8_t *const *phrases, const size_t *phrase_lengths, int count,
                              const presswatch_fold_table *table, uint8_t *scratch, size_t capacity);

#ifdef __cplusplus
}
#endif

#endif
