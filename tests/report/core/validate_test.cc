#include "report/validate.h"

#include <map>
#include <set>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "random_report.h"
#include "report/layout.h"

namespace gongkai::report {
namespace {

using testing::CellValue;
using ::testing::HasSubstr;
using testing::RandomReport;
using testing::SetCellValue;

// rule id -> keys of the cells its error findings name.
std::map<std::string, std::set<std::string>> ErrorsByRule(const v1::ValidationResult& result) {
  std::map<std::string, std::set<std::string>> out;
  for (const v1::Finding& f : result.findings()) {
    if (f.severity() != v1::SEVERITY_ERROR) continue;
    for (const v1::CellRef& c : f.cells()) out[f.rule()].insert(c.key());
  }
  return out;
}

class ValidateProperty : public ::testing::TestWithParam<const char*> {
 protected:
  const Layout& layout() const { return **FindLayout(GetParam()); }
  int year() const { return layout().spec().first_year(); }
};

TEST_P(ValidateProperty, RandomConsistentReportsValidateClean) {
  std::mt19937 rng(20190515);
  for (int i = 0; i < 200; ++i) {
    v1::AnnualReport report = RandomReport(layout(), year(), "a", rng);
    auto result = Validate(report);
    ASSERT_TRUE(result.ok()) << result.status();
    ASSERT_EQ(result->findings_size(), 0) << result->findings(0).explanation_en();
  }
}

// The rules a single-cell change must trip, by where the cell sits (tables.md invariants).
std::set<std::string> ExpectedRules(const CellInfo& cell, const Layout& layout) {
  const Section& s = layout.sections()[cell.section];
  const std::string& table = s.table->key();
  const std::string& row = s.row(cell.row).key();
  if (table == "t4") return {"T4-total"};
  if (table != "t3") return {};
  std::set<std::string> rules = {"T3-total-col"};
  if (row == "new" || row == "carried_over" || row == "carried_forward") {
    rules.insert("T3-balance");
  } else if (row == "total") {
    rules.insert("T3-balance");
    rules.insert("T3-total-row");
  } else {
    rules.insert("T3-total-row");
  }
  return rules;
}

TEST_P(ValidateProperty, EverySingleCellPerturbationIsCaughtNamingTheCell) {
  std::mt19937 rng(7);
  const v1::AnnualReport clean = RandomReport(layout(), year(), "a", rng);
  for (const CellInfo& cell : layout().cells()) {
    std::set<std::string> expected = ExpectedRules(cell, layout());
    v1::AnnualReport report = clean;
    if (expected.empty()) {
      // Table 二 has no sums: make the cell impossible instead (negative, or a negative total).
      const int64_t v = CellValue(report, cell.key);
      if (cell.kind == v1::VALUE_KIND_SIGNED_COUNT) {
        SetCellValue(&report, cell.key, -1'000'000);
        expected = {"T2-delta-2019"};
      } else {
        SetCellValue(&report, cell.key, -v - 1);
        expected = {"nonneg"};
      }
    } else {
      SetCellValue(&report, cell.key, CellValue(report, cell.key) + 1);
    }
    auto result = Validate(report);
    ASSERT_TRUE(result.ok()) << result.status();
    auto errors = ErrorsByRule(*result);
    std::set<std::string> rules;
    for (const auto& [rule, keys] : errors) {
      if (expected.count(rule)) {
        EXPECT_TRUE(keys.count(cell.key)) << rule << " does not name " << cell.key;
      }
      rules.insert(rule);
    }
    // A negative opening count in 2019 also makes opening + change negative.
    if (expected.count("nonneg") && cell.key.find(".previous") != std::string::npos) {
      rules.erase("T2-delta-2019");
    }
    EXPECT_EQ(rules, expected) << cell.key;
  }
}

INSTANTIATE_TEST_SUITE_P(Layouts, ValidateProperty, ::testing::Values("2019", "2021"));

v1::AnnualReport Sample2021(std::mt19937& rng) {
  return RandomReport(**FindLayout("2021"), 2022, "a", rng);
}

TEST(Validate, FindingExplainsWithLabelsAndValues) {
  std::mt19937 rng(1);
  v1::AnnualReport report = Sample2021(rng);
  const std::string key = "t3.granted.natural_person";
  SetCellValue(&report, key, CellValue(report, key) + 2);
  auto result = Validate(report);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->error_count(), 2);
  const v1::Finding* col = nullptr;
  for (const v1::Finding& f : result->findings()) {
    if (f.rule() == "T3-total-col") col = &f;
  }
  ASSERT_NE(col, nullptr);
  EXPECT_EQ(col->severity(), v1::SEVERITY_ERROR);
  EXPECT_EQ(std::stoll(col->expected()), std::stoll(col->actual()) + 2);
  EXPECT_EQ(col->cells(0).key(), "t3.granted.total");
  EXPECT_EQ(col->cells(0).label(), "三、本年度办理结果 （一）予以公开 / 申请人情况 总计");
  EXPECT_THAT(
      col->explanation_zh(),
      HasSubstr("总计列应等于自然人与各类法人或其他组织之和（三、本年度办理结果 （一）予以公开）"));
  EXPECT_THAT(col->explanation_en(),
              HasSubstr("expected " + col->expected() + ", found " + col->actual()));
}

TEST(Validate, CrossYearCarryIsAWarning) {
  std::mt19937 rng(2);
  v1::AnnualReport previous = RandomReport(**FindLayout("2021"), 2021, "a", rng);
  v1::AnnualReport report = RandomReport(**FindLayout("2021"), 2022, "a", rng);
  auto result = Validate(report, {.previous = &previous});
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->error_count(), 0);
  bool carry = false;
  for (const v1::Finding& f : result->findings()) {
    if (f.rule() != "cross-year") continue;
    carry = true;
    EXPECT_EQ(f.severity(), v1::SEVERITY_WARNING);
    EXPECT_THAT(f.cells(0).key(), HasSubstr("t3.carried_over."));
  }
  EXPECT_TRUE(carry);
}

