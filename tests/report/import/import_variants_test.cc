// Every variant of published copies is accepted with the right value and reported: one
// "import-variant" warning per kind and table, counting the cells and naming the first.
#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "report/import/grid.h"

namespace gongkai::report {
namespace {

using ::testing::HasSubstr;
using ::testing::SizeIs;

const Layout& L2021() { return **FindLayout("2021"); }

// Table 四 with `line` as its data line, after one comment line.
ImportResult Import4(const std::string& line) {
  auto r = ImportGrid(L2021(), "t4", "# 表四\n" + line + "\n", "t4.csv");
  EXPECT_TRUE(r.ok()) << r.status();
  return r.ok() ? *std::move(r) : ImportResult{};
}

int64_t Units(const ImportResult& r, int column) {
  return r.figures.values[L2021().sections().back().CellAt(0, column)].units;
}

// The only warning of `r`, checked for the parts every warning has.
const v1::Finding& OnlyWarning(const ImportResult& r) {
  EXPECT_THAT(r.warnings, SizeIs(1));
  static const v1::Finding kNone;
  if (r.warnings.size() != 1) return kNone;
  const v1::Finding& f = r.warnings[0];
  EXPECT_EQ(f.rule(), "import-variant");
  EXPECT_EQ(f.severity(), v1::SEVERITY_WARNING);
  EXPECT_EQ(f.explanation_en().find('\n'), std::string::npos);
  EXPECT_EQ(f.explanation_zh().find('\n'), std::string::npos);
  return f;
}

struct NumberVariant {
  const char* name;
  const char* line;      // table 四's 15 cells
  int64_t first, third;  // the values of columns 1 and 3
  const char* en;        // the warning's explanation
};

const NumberVariant kNumberVariants[] = {
    {"Blank", "1,,,4,5,6,7,8,9,10,11,12,13,14,15", 1, 0,
     "blank cells read as 0: 2 cells, first on line 2 of t4.csv"},
    {"Dashes", "—,2,-,4,5,6,7,8,9,10,11,12,13,14,——", 0, 0,
     "dashes read as 0: 3 cells, first on line 2 of t4.csv"},
    {"Slashes", "／,2,/,4,5,6,7,8,9,10,11,12,13,14,15", 0, 0,
     "slashes read as 0: 2 cells, first on line 2 of t4.csv"},
    {"Thousands", "\"1,234\",2,\"1,000,000\",4,5,6,7,8,9,10,11,12,13,14,5，000", 1234, 1000000,
     "thousands separators in numbers: 3 cells, first on line 2 of t4.csv"},
    {"FullWidth", "１２,2,３,4,5,6,7,8,9,10,11,12,13,14,15", 12, 3,
     "full-width digits or signs in numbers: 2 cells, first on line 2 of t4.csv"},
    {"Spaces", " 1 ,2,\u30003,4,5,6,7,8,9,10,11,12,13,14,15", 1, 3,
     "spaces around numbers: 2 cells, first on line 2 of t4.csv"},
    {"TrailingCells", "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,,,", 1, 3,
     "empty cells after the last number ignored: 3 cells, first on line 2 of t4.csv"},
};

class NumberVariants : public ::testing::TestWithParam<NumberVariant> {};

TEST_P(NumberVariants, AreReadAndReportedOnce) {
  const ImportResult r = Import4(GetParam().line);
  EXPECT_EQ(Units(r, 0), GetParam().first);
  EXPECT_EQ(Units(r, 2), GetParam().third);
  const v1::Finding& f = OnlyWarning(r);
  EXPECT_EQ(f.explanation_en(), GetParam().en);
  EXPECT_THAT(f.cells(), SizeIs(1));
}

INSTANTIATE_TEST_SUITE_P(Kinds, NumberVariants, ::testing::ValuesIn(kNumberVariants),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(ImportVariants, WarningNamesTheFirstAffectedCellWithItsValue) {
  const ImportResult r = Import4("1,2,3,4,5,6,7,8,9,10,11,12,13,１４,１５");
  const v1::Finding& f = OnlyWarning(r);
  ASSERT_THAT(f.cells(), SizeIs(1));
  EXPECT_EQ(f.cells(0).key(), "t4.cases.after_reconsideration_pending");
  EXPECT_EQ(f.cells(0).label(), "行政诉讼 复议后起诉 尚未审结");
  EXPECT_EQ(f.cells(0).value(), "14");
  EXPECT_EQ(f.explanation_zh(), "数字使用全角字符：共 2 处，首见于 t4.csv 第 2 行");
}

TEST(ImportVariants, ByteOrderMarkIsReported) {
  auto r = ImportGrid(L2021(), "t4",
                      "\xEF\xBB\xBF"
                      "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15\n",
                      "t4.csv");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Units(*r, 0), 1);
  const v1::Finding& f = OnlyWarning(*r);
  EXPECT_EQ(f.explanation_en(), "a UTF-8 byte order mark at the start of t4.csv");
  EXPECT_THAT(f.cells(), SizeIs(0));
}

TEST(ImportVariants, SeveralKindsGiveOneWarningEachInOrderOfFirstOccurrence) {
  const ImportResult r = Import4("１,,—,,5,6,7,8,9,10,11,12,13,－３,／");
  ASSERT_THAT(r.warnings, SizeIs(4));
  EXPECT_THAT(r.warnings[0].explanation_en(),
              HasSubstr("full-width digits or signs in numbers: 2 cells"));
  EXPECT_THAT(r.warnings[1].explanation_en(), HasSubstr("blank cells read as 0: 2 cells"));
  EXPECT_THAT(r.warnings[2].explanation_en(), HasSubstr("dashes read as 0: 1 cell,"));
  EXPECT_THAT(r.warnings[3].explanation_en(), HasSubstr("slashes read as 0: 1 cell,"));
  EXPECT_EQ(Units(r, 13), -3);  // a full-width minus; a count kept negative for the validator
}

TEST(ImportVariants, NegativeCountsAreKeptForTheValidator) {
  const ImportResult r = Import4("-1,2,3,4,5,6,7,8,9,10,11,12,13,14,15");
  EXPECT_EQ(Units(r, 0), -1);
  EXPECT_THAT(r.warnings, SizeIs(0));
}

TEST(ImportVariants, RowsOfEmptyCellsAreZerosOnlyWhenTheGridNeedsThem) {
  // Table 四 needs one data line: here it is the line of empty cells.
  ImportResult r = Import4(",,,,,,,,,,,,,,");
  EXPECT_EQ(Units(r, 14), 0);
  EXPECT_TRUE(r.figures.present[L2021().sections().back().CellAt(0, 14)]);
  EXPECT_THAT(OnlyWarning(r).explanation_en(), HasSubstr("blank cells read as 0: 15 cells"));
  // Here a spreadsheet's empty rows surround the data line and are ignored.
  r = Import4(",,,,,,,,,,,,,,,\n1,2,3,4,5,6,7,8,9,10,11,12,13,14,15\n,,,,,,,,,,,,,,,");
  EXPECT_EQ(Units(r, 0), 1);
  EXPECT_THAT(r.warnings, SizeIs(0));
}

}  // namespace
}  // namespace gongkai::report
