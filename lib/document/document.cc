#include "document/document.h"

#include "absl/strings/ascii.h"
#include "common/utf8.h"

namespace gongkai::document {
namespace {

constexpr struct {
  const char* name;
  Format format;
} kNames[] = {{"auto", Format::kAuto}, {"html", Format::kHtml}, {"htm", Format::kHtml},
              {"docx", Format::kDocx}, {"xlsx", Format::kXlsx}, {"pdf", Format::kPdf},
              {"csv", Format::kCsv},   {"tsv", Format::kCsv},   {"text", Format::kText},
              {"txt", Format::kText}};

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x00A0 ||
         c == 0x3000 || c == 0x2002 || c == 0x2003 || c == 0x2009 || c == 0x200B || c == 0xFEFF;
}

}  // namespace

absl::string_view FormatName(Format format) {
  for (const auto& n : kNames) {
    if (n.format == format) return n.name;
  }
  return "?";
}

bool ParseFormat(absl::string_view name, Format* format) {
  const std::string lower = absl::AsciiStrToLower(name);
  for (const auto& n : kNames) {
    if (lower == n.name) {
      *format = n.format;
      return true;
    }
  }
  return false;
}

std::string NormalizeSpace(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    const char32_t c = NextCodePoint(text, &i);
    if (IsSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.append(text.data() + start, i - start);
  }
  return out;
}

}  // namespace gongkai::document
