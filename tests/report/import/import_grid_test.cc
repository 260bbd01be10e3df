// Numbers-only grids written by hand: values land in the right cells, amounts keep their
// precision, and CSV details (quotes, CRLF, comments) are read per RFC 4180.
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "report/import/grid.h"

namespace gongkai::report {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

const Layout& L(const char* id) { return **FindLayout(id); }

Dec Value(const ImportResult& r, const std::string& key) {
  return r.figures.values[*r.figures.layout->FindCell(key)];
}

// `rows` lines of `columns` values, value = 100 * line + column (both from 1).
std::string Grid(int rows, int columns) {
  std::string out;
  for (int r = 1; r <= rows; ++r) {
    std::vector<int> v;
    for (int c = 1; c <= columns; ++c) v.push_back(100 * r + c);
    absl::StrAppend(&out, absl::StrJoin(v, ","), "\n");
  }
  return out;
}

TEST(ImportGrid, Table3Of2021PutsEachLineInItsRow) {
  auto r = ImportGrid(L("2021"), "t3", Grid(25, 7), "t3.csv");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(r->warnings, IsEmpty());
  EXPECT_EQ(Value(*r, "t3.new.natural_person").units, 101);
  EXPECT_EQ(Value(*r, "t3.refused_state_secret.commercial").units, 502);  // line 5
  EXPECT_EQ(Value(*r, "t3.other_other.total").units, 2307);
  EXPECT_EQ(Value(*r, "t3.carried_forward.total").units, 2507);
  for (size_t i = 0; i < r->figures.present.size(); ++i) {
    EXPECT_EQ(r->figures.present[i], L("2021").cells()[i].key.rfind("t3.", 0) == 0);
  }
}

TEST(ImportGrid, Table3Of2019HasOneOtherProcessingRow) {
  auto r = ImportGrid(L("2019"), "t3", Grid(23, 7), "t3.csv");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Value(*r, "t3.other_processing.other").units, 2106);
  EXPECT_EQ(Value(*r, "t3.carried_forward.natural_person").units, 2301);
}

TEST(ImportGrid, Table4IsOneLineOf15) {
  auto r = ImportGrid(L("2021"), "t4", Grid(1, 15), "t4.csv");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Value(*r, "t4.cases.reconsideration_upheld").units, 101);
  EXPECT_EQ(Value(*r, "t4.cases.after_reconsideration_total").units, 115);
}

TEST(ImportGrid, Table2Of2021BySectionsKeepsAmountPrecision) {
  auto r = ImportGrid(L("2021"), "t2", "1,2,3\n4,5,6\n7\n8\n9\n3021.4567\n", "t2.csv");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Value(*r, "t2.item1.normative_documents.in_force").units, 6);
  EXPECT_EQ(Value(*r, "t2.item6.compulsion.decisions").units, 9);
  const Dec fee = Value(*r, "t2.item8.fees.amount");
  EXPECT_EQ(fee.units, 30214567);
  EXPECT_EQ(fee.scale, 4);
  EXPECT_EQ(Format(fee), "3021.4567");
  EXPECT_EQ(r->figures.units[*L("2021").FindCell("t2.item8.fees.amount")], v1::MONEY_UNIT_WAN_YUAN);
}

TEST(ImportGrid, Table2Of2019KeepsNegativeDeltasAndTrailingZeros) {
  auto r = ImportGrid(L("2019"), "t2",
                      "1,2,3\n4,5,6\n10,-2,7\n3,1,0\n5,0,100\n2,-1,9\n4,-4\n6,12.50\n", "t2.csv");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(r->warnings, IsEmpty());
  EXPECT_EQ(Value(*r, "t2.item5.licensing.delta").units, -2);
  EXPECT_EQ(Value(*r, "t2.item8.fees.delta").units, -4);
  EXPECT_EQ(Format(Value(*r, "t2.item9.procurement.amount")), "12.50");
  // The grid does not say whether 采购总金额 is in 元 or 万元.
  EXPECT_EQ(r->figures.units[*L("2019").FindCell("t2.item9.procurement.amount")],
            v1::MONEY_UNIT_UNSPECIFIED);
}

TEST(ImportGrid, ReadsQuotedCellsCrlfAndComments) {
  const std::string grid =
      "# 表四 行政复议、行政诉讼\r\n"
      "\"1\",2,3,4,5,6,7,8,9,10,11,12,13,14,\"15\"\r\n";
  auto r = ImportGrid(L("2021"), "t4", grid, "t4.csv");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Value(*r, "t4.cases.reconsideration_upheld").units, 1);
  EXPECT_EQ(r->figures.provenance[*L("2021").FindCell("t4.cases.direct_total")].detail(),
            "t4.csv line 2");
}

TEST(ImportGrid, HeaderLinesOfANumbersOnlyGridAreSkipped) {
  const std::string grid =
      "行政复议,,,,,行政诉讼\n"
      "结果维持,结果纠正,其他结果,尚未审结,总计,未经复议直接起诉,,,,,复议后起诉\n" +
      Grid(1, 15);
  auto r = ImportGrid(L("2021"), "t4", grid, "t4.csv");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Value(*r, "t4.cases.direct_upheld").units, 106);
}

TEST(ImportGrid, EmptyInputAndOnlyCommentsHaveNoDataLines) {
  for (const char* grid : {"", "\n\n", "# nothing yet\n# still nothing\n", "\xEF\xBB\xBF"}) {
    auto r = ImportGrid(L("2021"), "t3", grid, "t3.csv");
    ASSERT_FALSE(r.ok()) << grid;
    EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(r.status().message(), "t3 grid: table 三 of layout 2021 has 25 data lines, found 0");
  }
}

TEST(ImportGrid, UnknownTableIsAnError) {
  auto r = ImportGrid(L("2021"), "t9", "1\n", "x.csv");
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(r.status().message(), HasSubstr("\"t9\" is not a table of layout 2021"));
}

}  // namespace
}  // namespace gongkai::report
