#include "dates.h"

#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "calendar/calendar.h"
#include "text.h"

namespace gongkai::cli {
namespace {

bool AllDigits(absl::string_view s) {
  for (char c : s) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) return false;
  }
  return !s.empty();
}

// Year, month and day as digit strings: 4, 1-2 and 1-2 digits.
bool Fits(absl::string_view y, absl::string_view m, absl::string_view d) {
  return y.size() == 4 && m.size() <= 2 && d.size() <= 2 && AllDigits(y) && AllDigits(m) &&
         AllDigits(d);
}

std::string Iso(absl::string_view y, absl::string_view m, absl::string_view d) {
  return absl::StrCat(y, "-", m.size() == 1 ? "0" : "", m, "-", d.size() == 1 ? "0" : "", d);
}

// The input in YYYY-MM-DD form, or "" if it is none of the spellings.
std::string Normalise(absl::string_view text) {
  if (text.size() == 8 && AllDigits(text)) {
    return Iso(text.substr(0, 4), text.substr(4, 2), text.substr(6, 2));
  }
  for (char sep : {'-', '/', '.'}) {
    std::vector<absl::string_view> parts = absl::StrSplit(text, sep);
    if (parts.size() == 3 && Fits(parts[0], parts[1], parts[2])) {
      return Iso(parts[0], parts[1], parts[2]);
    }
  }
  absl::string_view rest = text;
  if (absl::ConsumeSuffix(&rest, "日")) {
    std::vector<absl::string_view> ym = absl::StrSplit(rest, absl::MaxSplits("年", 1));
    if (ym.size() == 2) {
      std::vector<absl::string_view> md = absl::StrSplit(ym[1], absl::MaxSplits("月", 1));
      if (md.size() == 2 && Fits(ym[0], md[0], md[1])) return Iso(ym[0], md[0], md[1]);
    }
  }
  return "";
}

}  // namespace

absl::StatusOr<absl::CivilDay> ParseDateFlag(absl::string_view text, absl::string_view flag) {
  const std::string iso = Normalise(text);
  if (iso.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(flag, ": ", Quote(text),
                     " is not a date; write it as 2025-01-24, 2025/01/24, 2025.01.24, 20250124 or "
                     "2025年1月24日"));
  }
  return calendar::ParseDay(iso, flag);
}

}  // namespace gongkai::cli
