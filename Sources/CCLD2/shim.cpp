// C entry point over CLD2's C++ API, so Swift can call it without C++ interoperability.
#include "cld2_shim.h"

#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <cstring>

#include <cld2/public/compact_lang_det.h>

extern "C" presswatch_cld2_result presswatch_cld2_detect(const char *utf8, int length) {
    presswatch_cld2_result result;
    std::memset(&result, 0, sizeof result);
    CLD2::Language language3[3];
    int percent3[3];
    int textBytes = 0;
    bool reliable = false;
    CLD2::Language top = CLD2::ExtDetectLanguageSummary(
        utf8, length, /* is_plain_text */ true, language3, percent3, &textBytes, &reliable);
    const char *code = CLD2::LanguageCode(top);
    std::strncpy(result.code, code ? code : "un", sizeof result.code - 1);
    result.percent = percent3[0];
    result.textBytes = textBytes;
    result.reliable = reliable ? 1 : 0;
    return result;
}
