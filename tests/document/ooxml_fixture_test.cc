// The fixtures tests/data/documents/ooxml/report-2021.{docx,xlsx} (made by make_ooxml.py): a
// 2021-layout annual report's three tables as Word and Excel users make them. Both readers
// must find the same grids, merged cells spread out the same way.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "document/ooxml.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ooxml_maker.h"

namespace gongkai::document {
namespace {

using ::testing::ElementsAre;
using testing::Grid;
using Rows = std::vector<std::vector<std::string>>;

constexpr char kTitle[] = "示例市市场监督管理局2021年政府信息公开工作年度报告";

std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(GONGKAI_OOXML_FIXTURES) + "/" + name, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  EXPECT_FALSE(bytes.str().empty()) << name;
  return bytes.str();
}

Document ReadFixture(const std::string& name) {
  const std::string bytes = Fixture(name);
  absl::StatusOr<Document> doc =
      name.ends_with(".docx") ? ReadDocx(bytes, Limits()) : ReadXlsx(bytes, Limits());
  EXPECT_TRUE(doc.ok()) << doc.status();
  return doc.ok() ? *doc : Document();
}

// Row r of table 三's grid as numbers: the 7 value cells after the 3 label columns.
std::vector<int> Counts(const Rows& grid, size_t r) {
  std::vector<int> counts;
  for (size_t c = 3; c < grid[r].size(); ++c) {
    int n = 0;
    EXPECT_TRUE(absl::SimpleAtoi(grid[r][c], &n)) << "row " << r << " column " << c;
    counts.push_back(n);
  }
  return counts;
}

TEST(OoxmlFixture, DocxReport) {
  const Document doc = ReadFixture("report-2021.docx");
  EXPECT_EQ(doc.title, kTitle);
  ASSERT_EQ(doc.tables.size(), 3u);
  EXPECT_EQ(doc.blocks[0].text, kTitle);
  // The headings come right before their tables.
  for (int t = 0; t < 3; ++t) {
    size_t b = 0;
    while (b < doc.blocks.size() && doc.blocks[b].table != t) ++b;
    ASSERT_LT(b, doc.blocks.size());
    EXPECT_THAT(doc.blocks[b - 1].text,
                ::testing::AnyOf("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                                 "四、政府信息公开行政复议、行政诉讼情况"));
    EXPECT_EQ(doc.tables[t].where, "table " + std::to_string(t + 1));
  }
  EXPECT_EQ(doc.blocks.back().text, "本年度未收取信息处理费。");

  const Rows t2 = Grid(doc.tables[0]);
  ASSERT_EQ(t2.size(), 14u);
  EXPECT_EQ(t2[0], (std::vector<std::string>{"第二十条第（一）项", "^", "^", "^"}));
  EXPECT_EQ(t2[1],
            (std::vector<std::string>{"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"}));
  EXPECT_EQ(t2[3], (std::vector<std::string>{"行政规范性文件", "5", "2", "37"}));
  EXPECT_EQ(t2[5], (std::vector<std::string>{"信息内容", "本年处理决定数量", "^", "^"}));
  EXPECT_EQ(t2[13], (std::vector<std::string>{"行政事业性收费", "12.5", "^", "^"}));

  const Rows t3 = Grid(doc.tables[1]);
  ASSERT_EQ(t3.size(), 28u);
  EXPECT_EQ(t3[0], (std::vector<std::string>{
                       "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "^",
                       "^", "申请人情况", "^", "^", "^", "^", "^", "^"}));
  EXPECT_EQ(t3[1], (std::vector<std::string>{"^", "^", "^", "自然人", "法人或其他组织", "^", "^",
                                             "^", "^", "总计"}));
  EXPECT_EQ(t3[2], (std::vector<std::string>{"^", "^", "^", "^", "商业企业", "科研机构",
                                             "社会公益组织", "法律服务机构", "其他", "^"}));
  EXPECT_EQ(t3[5][0], "三、本年度办理结果");
  EXPECT_EQ(t3[5][1], "（一）予以公开");
  EXPECT_EQ(t3[5][2], "^");
  EXPECT_EQ(t3[7][1], "（三）不予公开");
  EXPECT_EQ(t3[10][2], "4.保护第三方合法权益");
  EXPECT_EQ(t3[10][1], "^");
  EXPECT_EQ(t3[26][0], "^");
  EXPECT_EQ(t3[26][1], "（七）总计");
  EXPECT_EQ(t3[27][0], "四、结转下年度继续办理");
  // T3-balance: 一 + 二 = （七）总计 + 四 in every column; the total column adds up.
  const std::vector<int> first = Counts(t3, 3), second = Counts(t3, 4), total = Counts(t3, 26),
                         forward = Counts(t3, 27);
  for (size_t c = 0; c < 7; ++c) EXPECT_EQ(first[c] + second[c], total[c] + forward[c]) << c;
  EXPECT_THAT(first, ElementsAre(76, 7, 0, 1, 2, 1, 87));

  const Rows t4 = Grid(doc.tables[2]);
  ASSERT_EQ(t4.size(), 4u);
  EXPECT_EQ(t4[0][0], "行政复议");
  EXPECT_EQ(t4[0][5], "行政诉讼");
  EXPECT_EQ(t4[1][5], "未经复议直接起诉");
  EXPECT_EQ(t4[2][0], "^");
  EXPECT_EQ(t4[2][5], "结果维持");
  EXPECT_EQ(t4[3], (std::vector<std::string>{"2", "1", "0", "1", "4", "1", "0", "0", "1", "2", "0",
                                             "1", "0", "0", "1"}));
}

TEST(OoxmlFixture, XlsxReportHasTheSameGrids) {
  const Document docx = ReadFixture("report-2021.docx");
  const Document xlsx = ReadFixture("report-2021.xlsx");
  EXPECT_EQ(xlsx.title, "");
  EXPECT_TRUE(xlsx.notes.empty());
  ASSERT_EQ(xlsx.tables.size(), 3u);
  ASSERT_EQ(docx.tables.size(), 3u);
  const char* names[] = {"sheet 表二", "sheet 表三", "sheet 表四"};
  const char* headings[] = {"二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                            "四、政府信息公开行政复议、行政诉讼情况"};
  for (int t = 0; t < 3; ++t) {
    const Table& sheet = xlsx.tables[t];
    EXPECT_EQ(sheet.where, names[t]);
    EXPECT_EQ(sheet.first_column, t == 1 ? 2 : 1);  // 表三 starts in column B
    // Row 1 is the sheet's heading, merged across; row 2 is empty; the table starts at row 3.
    ASSERT_GE(sheet.rows.size(), 2u);
    EXPECT_EQ(sheet.rows[0][0].text, headings[t]);
    EXPECT_EQ(sheet.printed_rows[0], 1);
    EXPECT_EQ(sheet.printed_rows[1], 3);
    Rows grid = Grid(sheet);
    grid.erase(grid.begin());
    EXPECT_EQ(grid, Grid(docx.tables[t])) << names[t];
    EXPECT_EQ(sheet.printed_rows.back(), static_cast<int>(grid.size()) + 2);
  }
}

}  // namespace
}  // namespace gongkai::document
