#include "report/import/label.h"

#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_replace.h"
#include "common/utf8.h"
#include "report/import/text.h"

namespace gongkai::report::importer {
namespace {

// From tables.md ("Published copies often ... carry typos"). They are fragments of statutory
// labels, kept here rather than in the layouts because they are knowledge about copies, not
// about the statute; the statutory side is still checked against the layout's own text.
constexpr LabelTypo kTypos[] = {
    {"只计这一情况", "只计这一情形"},
    {"三类内容事务信息", "三类内部事务信息"},
    {"规范性文件", "行政规范性文件"},
};

bool IsAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

// One canonical form for the statutory text and its printed variants. The statute uses
// full-width brackets, commas, colons and semicolons, ASCII digits, "1." for list numbers and
// “ ” quotes; copies use the other width, "1、" or ASCII quotes. The form is read one character
// at a time, so that comparing two texts builds neither: a grid's cells are compared with many
// labels, and most comparisons end at the first characters.
class Canonical {
 public:
  // Past the last character (no code point is this large).
  static constexpr char32_t kEnd = 0xFFFFFFFF;

  explicit Canonical(absl::string_view text) : text_(text) {}

  char32_t Next() {
    while (pos_ < text_.size()) {
      char32_t c = NextCodePoint(text_, &pos_);
      if (IsSpace(c)) continue;
      if (c >= U'\uFF10' && c <= U'\uFF19') c = U'0' + (c - U'\uFF10');
      switch (c) {
        case U'(':
          c = U'（';
          break;
        case U')':
          c = U'）';
          break;
        case U',':
          c = U'，';
          break;
        case U':':
          c = U'：';
          break;
        case U';':
          c = U'；';
          break;
        case U'“':
        case U'”':
        case U'＂':
          c = U'"';
          break;
        case U'．':
          c = U'.';
          break;
        case U'／':
          c = U'/';
          break;
        case U'、':
          if (IsAsciiDigit(last_)) c = U'.';
          break;
        default:
          break;
      }
      return last_ = c;
    }
    return kEnd;
  }

 private:
  absl::string_view text_;
  size_t pos_ = 0;
  char32_t last_ = 0;  // the form's previous character; 0 before the first
};

bool SameCanonicalForm(absl::string_view a, absl::string_view b) {
  Canonical x(a), y(b);
  for (;;) {
    const char32_t c = x.Next();
    if (c != y.Next()) return false;
    if (c == Canonical::kEnd) return true;
  }
}

// The variants a cell's characters show. Statutory labels contain none of these characters.
std::vector<Variant> CellVariants(absl::string_view cell) {
  bool spaces = false, brackets = false, punctuation = false;
  char32_t previous = 0;
  for (char32_t c : Decode(cell)) {
    spaces = spaces || IsSpace(c);
    brackets = brackets || c == U'(' || c == U')';
    punctuation = punctuation || c == U',' || c == U':' || c == U';' || c == U'"' || c == U'＂' ||
                  c == U'．' || c == U'／' || (c >= U'\uFF10' && c <= U'\uFF19') ||
                  (c == U'、' && IsDigit(previous));
    previous = c;
  }
  std::vector<Variant> out;
  if (brackets) out.push_back(Variant::kLabelBrackets);
  if (punctuation) out.push_back(Variant::kLabelPunctuation);
  if (spaces) out.push_back(Variant::kLabelSpaces);
  return out;
}

}  // namespace

absl::Span<const LabelTypo> KnownLabelTypos() { return kTypos; }

std::u32string CanonicalLabel(absl::string_view text) {
  std::u32string out;
  Canonical form(text);
  for (char32_t c = form.Next(); c != Canonical::kEnd; c = form.Next()) out.push_back(c);
  return out;
}

std::optional<LabelMatch> MatchLabel(absl::string_view cell, absl::string_view statutory) {
  if (cell == statutory) return LabelMatch{};
  LabelMatch match;
  if (!SameCanonicalForm(cell, statutory)) {
    for (size_t i = 0; i < std::size(kTypos) && match.typo < 0; ++i) {
      if (!absl::StrContains(statutory, kTypos[i].statutory)) continue;
      const std::string misprinted =
          absl::StrReplaceAll(statutory, {{kTypos[i].statutory, kTypos[i].printed}});
      if (SameCanonicalForm(misprinted, cell)) match.typo = static_cast<int>(i);
    }
    if (match.typo < 0) return std::nullopt;
  }
  match.variants = CellVariants(cell);
  // Equal once normalised yet no telltale character: the quote style (” for “) differs.
  if (match.variants.empty() && match.typo < 0)
    match.variants.push_back(Variant::kLabelPunctuation);
  return match;
}

}  // namespace gongkai::report::importer
