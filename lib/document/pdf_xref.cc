#include "document/pdf_xref.h"

#include <algorithm>
#include <array>
#include <climits>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"

namespace gongkai::document::pdf {
namespace {

// poppler's Lexer classes bytes as whitespace, delimiters and the rest (specialChars).
bool IsSpace(unsigned char c) {
  return c == 0 || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}
bool IsDelimiter(unsigned char c) {
  switch (c) {
    case '(':
    case ')':
    case '<':
    case '>':
    case '[':
    case ']':
    case '{':
    case '}':
    case '/':
    case '%':
      return true;
    default:
      return false;
  }
}
bool IsRegular(unsigned char c) { return !IsSpace(c) && !IsDelimiter(c); }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
int HexValue(unsigned char c) {
  if (IsDigit(c)) return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

struct Token {
  enum Kind { kInt, kInt64, kOther, kEnd } kind = kEnd;
  int64_t value = 0;  // kInt, kInt64
  std::string word;   // kOther: a name with its '/' (escapes decoded), a keyword, a delimiter
};

struct Scan {
  absl::string_view bytes;
  int64_t budget;  // bytes the tokens may still look at
  bool exhausted = false;
  XrefClaim best;
  // Offsets poppler can be sent to read a table at: after startxref, /Prev, /XRefStm.
  absl::flat_hash_set<int64_t> table_offsets;

  bool Beats(int64_t entries) const { return entries > best.entries; }
  void Claim(int64_t entries, size_t offset, std::string text) {
    if (Beats(entries)) best = {entries, offset, std::move(text)};
  }
};

// Tokens as poppler's Lexer reads them from `pos`; only numbers, names and keywords are told
// apart, since a claim is only ever made of those. Every byte looked at, whitespace and
// comments too, is charged to the scan's budget.
class Tokens {
 public:
  Tokens(Scan* scan, size_t pos) : scan_(scan), bytes_(scan->bytes), pos_(pos) {}

  Token Next() {
    Token token;
    if (scan_->exhausted) return token;
    const size_t start = pos_;
    SkipSpaceAndComments();
    if (pos_ < bytes_.size()) Read(&token);
    scan_->budget -= static_cast<int64_t>(pos_ - start) + 1;
    if (scan_->budget < 0) {
      scan_->exhausted = true;
      return Token();
    }
    return token;
  }

 private:
  void SkipSpaceAndComments() {
    bool comment = false;
    for (; pos_ < bytes_.size(); ++pos_) {
      const unsigned char c = bytes_[pos_];
      if (comment) {
        comment = c != '\r' && c != '\n';
      } else if (c == '%') {
        comment = true;
      } else if (!IsSpace(c)) {
        return;
      }
    }
  }

  void Read(Token* token) {
    const unsigned char c = bytes_[pos_];
    token->kind = Token::kOther;
    if (IsDigit(c) || c == '+' || c == '-' || c == '.') {
      ReadNumber(token);
    } else if (c == '/') {
      ReadName(token);
    } else if (IsDelimiter(c)) {
      token->word.assign(1, static_cast<char>(c));
      ++pos_;
    } else {
      const size_t start = pos_;
      while (pos_ < bytes_.size() && IsRegular(bytes_[pos_])) ++pos_;
      token->word = std::string(bytes_.substr(start, pos_ - start));
    }
  }

  // An int when it fits 32 bits, an int64 when it fits 64; a real or a larger number is
  // neither. A sign alone is the int 0, as in poppler.
  void ReadNumber(Token* token) {
    const bool negative = bytes_[pos_] == '-';
    if (bytes_[pos_] == '+' || negative) ++pos_;
    uint64_t magnitude = 0;
    bool too_large = false;
    while (pos_ < bytes_.size() && IsDigit(bytes_[pos_])) {
      const unsigned digit = bytes_[pos_++] - '0';
      if (magnitude > (uint64_t{INT64_MAX} - digit) / 10) too_large = true;
      if (!too_large) magnitude = magnitude * 10 + digit;
    }
    if (pos_ < bytes_.size() && bytes_[pos_] == '.') {
      // A real; poppler skips a '-' inside one.
      while (pos_ < bytes_.size() &&
             (IsDigit(bytes_[pos_]) || bytes_[pos_] == '.' || bytes_[pos_] == '-')) {
        ++pos_;
      }
      return;
    }
    if (too_large) return;
    token->value = negative ? -static_cast<int64_t>(magnitude) : static_cast<int64_t>(magnitude);
    token->kind = magnitude <= INT_MAX ? Token::kInt : Token::kInt64;
  }

  void ReadName(Token* token) {
    token->word = "/";
    ++pos_;
    while (pos_ < bytes_.size() && IsRegular(bytes_[pos_])) {
      unsigned char c = bytes_[pos_++];
      if (c == '#' && pos_ < bytes_.size() && HexValue(bytes_[pos_]) >= 0) {
        c = static_cast<unsigned char>(HexValue(bytes_[pos_++]) << 4);
        // poppler takes the next byte whatever it is, adding it only when it is a hex digit.
        if (pos_ < bytes_.size()) {
          const int low = HexValue(bytes_[pos_++]);
          if (low >= 0) c = static_cast<unsigned char>(c + low);
        }
      }
      token->word.push_back(static_cast<char>(c));
    }
  }

  Scan* scan_;
  absl::string_view bytes_;
  size_t pos_;
};

bool IsPair(const Token& first, const Token& count) {
  return first.kind == Token::kInt && count.kind == Token::kInt && first.value >= 0 &&
         count.value >= 0 && first.value <= INT_MAX - count.value;
}

// /Size N (poppler resizes to N) and /Index [first count ...] (to first + count); /Prev and
// /XRefStm give offsets of other tables.
void ScanName(Scan* scan, size_t offset) {
  Tokens tokens(scan, offset);
  const std::string name = tokens.Next().word;
  if (name == "/Size") {
    const Token size = tokens.Next();
    if (size.kind == Token::kInt && size.value > 0) {
      scan->Claim(size.value, offset, absl::StrCat("/Size ", size.value));
    }
  } else if (name == "/Index" && tokens.Next().word == "[") {
    while (true) {
      const Token first = tokens.Next();
      const Token count = tokens.Next();
      if (!IsPair(first, count)) return;
      scan->Claim(first.value + count.value, offset,
                  absl::StrCat("/Index [", first.value, " ", count.value, "]"));
    }
  } else if (name == "/Prev" || name == "/XRefStm") {
    const Token at = tokens.Next();
    if (at.kind == Token::kInt || at.kind == Token::kInt64) scan->table_offsets.insert(at.value);
  }
}

// xref, then subsections "first count" of `count` entries "offset gen n|f", up to trailer.
void ScanTable(Scan* scan, size_t offset) {
  // The keyword xref, not the start of a longer one.
  if (offset + 4 < scan->bytes.size() && IsRegular(scan->bytes[offset + 4])) return;
  Tokens tokens(scan, offset + 4);
  while (true) {
    const Token first = tokens.Next();
    const Token count = tokens.Next();
    if (!IsPair(first, count)) return;
    scan->Claim(first.value + count.value, offset,
                absl::StrCat("xref subsection ", first.value, " ", count.value));
    for (int64_t i = 0; i < count.value; ++i) {
      const Token at = tokens.Next();
      const Token gen = tokens.Next();
      const std::string type = tokens.Next().word;
      if ((at.kind != Token::kInt && at.kind != Token::kInt64) || gen.kind != Token::kInt ||
          (type != "n" && type != "f")) {
        return;
      }
    }
  }
}

// Where poppler rebuilds a table it reads each line with atoi, which wraps numbers past 32
// bits. Whitespace here is C's isspace or the end of a line.
bool IsLineSpace(unsigned char c) { return c == 0 || c == '\v' || IsSpace(c); }

// The offset after startxref, as PDFDoc::getStartXRef reads it: C whitespace, then digits up to
// where the value would pass 2^63.
void ScanStartXref(Scan* scan, size_t offset) {
  const absl::string_view bytes = scan->bytes;
  size_t p = offset + 9;
  while (p < bytes.size() && bytes[p] != 0 && IsLineSpace(bytes[p])) ++p;  // C's isspace
  int64_t value = 0;
  for (; p < bytes.size() && IsDigit(bytes[p]); ++p) {
    const int digit = bytes[p] - '0';
    if (value > (INT64_MAX - digit) / 10) break;
    value = value * 10 + digit;
  }
  scan->table_offsets.insert(value);
}

// A run of digits [start, end) followed by "gen obj". poppler reads the file from its header
// in lines, and a long line 255 bytes at a time, so a run is read from its start or from a
// 255-byte step after `line_start`.
void ScanObjectHeader(Scan* scan, size_t start, size_t end, size_t line_start) {
  const absl::string_view bytes = scan->bytes;
  size_t p = end;
  if (p >= bytes.size() || !IsLineSpace(bytes[p])) return;
  while (p < bytes.size() && IsLineSpace(bytes[p])) ++p;
  const size_t gen = p;
  while (p < bytes.size() && IsDigit(bytes[p])) ++p;
  if (p == gen || p >= bytes.size() || !IsLineSpace(bytes[p])) return;
  const size_t gen_end = p;
  while (p < bytes.size() && IsLineSpace(bytes[p])) ++p;
  if (bytes.substr(p, 3) != "obj") return;
  // atoi is strtol, which stops at LONG_MAX, cast to int. A tail with a non-zero digit before
  // its last 19 is past LONG_MAX.
  const size_t low = end - std::min<size_t>(end - start, 19);
  size_t high_nonzero = low;  // the last non-zero digit before `low`; `low` when none
  for (size_t i = low; i > start; --i) {
    if (bytes[i - 1] != '0') {
      high_nonzero = i - 1;
      break;
    }
  }
  size_t from = start;
  while (from < end) {
    uint64_t value = 0;
    if (high_nonzero < low && high_nonzero >= from) {
      value = INT64_MAX;
    } else {
      for (size_t i = std::max(from, low); i < end; ++i) value = value * 10 + (bytes[i] - '0');
      value = std::min<uint64_t>(value, INT64_MAX);
    }
    const auto number = static_cast<int32_t>(static_cast<uint32_t>(value));
    const int64_t entries = (int64_t{number} + 1 + 255) & ~int64_t{255};
    if (number > 0 && number < INT_MAX - 1 - 255 && scan->Beats(entries)) {
      std::string text(bytes.substr(from, std::min<size_t>(end - from, 24)));
      if (end - from > 24) text += "...";
      absl::StrAppend(&text, " ", bytes.substr(gen, std::min<size_t>(gen_end - gen, 24)),
                      gen_end - gen > 24 ? "..." : "", " obj");
      if (static_cast<uint64_t>(number) != value) {
        absl::StrAppend(&text, " (read as ", number, ")");
      }
      scan->Claim(entries, from, std::move(text));
    }
    // The next 255-byte step inside the run, if any.
    from = from < line_start ? line_start : line_start + ((from - line_start) / 255 + 1) * 255;
  }
}

// Where poppler's offsets count from: the "%PDF-" it finds in the first kilobyte.
size_t HeaderOffset(absl::string_view bytes) {
  const size_t at = bytes.substr(0, 1024).find("%PDF-");
  return at == absl::string_view::npos ? 0 : at;
}

// The bytes the loop below acts on. A PDF is mostly compressed streams, whose bytes it passes
// over with one table look-up each: a chain of tests per byte on random bytes mispredicts.
constexpr std::array<bool, 256> kActsOn = [] {
  std::array<bool, 256> acts{};
  for (const unsigned char c : {'\n', '\r', '/', 's', 'x'}) acts[c] = true;
  for (unsigned char c = '0'; c <= '9'; ++c) acts[c] = true;
  return acts;
}();

}  // namespace

absl::StatusOr<XrefClaim> LargestXrefClaim(absl::string_view bytes) {
  const int64_t budget = 4 * static_cast<int64_t>(bytes.size()) + 65536;
  Scan scan{bytes, budget, false, {}, {}};
  const size_t header = HeaderOffset(bytes);
  size_t line_start = header;
  std::vector<size_t> in_startxref;       // the xref of each startxref
  const char* const data = bytes.data();  // builds with asserts check bytes[i]'s index
  for (size_t i = 0; i < bytes.size(); ++i) {
    const auto c = static_cast<unsigned char>(data[i]);
    if (!kActsOn[c]) continue;
    if (c == '\n' || c == '\r') {
      line_start = std::max(header, i + 1);
    } else if (c == '/') {
      // Only /Size, /Index, /Prev and /XRefStm matter; an escape can spell their first letters.
      const absl::string_view start = bytes.substr(i + 1, 2);
      if (start == "Si" || start == "In" || start == "Pr" || start == "XR" ||
          start.find('#') != absl::string_view::npos) {
        ScanName(&scan, i);
      }
    } else if (c == 's' && bytes.substr(i, 9) == "startxref") {
      ScanStartXref(&scan, i);
    } else if (c == 'x' && bytes.substr(i, 4) == "xref") {
      // Inside startxref the keyword is there too, but poppler reads a table only where an
      // offset sends it; a file updated in place has "startxref 1057546 %%EOF 585 0 obj".
      if (i >= 5 && bytes.substr(i - 5, 5) == "start") {
        in_startxref.push_back(i);
      } else {
        ScanTable(&scan, i);
      }
    } else if (IsDigit(c)) {
      const size_t start = i;
      while (i + 1 < bytes.size() && IsDigit(bytes[i + 1])) ++i;
      ScanObjectHeader(&scan, start, i + 1, line_start);
    }
    if (scan.exhausted) break;
  }
  for (size_t at : in_startxref) {
    if (at >= header && scan.table_offsets.contains(static_cast<int64_t>(at - header))) {
      ScanTable(&scan, at);
    }
  }
  if (scan.exhausted) {
    return absl::InvalidArgumentError(
        absl::StrCat("pdf: checking its cross-reference declarations read more than ", budget,
                     " bytes (tables or arrays that overlap: a damaged or hostile file)"));
  }
  return std::move(scan.best);
}

}  // namespace gongkai::document::pdf
