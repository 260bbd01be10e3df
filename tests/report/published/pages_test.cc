// Real published pages (tests/data/published/pages), imported whole: every cell equals the one a
// person transcribed from the same page (the grids beside them), and the layout, year and agency
// are the page's own.
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "gmock/gmock.h"
#include "grid_files.h"
#include "gtest/gtest.h"
#include "report/import/document.h"
#include "report/import/grid.h"

namespace gongkai::report {
namespace {

using testing::Comment;
using testing::ReadFile;

// key -> value as text, with the unit of money, for every cell present.
std::map<std::string, std::string> Values(const v1::AnnualReport& report) {
  std::map<std::string, std::string> out;
  for (const v1::Cell& c : report.cells()) {
    out[c.key()] = c.has_amount()
                       ? absl::StrCat(c.amount().units(), "e-", c.amount().scale(), " ", c.unit())
                       : absl::StrCat(c.count());
  }
  return out;
}

class PublishedPage : public ::testing::TestWithParam<const char*> {};

TEST_P(PublishedPage, ImportGivesTheTranscribedCells) {
  const std::string slug = GetParam();
  const std::string dir = GONGKAI_PUBLISHED_DIR;
  std::string texts[3];
  TableGrid grids[3];
  const char* tables[] = {"t2", "t3", "t4"};
  for (int i = 0; i < 3; ++i) {
    texts[i] = ReadFile(absl::StrCat(dir, "/", slug, ".", tables[i], ".csv"));
    grids[i] = {tables[i], texts[i], tables[i]};
  }
  int year = 0;
  ASSERT_TRUE(absl::SimpleAtoi(Comment(texts[1], "report year").substr(0, 4), &year)) << slug;
  const std::string layout = Comment(texts[1], "layout");
  absl::StatusOr<ImportedReport> transcribed = ImportReport(v1::Agency(), year, layout, grids);
  ASSERT_TRUE(transcribed.ok()) << transcribed.status();

  DocumentImportOptions options;
  options.source_name = slug + ".html";
  absl::StatusOr<v1::ImportResult> page =
      ImportDocument(ReadFile(absl::StrCat(dir, "/pages/", slug, ".html")), options);
  ASSERT_TRUE(page.ok()) << slug << ": " << page.status();
  EXPECT_EQ(page->report().year(), year) << page->document_title();
  EXPECT_EQ(page->report().layout(), layout);
  EXPECT_FALSE(page->report().agency().name().empty()) << page->document_title();
  EXPECT_EQ(Values(page->report()), Values(transcribed->report));
  // Sections 一 and 五 are found under their headings as each agency words them.
  EXPECT_GT(page->report().overview().size(), 500u);
  EXPECT_GT(page->report().problems().size(), 100u);
  EXPECT_FALSE(page->report().other_matters().empty());
  for (const v1::Cell& c : page->report().cells()) {
    EXPECT_THAT(c.provenance().detail(), ::testing::StartsWith(slug + ".html table ")) << c.key();
  }
}

INSTANTIATE_TEST_SUITE_P(Pages, PublishedPage,
                         ::testing::Values("pingtan-2020", "pingtan-2023", "pingtan-2024",
                                           "pingtan-2025", "pingtan-jjpq-2019",
                                           "pingtan-xzspj-2023", "shanghai-szfbgt-2019",
                                           "shuyang-fgj-2023"),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (char& c : name) {
                             if (c == '-') c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace gongkai::report
