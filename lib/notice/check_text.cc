#include "notice/check_text.h"

#include <optional>
#include <string_view>

#include "common/utf8.h"

namespace gongkai::notice {
namespace {

using U32 = std::u32string_view;

// `ascii_digits`: full-width digits become ASCII, for searches that look for one form.
std::u32string Decode(absl::string_view text, bool ascii_digits = false) {
  std::u32string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    char32_t c = NextCodePoint(text, &i);
    if (ascii_digits && c >= U'０' && c <= U'９') c = U'0' + (c - U'０');
    out.push_back(c);
  }
  return out;
}

std::string Encode(U32 text) {
  std::string out;
  for (char32_t c : text) AppendUtf8(c, &out);
  return out;
}

// ASCII or full-width.
int Digit(char32_t c) {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
  return -1;
}

// 〇 (and its look-alikes 零 ○) to 九; 两 as 二.
int HanDigit(char32_t c) {
  if (c == U'〇' || c == U'零' || c == U'○') return 0;
  if (c == U'两') return 2;
  const size_t at = U32(U"一二三四五六七八九").find(c);
  return at == U32::npos ? -1 : static_cast<int>(at) + 1;
}

bool Numeral(char32_t c) { return Digit(c) >= 0 || HanDigit(c) >= 0 || c == U'十' || c == U'百'; }

char32_t At(U32 t, size_t i) { return i < t.size() ? t[i] : 0; }

// A number at t[*i] in digits or Chinese numerals (up to 百), advancing *i; nullopt if none.
// Two Chinese digits in a row other than after 零 ("三三") read as no number.
std::optional<int> Number(U32 t, size_t* i) {
  size_t j = *i;
  int value = 0;
  if (Digit(At(t, j)) >= 0) {
    while (Digit(At(t, j)) >= 0 && j - *i < 4) value = value * 10 + Digit(t[j++]);
    if (Digit(At(t, j)) >= 0) return std::nullopt;
    *i = j;
    return value;
  }
  int digit = -1;
  for (; j < t.size(); ++j) {
    const char32_t c = t[j];
    const int d = HanDigit(c);
    if (d >= 0) {
      if (digit > 0 && d > 0) return std::nullopt;
      digit = d;
    } else if (c == U'十' || c == U'百') {
      value += (digit < 0 ? 1 : digit) * (c == U'十' ? 10 : 100);
      digit = -1;
      if (value > 100000) return std::nullopt;  // "十十十…": no article or date
    } else {
      break;
    }
  }
  if (j == *i) return std::nullopt;
  if (digit > 0) value += digit;
  *i = j;
  return value;
}

// A year: exactly four digits of one kind or the other, each on its own.
std::optional<int> Year(U32 t, size_t* i) {
  int value = 0;
  for (size_t k = 0; k < 4; ++k) {
    const char32_t c = At(t, *i + k);
    const int d = Digit(c) >= 0 ? Digit(c) : HanDigit(c);
    if (d < 0 || c == U'两') return std::nullopt;
    value = value * 10 + d;
  }
  *i += 4;
  return value;
}

bool Consume(U32 t, size_t* i, char32_t c) {
  if (At(t, *i) != c) return false;
  ++*i;
  return true;
}

// An item after 条 or 款: 第（N）项, （N）, (N), 第N项.
std::optional<int> Item(U32 t, size_t* i) {
  size_t j = *i;
  const bool di = Consume(t, &j, U'第');
  const bool open = Consume(t, &j, U'（') || Consume(t, &j, U'(');
  if (!di && !open) return std::nullopt;
  const std::optional<int> n = Number(t, &j);
  if (!n) return std::nullopt;
  if (open && !Consume(t, &j, U'）') && !Consume(t, &j, U')')) return std::nullopt;
  if (!Consume(t, &j, U'项') && (di || !open)) return std::nullopt;
  *i = j;
  return n;
}

// Whether the citation starting at t[start] is the 条例's (FindCitations).
bool OfTheRegulation(U32 t, size_t start) {
  constexpr U32 kStops = U"。；，：！？\n";
  size_t from = start;
  while (from > 0 && start - from < 200 && kStops.find(t[from - 1]) == U32::npos) --from;
  const U32 clause = t.substr(from, start - from);
  size_t best = U32::npos;
  bool regulation = true;
  const auto consider = [&](U32 marker, bool is_regulation) {
    const size_t at = clause.rfind(marker);
    if (at != U32::npos && (best == U32::npos || at > best)) {
      best = at;
      regulation = is_regulation;
    }
  };
  consider(U"行政复议法", false);
  consider(U"行政诉讼法", false);
  consider(U"条例", true);
  const size_t close = clause.rfind(U'》');
  if (close != U32::npos && (best == U32::npos || close > best)) {
    const size_t open = clause.rfind(U'《', close);
    const U32 act = open == U32::npos ? U32() : clause.substr(open + 1, close - open - 1);
    regulation = act == U"条例" || act.find(U"政府信息公开条例") != U32::npos;
  }
  return regulation;
}

}  // namespace

