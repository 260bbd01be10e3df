// ImportReport: a report from the grids of some of its tables.
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "report/import/grid.h"
#include "report/validate.h"

namespace gongkai::report {
namespace {

using ::testing::HasSubstr;
using ::testing::SizeIs;

v1::Agency Agency() {
  v1::Agency a;
  a.set_id("11110000000000000X");
  a.set_name("某市某区人民政府办公室");
  return a;
}

// A consistent table 三: 3 new and 1 carried over by natural persons, 3 granted, 1 carried forward.
std::string Table3(int rows) {
  std::string out = "3,0,0,0,0,0,3\n1,0,0,0,0,0,1\n3,0,0,0,0,0,3\n";
  for (int r = 0; r < rows - 5; ++r) out += "0,0,0,0,0,0,0\n";
  return out + "3,0,0,0,0,0,3\n1,0,0,0,0,0,1\n";
}

const v1::Cell& Cell(const v1::AnnualReport& report, const std::string& key) {
  for (const v1::Cell& c : report.cells()) {
    if (c.key() == key) return c;
  }
  static const v1::Cell kNone;
  ADD_FAILURE() << key;
  return kNone;
}

TEST(ImportReport, BuildsAReportFromTheTablesGiven) {
  const std::string t3 = Table3(25);
  const std::string t4 = "0,1,0,0,1,0,0,0,0,0,0,0,0,0,0\n,,,,,,,,,,,,,,\n";
  const TableGrid grids[] = {{"t3", t3, "t3.csv"}, {"t4", t4, "t4.csv"}};
  auto r = ImportReport(Agency(), 2022, "", grids);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->report.agency().name(), "某市某区人民政府办公室");
  EXPECT_EQ(r->report.year(), 2022);
  EXPECT_EQ(r->report.layout(), "2021");
  EXPECT_THAT(r->report.cells(), SizeIs(r->figures.layout->cells().size()));
  EXPECT_EQ(Cell(r->report, "t3.new.total").count(), 3);
  EXPECT_EQ(Cell(r->report, "t3.new.total").provenance().detail(), "t3.csv line 1");
  EXPECT_EQ(Cell(r->report, "t4.cases.reconsideration_total").count(), 1);
  // Table 二 was not given: written as zero without provenance, and not present in figures.
  const v1::Cell& fee = Cell(r->report, "t2.item8.fees.amount");
  EXPECT_EQ(fee.amount().units(), 0);
  EXPECT_FALSE(fee.has_provenance());
  EXPECT_FALSE(r->figures.present[*r->figures.layout->FindCell("t2.item8.fees.amount")]);
  EXPECT_TRUE(r->figures.present[*r->figures.layout->FindCell("t4.cases.direct_total")]);
  // The imported report is a valid report, and a consistent one.
  auto v = Validate(r->report);
  ASSERT_TRUE(v.ok()) << v.status();
  EXPECT_EQ(v->error_count(), 0);
}

TEST(ImportReport, ConcatenatesWarningsInGridOrder) {
  const std::string t4 = "１,0,0,0,1,0,0,0,0,0,0,0,0,0,0\n";
  const std::string t2 = "1,2,3\n4,5,6\n7\n8\n9\n\"1,000.5\"\n";
  const TableGrid grids[] = {{"t4", t4, "t4.csv"}, {"t2", t2, "t2.csv"}};
  auto r = ImportReport(Agency(), 2021, "2021", grids);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_THAT(r->warnings, SizeIs(2));
  EXPECT_EQ(r->warnings[0].cells(0).key(), "t4.cases.reconsideration_upheld");
  EXPECT_EQ(r->warnings[1].cells(0).key(), "t2.item8.fees.amount");
  EXPECT_EQ(r->warnings[1].cells(0).value(), "1000.5");
}

TEST(ImportReport, TheYearChoosesTheLayout) {
  const std::string t3 = Table3(23);
  const TableGrid grids[] = {{"t3", t3, "t3.csv"}};
  auto r = ImportReport(Agency(), 2020, "", grids);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->report.layout(), "2019");
  // The same grid is one line short for the 2021 layout.
  EXPECT_THAT(ImportReport(Agency(), 2020, "2021", grids).status().message(),
              HasSubstr("has 25 data lines, found 23"));
}

TEST(ImportReport, RejectsRepeatsAndBadYearsAndLayouts) {
  const std::string t4 = "0,0,0,0,0,0,0,0,0,0,0,0,0,0,0\n";
  const TableGrid twice[] = {{"t4", t4, "a.csv"}, {"t4", t4, "b.csv"}};
  auto r = ImportReport(Agency(), 2021, "", twice);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(r.status().message(), "grids[1]: table \"t4\" is given twice");
  EXPECT_EQ(ImportReport(Agency(), 2018, "", {}).status().code(), absl::StatusCode::kOutOfRange);
  EXPECT_EQ(ImportReport(Agency(), 2021, "1999", {}).status().code(), absl::StatusCode::kNotFound);
  // No grid at all is a report of zeros.
  auto empty = ImportReport(Agency(), 2021, "", {});
  ASSERT_TRUE(empty.ok()) << empty.status();
  EXPECT_THAT(empty->warnings, SizeIs(0));
}

}  // namespace
}  // namespace gongkai::report
