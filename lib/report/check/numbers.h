// Numbers as a report's prose writes them: "2493", "2,493", "２４９３", "二千四百九十三".
#ifndef GONGKAI_LIB_REPORT_CHECK_NUMBERS_H_
#define GONGKAI_LIB_REPORT_CHECK_NUMBERS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace gongkai::report::check {

// A whole number found in text, with where it was.
struct ProseNumber {
  int64_t value = 0;
  size_t begin = 0;  // code point offsets into the text searched
  size_t end = 0;
  char32_t unit = 0;  // the character after it (件, 条, 年, %), 0 at the end
};

// Every whole number in `text`: runs of ASCII or full-width digits with thousands separators
// between groups of three (a point ends the number and drops it: "12.5" is not a count); and
// runs of Chinese numerals (零〇一二两三四五六七八九十百千万) read as the prose means them
// ("二千四百九十三" 2493, "十二" 12, "一万零五" 10005). A run that does not read as one number
// ("三三") is skipped. Values beyond 10^15 are skipped.
std::vector<ProseNumber> FindNumbers(std::u32string_view text);

}  // namespace gongkai::report::check

#endif  // GONGKAI_LIB_REPORT_CHECK_NUMBERS_H_
