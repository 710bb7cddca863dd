// CLD2's summary detection of plain text, with presswatch's own reading of the script spans.
//
// CLD2's `ExtDetectLanguageSummary` spends about half its time in its `ScriptScanner`, which
// keeps an offset map per letter (for result chunks, which presswatch never asks for) and calls
// out per byte to classify characters. `plain_text_detect` produces the same spans (letters of
// one script, each run of non-letters as one space, lowercased by CLD2's own table) with the
// characters of one or two bytes classified through tables filled once from CLD2's own
// classifiers (longer ones are asked of CLD2 as they come), and hands every span to
// CLD2's own scorer, in the same order, with the same retries (squeeze, repeated words, short
// text) as `DetectLanguageSummaryV2` called with no hints and no flags. Its verdict is
// therefore CLD2's: `Tests/ArticleEnrichmentTests` compares both on texts of every script.
//
// Contract: `utf8` is valid UTF-8 of `length` bytes followed by at least 8 NUL bytes (CLD2
// reads a character past the end of its input); `length` at most `kPlainTextScanLimit`
// (longer texts go to CLD2's own scanner: see shim.cpp). Pure and thread-safe.
#include "plain_text_scan.h"

#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

#include <cld2/public/compact_lang_det.h>
#include <cld2/internal/compact_lang_det_impl.h>
#include <cld2/internal/getonescriptspan.h>
#include <cld2/internal/langspan.h>
#include <cld2/internal/scoreonescriptspan.h>
#include <cld2/internal/tote.h>
#include <cld2/internal/utf8statetable.h>
#include <cld2/internal/utf8repl_lettermarklower.h>

namespace CLD2 {
// Exported by libcld2 but declared in no installed header (compact_lang_det_impl.cc,
// getonescriptspan.cc); the signatures are those of its symbols.
extern const UTF8PropObj cld_generated_CjkUni_obj;
extern const CLD2TableSummary kCjkCompat_obj;
extern const CLD2TableSummary kCjkDeltaBi_obj;
extern const CLD2TableSummary kDistinctBiTable_obj;
extern const CLD2TableSummary kQuad_obj;
extern const CLD2TableSummary kQuad_obj2;
extern const CLD2TableSummary kDeltaOcta_obj;
extern const CLD2TableSummary kDistinctOcta_obj;
extern const short kAvgDeltaOctaScore[];
int ScanToLetterOrSpecial(const char* src, int len);
void ApplyHints(const char* buffer, int length, bool is_plain_text, const CLDHints* hints, ScoringContext* context);
int CheapSqueezeInplace(char* text, int length, int chunk_size);
bool CheapSqueezeTriggerTest(const char* text, int length, int test_length);
int CheapRepWordsInplace(char* text, int length, int* hash, int* table);
void RefineScoredClosePairs(DocTote* tote, ResultChunkVector* chunks, bool html, bool quiet);
void ExtractLangEtc(DocTote* tote, int total_text_bytes, int* reliable_percent3, Language* language3,
                    int* percent3, double* normalized_score3, int* text_bytes, bool* is_reliable);
void RemoveUnreliableLanguages(DocTote* tote, bool html, bool quiet);
void CalcSummaryLang(DocTote* tote, int total_text_bytes, const int* reliable_percent3,
                     const Language* language3, const int* percent3, Language* summary_lang,
                     bool* is_reliable, bool html, bool quiet, int flags);
}  // namespace CLD2

using namespace CLD2;

