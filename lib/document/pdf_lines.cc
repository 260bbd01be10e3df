// Words into lines, and lines into pieces (pdf_layout.h).
#include <algorithm>
#include <cmath>
#include <utility>

#include "common/utf8.h"
#include "document/pdf_layout.h"

namespace gongkai::document::pdf {
namespace {

// Words on one line have centres within this share of the smaller word height: baselines
// agree, but boxes of different fonts (CJK beside Latin digits) sit a little higher or lower.
// Lines of a wrapped cell are about one height apart, and numbers printed halfway between two
// of them (a cell centred vertically) half a height from each: both stay lines of their own.
constexpr double kSameLine = 0.3;
// A gap wider than this share of the word height (about half an em) separates pieces: a space
// is a quarter em, the padding between two table cells at least one em in the documents seen.
constexpr double kPieceGap = 0.5;
// A gap wider than this share of the height is a space even where the PDF does not say so.
constexpr double kSpaceGap = 0.15;
// Word boxes this small or without height still get one, so that tolerances stay positive.
constexpr double kMinHeight = 1.0;

double Height(const Word& w) { return std::max(w.bottom - w.top, kMinHeight); }
double Centre(const Word& w) { return (w.top + w.bottom) / 2; }

bool Usable(const Word& w) {
  return std::isfinite(w.left) && std::isfinite(w.top) && std::isfinite(w.right) &&
         std::isfinite(w.bottom) && w.right >= w.left && w.bottom >= w.top && !w.text.empty();
}

// CJK ideographs, kana, hangul, and full-width forms and punctuation: the scripts written
// without spaces between words.
bool IsWide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

char32_t First(absl::string_view text) {
  size_t i = 0;
  return text.empty() ? 0 : NextCodePoint(text, &i);
}

char32_t Last(absl::string_view text) {
  size_t start = text.size();
  while (start > 0 && (static_cast<unsigned char>(text[start - 1]) & 0xC0) == 0x80) --start;
  if (start > 0) --start;
  return First(text.substr(start));
}

bool IsDigit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }

// The pieces of one line's words, sorted left to right.
std::vector<Piece> Pieces(std::vector<Word>& words) {
  std::sort(words.begin(), words.end(),
            [](const Word& a, const Word& b) { return a.left < b.left; });
  std::vector<Piece> pieces;
  const Word* previous = nullptr;
  for (const Word& w : words) {
    const double height = Height(w);
    if (previous != nullptr) {
      Piece& p = pieces.back();
      const double h = std::min(height, Height(*previous));
      const double gap = w.left - p.right;
      if (gap <= kPieceGap * h) {
        AppendJoined(w.text, previous->space_after || gap > kSpaceGap * h, &p.text);
        p.right = std::max(p.right, w.right);
        p.top = std::min(p.top, w.top);
        p.bottom = std::max(p.bottom, w.bottom);
        p.height = std::min(p.height, height);
        previous = &w;
        continue;
      }
    }
    pieces.push_back({w.left, w.top, w.right, w.bottom, height, w.text, false});
    previous = &w;
  }
  for (Piece& p : pieces) p.number = IsNumber(p.text);
  return pieces;
}

}  // namespace

bool IsNumber(absl::string_view text) {
  std::u32string s;
  for (size_t i = 0; i < text.size();) {
    const char32_t c = NextCodePoint(text, &i);
    if (c != U' ' && c != U'\u00A0' && c != U'\u3000') s.push_back(c);
  }
  for (std::u32string_view unit : {U"万元", U"元", U"%", U"％"}) {
    if (s.size() > unit.size() && std::u32string_view(s).substr(s.size() - unit.size()) == unit) {
      s.resize(s.size() - unit.size());
      break;
    }
  }
  size_t i = 0;
  if (i < s.size() && (s[i] == U'+' || s[i] == U'-' || s[i] == U'−' || s[i] == U'－')) ++i;
  bool digit = false;
  for (; i < s.size(); ++i) {
    const char32_t c = s[i];
    if (IsDigit(c)) {
      digit = true;
    } else if (c != U',' && c != U'，' && c != U'.' && c != U'．') {
      return false;
    }
  }
  return digit;
}

void AppendJoined(absl::string_view more, bool space, std::string* text) {
  // Between CJK characters a space or a line break is no word boundary: Chinese is printed
  // without spaces, and a label's statutory text has none.
  if (space && !text->empty() && !more.empty() && !IsWide(Last(*text)) && !IsWide(First(more))) {
    text->push_back(' ');
  }
  text->append(more.data(), more.size());
}

std::vector<Line> GroupLines(std::vector<Word> words) {
  std::vector<Word> usable;
  usable.reserve(words.size());
  for (Word& w : words) {
    w.text = NormalizeSpace(w.text);
    if (Usable(w)) usable.push_back(std::move(w));
  }
  std::sort(usable.begin(), usable.end(), [](const Word& a, const Word& b) {
    return Centre(a) != Centre(b) ? Centre(a) < Centre(b) : a.left < b.left;
  });
  std::vector<Line> lines;
  std::vector<Word> line_words;
  double reference = 0, height = 0;
  auto flush = [&]() {
    if (line_words.empty()) return;
    Line line;
    line.number = static_cast<int>(lines.size()) + 1;
    line.top = line_words.front().top;
    line.bottom = line_words.front().bottom;
    for (const Word& w : line_words) {
      line.top = std::min(line.top, w.top);
      line.bottom = std::max(line.bottom, w.bottom);
    }
    line.centre = (line.top + line.bottom) / 2;
    line.height = height;
    line.pieces = Pieces(line_words);
    lines.push_back(std::move(line));
    line_words.clear();
  };
  for (Word& w : usable) {
    const double h = Height(w);
    if (line_words.empty() || std::abs(Centre(w) - reference) > kSameLine * std::min(h, height)) {
      flush();
      reference = Centre(w);
      height = h;
    }
    height = std::min(height, h);
    line_words.push_back(std::move(w));
  }
  flush();
  return lines;
}

}  // namespace gongkai::document::pdf
