#include "report/import/sections.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "report/import/label.h"

namespace gongkai::report::importer {
namespace {

// The canonical forms a heading of `section` may start with: "一、总体情况" and "一.总体情况".
std::vector<std::u32string> HeadingForms(const v1::ReportSectionSpec& section) {
  return {CanonicalLabel(absl::StrCat(section.number(), "、", section.title())),
          CanonicalLabel(absl::StrCat(section.number(), ".", section.title())),
          CanonicalLabel(absl::StrCat(section.number(), "．", section.title()))};
}

bool StartsWith(const std::u32string& text, const std::u32string& prefix) {
  return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

// A short paragraph that is the section's number and a heading as agencies vary it: with words
// before the title ("五、政府信息公开工作存在的主要问题及改进情况"), or another ending after at
// least four characters of it ("五、存在的主要问题及整改措施").
bool IsLooseHeading(const v1::ReportSectionSpec& section, const std::u32string& text) {
  if (text.size() > 40) return false;
  const std::u32string title = CanonicalLabel(section.title());
  for (const char* dot : {"、", "."}) {
    const std::u32string number = CanonicalLabel(absl::StrCat(section.number(), dot));
    if (!StartsWith(text, number)) continue;
    const std::u32string rest = text.substr(number.size());
    if (rest.find(title) != std::u32string::npos) return true;
    // The same start as the title, at least four characters of it: "存在的主要问题及整改措施".
    size_t common = 0;
    while (common < rest.size() && common < title.size() && rest[common] == title[common]) {
      ++common;
    }
    if (common >= std::min<size_t>(4, title.size())) return true;
  }
  return false;
}

// Appends to texts[s] the part of `text` after the heading of section s ("一、总体情况", as
// printed), up to the next heading found; parts without a narrative field are dropped.
void CutAtHeadings(const google::protobuf::RepeatedPtrField<v1::ReportSectionSpec>& sections,
                   const std::string& text, std::vector<std::string>* texts) {
  struct Found {
    size_t at;
    size_t end;
    int section;
  };
  std::vector<Found> found;
  for (int s = 0; s < sections.size(); ++s) {
    for (const char* dot : {"、", ".", "．"}) {
      const std::string heading = absl::StrCat(sections[s].number(), dot, sections[s].title());
      const size_t at = text.find(heading);
      if (at != std::string::npos) {
        found.push_back({at, at + heading.size(), s});
        break;
      }
    }
  }
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.at < b.at; });
  for (size_t i = 0; i < found.size(); ++i) {
    if (sections[found[i].section].narrative().empty()) continue;
    const size_t end = i + 1 < found.size() ? found[i + 1].at : text.size();
    if (end <= found[i].end) continue;
    std::string part(absl::StripAsciiWhitespace(text.substr(found[i].end, end - found[i].end)));
    std::string& out = (*texts)[found[i].section];
    if (!out.empty() && !part.empty()) out += "\n";
    out += part;
  }
}

}  // namespace

void ReadNarrative(const Layout& layout, const document::Document& doc, v1::AnnualReport* report) {
  const auto& sections = layout.spec().report_sections();
  std::vector<std::vector<std::u32string>> forms;
  for (const v1::ReportSectionSpec& section : sections) forms.push_back(HeadingForms(section));
  // The section whose text the paragraphs belong to; -1 before the first heading and after a
  // heading of a table section.
  int current = -1;
  std::vector<std::string> texts(sections.size());
  for (const document::Block& block : doc.blocks) {
    if (block.table >= 0) continue;
    const std::u32string text = CanonicalLabel(block.text.substr(0, 200));
    int heading = -1;
    for (size_t s = 0; s < forms.size() && heading < 0; ++s) {
      for (const std::u32string& form : forms[s]) {
        if (StartsWith(text, form)) heading = static_cast<int>(s);
      }
      if (heading < 0 && IsLooseHeading(sections[static_cast<int>(s)], text)) {
        heading = static_cast<int>(s);
      }
    }
    if (heading >= 0) {
      current = sections[heading].narrative().empty() ? -1 : heading;
      continue;
    }
    if (current < 0) continue;
    std::string& out = texts[current];
    if (!out.empty()) out += "\n";
    out += block.text;
  }
  bool any = false;
  for (const std::string& t : texts) any = any || !t.empty();
  // A page whose whole article sits in a layout table has no paragraphs outside tables: its
  // text is one long cell. Read the sections from such cells, cut at the headings as printed.
  if (!any) {
    for (const document::Table& table : doc.tables) {
      for (const auto& row : table.rows) {
        for (const document::Cell& cell : row) {
          if (cell.text.size() >= 200) CutAtHeadings(sections, cell.text, &texts);
        }
      }
    }
  }
  for (int s = 0; s < sections.size(); ++s) {
    const std::string& field = sections[s].narrative();
    if (field == "overview") report->set_overview(texts[s]);
    if (field == "problems") report->set_problems(texts[s]);
    if (field == "other_matters") report->set_other_matters(texts[s]);
  }
}

}  // namespace gongkai::report::importer
