// See plain_text_scan.cpp.
#ifndef PRESSWATCH_PLAIN_TEXT_SCAN_H
#define PRESSWATCH_PLAIN_TEXT_SCAN_H

/// The longest text `plain_text_detect` reads (its span buffers are sized from the text; CLD2's
/// own scanner cuts spans at 40 KB, which a text this long never reaches).
static const int kPlainTextScanLimit = 16384;

/// `CLD2::ExtDetectLanguageSummary(utf8, length, true, ...)`: the same top language (returned),
/// three languages (`CLD2::Language` values), percentages, text bytes and reliability.
/// `utf8`: valid UTF-8 followed by at least 8 NUL bytes; `length` ≤ kPlainTextScanLimit.
int plain_text_detect(const char* utf8, int length, int* language3, int* percent3, int* text_bytes,
                      bool* is_reliable);

#endif
