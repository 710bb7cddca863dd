// Reads the changes of one index shard with simdjson's On Demand parser (Debian libsimdjson-dev):
// stage 1 checks the whole file (UTF-8, closed strings, balanced brackets) at SIMD speed, then
// only the changes and the top-level members of each entry are visited; nested values are
// skipped by their brackets. The contract is in include/shard_scan.h.
#include "shard_scan.h"

#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

using namespace simdjson;

static_assert(PRESSWATCH_SCAN_PADDING >= SIMDJSON_PADDING, "shards need simdjson's padding");

namespace {

/// The index of a noted entry field, in the order of `EntryFieldOffsets.Field` (Swift), or -1.
/// Keys are compared raw, as `RawJSON.key` does (a key written with escapes never matches).
int fieldIndex(ondemand::raw_json_string key) {
    switch (key.raw()[0]) {
    case 't': return key.unsafe_is_equal("title") ? 0 : -1;
    case 'p': return key.unsafe_is_equal("published") ? 1 : key.unsafe_is_equal("places") ? 6 : -1;
    case 'l': return key.unsafe_is_equal("language") ? 2 : key.unsafe_is_equal("lede") ? 7 : -1;
    case 's': return key.unsafe_is_equal("source") ? 3 : key.unsafe_is_equal("site") ? 4 : -1;
    case 'a': return key.unsafe_is_equal("authors") ? 5 : key.unsafe_is_equal("archivedPath") ? 11 : -1;
    case 'k': return key.unsafe_is_equal("keywords") ? 8 : -1;
    case 'i': return key.unsafe_is_equal("indexedAt") ? 9 : -1;
    case 'w': return key.unsafe_is_equal("wordCount") ? 10 : -1;
    default: return -1;
    }
}

class Scanner {
public:
    Scanner(const char *bytes, size_t length, int64_t after) : base(bytes), length(length), after(after) {}

    presswatch_scan_result run() {
        ondemand::parser parser;
        error_code error = parser.iterate(padded_string_view(base, length, length + SIMDJSON_PADDING)).get(doc);
        if (error) return fail(error, "a JSON document (UTF-8, strings and brackets closed)");
        started = true;
        ondemand::object root;
        if ((error = doc.get_object().get(root))) return fail(error, "an object");
        bool versionOK = true;
        for (auto member : root) {
            ondemand::field field;
            if ((error = std::move(member).get(field))) return fail(error, "a member");
            ondemand::raw_json_string key = field.key();
            if (key.unsafe_is_equal("changes")) {
                if (!readChanges(field.value())) return finish();
            } else if (key.unsafe_is_equal("schemaVersion")) {
                int64_t version = 0;
                if ((error = field.value().get_int64().get(version))) return fail(error, "an integer");
                versionOK = versionOK && version == 2;
            }
        }
        const char *trailing = nullptr;
        if (!doc.current_location().get(trailing)) return failMessage(uint64_t(trailing - base), "content after the shard's object");
        if (!versionOK) return failMessage(0, "schemaVersion is not 2");
        return finish();
    }

private:
    const char *base;
    size_t length;
    int64_t after;
    ondemand::document doc;
    /// Whether `doc` was made (before, it has no iterator to ask for a location).
    bool started = false;
    presswatch_scan_result result{};
    size_t capacity = 0;

    presswatch_scan_result finish() { return result; }

    uint64_t here() {
        if (!started) return 0;
        const char *location = nullptr;
        if (doc.current_location().get(location) || location == nullptr) return length;
        return uint64_t(location - base);
    }

    presswatch_scan_result fail(error_code error, const char *expected) {
        if (!result.failed) {
            result.failed = 1;
            result.offset = here();
            snprintf(result.message, sizeof result.message, "invalid JSON at byte %llu: expected %s (%s)",
                     (unsigned long long)result.offset, expected, error_message(error));
        }
        return result;
    }

    presswatch_scan_result failMessage(uint64_t offset, const char *message) {
        if (!result.failed) {
            result.failed = 1;
            result.offset = offset;
            snprintf(result.message, sizeof result.message, "%s", message);
        }
        return result;
    }

    bool append(const presswatch_scan_change &change) {
        if (result.count == capacity) {
            // First room for a change per 256 bytes (untouched room costs no memory), then doubled.
            size_t grown = capacity ? capacity * 2 : (length / 256 > 1024 ? length / 256 : 1024);
            void *bigger = realloc(result.changes, grown * sizeof(presswatch_scan_change));
            if (!bigger) { failMessage(0, "out of memory"); return false; }
            result.changes = static_cast<presswatch_scan_change *>(bigger);
            capacity = grown;
        }
        result.changes[result.count++] = change;
        return true;
    }

