// Code-point helpers for the grid importer. Cells reach them after the whole grid has passed
// FindInvalidUtf8, so decoding never meets a malformed sequence.
#ifndef GONGKAI_LIB_REPORT_IMPORT_TEXT_H_
#define GONGKAI_LIB_REPORT_IMPORT_TEXT_H_

#include <string>
#include <string_view>

#include "absl/strings/string_view.h"

namespace gongkai::report::importer {

// The code points of valid UTF-8 text (common/utf8.h, NextCodePoint).
std::u32string Decode(absl::string_view utf8);
// The UTF-8 form of `text`.
std::string Encode(std::u32string_view text);
// Whitespace as spreadsheets and web pages leave it: ASCII blanks and line ends, U+00A0 (no-break
// space, common in copies of HTML tables) and U+3000 (ideographic space).
bool IsSpace(char32_t c);
// `text` without leading and trailing IsSpace characters.
std::u32string_view Trim(std::u32string_view text);
// '0'..'9' and the full-width digits U+FF10..U+FF19.
bool IsDigit(char32_t c);
// The value of such a digit, or -1 for any other character.
int DigitValue(char32_t c);

}  // namespace gongkai::report::importer

#endif  // GONGKAI_LIB_REPORT_IMPORT_TEXT_H_
