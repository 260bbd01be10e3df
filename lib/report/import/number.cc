#include "report/import/number.h"

#include <algorithm>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "report/import/text.h"

namespace gongkai::report::importer {
namespace {

// Marks that published tables print for "none": hyphen, en and em dash, horizontal bar,
// full-width hyphen, minus sign (alone or doubled, as in ——).
bool IsDash(char32_t c) {
  return c == U'-' || c == U'\u2013' || c == U'\u2014' || c == U'\u2015' || c == U'\uFF0D' ||
         c == U'\u2212';
}
bool IsSlash(char32_t c) { return c == U'/' || c == U'\uFF0F'; }

bool IsZeroMark(std::u32string_view t, Variant* variant) {
  if (t.size() == 1 && IsSlash(t[0])) {
    *variant = Variant::kSlashZero;
    return true;
  }
  if ((t.size() == 1 || t.size() == 2) && IsDash(t[0]) && IsDash(t.back())) {
    *variant = Variant::kDashZero;
    return true;
  }
  return false;
}

// The ASCII character of a number that `c` stands for, or 0. Sets *full_width for full-width or
// typographic forms; the full-width comma is a thousands separator and reported as that.
char NumberChar(char32_t c, bool* full_width) {
  if ((c >= U'0' && c <= U'9') || c == U'.' || c == U',' || c == U'+' || c == U'-') {
    return static_cast<char>(c);
  }
  if (c >= U'\uFF10' && c <= U'\uFF19') {
    *full_width = true;
    return static_cast<char>('0' + (c - U'\uFF10'));
  }
  switch (c) {
    case U'\uFF0E':
      *full_width = true;
      return '.';
    case U'\uFF0B':
      *full_width = true;
      return '+';
    case U'\uFF0D':
    case U'\u2212':
      *full_width = true;
      return '-';
    case U'\uFF0C':
      return ',';
    default:
      return 0;
  }
}

// "1,234,567.5" with commas only between groups of three digits of the whole part.
bool ValidGrouping(absl::string_view unsigned_text) {
  const size_t dot = unsigned_text.find('.');
  if (dot != absl::string_view::npos && unsigned_text.find(',', dot) != absl::string_view::npos) {
    return false;
  }
  std::vector<absl::string_view> groups = absl::StrSplit(unsigned_text.substr(0, dot), ',');
  if (groups[0].empty() || groups[0].size() > 3) return false;
  for (size_t i = 1; i < groups.size(); ++i) {
    if (groups[i].size() != 3) return false;
  }
  return true;
}

// [+-]digits[.digits]
bool PlainDecimal(absl::string_view t) {
  if (!t.empty() && (t[0] == '+' || t[0] == '-')) t.remove_prefix(1);
  const size_t dot = t.find('.');
  const absl::string_view whole = t.substr(0, dot);
  const absl::string_view fraction = dot == absl::string_view::npos ? "x" : t.substr(dot + 1);
  auto digits = [](absl::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
      if (!absl::ascii_isdigit(c)) return false;
    return true;
  };
  return digits(whole) && (dot == absl::string_view::npos || digits(fraction));
}

}  // namespace

v1::MoneyUnit StripMoneyUnit(absl::string_view* cell) {
  absl::string_view text = absl::StripTrailingAsciiWhitespace(*cell);
  for (auto [suffix, unit] : {std::pair{absl::string_view("万元"), v1::MONEY_UNIT_WAN_YUAN},
                              std::pair{absl::string_view("元"), v1::MONEY_UNIT_YUAN}}) {
    if (absl::ConsumeSuffix(&text, suffix)) {
      *cell = text;
      return unit;
    }
  }
  return v1::MONEY_UNIT_UNSPECIFIED;
}

CellClass Classify(absl::string_view cell) {
  StripMoneyUnit(&cell);  // "251000元" is a number with its unit
  const std::u32string u = Decode(cell);
  const std::u32string_view t = Trim(u);
  if (t.empty()) return CellClass::kBlank;
  Variant unused;
  if (IsZeroMark(t, &unused)) return CellClass::kNumber;
  bool digit = false, full_width = false;
  for (char32_t c : t) {
    if (NumberChar(c, &full_width) == 0) return CellClass::kText;
    digit = digit || IsDigit(c);
  }
  return digit ? CellClass::kNumber : CellClass::kText;
}

absl::StatusOr<GridNumber> ParseGridNumber(absl::string_view cell, v1::ValueKind kind) {
  const std::u32string u = Decode(cell);
  const std::u32string_view t = Trim(u);
  GridNumber out;
  if (t.empty()) {
    out.variants.push_back(Variant::kBlankZero);
    return out;
  }
  if (t.size() != u.size()) out.variants.push_back(Variant::kSpaces);
  const std::string printed = Encode(t);
  auto invalid = [&](absl::string_view why) {
    return absl::InvalidArgumentError(absl::StrCat("“", printed, "” ", why));
  };
  Variant zero;
  if (IsZeroMark(t, &zero)) {
    out.variants.push_back(zero);
    return out;
  }
  std::string ascii;
  bool full_width = false;
  for (char32_t c : t) {
    const char a = NumberChar(c, &full_width);
    if (a == 0) return invalid("is not a number");
    ascii += a;
  }
  if (full_width) out.variants.push_back(Variant::kFullWidth);
  if (ascii.find(',') != std::string::npos) {
    const bool sign = ascii[0] == '+' || ascii[0] == '-';
    if (!ValidGrouping(absl::string_view(ascii).substr(sign ? 1 : 0))) {
      return invalid("is not a number");
    }
    ascii.erase(std::remove(ascii.begin(), ascii.end(), ','), ascii.end());
    out.variants.push_back(Variant::kThousands);
  }
  if (!PlainDecimal(ascii)) return invalid("is not a number");
  const size_t dot = ascii.find('.');
  if (dot != std::string::npos && kind != v1::VALUE_KIND_AMOUNT) {
    return invalid("is not a whole number, and the column counts");
  }
  if (dot != std::string::npos && ascii.size() - dot - 1 > static_cast<size_t>(kMaxScale)) {
    return invalid(absl::StrCat("has more than ", kMaxScale, " decimals"));
  }
  absl::StatusOr<Dec> value = Parse(ascii);
  if (!value.ok()) {
    if (value.status().code() == absl::StatusCode::kOutOfRange) return invalid("is beyond 64 bits");
    return invalid("is not a number");
  }
  out.value = *value;
  return out;
}

}  // namespace gongkai::report::importer