    /// Copies a string value (unescaped) into `out`, at most 31 bytes; false when it is not a
    /// string or is longer (no valid id is).
    bool copyString(ondemand::value &value, char out[32], int32_t &outLength) {
        std::string_view text;
        if (value.get_string().get(text)) return false;
        if (text.size() > 31) return false;
        memcpy(out, text.data(), text.size());
        out[text.size()] = 0;
        outLength = int32_t(text.size());
        return true;
    }

    bool readChanges(ondemand::value &value) {
        ondemand::array changes;
        error_code error = value.get_array().get(changes);
        if (error) { fail(error, "an array"); return false; }
        for (auto element : changes) {
            ondemand::value change;
            if ((error = std::move(element).get(change))) { fail(error, "a change"); return false; }
            if (!readChange(change)) return false;
        }
        return true;
    }

    bool readChange(ondemand::value &value) {
        uint64_t start = here();
        ondemand::object object;
        error_code error = value.get_object().get(object);
        if (error) { fail(error, "a change object"); return false; }
        presswatch_scan_change change{};
        change.kind = -1;
        change.idLength = -1;
        change.replacedByLength = -1;
        for (int index = 0; index < PRESSWATCH_SCAN_FIELDS; index++) change.fields[index] = -1;
        bool hasSequence = false, hasEntryKey = false;
        for (auto member : object) {
            ondemand::field field;
            if ((error = std::move(member).get(field))) { fail(error, "a member of a change"); return false; }
            ondemand::raw_json_string key = field.key();
            ondemand::value &member_value = field.value();
            if (key.unsafe_is_equal("sequence")) {
                if ((error = member_value.get_int64().get(change.sequence))) { fail(error, "an integer"); return false; }
                hasSequence = true;
            } else if (key.unsafe_is_equal("change")) {
                std::string_view kind;
                if ((error = member_value.get_string().get(kind))) { fail(error, "a string"); return false; }
                change.kind = kind == "added" ? 0 : kind == "updated" ? 1 : kind == "removed" ? 2 : -1;
            } else if (key.unsafe_is_equal("id")) {
                if (!copyString(member_value, change.id, change.idLength)) { fail(INCORRECT_TYPE, "an id"); return false; }
            } else if (key.unsafe_is_equal("replacedBy")) {
                bool isNull = false;
                if ((error = member_value.is_null().get(isNull))) { fail(error, "null or an id"); return false; }
                change.replacedByLength = -1;
                if (!isNull && !copyString(member_value, change.replacedBy, change.replacedByLength)) {
                    fail(INCORRECT_TYPE, "null or an id");
                    return false;
                }
            } else if (key.unsafe_is_equal("entry")) {
                hasEntryKey = true;
                change.entryLength = 0;
                bool isNull = false;
                if ((error = member_value.is_null().get(isNull))) { fail(error, "an entry"); return false; }
                if (!isNull && !readEntry(member_value, change)) return false;
            }
        }
        bool isRemoval = change.kind == 2;
        if (!hasSequence || change.kind < 0 || change.idLength != 16 || !hasEntryKey
            || (change.entryLength == 0) != isRemoval) {
            failMessage(start, "a change with sequence, change, id and entry");
            return false;
        }
        return change.sequence <= after || append(change);
    }

    /// Notes the entry's byte range and where its noted fields' values begin.
    bool readEntry(ondemand::value &value, presswatch_scan_change &change) {
        std::string_view token = value.raw_json_token();
        error_code error = SUCCESS;
        if (token.empty() || token[0] != '{') { fail(INCORRECT_TYPE, "an entry object"); return false; }
        const char *start = token.data();
        ondemand::object entry;
        if ((error = value.get_object().get(entry))) { fail(error, "an entry object"); return false; }
        for (auto member : entry) {
            ondemand::field field;
            if ((error = std::move(member).get(field))) { fail(error, "a member of an entry"); return false; }
            ondemand::raw_json_string key = field.key();
            int index = fieldIndex(key);
            if (index < 0) continue;
            std::string_view at = field.value().raw_json_token();
            ptrdiff_t relative = at.data() - start;
            if (relative <= INT32_MAX) change.fields[index] = int32_t(relative);
        }
        // The iterator is now past the entry's `}`, at the `,` or `}` that follows it.
        const char *next = base + here();
        while (next > start && (next[-1] == ' ' || next[-1] == '\n' || next[-1] == '\r' || next[-1] == '\t')) next--;
        if (next <= start || next[-1] != '}') { failMessage(uint64_t(start - base), "an entry object"); return false; }
        change.entryOffset = uint64_t(start - base);
        change.entryLength = uint64_t(next - start);
        return true;
    }
};

}  // namespace

extern "C" presswatch_scan_result presswatch_scan_shard(const char *bytes, size_t length, int64_t after) {
    Scanner scanner(bytes, length, after);
    presswatch_scan_result result = scanner.run();
    if (result.failed) presswatch_scan_free(&result);
    return result;
}

extern "C" void presswatch_scan_free(presswatch_scan_result *result) {
    free(result->changes);
    result->changes = nullptr;
    result->count = 0;
}
