#include "report/merge.h"

#include <algorithm>

#include "gmock/gmock.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "random_report.h"
#include "report/validate.h"
#include "sum_oracle.h"

namespace gongkai::report {
namespace {

using testing::CellValue;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::RandomReport;
using testing::SetCellValue;

v1::Agency Parent() {
  v1::Agency parent;
  parent.set_id("city");
  parent.set_name("示例市人民政府");
  return parent;
}

std::vector<v1::AnnualReport> Members(const char* layout, int year, int n, std::mt19937& rng) {
  std::vector<v1::AnnualReport> out;
  for (int i = 0; i < n; ++i) {
    out.push_back(RandomReport(**FindLayout(layout), year, "district-" + std::to_string(i), rng));
  }
  return out;
}

std::vector<const v1::AnnualReport*> Pointers(const std::vector<v1::AnnualReport>& reports) {
  std::vector<const v1::AnnualReport*> out;
  for (const auto& r : reports) out.push_back(&r);
  return out;
}

bool Same(const v1::AnnualReport& a, const v1::AnnualReport& b) {
  return google::protobuf::util::MessageDifferencer::Equals(a, b);
}

TEST(Merge, SumsCellWiseAndListsMembers) {
  std::mt19937 rng(11);
  auto members = Members("2021", 2022, 3, rng);
  auto merged = Merge(Pointers(members), Parent());
  ASSERT_TRUE(merged.ok()) << merged.status();
  EXPECT_EQ(merged->agency().id(), "city");
  EXPECT_EQ(merged->layout(), "2021");
  EXPECT_THAT(merged->member_ids(), ElementsAre("district-0", "district-1", "district-2"));
  EXPECT_TRUE(merged->overview().empty());
  for (const v1::Cell& cell : merged->cells()) {
    if (cell.has_amount()) continue;  // scales differ: AmountsKeepTheirPrecisionAndUnits
    int64_t sum = 0;
    for (const auto& m : members) sum += CellValue(m, cell.key());
    EXPECT_EQ(CellValue(*merged, cell.key()), sum) << cell.key();
    EXPECT_EQ(cell.provenance().source(), v1::SOURCE_MERGED);
  }
}

TEST(Merge, MergedValidReportsAreValidAndPassTheRollUpCheck) {
  std::mt19937 rng(12);
  for (const char* layout : {"2019", "2021"}) {
    const int year = layout[3] == '9' ? 2020 : 2023;
    auto members = Members(layout, year, 5, rng);
    auto merged = Merge(Pointers(members), Parent());
    ASSERT_TRUE(merged.ok()) << merged.status();
    auto result = Validate(*merged, {.members = Pointers(members)});
    ASSERT_TRUE(result.ok()) << result.status();
    EXPECT_EQ(result->findings_size(), 0) << layout;
  }
}

TEST(Merge, AnyOrderAndGroupingGivesTheSameReport) {
  std::mt19937 rng(13);
  auto members = Members("2021", 2022, 6, rng);
  auto flat = Merge(Pointers(members), Parent());
  ASSERT_TRUE(flat.ok());
  for (int trial = 0; trial < 20; ++trial) {
    std::vector<const v1::AnnualReport*> order = Pointers(members);
    std::shuffle(order.begin(), order.end(), rng);
    const size_t cut = 1 + rng() % (order.size() - 1);
    v1::Agency county;
    county.set_id("county");
    auto left = Merge(absl::MakeConstSpan(order).subspan(0, cut), county);
    auto right = Merge(absl::MakeConstSpan(order).subspan(cut), county);
    ASSERT_TRUE(left.ok() && right.ok());
    const v1::AnnualReport* halves[] = {&*right, &*left};
    auto staged = Merge(halves, Parent());
    ASSERT_TRUE(staged.ok());
    EXPECT_TRUE(Same(*staged, *flat)) << "cut " << cut;
  }
}

TEST(Merge, RollUpCheckNamesEachDifferingCell) {
  std::mt19937 rng(14);
  auto members = Members("2021", 2022, 3, rng);
  auto merged = Merge(Pointers(members), Parent());
  ASSERT_TRUE(merged.ok());
  SetCellValue(&*merged, "t4.cases.direct_pending",
               CellValue(*merged, "t4.cases.direct_pending") + 1);
  SetCellValue(&*merged, "t4.cases.direct_total", CellValue(*merged, "t4.cases.direct_total") + 1);
  SetCellValue(&*merged, "t2.item1.rules.in_force", 0);  // exempt: joint documents double-count
  auto result = Validate(*merged, {.members = Pointers(members)});
  ASSERT_TRUE(result.ok());
  std::vector<std::string> cells;
  for (const v1::Finding& f : result->findings()) {
    ASSERT_EQ(f.rule(), "roll-up");
    EXPECT_EQ(f.severity(), v1::SEVERITY_ERROR);
    EXPECT_THAT(f.explanation_en(), HasSubstr("sum of its 3 members"));
    cells.push_back(f.cells(0).key());
  }
  EXPECT_THAT(cells, ElementsAre("t4.cases.direct_pending", "t4.cases.direct_total"));
}

// Random members against the rule stated apart from merge.cc (sum_oracle.h), amounts included:
// open-unit amounts all in 元, all in 万元, or mixed.
TEST(Merge, EqualsTheRuleStatedApart) {
  std::mt19937 rng(17);
  for (int round = 0; round < 60; ++round) {
    const bool old_forms = round % 2;
    auto members = Members(old_forms ? "2019" : "2021", old_forms ? 2020 : 2024,
                           1 + static_cast<int>(rng() % 5), rng);
    const auto units = static_cast<testing::OpenUnits>(round % 3);
    for (auto& m : members) testing::SetOpenUnits(&m, units, rng);
    auto merged = Merge(Pointers(members), Parent());
    ASSERT_TRUE(merged.ok()) << merged.status();
    EXPECT_EQ(testing::DiffFromRuleSum(*merged, Pointers(members)), "") << "round " << round;
  }
}

TEST(Merge, AllInWanYuanStaysInWanYuan) {
  std::mt19937 rng(18);
  auto members = Members("2019", 2019, 2, rng);
  const std::string key = "t2.item9.procurement.amount";
  for (int i = 0; i < 2; ++i) {
    for (v1::Cell& cell : *members[i].mutable_cells()) {
      if (cell.key() != key) continue;
      cell.mutable_amount()->set_units(i == 0 ? 125 : 3);  // 12.5 万元 + 3 万元
      cell.mutable_amount()->set_scale(i == 0 ? 1 : 0);
      cell.set_unit(v1::MONEY_UNIT_WAN_YUAN);
    }
  }
  auto merged = Merge(Pointers(members), Parent());
  ASSERT_TRUE(merged.ok()) << merged.status();
  int seen = 0;
  for (const v1::Cell& cell : merged->cells()) {
    if (cell.key() != key) continue;
    ++seen;
    EXPECT_EQ(cell.unit(), v1::MONEY_UNIT_WAN_YUAN);
    EXPECT_EQ(cell.amount().units(), 155);  // 15.5 万元
    EXPECT_EQ(cell.amount().scale(), 1);
  }
  EXPECT_EQ(seen, 1);
}

TEST(Merge, AmountsKeepTheirPrecisionAndUnits) {
  std::mt19937 rng(15);
  auto members = Members("2019", 2019, 2, rng);
  // 采购总金额 carries its unit: 12.5 万元 + 3000.25 元 is summed in 元.
  const std::string key = "t2.item9.procurement.amount";
  for (v1::Cell& cell : *members[0].mutable_cells()) {
    if (cell.key() != key) continue;
    cell.mutable_amount()->set_units(125);
    cell.mutable_amount()->set_scale(1);
    cell.set_unit(v1::MONEY_UNIT_WAN_YUAN);
  }
  for (v1::Cell& cell : *members[1].mutable_cells()) {
    if (cell.key() != key) continue;
    cell.mutable_amount()->set_units(300025);
    cell.mutable_amount()->set_scale(2);
    cell.set_unit(v1::MONEY_UNIT_YUAN);
  }
  auto merged = Merge(Pointers(members), Parent());
  ASSERT_TRUE(merged.ok()) << merged.status();
  for (const v1::Cell& cell : merged->cells()) {
    if (cell.key() != key) continue;
    EXPECT_EQ(cell.unit(), v1::MONEY_UNIT_YUAN);
    EXPECT_EQ(cell.amount().units(), 12500000 + 300025);  // 125000.00 + 3000.25
    EXPECT_EQ(cell.amount().scale(), 2);
  }
}

TEST(Merge, RefusesMismatchesAndOverflow) {
  std::mt19937 rng(16);
  auto a = Members("2021", 2022, 1, rng);
  auto b = Members("2021", 2023, 1, rng);
  const v1::AnnualReport* years[] = {&a[0], &b[0]};
  auto result = Merge(years, Parent());
  EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(result.status().message()), HasSubstr("reports[1].year"));
  auto c = Members("2019", 2022, 1, rng);
  c[0].set_layout("2019");
  const v1::AnnualReport* layouts[] = {&a[0], &c[0]};
  EXPECT_THAT(std::string(Merge(layouts, Parent()).status().message()),
              HasSubstr("reports[1].layout"));
  EXPECT_EQ(Merge({}, Parent()).status().code(), absl::StatusCode::kInvalidArgument);

  auto big = a;
  SetCellValue(&big[0], "t3.new.natural_person", INT64_MAX);
  const v1::AnnualReport* overflowing[] = {&big[0], &a[0]};
  result = Merge(overflowing, Parent());
  EXPECT_EQ(result.status().code(), absl::StatusCode::kOutOfRange);
  EXPECT_THAT(std::string(result.status().message()), HasSubstr("t3.new.natural_person"));
}

}  // namespace
}  // namespace gongkai::report