namespace {

// The tables `DetectLanguageSummaryV2` scores with (its `kScoringtables`, from the same objects).
const ScoringTables kTables = {
    &cld_generated_CjkUni_obj, &kCjkCompat_obj, &kCjkDeltaBi_obj, &kDistinctBiTable_obj,
    &kQuad_obj, &kQuad_obj2, &kDeltaOcta_obj, &kDistinctOcta_obj, kAvgDeltaOctaScore,
};

// Values of compact_lang_det_impl.cc.
const int kCheapSqueezeTestThresh = 4096;
const int kCheapSqueezeTestLen = 256;
const int kGoodLang1Percent = 70;
const int kGoodLang1and2Percent = 93;
const int kShortTextThresh = 256;
const int kPredictionTableSize = 4096;

// Per character of one or two bytes (U+0000…U+07FF: ASCII, Latin, Greek, Cyrillic, Armenian,
// Hebrew, Arabic, …), asked once of CLD2's own classifiers, each character on its own (their
// state machines start afresh at each character): its letter script (0: not a letter),
// whether `ScanToLetterOrSpecial` steps over it, and its lowercase by CLD2's table when that
// is as long as the character (`lowerLength` 0 otherwise: such a span is lowercased by CLD2).
struct CharacterClasses {
    static const int kCount = 0x800;
    unsigned char script[kCount];
    bool skipped[kCount];
    unsigned char lower[kCount][2];
    unsigned char lowerLength[kCount];
    /// Whether the ASCII letters are exactly A-Z and a-z, of one script (`latin`), each lowered
    /// by setting bit 0x20 (`SpanReader::asciiLetters` relies on it).
    bool asciiLettersPlain = true;
    int latin = 0;
    CharacterClasses() {
        for (int value = 0; value < kCount; ++value) {
            char text[8] = {0, 0, 0, 0, 0, 0, 0, 0};
            int length = 1;
            if (value < 0x80) {
                text[0] = static_cast<char>(value);
            } else {
                text[0] = static_cast<char>(0xC0 | (value >> 6));
                text[1] = static_cast<char>(0x80 | (value & 0x3F));
                length = 2;
            }
            script[value] = static_cast<unsigned char>(GetUTF8LetterScriptNum(text));
            skipped[value] = ScanToLetterOrSpecial(text, length) == length;
            char out[16];
            int consumed = 0, filled = 0, changed = 0;
            StringPiece in(text, length);
            StringPiece into(out, sizeof out);
            UTF8GenericReplace(&utf8repl_lettermarklower_obj, in, into, true, &consumed, &filled, &changed);
            lowerLength[value] = (consumed == length && filled == length) ? static_cast<unsigned char>(length) : 0;
            lower[value][0] = static_cast<unsigned char>(out[0]);
            lower[value][1] = length == 2 ? static_cast<unsigned char>(out[1]) : 0;
        }
        latin = script['a'];
        for (int value = 0; value < 0x80; ++value) {
            bool letter = (value | 0x20) >= 'a' && (value | 0x20) <= 'z';
            if ((script[value] == latin) != letter || latin == 0) asciiLettersPlain = false;
            if (letter && (lowerLength[value] != 1 || lower[value][0] != (value | 0x20))) asciiLettersPlain = false;
        }
    }
};
const CharacterClasses& characterClasses() {
    static const CharacterClasses classes;
    return classes;
}

// The table index of the character at `at` (lead byte below 0xE0), or -1 for a longer one.
inline int shortCharacter(const char* at) {
    unsigned char lead = static_cast<unsigned char>(at[0]);
    if (lead < 0x80) return lead;
    if (lead >= 0xC0 && lead < 0xE0) return ((lead & 0x1F) << 6) | (static_cast<unsigned char>(at[1]) & 0x3F);
    return -1;
}

// What `ScriptScanner` (plain text, letters only, one script per span) reads, on `text`.
class SpanReader {
public:
    SpanReader(const char* text, int length)
        : next_(text), left_(length), classes_(characterClasses()),
          // A span holds at most one byte per text byte plus a space per letter run, and its
          // lowercase up to three bytes per two; room for 4-byte stores past the end.
          bufferSize_(2 * static_cast<size_t>(length) + 64), lowerSize_(3 * static_cast<size_t>(length) + 96),
          storage_(new char[bufferSize_ + lowerSize_]) {}

    // The next span, lowercased (`GetOneScriptSpanLower`); false when no letter is left.
    bool next(LangSpan* span) {
        if (!read(span)) return false;
        lowercase(span);
        return true;
    }

private:
    const char* next_;
    int left_;
    const CharacterClasses& classes_;
    size_t bufferSize_;
    size_t lowerSize_;
    std::unique_ptr<char[]> storage_;
    bool lowerBySpan_ = false;

    int script(const char* at) const {
        int index = shortCharacter(at);
        return index >= 0 ? classes_.script[index] : GetUTF8LetterScriptNum(at);
    }

    // How many ASCII letters start `at` (up to eight), read as one 64-bit word (the text is
    // followed by 8 NUL bytes, which are no letters).
    static int asciiLetters(const char* at) {
        const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
        uint64_t word;
        std::memcpy(&word, at, 8);
        uint64_t folded = (word | (ones * 0x20)) & ~highs;
        // High bit of each lane whose folded byte is in 'a'...'z' and whose byte is ASCII.
        uint64_t letters = ((folded + ones * (0x80 - 'a')) & ~(folded + ones * (0x80 - 'z' - 1))) & ~word & highs;
        uint64_t others = ~letters & highs;
        return others == 0 ? 8 : __builtin_ctzll(others) / 8;
    }

