#include "notice/text.h"

#include <optional>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "common/status_macros.h"
#include "common/utf8.h"

namespace gongkai::notice {

absl::Status CheckLine(absl::string_view text, absl::string_view field) {
  if (std::optional<size_t> bad = FindInvalidUtf8(text)) {
    return absl::InvalidArgumentError(absl::StrCat(field, ": not UTF-8 at byte ", *bad));
  }
  // XML 1.0, and so DOCX, cannot carry most control characters; a line break would split the
  // paragraph the text belongs to.
  if (std::optional<size_t> control = FindAsciiControl(text)) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, ": has a control character at byte ", *control));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> Flatten(absl::string_view text, absl::string_view field) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += c == '\r' || c == '\n' || c == '\t' ? ' ' : c;
  }
  RETURN_IF_ERROR(CheckLine(out, field));
  return out;
}

std::string Escaped(absl::string_view text) {
  return absl::StrReplaceAll(text,
                             {{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"}});
}

// StrCat, not StrFormat: Debian's StrFormat cannot pass std::bad_alloc on (the process ends).
std::string ChineseDate(absl::CivilDay day) {
  return absl::StrCat(day.year(), "年", day.month(), "月", day.day(), "日");
}

std::string Yuan(int64_t fen) {
  return absl::StrCat("人民币", fen / 100, ".", absl::Dec(fen % 100, absl::kZeroPad2), "元");
}

}  // namespace gongkai::notice
