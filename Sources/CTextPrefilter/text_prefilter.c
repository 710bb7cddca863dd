// A byte-level prefilter for `presswatch query --text`: folds an entry's title, lede and
// keywords straight from the shard's bytes with TextFolder's rule (as a table made by Swift)
// and looks for the folded phrases. The contract is in include/text_prefilter.h.
#define _GNU_SOURCE
#include "text_prefilter.h"
#include "folding.h"

#include <string.h>

enum { UNDECIDED = -1 };

/// Appends one folded piece (`length` bytes; 0 is a word break), as TextFolder.add does. The
/// caller has made sure there is room.
static inline void put(folding *f, const uint8_t *bytes, size_t length) {
    if (length == 0) { f->pending = 1; return; }
    if (f->pending && f->out[f->count - 1] != ' ') f->out[f->count++] = ' ';
    f->pending = 0;
    memcpy(f->out + f->count, bytes, length);
    f->count += length;
}

long presswatch_fold_string(const uint8_t *entry, size_t length, size_t at, const presswatch_fold_table *table, folding *f) {
    if (at >= length || entry[at] != '"') return UNDECIDED;
    const uint8_t *quote = memchr(entry + at + 1, '"', length - at - 1);
    if (!quote) return UNDECIDED;
    size_t end = (size_t)(quote - entry);
    // An escape (the quote found may even be escaped): the exact matcher decides.
    if (memchr(entry + at + 1, '\\', end - at - 1)) return UNDECIDED;
    // Room for the worst case: a space and 7 bytes per 2-byte scalar, 2 bytes per ASCII byte.
    if (f->count + 4 * (end - at) + 2 > f->capacity) return UNDECIDED;
    size_t index = at + 1;
    f->pending = 0;
    while (index < end) {
        uint8_t lead = entry[index];
        if (lead < 0x80) {
            index++;
            uint8_t folded = (lead >= 'a' && lead <= 'z') || (lead >= '0' && lead <= '9') ? lead
                : (lead >= 'A' && lead <= 'Z') ? (uint8_t)(lead + 0x20) : 0;
            if (lead < 0x20) return UNDECIDED;
            if (!folded) { f->pending = 1; continue; }
            if (f->pending && f->out[f->count - 1] != ' ') f->out[f->count++] = ' ';
            f->pending = 0;
            f->out[f->count++] = folded;
            continue;
        }
        uint32_t value;
        size_t width;
        if (lead >= 0xC2 && lead < 0xE0 && index + 1 < end && (entry[index + 1] & 0xC0) == 0x80) {
            value = (uint32_t)(lead & 0x1F) << 6 | (entry[index + 1] & 0x3F);
            width = 2;
        } else if (lead >= 0xE0 && lead < 0xF0 && index + 2 < end && (entry[index + 1] & 0xC0) == 0x80
                   && (entry[index + 2] & 0xC0) == 0x80) {
            value = (uint32_t)(lead & 0x0F) << 12 | (uint32_t)(entry[index + 1] & 0x3F) << 6 | (entry[index + 2] & 0x3F);
            width = 3;
        } else {
            return UNDECIDED;
        }
        const presswatch_folded_scalar *scalar;
        // (A 3-byte form of a Latin scalar is overlong: not UTF-8, so undecided.)
        if (width == 2 && value < 0x250) scalar = &table->latin[value - 0x80];
        else if (width == 3 && value >= 0x2000 && value < 0x2070) scalar = &table->punctuation[value - 0x2000];
        else return UNDECIDED;
        if (scalar->length > sizeof scalar->bytes) return UNDECIDED;
        put(f, scalar->bytes, scalar->length);
        index += width;
    }
    if (f->out[f->count - 1] != ' ') f->out[f->count++] = ' ';
    return (long)end + 1;
}

int presswatch_fold_search_text(const uint8_t *entry, size_t length, const int32_t offsets[3],
                                const presswatch_fold_table *table, folding *f) {
    if (f->capacity < 2) return UNDECIDED;
    f->count = 1;
    f->pending = 0;
    f->out[0] = ' ';
    for (int field = 0; field < 3; field++) {
        if (offsets[field] < 0) continue;
        size_t at = (size_t)offsets[field];
        if (field < 2) {
            if (presswatch_fold_string(entry, length, at, table, f) < 0) return UNDECIDED;
            continue;
        }
        // keywords: an array of strings.
        if (at >= length || entry[at] != '[') return UNDECIDED;
        at = presswatch_skip_space(entry, length, at + 1);
        if (at < length && entry[at] == ']') continue;
        while (1) {
            long next = presswatch_fold_string(entry, length, at, table, f);
            if (next < 0) return UNDECIDED;
            at = presswatch_skip_space(entry, length, (size_t)next);
            if (at >= length) return UNDECIDED;
            if (entry[at] == ']') break;
            if (entry[at] != ',') return UNDECIDED;
            at = presswatch_skip_space(entry, length, at + 1);
        }
    }
    return 1;
}

int presswatch_text_may_match(const uint8_t *entry, size_t length, const int32_t offsets[3],
                              const uint8_t *const *phrases, const size_t *phrase_lengths, int count,
                              const presswatch_fold_table *table, uint8_t *scratch, size_t capacity) {
    folding f = { scratch, 0, capacity, 0 };
    if (presswatch_fold_search_text(entry, length, offsets, table, &f) < 0) return 1;
    for (int phrase = 0; phrase < count; phrase++) {
        if (!memmem(scratch, f.count, phrases[phrase], phrase_lengths[phrase])) return 0;
    }
    return 1;
}