    // `ScanToLetterOrSpecial` over `left` bytes at `at`: short characters from the table, the
    // rest (from the first longer one) by CLD2 itself.
    int skipNonLetters(const char* at, int left) const {
        int index = 0;
        while (index < left) {
            int character = shortCharacter(at + index);
            if (character < 0) return index + ScanToLetterOrSpecial(at + index, left - index);
            if (!classes_.skipped[character]) return index;
            index += character < 0x80 ? 1 : 2;
        }
        return index;
    }

    // `ScriptScanner::GetOneScriptSpan` for plain text shorter than its buffer; its lowercase
    // is written alongside while each character's keeps its length (`lowerBySpan_` otherwise).
    // The hot loop reads the tables and the reader's state through locals: its byte stores may
    // alias any memory, which would otherwise reload them after each store.
    bool read(LangSpan* span) {
        char* out = storage_.get();
        char* low = out + bufferSize_;
        const unsigned char* scripts = classes_.script;
        const unsigned char* lowers = &classes_.lower[0][0];
        const unsigned char* lowerLengths = classes_.lowerLength;
        bool bySpan = false;
        // The lowercase of the character at `put` (table index `character`, -1 for a long one).
        auto lower = [&](int put, int character) {
            if (character < 0 || lowerLengths[character] == 0) {
                bySpan = true;
                return;
            }
            low[put] = static_cast<char>(lowers[2 * character]);
            low[put + 1] = static_cast<char>(lowers[2 * character + 1]);  // room: see `lowerSize_`
        };
        span->text = out;
        span->text_bytes = 0;
        span->offset = 0;  // only result chunks read it
        span->ulscript = ULScript_Common;
        span->lang = UNKNOWN_LANGUAGE;
        span->truncated = false;
        // To the first letter.
        int skip = 0;
        int spanScript = ULScript_Common;
        while (skip < left_) {
            skip += skipNonLetters(next_ + skip, left_ - skip);
            if (skip >= left_) { skip = left_; break; }
            spanScript = script(next_ + skip);
            if (spanScript != 0) break;
            skip += UTF8OneCharLen(next_ + skip);
        }
        next_ += skip;
        left_ -= skip;
        if (left_ <= 0) return false;
        span->ulscript = static_cast<ULScript>(spanScript);

        out[0] = ' ';
        lower(0, ' ');
        const char* text = next_;
        const int left = left_;
        int take = 0;
        int put = 1;
        int sc = spanScript;
        const bool latinRuns = classes_.asciiLettersPlain && spanScript == classes_.latin;
        while (take < left) {
            // Letters of the span's script (a single letter of another one is let through when
            // the next is of the span's script or none), and inherited marks.
            while (take < left) {
                if (latinRuns) {
                    // ASCII letters eight at a time: copied, and lowered by bit 0x20 (stores of
                    // eight bytes: the buffers have room past any span).
                    int run = asciiLetters(text + take);
                    if (run > 0) {
                        uint64_t word;
                        std::memcpy(&word, text + take, 8);
                        std::memcpy(out + put, &word, 8);
                        word |= 0x2020202020202020ULL;
                        std::memcpy(low + put, &word, 8);
                        put += run;
                        take += run;
                        sc = spanScript;
                        continue;
                    }
                }
                unsigned char byte = static_cast<unsigned char>(text[take]);
                if (byte < 0x80) {
                    sc = scripts[byte];
                    if (sc == spanScript) {
                        out[put] = static_cast<char>(byte);
                        lower(put, byte);
                        ++put;
                        ++take;
                        continue;
                    }
                }
                int length = UTF8OneCharLen(text + take);
                int character = shortCharacter(text + take);
                sc = character >= 0 ? scripts[character] : GetUTF8LetterScriptNum(text + take);
                if (sc != spanScript && sc != ULScript_Inherited) {
                    if (sc == ULScript_Common) break;
                    int following = script(text + take + length);
                    if (following != ULScript_Common && following != spanScript) break;
                }
                // Four bytes copied (the text has 8 NUL bytes after it), `length` kept.
                std::memcpy(out + put, text + take, 4);
                lower(put, character);
                take += length;
                put += length;
            }
            // Non-letters, up to the next letter.
            while (take < left) {
                take += skipNonLetters(text + take, left - take);
                if (take >= left) break;
                sc = script(text + take);
                if (sc != 0) break;
                take += UTF8OneCharLen(text + take);
            }
            out[put] = ' ';
            lower(put, ' ');
            ++put;
            if (sc != spanScript && sc != ULScript_Inherited) break;
        }
        while (take > 0 && take < left && (text[take] & 0xC0) == 0x80) {
            --take;
            --put;
        }
        next_ += take;
        left_ -= take;
        for (int pad = 0; pad < 3; ++pad) {
            out[put + pad] = ' ';
            lower(put + pad, ' ');
        }
        out[put + 3] = '\0';
        span->text_bytes = put;
        lowerBySpan_ = bySpan;
        return true;
    }

