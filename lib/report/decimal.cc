#include "report/decimal.h"

#include <algorithm>
#include <cstdlib>

#include "absl/numeric/int128.h"
#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"

namespace gongkai::report {
namespace {

constexpr int64_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000};

absl::int128 Scaled(Dec d, int scale) { return absl::int128(d.units) * kPow10[scale - d.scale]; }

absl::StatusOr<Dec> FromWide(absl::int128 v, int scale) {
  if (v > absl::int128(INT64_MAX) || v < absl::int128(INT64_MIN)) {
    return absl::OutOfRangeError("sum exceeds the 64-bit range of a figure");
  }
  return Dec{static_cast<int64_t>(v), scale};
}

}  // namespace

absl::StatusOr<Dec> internal::AddScaled(Dec a, Dec b) {
  const int s = std::max(a.scale, b.scale);
  return FromWide(Scaled(a, s) + Scaled(b, s), s);
}

absl::StatusOr<Dec> Subtract(Dec a, Dec b) {
  const int s = std::max(a.scale, b.scale);
  return FromWide(Scaled(a, s) - Scaled(b, s), s);
}

int Compare(Dec a, Dec b) {
  const int s = std::max(a.scale, b.scale);
  const absl::int128 x = Scaled(a, s), y = Scaled(b, s);
  return x < y ? -1 : (x > y ? 1 : 0);
}

std::string Format(Dec d) {
  if (d.scale == 0) return absl::StrCat(d.units);
  const bool negative = d.units < 0;
  // Through uint64 so that INT64_MIN has a magnitude.
  const uint64_t magnitude = negative ? 0 - static_cast<uint64_t>(d.units) : d.units;
  const std::string digits = absl::StrCat(magnitude);
  const size_t scale = static_cast<size_t>(d.scale);
  const bool has_whole = digits.size() > scale;
  const std::string whole = has_whole ? digits.substr(0, digits.size() - scale) : "0";
  const std::string fraction = has_whole ? digits.substr(digits.size() - scale)
                                         : std::string(scale - digits.size(), '0') + digits;
  return absl::StrCat(negative ? "-" : "", whole, ".", fraction);
}

absl::StatusOr<Dec> Parse(absl::string_view text) {
  const absl::string_view original = text;
  auto invalid = [&] {
    return absl::InvalidArgumentError(
        absl::StrCat("\"", absl::CHexEscape(original), "\" is not a decimal number"));
  };
  bool negative = false;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  const size_t dot = text.find('.');
  absl::string_view whole = text.substr(0, dot);
  absl::string_view fraction = dot == absl::string_view::npos ? "" : text.substr(dot + 1);
  if (whole.empty() || (dot != absl::string_view::npos && fraction.empty())) return invalid();
  for (char c : whole)
    if (!absl::ascii_isdigit(c)) return invalid();
  for (char c : fraction)
    if (!absl::ascii_isdigit(c)) return invalid();
  if (fraction.size() > static_cast<size_t>(kMaxScale)) {
    return absl::InvalidArgumentError(
        absl::StrCat("\"", original, "\" has more than ", kMaxScale, " decimals"));
  }
  absl::int128 v = 0;
  for (char c : absl::StrCat(whole, fraction)) {
    v = v * 10 + (c - '0');
    if (v > absl::int128(INT64_MAX) + 1) break;
  }
  if (negative) v = -v;
  if (v > absl::int128(INT64_MAX) || v < absl::int128(INT64_MIN)) {
    return absl::OutOfRangeError(absl::StrCat("\"", original, "\" is beyond the 64-bit range"));
  }
  return Dec{static_cast<int64_t>(v), static_cast<int>(fraction.size())};
}

}  // namespace gongkai::report
