// A byte-level prefilter for `presswatch query --text`: folds an entry's title, lede and
// keywords straight from the shard's bytes with TextFolder's rule (as a table made by Swift)
// and looks for the folded phrases. The contract is in include/text_prefilter.h.
#define _GNU_SOURCE
#include "text_prefilter.h"
#include "folding.h"

#include <string.h>

enum { UNDECIDED = -1 };

/// Each ASCII byte folded (TextFolder's rule): a lowercase letter or digit, 0 for a separator,
/// 1 for a byte the fold stops at: a control byte (undecided: the exact matcher decides), the
/// quote that ends the string, a backslash (an escape: undecided).
static const uint8_t ascii_fold[128] = {
    0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x00, 0x01, 0x00, 0x00, 0x00,
    0x00, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x00, 0x00, 0x00, 0x00, 0x00,
};

long presswatch_fold_string(const uint8_t *entry, size_t length, size_t at, const presswatch_fold_table *table, folding *f) {
    if (at >= length || entry[at] != '"') return UNDECIDED;
    // Room for the worst case (a space and 7 bytes per 2-byte scalar, 2 bytes per ASCII byte)
    // of the rest of the entry, which holds the string; else find its end first.
    size_t room = length - at;
    if (f->count + 4 * room + 2 > f->capacity) {
        const uint8_t *quote = memchr(entry + at + 1, '"', length - at - 1);
        if (!quote) return UNDECIDED;
        room = (size_t)(quote - entry) - at + 1;  // up to and with the quote
        if (f->count + 4 * room + 2 > f->capacity) return UNDECIDED;
    }
    // Locals, not `f`'s fields: stores through `out` may alias them, which would keep the
    // compiler from holding them in registers. The string ends at its first quote (an escape,
    // which could hide one, makes the fold undecided before).
    uint8_t *const start = f->out;
    uint8_t *out = start + f->count;
    const uint8_t *in = entry + at + 1, *const stop = entry + at + room;
    int pending = 0;
    while (in < stop) {
        uint8_t lead = *in;
        if (lead < 0x80) {
            uint8_t folded = ascii_fold[lead];
            if (folded == 1) {
                if (lead == '"') break;
                return UNDECIDED;
            }
            in++;
            if (folded == 0) {
                pending = 1;
                continue;
            }
            // As TextFolder.add: a pending word break becomes one space.
            if (pending && out[-1] != ' ') *out++ = ' ';
            pending = 0;
            *out++ = folded;
            // The rest of a run of ASCII letters and digits.
            while (in < stop && *in < 0x80 && (folded = ascii_fold[*in]) > 1) {
                *out++ = folded;
                in++;
            }
            continue;
        }
        uint32_t value;
        size_t width;
        if (lead >= 0xC2 && lead < 0xE0 && in + 1 < stop && (in[1] & 0xC0) == 0x80) {
            value = (uint32_t)(lead & 0x1F) << 6 | (in[1] & 0x3F);
            width = 2;
        } else if (lead >= 0xE0 && lead < 0xF0 && in + 2 < stop && (in[1] & 0xC0) == 0x80 && (in[2] & 0xC0) == 0x80) {
            value = (uint32_t)(lead & 0x0F) << 12 | (uint32_t)(in[1] & 0x3F) << 6 | (in[2] & 0x3F);
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
        in += width;
        if (scalar->length == 0) {
            pending = 1;
            continue;
        }
        if (pending && out[-1] != ' ') *out++ = ' ';
        pending = 0;
        // All 7 bytes (a constant-size copy, no call): the room check allows 8 per scalar.
        memcpy(out, scalar->bytes, sizeof scalar->bytes);
        out += scalar->length;
    }
    if (in >= stop || *in != '"') return UNDECIDED;  // no closing quote
    if (out[-1] != ' ') *out++ = ' ';
    f->count = (size_t)(out - start);
    f->pending = 0;
    return (long)(in - entry) + 1;
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