    // `ScriptScanner::LowerScriptSpan`: CLD2's lowercasing table over the span and three of its
    // pad spaces: as `read` wrote it, or by CLD2 when some character changes length.
    void lowercase(LangSpan* span) {
        int length = span->text_bytes + 3;
        char* out = storage_.get() + bufferSize_;
        int filled = length;
        if (lowerBySpan_) {
            int consumed, changed;
            StringPiece in(span->text, length);
            StringPiece into(out, static_cast<int>(lowerSize_) - 1);
            UTF8GenericReplace(&utf8repl_lettermarklower_obj, in, into, true, &consumed, &filled, &changed);
        }
        out[filled] = '\0';
        span->text = out;
        span->text_bytes = filled - 3;
    }
};

// `DetectLanguageSummaryV2(text, length, plain text, no hints, extended languages allowed,
// flags, ...)` with `SpanReader` for its `ScriptScanner`.
Language summary(const char* text, int length, int flags, Language* language3, int* percent3,
                 int* text_bytes, bool* is_reliable) {
    double normalized3[3] = {0.0, 0.0, 0.0};
    for (int index = 0; index < 3; ++index) {
        language3[index] = UNKNOWN_LANGUAGE;
        percent3[index] = 0;
    }
    *text_bytes = 0;
    *is_reliable = false;
    if (length == 0) return UNKNOWN_LANGUAGE;

    DocTote doc;
    ScoringContext context{};  // no flags, no boosts; `scanner` is read only for result chunks
    context.debug_file = stderr;
    context.prior_chunk_lang = UNKNOWN_LANGUAGE;
    context.ulscript = ULScript_Common;
    context.scoringtables = &kTables;
    context.init();
    ApplyHints(text, length, true, NULL, &context);

    SpanReader reader(text, length);
    LangSpan span;
    int total = 0;
    int hash = 0;
    std::vector<int> predictions;
    if (flags & kCLDFlagRepeats) predictions.assign(kPredictionTableSize, 0);
    while (reader.next(&span)) {
        if (flags & kCLDFlagSqueeze) {
            span.text_bytes = CheapSqueezeInplace(span.text, span.text_bytes, 0);
        } else if ((kCheapSqueezeTestThresh >> 1) < span.text_bytes && !(flags & kCLDFlagFinish)
                   && CheapSqueezeTriggerTest(span.text, span.text_bytes, kCheapSqueezeTestLen)) {
            return summary(text, length, flags | kCLDFlagSqueeze, language3, percent3, text_bytes, is_reliable);
        }
        if (flags & kCLDFlagRepeats) {
            span.text_bytes = CheapRepWordsInplace(span.text, span.text_bytes, &hash, predictions.data());
        }
        context.ulscript = span.ulscript;
        ScoreOneScriptSpan(span, &context, &doc, NULL);
        total += span.text_bytes;
    }

    RefineScoredClosePairs(&doc, NULL, false, false);
    int reliable3[3];
    doc.Sort(3);
    ExtractLangEtc(&doc, total, reliable3, language3, percent3, normalized3, text_bytes, is_reliable);
    bool good = (flags & kCLDFlagFinish) || total <= kShortTextThresh
        || (*is_reliable && percent3[0] >= kGoodLang1Percent)
        || (*is_reliable && percent3[0] + percent3[1] >= kGoodLang1and2Percent);
    if (good) {
        if (!(flags & kCLDFlagBestEffort)) RemoveUnreliableLanguages(&doc, false, false);
        doc.Sort(3);
        ExtractLangEtc(&doc, total, reliable3, language3, percent3, normalized3, text_bytes, is_reliable);
        Language top;
        CalcSummaryLang(&doc, total, reliable3, language3, percent3, &top, is_reliable, false, false, flags);
        return top;
    }
    int retry = flags | kCLDFlagTop40 | kCLDFlagRepeats | kCLDFlagFinish;
    if (total < kShortTextThresh) retry |= kCLDFlagShort | kCLDFlagUseWords;
    return summary(text, length, retry, language3, percent3, text_bytes, is_reliable);
}

}  // namespace

int plain_text_detect(const char* utf8, int length, int* language3, int* percent3, int* text_bytes,
                      bool* is_reliable) {
    Language languages[3];
    Language top = summary(utf8, length, 0, languages, percent3, text_bytes, is_reliable);
    for (int index = 0; index < 3; ++index) language3[index] = languages[index];
    return top;
}
