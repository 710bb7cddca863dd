#ifndef PRESSWATCH_CLD2_SHIM_H
#define PRESSWATCH_CLD2_SHIM_H

#ifdef __cplusplus
extern "C" {
#endif

/// The verdict of Compact Language Detector 2 on one UTF-8 buffer.
typedef struct {
    /// CLD2's code for the top language ("fr", "en", "zh-Hant", "un" when unknown), NUL-terminated.
    char code[16];
    /// Percent of the scored text in that language (0-100).
    int percent;
    /// Bytes of letters CLD2 actually scored (markup, digits and punctuation excluded).
    int textBytes;
    /// CLD2's own reliability flag (enough text, clear margin over the runner-up).
    int reliable;
} presswatch_cld2_result;

/// Classifies `length` bytes of valid UTF-8 plain text. Pure: CLD2's tables are compiled into
/// libcld2 (no file is read), nothing global is mutated, and it is safe from any thread. Reads
/// exactly `length` bytes (CLD2 itself gets a NUL-padded copy: it looks one byte past its input);
/// NULL or a length ≤ 0 gives "un".
presswatch_cld2_result presswatch_cld2_detect(const char *utf8, int length);

/// `presswatch_cld2_detect` by CLD2's `ExtDetectLanguageSummary` alone (CLD2's own span scanner):
/// the same verdict, slower; for the tests that compare the two.
presswatch_cld2_result presswatch_cld2_detect_reference(const char *utf8, int length);

#ifdef __cplusplus
}
#endif

#endif
