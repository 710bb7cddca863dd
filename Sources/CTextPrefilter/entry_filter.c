// Decides `presswatch query`'s simple filters from an entry's bytes (see include/entry_filter.h):
// each option read where the shard scan found its value, anything unusual left to the Swift
// matcher. The rules mirror QueryFilter.matches and EntryFields, option by option.
#define _GNU_SOURCE
#include "entry_filter.h"
#include "folding.h"

#include <string.h>

enum { UNDECIDED = -1, ABSENT = 0, FOUND = 1 };

/// A string value without escapes at `entry[at]`: its contents `entry[*start..<*end]`. FOUND, ABSENT
/// for `null`, UNDECIDED for anything else (another type, an escape, no closing quote).
static int plain_string(const uint8_t *entry, size_t length, size_t at, size_t *start, size_t *end) {
    if (at >= length) return UNDECIDED;
    if (entry[at] == 'n') return at + 4 <= length && memcmp(entry + at, "null", 4) == 0 ? ABSENT : UNDECIDED;
    if (entry[at] != '"') return UNDECIDED;
    const uint8_t *quote = memchr(entry + at + 1, '"', length - at - 1);
    if (!quote) return UNDECIDED;
    *start = at + 1;
    *end = (size_t)(quote - entry);
    return memchr(entry + *start, '\\', *end - *start) ? UNDECIDED : FOUND;
}

static int printable_ascii(const uint8_t *bytes, size_t count) {
    for (size_t index = 0; index < count; index++) {
        if (bytes[index] < 0x20 || bytes[index] > 0x7E) return 0;
    }
    return 1;
}

/// Whether the string value at `at` is one of `count` packed two-byte `codes`.
static int code_in(const uint8_t *entry, size_t length, size_t at, const uint8_t *codes, int count) {
    size_t start, end;
    int found = plain_string(entry, length, at, &start, &end);
    if (found != FOUND) return UNDECIDED;  // null is no string: QueryFilter reads these as strings or throws
    if (!printable_ascii(entry + start, end - start)) return UNDECIDED;
    if (end - start != 2) return 0;
    for (int index = 0; index < count; index++) {
        if (entry[start] == codes[2 * index] && entry[start + 1] == codes[2 * index + 1]) return 1;
    }
    return 0;
}

/// A day's ten first characters against `since` / `until`, as Swift compares the Strings.
static int day_passes(const uint8_t *day, size_t count, const uint8_t *bound, size_t bound_length, int is_since) {
    size_t common = count < bound_length ? count : bound_length;
    int order = memcmp(day, bound, common);
    if (order == 0) order = count < bound_length ? -1 : count > bound_length ? 1 : 0;
    return is_since ? order >= 0 : order <= 0;
}

static int published_passes(const uint8_t *entry, size_t length, int32_t offset, const presswatch_entry_filter *filter) {
    if (offset < 0) return 0;
    size_t start, end;
    int found = plain_string(entry, length, (size_t)offset, &start, &end);
    if (found != FOUND) return found == ABSENT ? 0 : UNDECIDED;
    // Characters are bytes in printable ASCII: the day is the first ten bytes.
    if (!printable_ascii(entry + start, end - start)) return UNDECIDED;
    size_t count = end - start < 10 ? end - start : 10;
    if (filter->since && !day_passes(entry + start, count, filter->since, filter->sinceLength, 1)) return 0;
    if (filter->until && !day_passes(entry + start, count, filter->until, filter->untilLength, 0)) return 0;
    return 1;
}

/// Skips a string or a number/literal value at `at` (nested values are undecided); returns the
/// offset after it or -1.
static long skip_scalar(const uint8_t *entry, size_t length, size_t at) {
    if (at >= length) return UNDECIDED;
    if (entry[at] == '"') {
        size_t index = at + 1;
        while (index < length) {
            if (entry[index] == '\\') { index += 2; continue; }
            if (entry[index] == '"') return (long)index + 1;
            index++;
        }
        return UNDECIDED;
    }
    if (entry[at] == '{' || entry[at] == '[') return UNDECIDED;
    size_t index = at;
    while (index < length && entry[index] != ',' && entry[index] != '}' && entry[index] != ']'
           && entry[index] != ' ' && entry[index] != '\n' && entry[index] != '\r' && entry[index] != '\t') index++;
    return index > at ? (long)index : UNDECIDED;
}

/// Whether one of the `places` objects has a wanted `code` (EntryFields.readPlaces: every object
/// read whole, `code` and `name` must be strings, keys compared raw).
static int places_pass(const uint8_t *entry, size_t length, int32_t offset, const presswatch_entry_filter *filter) {
    if (offset < 0) return 0;
    size_t at = (size_t)offset;
    if (at >= length || entry[at] != '[') return UNDECIDED;
    int matched = 0;
    at = presswatch_skip_space(entry, length, at + 1);
    if (at < length && entry[at] == ']') return 0;
    while (1) {
        if (at >= length || entry[at] != '{') return UNDECIDED;
        at = presswatch_skip_space(entry, length, at + 1);
        if (at < length && entry[at] != '}') {
            while (1) {
                size_t key_start, key_end;
                if (plain_string(entry, length, at, &key_start, &key_end) != FOUND) return UNDECIDED;
                at = presswatch_skip_space(entry, length, key_end + 1);
                if (at >= length || entry[at] != ':') return UNDECIDED;
                at = presswatch_skip_space(entry, length, at + 1);
                size_t key_length = key_end - key_start;
                const uint8_t *key = entry + key_start;
                if (key_length == 4 && memcmp(key, "code", 4) == 0) {
                    int found = code_in(entry, length, at, filter->places, filter->placeCount);
                    if (found < 0) return UNDECIDED;
                    matched |= found;
                } else if (key_length == 4 && memcmp(key, "name", 4) == 0) {
                    if (at >= length || entry[at] != '"') return UNDECIDED;
                }
                long next = skip_scalar(entry, length, at);
                if (next < 0) return UNDECIDED;
                at = presswatch_skip_space(entry, length, (size_t)next);
                if (at >= length) return UNDECIDED;
                if (entry[at] == '}') break;
                if (entry[at] != ',') return UNDECIDED;
                at = presswatch_skip_space(entry, length, at + 1);
            }
        }
        at = presswatch_skip_space(entry, length, at + 1);
        if (at >= length) return UNDECIDED;
        if (entry[at] == ']') return matched;
        if (entry[at] != ',') return UNDECIDED;
        at = presswatch_skip_space(entry, length, at + 1);
    }
}

