#include "report/import/sections.h"

#include <string>
#include <vector>

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
  for (int s = 0; s < sections.size(); ++s) {
    const std::string& field = sections[s].narrative();
    if (field == "overview") report->set_overview(texts[s]);
    if (field == "problems") report->set_problems(texts[s]);
    if (field == "other_matters") report->set_other_matters(texts[s]);
  }
}

}  // namespace gongkai::report::importer
