// Internal to CTextPrefilter: TextFolder's rule over the raw bytes of JSON strings, shared by the
// --text prefilter (text_prefilter.c) and the entry decider (entry_filter.c).
#ifndef PRESSWATCH_FOLDING_H
#define PRESSWATCH_FOLDING_H

#include "text_prefilter.h"

/// Folded text being assembled in `out` (`capacity` bytes); `pending` is a word break not yet
/// written.
typedef struct {
    uint8_t *out;
    size_t count, capacity;
    int pending;
} folding;

/// Folds the JSON string starting at `entry[at]` (its opening quote) onto `f`, which must hold at
/// least one byte, as TextFolder.append does (ending with a space); returns the offset after its
/// closing quote, or -1 (undecided: not a string, an escape, a control byte, a scalar outside the
/// table, no room).
long presswatch_fold_string(const uint8_t *entry, size_t length, size_t at, const presswatch_fold_table *table, folding *f);

/// Folds title, lede and keywords (`offsets`: where their values begin, -1 when absent) into
/// `f` from its start, as EntryFields' `searchText`: " title words lede words keywords ".
/// Returns 1, or -1 when undecided (see presswatch_fold_string; a value of another type).
int presswatch_fold_search_text(const uint8_t *entry, size_t length, const int32_t offsets[3],
                                const presswatch_fold_table *table, folding *f);

static inline size_t presswatch_skip_space(const uint8_t *entry, size_t length, size_t at) {
    while (at < length && (entry[at] == ' ' || entry[at] == '\n' || entry[at] == '\r' || entry[at] == '\t')) at++;
    return at;
}

#endif
