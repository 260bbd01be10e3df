#include "notice/template.h"

#include <optional>

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "common/utf8.h"
#include "notice/catalog.h"

namespace gongkai::notice {
namespace {

absl::Status Bad(absl::string_view field, absl::string_view why) {
  return absl::InvalidArgumentError(absl::StrCat(field, ": ", why));
}

}  // namespace

absl::StatusOr<Pieces> ParseTemplate(absl::string_view text, absl::string_view field) {
  if (text.size() > kMaxTemplateBytes) {
    return Bad(field, absl::StrCat("is ", text.size(), " bytes, more than the ", kMaxTemplateBytes,
                                   " a template may have"));
  }
  if (std::optional<size_t> bad = FindInvalidUtf8(text)) {
    return Bad(field, absl::StrCat("is not UTF-8 at byte ", *bad));
  }
  Pieces pieces;
  std::string literal;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (absl::ascii_iscntrl(static_cast<unsigned char>(c)) && c != '\n') {
      return Bad(field, absl::StrCat("has a control character at byte ", i));
    }
    if (c == '}') {
      if (i + 1 < text.size() && text[i + 1] == '}') {
        literal += '}';
        ++i;
        continue;
      }
      return Bad(field, absl::StrCat("has a '}' without its '{' at byte ", i));
    }
    if (c != '{') {
      literal += c;
      continue;
    }
    if (i + 1 < text.size() && text[i + 1] == '{') {
      literal += '{';
      ++i;
      continue;
    }
    const size_t close = text.find_first_of("{}\n", i + 1);
    if (close == absl::string_view::npos || text[close] != '}') {
      return Bad(field, absl::StrCat("has an unclosed '{' at byte ", i));
    }
    const absl::string_view name = text.substr(i + 1, close - i - 1);
    if (name.empty()) return Bad(field, absl::StrCat("has an empty {} at byte ", i));
    if (ElementLabel(name).empty()) {
      return Bad(field, absl::StrCat("names no element: {", absl::CHexEscape(name),
                                     "} (docs/notices.md lists them)"));
    }
    if (!literal.empty()) pieces.push_back({false, std::move(literal)});
    literal.clear();
    pieces.push_back({true, std::string(name)});
    i = close;
  }
  if (!literal.empty()) pieces.push_back({false, std::move(literal)});
  return pieces;
}

bool Names(const Pieces& pieces, absl::string_view name) {
  for (const Piece& p : pieces) {
    if (p.element && p.text == name) return true;
  }
  return false;
}

absl::StatusOr<std::string> Fill(const Pieces& pieces, const Values& values,
                                 absl::string_view field) {
  std::string out;
  for (const Piece& p : pieces) {
    if (!p.element) {
      out += p.text;
      continue;
    }
    auto it = values.find(p.text);
    if (it == values.end()) {
      return Bad(field, absl::StrCat("names {", p.text, "} (", ElementLabel(p.text),
                                     "), which this notice does not have"));
    }
    out += it->second;
  }
  return out;
}

}  // namespace gongkai::notice
