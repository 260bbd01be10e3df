#include "report/import/title.h"

#include <string_view>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "report/import/text.h"

namespace gongkai::report::importer {
namespace {

constexpr std::u32string_view kPhrases[] = {U"政府信息公开工作年度报告", U"政府信息公开年度报告",
                                            U"政务公开工作年度报告"};

// Where a report phrase starts in `text`, or npos.
size_t FindPhrase(std::u32string_view text) {
  size_t best = std::u32string_view::npos;
  for (std::u32string_view phrase : kPhrases) best = std::min(best, text.find(phrase));
  return best;
}

// Drops what a portal appends or prepends to a page title ("..._XX区人民政府", "首页 > ..."):
// the piece between separators that holds the report phrase.
std::u32string_view PieceWithPhrase(std::u32string_view text) {
  constexpr std::u32string_view kSeparators = U"_|｜>＞-—–";
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find_first_of(kSeparators, start);
    if (end == std::u32string_view::npos) end = text.size();
    std::u32string_view piece = text.substr(start, end - start);
    if (FindPhrase(piece) != std::u32string_view::npos) return Trim(piece);
    start = end + 1;
  }
  return Trim(text);
}

// Quotes, brackets and connecting words around an agency's name.
std::u32string_view TrimAgency(std::u32string_view s) {
  constexpr std::u32string_view kJunk = U" \u3000《》“”\"'【】[]（）()：:，,、";
  for (bool changed = true; changed;) {
    changed = false;
    s = Trim(s);
    while (!s.empty() && kJunk.find(s.front()) != std::u32string_view::npos) {
      s.remove_prefix(1);
      changed = true;
    }
    while (!s.empty() && kJunk.find(s.back()) != std::u32string_view::npos) {
      s.remove_suffix(1);
      changed = true;
    }
    for (std::u32string_view word : {std::u32string_view(U"关于"), std::u32string_view(U"的")}) {
      if (s.size() > word.size() && s.substr(s.size() - word.size()) == word) {
        s.remove_suffix(word.size());
        changed = true;
      }
    }
  }
  return s;
}

ReportTitle Read(std::u32string_view text) {
  text = PieceWithPhrase(text);
  ReportTitle title;
  title.text = Encode(text);
  const size_t phrase = FindPhrase(text);
  // The year: "2023年" or "2023年度", the last before the phrase.
  size_t year_start = std::u32string_view::npos, year_end = 0;
  for (size_t i = 0; i + 4 < text.size() && i < phrase; ++i) {
    if (text[i + 4] != U'年') continue;
    int year = 0;
    bool digits = i == 0 || DigitValue(text[i - 1]) < 0;
    for (size_t k = i; k < i + 4 && digits; ++k) {
      const int d = DigitValue(text[k]);
      digits = d >= 0;
      year = year * 10 + d;
    }
    if (!digits) continue;
    title.year = year;
    year_start = i;
    year_end = i + 5;
    if (year_end < text.size() && text[year_end] == U'度') ++year_end;
  }
  std::u32string_view agency;
  if (year_start == std::u32string_view::npos) {
    agency = text.substr(0, phrase);
  } else {
    agency = TrimAgency(text.substr(0, year_start));
    if (agency.empty()) agency = text.substr(year_end, phrase - year_end);
  }
  title.agency = Encode(TrimAgency(agency));
  return title;
}

}  // namespace

ReportTitle FindReportTitle(const document::Document& doc) {
  std::vector<absl::string_view> candidates = {doc.title};
  int paragraphs = 0;
  for (const document::Block& block : doc.blocks) {
    if (block.table >= 0) continue;
    if (++paragraphs > 40) break;
    candidates.push_back(block.text);
  }
  // A spreadsheet has no paragraphs: its title is a (merged) cell in a sheet's first rows.
  for (const document::Table& table : doc.tables) {
    for (size_t r = 0; r < table.rows.size() && r < 3; ++r) {
      for (const document::Cell& cell : table.rows[r]) {
        if (!cell.text.empty()) candidates.push_back(cell.text);
      }
    }
  }
  for (absl::string_view candidate : candidates) {
    if (candidate.size() > 1000) continue;  // a paragraph of prose, not a title
    const std::u32string text = Decode(candidate);
    if (FindPhrase(text) != std::u32string_view::npos) return Read(text);
  }
  return {};
}

}  // namespace gongkai::report::importer
