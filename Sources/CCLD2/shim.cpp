// C entry point over CLD2's C++ API, so Swift can call it without C++ interoperability.
#include "cld2_shim.h"

#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <cstring>
#include <vector>

#include <cld2/public/compact_lang_det.h>

#include "plain_text_scan.h"

/// NUL bytes after the text, more than CLD2's scanners look ahead.
static const size_t kPadding = 8;

/// The verdict on `length` bytes: by `plain_text_detect` (CLD2's scoring over presswatch's reading
/// of the spans, the same verdict at about half the cost) when `own_scanner` and the text is
/// short enough, else by CLD2's `ExtDetectLanguageSummary` alone.
static presswatch_cld2_result detect(const char *utf8, int length, bool own_scanner) {
    presswatch_cld2_result result;
    std::memset(&result, 0, sizeof result);
    if (utf8 == nullptr || length <= 0) {
        std::strncpy(result.code, "un", sizeof result.code - 1);
        return result;
    }
    // CLD2's ScriptScanner reads a byte past the buffer when the last UTF-8 character ends
    // exactly at `length` (GetOneScriptSpan's look-ahead): with whatever lies there the verdict
    // changes ("abcd\u03b1" + 0xCE → Greek), so the same article could get two languages. It is
    // given a copy followed by NUL bytes: the verdict depends on the text alone.
    std::vector<char> padded(static_cast<size_t>(length) + kPadding, '\0');
    std::memcpy(padded.data(), utf8, static_cast<size_t>(length));
    utf8 = padded.data();
    CLD2::Language language3[3];
    int percent3[3];
    int textBytes = 0;
    bool reliable = false;
    CLD2::Language top;
    if (own_scanner && length <= kPlainTextScanLimit) {
        int languages[3];
        top = static_cast<CLD2::Language>(plain_text_detect(utf8, length, languages, percent3, &textBytes, &reliable));
    } else {
        top = CLD2::ExtDetectLanguageSummary(
            utf8, length, /* is_plain_text */ true, language3, percent3, &textBytes, &reliable);
    }
    const char *code = CLD2::LanguageCode(top);
    std::strncpy(result.code, code ? code : "un", sizeof result.code - 1);
    result.percent = percent3[0];
    result.textBytes = textBytes;
    result.reliable = reliable ? 1 : 0;
    return result;
}

extern "C" presswatch_cld2_result presswatch_cld2_detect(const char *utf8, int length) {
    return detect(utf8, length, true);
}

extern "C" presswatch_cld2_result presswatch_cld2_detect_reference(const char *utf8, int length) {
    return detect(utf8, length, false);
}
