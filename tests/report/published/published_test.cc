// Real published reports, transcribed by hand into tests/data/published/ (each file cites its
// source page): imported as grids, then validated. Where the agency's published table is wrong,
// the findings must name exactly the wrong cells.
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "gmock/gmock.h"
#include "grid_files.h"
#include "gtest/gtest.h"
#include "report/import/grid.h"
#include "report/validate.h"

namespace gongkai::report {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Pair;
using ::testing::UnorderedElementsAre;

using testing::Comment;
using testing::ReadFile;

// The published report `slug` with its three tables, imported.
ImportedReport Import(const std::string& slug) {
  std::string texts[3];
  TableGrid grids[3];
  const char* tables[] = {"t2", "t3", "t4"};
  for (int i = 0; i < 3; ++i) {
    texts[i] = ReadFile(absl::StrCat(GONGKAI_PUBLISHED_DIR, "/", slug, ".", tables[i], ".csv"));
    grids[i] = {tables[i], texts[i], tables[i]};
  }
  int year = 0;
  EXPECT_TRUE(absl::SimpleAtoi(Comment(texts[1], "report year"), &year)) << slug;
  v1::Agency agency;
  agency.set_id(slug.substr(0, slug.find('-')));
  agency.set_name(Comment(texts[1], "agency"));
  auto imported = ImportReport(agency, year, Comment(texts[1], "layout"), grids);
  EXPECT_TRUE(imported.ok()) << slug << ": " << imported.status();
  return imported.ok() ? *std::move(imported) : ImportedReport{};
}

// (rule, cell keys) of each finding of `severity`.
std::multimap<std::string, std::set<std::string>> Findings(const v1::ValidationResult& result,
                                                           v1::Severity severity) {
  std::multimap<std::string, std::set<std::string>> out;
  for (const v1::Finding& f : result.findings()) {
    if (f.severity() != severity) continue;
    std::set<std::string> keys;
    for (const v1::CellRef& c : f.cells()) keys.insert(c.key());
    out.emplace(f.rule(), keys);
  }
  return out;
}

TEST(Published, ConsistentReportsValidateWithoutErrors) {
  for (const char* slug : {"pingtan-2023", "pingtan-2024", "pingtan-2025"}) {
    ImportedReport imported = Import(slug);
    auto result = Validate(imported.report);
    ASSERT_TRUE(result.ok()) << slug << ": " << result.status();
    EXPECT_EQ(result->error_count(), 0) << slug;
  }
}

TEST(Published, Pingtan2020TotalRowDisagreesWithItsLeafRows) {
  // Published: （七）总计 自然人 20 and 总计 21, but the leaf rows sum to 26 and 27.
  ImportedReport imported = Import("pingtan-2020");
  auto result = Validate(imported.report);
  ASSERT_TRUE(result.ok()) << result.status();
  std::vector<std::pair<std::string, std::string>> wrong;
  for (const v1::Finding& f : result->findings()) {
    if (f.severity() != v1::SEVERITY_ERROR) continue;
    wrong.emplace_back(f.rule(), f.cells(0).key());
    EXPECT_EQ(f.cells(0).label(),
              absl::StrCat("三、本年度办理结果 （七）总计 / 申请人情况 ",
                           f.cells(0).key() == "t3.total.total" ? "总计" : "自然人"));
  }
  EXPECT_THAT(wrong, ElementsAre(Pair("T3-total-row", "t3.total.natural_person"),
                                 Pair("T3-total-row", "t3.total.total")));
  EXPECT_EQ(result->findings(0).expected(), "26");
  EXPECT_EQ(result->findings(0).actual(), "20");
  EXPECT_EQ(result->findings(1).expected(), "27");
  EXPECT_EQ(result->findings(1).actual(), "21");
}

TEST(Published, Shanghai2019LeftTheTotalColumnBlank) {
  ImportedReport imported = Import("shanghai-szfbgt-2019");
  auto result = Validate(imported.report);
  ASSERT_TRUE(result.ok()) << result.status();
  auto errors = Findings(*result, v1::SEVERITY_ERROR);
  // The 总计 cell of every non-empty outcome row was left blank; （七）总计 is filled in.
  std::set<std::string> rows_missing_total;
  for (const v1::Finding& f : result->findings()) {
    if (f.rule() == "T3-total-col") rows_missing_total.insert(f.cells(0).key());
  }
  EXPECT_THAT(
      rows_missing_total,
      UnorderedElementsAre("t3.granted.total", "t3.partial.total", "t3.refused_state_secret.total",
                           "t3.refused_internal.total", "t3.refused_process.total",
                           "t3.refused_inquiry.total", "t3.unable_not_held.total",
                           "t3.unable_needs_creation.total", "t3.unable_unclear.total",
                           "t3.not_processed_petition.total", "t3.not_processed_repeat.total"));
  EXPECT_EQ(errors.count("T3-total-row"), 1u);
  EXPECT_EQ(errors.count("T3-balance"), 0u);
  EXPECT_EQ(errors.count("T4-total"), 0u);
  // Blanks were read as zero and said so.
  bool blank_warning = false;
  for (const v1::Finding& w : imported.warnings)
    blank_warning |= absl::StrContains(w.explanation_en(), "blank");
  EXPECT_TRUE(blank_warning);
}

TEST(Published, PingtanYearOnYear) {
  ImportedReport y2023 = Import("pingtan-2023"), y2024 = Import("pingtan-2024"),
                 y2025 = Import("pingtan-2025");
  // 二 of each year equals 四 of the one before; 现行有效件数 does not follow (440 vs 499; 546 vs
  // 453).
  auto result = Validate(y2024.report, {.previous = &y2023.report});
  ASSERT_TRUE(result.ok()) << result.status();
  auto warnings = Findings(*result, v1::SEVERITY_WARNING);
  EXPECT_EQ(warnings.count("cross-year"), 0u);
  ASSERT_EQ(warnings.count("T2-in-force"), 1u);
  result = Validate(y2025.report, {.previous = &y2024.report});
  ASSERT_TRUE(result.ok()) << result.status();
  warnings = Findings(*result, v1::SEVERITY_WARNING);
  EXPECT_EQ(warnings.count("cross-year"), 0u);
  EXPECT_EQ(warnings.count("T2-in-force"), 1u);
  for (const v1::Finding& f : result->findings()) {
    if (f.rule() != "T2-in-force") continue;
    EXPECT_EQ(f.expected(), "453");
    EXPECT_EQ(f.actual(), "546");
  }
}

}  // namespace
}  // namespace gongkai::report