TEST(Validate, CrossYearHoldsAcrossTheLayoutChange) {
  std::mt19937 rng(3);
  v1::AnnualReport previous = RandomReport(**FindLayout("2019"), 2020, "a", rng);
  v1::AnnualReport report = RandomReport(**FindLayout("2021"), 2021, "a", rng);
  auto result = Validate(report, {.previous = &previous});
  ASSERT_TRUE(result.ok()) << result.status();
  int carry = 0;
  for (const v1::Finding& f : result->findings()) carry += f.rule() == "cross-year";
  EXPECT_GT(carry, 0);  // random figures do not carry over; the 2019 keys were found
}

TEST(Validate, InForceStockFollowsIssuesAndRepeals) {
  std::mt19937 rng(4);
  const Layout& l = **FindLayout("2021");
  v1::AnnualReport previous = RandomReport(l, 2021, "a", rng);
  v1::AnnualReport report = RandomReport(l, 2022, "a", rng);
  for (const char* row : {"rules", "normative_documents"}) {
    const std::string p = std::string("t2.item1.") + row + ".";
    SetCellValue(&report, p + "in_force",
                 CellValue(previous, p + "in_force") + CellValue(report, p + "issued") -
                     CellValue(report, p + "repealed"));
  }
  SetCellValue(&report, "t2.item1.rules.in_force",
               CellValue(report, "t2.item1.rules.in_force") + 1);
  auto result = Validate(report, {.previous = &previous});
  ASSERT_TRUE(result.ok());
  int in_force = 0;
  for (const v1::Finding& f : result->findings()) {
    if (f.rule() != "T2-in-force") continue;
    ++in_force;
    EXPECT_EQ(f.severity(), v1::SEVERITY_WARNING);
    EXPECT_EQ(f.cells(0).key(), "t2.item1.rules.in_force");
  }
  EXPECT_EQ(in_force, 1);
}

TEST(Validate, LayoutOfAnotherEraIsAWarning) {
  std::mt19937 rng(5);
  v1::AnnualReport report = RandomReport(**FindLayout("2019"), 2019, "a", rng);
  report.set_year(2023);
  auto result = Validate(report);
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result->findings_size(), 1);
  EXPECT_EQ(result->findings(0).rule(), "layout-year");
}

TEST(Validate, UnusableInputIsAnErrorNamingIt) {
  std::mt19937 rng(6);
  v1::AnnualReport report = Sample2021(rng);
  v1::AnnualReport other_year = RandomReport(**FindLayout("2021"), 2020, "a", rng);
  other_year.set_layout("2021");
  auto result = Validate(report, {.previous = &report});
  EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(result.status().message()), HasSubstr("previous.year"));

  v1::AnnualReport bad = report;
  bad.mutable_cells(3)->set_key("t3.grnted.natural_person");
  result = Validate(bad);
  EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(result.status().message()), HasSubstr("cells[3].key"));

  bad = report;
  bad.add_cells()->CopyFrom(report.cells(0));
  EXPECT_THAT(std::string(Validate(bad).status().message()), HasSubstr("appears twice"));

  bad = report;
  bad.mutable_cells(0)->mutable_amount()->set_units(1);
  EXPECT_THAT(std::string(Validate(bad).status().message()), HasSubstr("give count, not amount"));

  bad = report;
  bad.set_year(2101);
  EXPECT_EQ(Validate(bad).status().code(), absl::StatusCode::kOutOfRange);

  bad = report;
  bad.set_layout("2030");
  EXPECT_EQ(Validate(bad).status().code(), absl::StatusCode::kNotFound);

  result = Validate(report, {.members = {&other_year}});
  EXPECT_THAT(std::string(result.status().message()), HasSubstr("members"));
}

TEST(Validate, MissingCellsReadAsZero) {
  v1::AnnualReport report;
  report.set_year(2022);
  auto result = Validate(report);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->findings_size(), 0);
  v1::Cell* cell = report.add_cells();
  cell->set_key("t3.new.natural_person");
  cell->set_count(1);
  result = Validate(report);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(ErrorsByRule(*result).count("T3-balance"), 1u);
}

}  // namespace
}  // namespace gongkai::report
