#include "report/check/numbers.h"

#include <optional>

#include "report/import/text.h"

namespace gongkai::report::check {
namespace {

constexpr int64_t kMax = 1'000'000'000'000'000;

int ChineseDigit(char32_t c) {
  constexpr std::u32string_view kDigits = U"零一二三四五六七八九";
  if (c == U'〇') return 0;
  if (c == U'两') return 2;
  const size_t i = kDigits.find(c);
  return i == std::u32string_view::npos ? -1 : static_cast<int>(i);
}

int64_t ChineseUnit(char32_t c) {
  switch (c) {
    case U'十':
      return 10;
    case U'百':
      return 100;
    case U'千':
      return 1000;
    case U'万':
      return 10000;
    default:
      return 0;
  }
}

bool IsChineseNumeral(char32_t c) { return ChineseDigit(c) >= 0 || ChineseUnit(c) > 0; }

// "二千四百九十三" and its kin; nullopt for a run that is not one number ("三三", "十十").
std::optional<int64_t> ReadChinese(std::u32string_view run) {
  int64_t total = 0, section = 0, digit = -1;
  int64_t last_unit = 100000;  // units must fall within a section: 千 then 百 then 十
  bool zero = false;
  for (char32_t c : run) {
    if (const int d = ChineseDigit(c); d >= 0) {
      if (d == 0) {
        zero = true;
        continue;
      }
      if (digit >= 0) return std::nullopt;  // two digits in a row: "三三"
      digit = d;
      continue;
    }
    const int64_t unit = ChineseUnit(c);
    if (unit == 10000) {
      if (digit >= 0) section += digit;
      if (section == 0) return std::nullopt;
      // At kMax or past it FindNumbers drops the number; stopping here keeps "一万一万一万…"
      // from overflowing.
      if (total + section >= kMax / 10000) return std::nullopt;
      total = (total + section) * 10000;
      section = 0;
      digit = -1;
      last_unit = 100000;
      zero = false;
      continue;
    }
    if (unit >= last_unit) return std::nullopt;
    if (digit < 0) {
      if (unit != 10 || section != 0 || zero) return std::nullopt;  // only "十二" may drop 一
      digit = 1;
    }
    section += digit * unit;
    digit = -1;
    last_unit = unit;
    zero = false;
  }
  if (digit >= 0) section += digit;
  (void)zero;
  return total + section;
}

}  // namespace

std::vector<ProseNumber> FindNumbers(std::u32string_view text) {
  std::vector<ProseNumber> out;
  for (size_t i = 0; i < text.size();) {
    if (importer::DigitValue(text[i]) >= 0) {
      const size_t begin = i;
      int64_t value = 0;
      bool ok = true;
      auto digits = [&](size_t from) {
        size_t k = from;
        while (k < text.size() && importer::DigitValue(text[k]) >= 0) ++k;
        return k - from;
      };
      // Past kMax the value is dropped, so it stops growing there rather than overflow (a run
      // of 19 digits, or many groups of three).
      auto append = [&](char32_t c) {
        if (value < kMax) value = value * 10 + importer::DigitValue(c);
      };
      const size_t first = digits(i);
      for (size_t k = 0; k < first; ++k) append(text[i++]);
      ok = first < 16;
      // "2,493": a separator after a first group of at most three digits, then groups of three.
      while (first <= 3 && i + 1 < text.size() && (text[i] == U',' || text[i] == U'，') &&
             digits(i + 1) == 3) {
        for (size_t k = i + 1; k < i + 4; ++k) append(text[k]);
        i += 4;
        ok = ok && value < kMax;
      }
      // "12.5" is not a count, and neither part of it is.
      const bool fraction = i + 1 < text.size() && (text[i] == U'.' || text[i] == U'．') &&
                            importer::DigitValue(text[i + 1]) >= 0;
      if (fraction) {
        ++i;
        i += digits(i);
      }
      if (ok && !fraction) {
        out.push_back({value, begin, i, i < text.size() ? text[i] : char32_t{0}});
      }
      continue;
    }
    if (IsChineseNumeral(text[i])) {
      const size_t begin = i;
      while (i < text.size() && IsChineseNumeral(text[i])) ++i;
      const std::u32string_view run = text.substr(begin, i - begin);
      // A lone 十/百/千/万 is a word ("十分", "千方百计"), not a number.
      if (run.size() == 1 && ChineseDigit(run[0]) < 0) continue;
      if (std::optional<int64_t> value = ReadChinese(run); value && *value < kMax) {
        out.push_back({*value, begin, i, i < text.size() ? text[i] : char32_t{0}});
      }
      continue;
    }
    ++i;
  }
  return out;
}

}  // namespace gongkai::report::check
