// Grids of the wrong shape and malformed cells: each error names the line (every physical line
// counts) and says what was expected, quoting at most the one offending cell.
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gtest/gtest.h"
#include "report/import/grid.h"

namespace gongkai::report {
namespace {

const Layout& L2021() { return **FindLayout("2021"); }

// 25 lines of table 三 (2021), with line `n` (1-based) replaced by `line` if n > 0.
std::string Table3(int n = 0, const std::string& line = "") {
  std::string out;
  for (int r = 1; r <= 25; ++r) absl::StrAppend(&out, r == n ? line : "1,0,0,0,0,0,1", "\n");
  return out;
}

std::string Error(const std::string& grid, const char* table = "t3") {
  auto r = ImportGrid(L2021(), table, grid, "t3.csv");
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  return std::string(r.status().message());
}

TEST(ImportShape, ShortLineNamesTheLineAndTheCounts) {
  EXPECT_EQ(Error(Table3(7, "1,0,0,0,0,1")),
            "t3 grid line 7: expected 7 numbers (自然人 … 总计), found 6");
}

TEST(ImportShape, LongLineNamesTheLineAndTheCounts) {
  EXPECT_EQ(Error(Table3(3, "1,0,0,0,0,0,1,9")),
            "t3 grid line 3: expected 7 numbers (自然人 … 总计), found 8");
  // Padding after the numbers is no excuse for a number too many.
  EXPECT_EQ(Error(Table3(3, "1,0,0,0,0,0,1,9,,")),
            "t3 grid line 3: expected 7 numbers (自然人 … 总计), found 8");
}

TEST(ImportShape, LabelledShortLineCountsTheCellsAfterTheLabel) {
  EXPECT_EQ(Error(Table3(1, "一、本年新收政府信息公开申请数量,1,0,0,0,1")),
            "t3 grid line 1: expected 7 numbers (自然人 … 总计), found 5");
}

TEST(ImportShape, MissingLineSaysHowManyTheTableHas) {
  std::string grid = Table3();
  grid.erase(0, grid.find('\n') + 1);
  EXPECT_EQ(Error(grid), "t3 grid: table 三 of layout 2021 has 25 data lines, found 24");
}

TEST(ImportShape, ExtraLineNamesTheFirstExtraLine) {
  EXPECT_EQ(Error("# header comment\n" + Table3() + "1,0,0,0,0,0,1\n"),
            "t3 grid: table 三 of layout 2021 has 25 data lines, found 26; the first extra one is "
            "line 27");
}

TEST(ImportShape, Table2SectionsHaveTheirOwnWidths) {
  EXPECT_EQ(Error("1,2,3\n4,5,6\n7,8\n9\n10\n11\n", "t2"),
            "t2 grid line 3: expected 1 numbers (本年处理决定数量), found 2");
}

TEST(ImportShape, InvalidUtf8NamesLineAndByte) {
  EXPECT_EQ(Error(Table3(3, "1,\xff,0,0,0,0,1")), "t3 grid line 3, byte 3: not valid UTF-8");
}

TEST(ImportShape, DecimalInACountColumnNamesLineAndCell) {
  EXPECT_EQ(Error(Table3(2, "1.5,0,0,0,0,0,1")),
            "t3 grid line 2, cell 1 (申请人情况 自然人): “1.5” is not a whole number, and the "
            "column counts");
}

TEST(ImportShape, AmountsHaveAtMostSixDecimals) {
  EXPECT_EQ(
      Error("0,0,0\n0,0,0\n0\n0\n0\n1.1234567\n", "t2"),
      "t2 grid line 6, cell 1 (本年收费金额（单位：万元）): “1.1234567” has more than 6 decimals");
}

TEST(ImportShape, TextAmongNumbersIsNotANumber) {
  EXPECT_EQ(Error(Table3(4, "1,0,三,0,0,0,1")), "t3 grid line 4, cell 3: “三” is not a number");
  EXPECT_EQ(Error(Table3(4, "1,0,0,0,0,0,1,备注")),
            "t3 grid line 4, cell 8: “备注” is not a number");
  EXPECT_EQ(Error(Table3(4, "1,0,\"1,23\",0,0,0,1")),
            "t3 grid line 4, cell 3 (申请人情况 法人或其他组织 科研机构): “1,23” is not a number");
}

TEST(ImportShape, MalformedCsvNamesTheLine) {
  EXPECT_EQ(Error(Table3(5, "1,\"0,0,0,0,0,1")), "t3 grid line 5: a quoted cell is not closed");
  EXPECT_EQ(Error(Table3(5, "1,\"0\"x,0,0,0,0,1")),
            "t3 grid line 5: text after the closing quote of cell 2");
}

TEST(ImportShape, QuotedLineEndsCountAsPhysicalLines) {
  // The header's first cell spans two physical lines; the error is on physical line 8.
  const std::string grid = "\"申请人\n情况\",,,,,,\n" + Table3(6, "1,0,0");
  EXPECT_EQ(Error(grid), "t3 grid line 8: expected 7 numbers (自然人 … 总计), found 3");
}

TEST(ImportShape, LabelOfAnotherRowIsAnError) {
  EXPECT_EQ(
      Error(Table3(1, "二、上年结转政府信息公开申请数量,,,1,0,0,0,0,0,1")),
      "t3 grid line 1, cell 1: label “二、上年结转政府信息公开申请数量” does not name the row "
      "“一、本年新收政府信息公开申请数量”");
  EXPECT_EQ(Error("案件数,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15\n", "t4"),
            "t4 grid line 1, cell 1: label “案件数” does not name this row, which has no label");
}

TEST(ImportShape, ArbitraryTextGivesAResultOrAnErrorNeverACrash) {
  // Pieces that exercise every branch of the reader: quotes, line ends, comments, signs,
  // full-width forms, labels.
  const std::vector<std::string> pieces = {
      ",", "\"", "\n", "\r", "\r\n",           "1",    "0",           "-", "—", " ",
      "#", ".",  "１", "，", "（一）予以公开", "规章", "\xEF\xBB\xBF"};
  std::mt19937 rng(4);
  for (const char* table : {"t2", "t3", "t4"}) {
    for (int i = 0; i < 1000; ++i) {
      std::string grid;
      const int n = std::uniform_int_distribution<int>(0, 120)(rng);
      for (int k = 0; k < n; ++k) grid += pieces[rng() % pieces.size()];
      auto r = ImportGrid(L2021(), table, grid, "fuzz.csv");
      if (!r.ok()) {
        EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument) << r.status();
      }
    }
  }
}

}  // namespace
}  // namespace gongkai::report