static int any_phrase(const folding *f, const presswatch_phrases *phrases) {
    for (int index = 0; index < phrases->count; index++) {
        if (memmem(f->out, f->count, phrases->phrases[index], phrases->lengths[index])) return 1;
    }
    return 0;
}

/// One string value (source, site) folded alone: whether it contains one of `phrases`; `null`
/// and an absent field contain none.
static int value_has_phrase(const uint8_t *entry, size_t length, int32_t offset, const presswatch_phrases *phrases,
                            const presswatch_fold_table *table, folding *f) {
    if (offset < 0) return 0;
    size_t at = (size_t)offset;
    if (at < length && entry[at] == 'n') {
        size_t start, end;
        return plain_string(entry, length, at, &start, &end) == ABSENT ? 0 : UNDECIDED;
    }
    f->out[0] = ' ';
    f->count = 1;
    if (presswatch_fold_string(entry, length, at, table, f) < 0) return UNDECIDED;
    return any_phrase(f, phrases);
}

/// Whether one author (each folded alone) contains one of `phrases`; every element must be a string.
static int authors_have_phrase(const uint8_t *entry, size_t length, int32_t offset, const presswatch_phrases *phrases,
                               const presswatch_fold_table *table, folding *f) {
    if (offset < 0) return 0;
    size_t at = (size_t)offset;
    if (at >= length || entry[at] != '[') return UNDECIDED;
    at = presswatch_skip_space(entry, length, at + 1);
    if (at < length && entry[at] == ']') return 0;
    int matched = 0;
    while (1) {
        f->out[0] = ' ';
        f->count = 1;
        long next = presswatch_fold_string(entry, length, at, table, f);
        if (next < 0) return UNDECIDED;
        matched |= any_phrase(f, phrases);
        at = presswatch_skip_space(entry, length, (size_t)next);
        if (at >= length) return UNDECIDED;
        if (entry[at] == ']') return matched;
        if (entry[at] != ',') return UNDECIDED;
        at = presswatch_skip_space(entry, length, at + 1);
    }
}

int presswatch_entry_decide(const uint8_t *entry, size_t length, const int32_t *offsets,
                            const presswatch_entry_filter *filter, uint8_t *scratch, size_t capacity) {
    if (capacity < 2) return UNDECIDED;
    folding f = { scratch, 0, capacity, 0 };
    // Every option is decided before the answer is given: an entry the Swift matcher would
    // report as damage stays undecided even when another option already rules it out.
    int kept = 1, undecided = 0, outcome;
#define DECIDE(expression) do { outcome = (expression); if (outcome < 0) undecided = 1; else kept &= outcome; } while (0)
    if (filter->since || filter->until) DECIDE(published_passes(entry, length, offsets[PRESSWATCH_FIELD_PUBLISHED], filter));
    if (filter->languageCount > 0) {
        int32_t offset = offsets[PRESSWATCH_FIELD_LANGUAGE];
        size_t start, end;
        if (offset < 0) DECIDE(0);
        else if (plain_string(entry, length, (size_t)offset, &start, &end) == ABSENT) DECIDE(0);
        else DECIDE(code_in(entry, length, (size_t)offset, filter->languages, filter->languageCount));
    }
    if (filter->placeCount > 0) DECIDE(places_pass(entry, length, offsets[PRESSWATCH_FIELD_PLACES], filter));
    const presswatch_fold_table *table = &filter->table;
    if (filter->sources.count > 0) DECIDE(value_has_phrase(entry, length, offsets[PRESSWATCH_FIELD_SOURCE], &filter->sources, table, &f));
    if (filter->sites.count > 0) DECIDE(value_has_phrase(entry, length, offsets[PRESSWATCH_FIELD_SITE], &filter->sites, table, &f));
    if (filter->authors.count > 0) DECIDE(authors_have_phrase(entry, length, offsets[PRESSWATCH_FIELD_AUTHORS], &filter->authors, table, &f));
    if (filter->texts.count > 0) {
        int32_t fields[3] = { offsets[PRESSWATCH_FIELD_TITLE], offsets[PRESSWATCH_FIELD_LEDE], offsets[PRESSWATCH_FIELD_KEYWORDS] };
        if (presswatch_fold_search_text(entry, length, fields, table, &f) < 0) {
            undecided = 1;
        } else {
            for (int index = 0; index < filter->texts.count; index++) {
                if (!memmem(f.out, f.count, filter->texts.phrases[index], filter->texts.lengths[index])) kept = 0;
            }
        }
    }
#undef DECIDE
    return undecided ? UNDECIDED : kept;
}

int presswatch_entry_plain_string(const uint8_t *entry, size_t length, int32_t offset, size_t *start, size_t *count) {
    if (offset < 0) return ABSENT;
    size_t from, end;
    int found = plain_string(entry, length, (size_t)offset, &from, &end);
    if (found != FOUND) return found;
    if (!printable_ascii(entry + from, end - from)) return UNDECIDED;
    *start = from;
    *count = end - from;
    return FOUND;
}