std::vector<WrittenDate> FindDates(absl::string_view text) {
  const std::u32string t = Decode(text);
  std::vector<WrittenDate> out;
  for (size_t i = 0; i < t.size(); ++i) {
    if (i > 0 && Numeral(t[i - 1])) continue;
    size_t j = i;
    const std::optional<int> y = Year(t, &j);
    if (!y || !Consume(t, &j, U'年')) continue;
    const std::optional<int> m = Number(t, &j);
    if (!m || !Consume(t, &j, U'月')) continue;
    const std::optional<int> d = Number(t, &j);
    if (!d || !Consume(t, &j, U'日')) continue;
    const absl::CivilDay day(*y, *m, *d);
    if (day.year() != *y || day.month() != *m || day.day() != *d) continue;
    out.push_back({day, Encode(U32(t).substr(i, j - i))});
    i = j - 1;
  }
  return out;
}

std::vector<Citation> FindCitations(absl::string_view text) {
  const std::u32string t = Decode(text);
  std::vector<Citation> out;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] != U'第') continue;
    size_t j = i + 1;
    Citation c;
    const std::optional<int> article = Number(t, &j);
    if (!article || !Consume(t, &j, U'条')) continue;
    c.article = *article;
    size_t k = j;
    if (Consume(t, &k, U'第')) {
      if (const std::optional<int> p = Number(t, &k); p && Consume(t, &k, U'款')) {
        c.paragraph = *p;
        j = k;
      }
    }
    if (const std::optional<int> item = Item(t, &j)) c.item = *item;
    if (OfTheRegulation(t, i)) {
      c.written = Encode(U32(t).substr(i, j - i));
      out.push_back(std::move(c));
    }
    i = j - 1;
  }
  return out;
}

bool Cites(const Citation& found, const Citation& expected) {
  return found.article == expected.article &&
         (expected.paragraph == 0 || found.paragraph == expected.paragraph) &&
         (expected.item == 0 || found.item == expected.item);
}

bool StatesPeriod(absl::string_view text, absl::string_view period) {
  const std::u32string t = Decode(text, true);
  const std::u32string p = Decode(period, true);
  std::u32string digits;
  size_t end = 0;
  if (const std::optional<int> n = Number(p, &end)) {
    for (const char c : std::to_string(*n)) digits.push_back(static_cast<char32_t>(c));
    digits += p.substr(end);
  }
  for (const U32 form : {U32(p), U32(digits)}) {
    if (form.empty()) continue;
    for (size_t at = t.find(form); at != U32::npos; at = t.find(form, at + 1)) {
      if (at == 0 || (!Numeral(t[at - 1]) && t[at - 1] != U'月')) return true;
    }
  }
  return false;
}

bool StatesReconsiderationFirst(absl::string_view text) {
  const std::u32string t = Decode(text);
  if (t.find(U"复议前置") != U32::npos) return true;
  for (const U32 lead : {U32(U"应当先"), U32(U"应先"), U32(U"先向")}) {
    for (size_t at = t.find(lead); at != U32::npos; at = t.find(lead, at + 1)) {
      const size_t end = t.find_first_of(U"。；\n", at);
      const U32 sentence = U32(t).substr(at, end == U32::npos ? U32::npos : end - at);
      if (sentence.find(U"申请行政复议") != U32::npos) return true;
    }
  }
  return false;
}

bool OffersOldReconsiderationChoice(absl::string_view text) {
  const std::u32string t = Decode(text);
  size_t start = 0;
  while (start < t.size()) {
    size_t end = t.find_first_of(U"。；\n", start);
    if (end == U32::npos) end = t.size();
    const U32 sentence = U32(t).substr(start, end - start);
    start = end + 1;
    if (sentence.find(U"申请行政复议") == U32::npos) continue;
    // "X 或 Y" with X and Y the two bodies, in either order; the 或 of the period's "知道或者应当
    // 知道" joins no bodies.
    const auto joined = [&sentence](const char32_t* x, const char32_t* y) {
      const size_t at_x = sentence.find(x);
      if (at_x == U32::npos) return false;
      for (size_t at_or = sentence.find(U"或", at_x); at_or != U32::npos;
           at_or = sentence.find(U"或", at_or + 1)) {
        if (sentence.compare(at_or, 6, U"或者应当知道") == 0) continue;
        if (sentence.find(y, at_or) != U32::npos) return true;
      }
      return false;
    };
    if (joined(U"主管部门", U"人民政府") || joined(U"人民政府", U"主管部门")) return true;
  }
  return false;
}

}  // namespace gongkai::notice
