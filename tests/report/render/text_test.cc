// Text: aligned by display width, within 160 columns, table 四 transposed.
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "report/figures.h"
#include "report/layout.h"
#include "report/render/common.h"
#include "report/render/render.h"
#include "report/render/text.h"
#include "sample_report.h"

namespace gongkai::report {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;

std::vector<std::string> Lines(const std::string& text) { return absl::StrSplit(text, '\n'); }

std::string TableText(const char* layout, const char* table) {
  absl::StatusOr<Figures> f = ReadFigures(testing::SampleReport(layout));
  EXPECT_TRUE(f.ok()) << f.status();
  return f.ok() ? RenderTextTable(*f, *f->layout->FindTable(table)) : "";
}

class TextLayout : public ::testing::TestWithParam<const char*> {};

TEST_P(TextLayout, FitsA160ColumnTerminalWithoutTrailingSpaces) {
  absl::StatusOr<std::string> text = Render(testing::SampleReport(GetParam()), RenderFormat::kText);
  ASSERT_TRUE(text.ok()) << text.status();
  for (const std::string& line : Lines(*text)) {
    EXPECT_LE(DisplayWidth(line), 160) << line;
    EXPECT_FALSE(absl::EndsWith(line, " ")) << line;
  }
}

TEST_P(TextLayout, Table3FiguresLineUpUnderTheLeafLabels) {
  const std::vector<std::string> lines = Lines(TableText(GetParam(), "t3"));
  ASSERT_GT(lines.size(), 4u);
  // Header lines: the corner and 申请人情况, 法人或其他组织, then the leaves.
  EXPECT_TRUE(absl::StartsWith(lines[0], "（本列数据的勾稽关系为"));
  EXPECT_TRUE(absl::EndsWith(lines[0], "申请人情况"));
  EXPECT_TRUE(absl::EndsWith(lines[1], "法人或其他组织"));
  EXPECT_TRUE(absl::EndsWith(lines[2], "总计"));
  const int width = DisplayWidth(lines[2]);
  // 申请人情况 starts over 自然人, 法人或其他组织 over 商业企业.
  const int leaves_at =
      DisplayWidth(lines[2]) - DisplayWidth(absl::StripLeadingAsciiWhitespace(lines[2]));
  EXPECT_EQ(DisplayWidth(lines[0]) - DisplayWidth("申请人情况"), leaves_at);
  int data = 0;
  for (size_t i = 3; i < lines.size(); ++i) {
    if (lines[i].empty() || !absl::ascii_isdigit(lines[i].back())) continue;
    EXPECT_EQ(DisplayWidth(lines[i]), width) << lines[i];
    ++data;
  }
  EXPECT_EQ(data, std::string(GetParam()) == "2019" ? 23 : 25);
  EXPECT_THAT(lines, Contains("三、本年度办理结果"));
  EXPECT_THAT(lines, Contains(::testing::StartsWith("  （三）不予公开 1.属于国家秘密 ")));
  EXPECT_THAT(lines, Contains(::testing::StartsWith("  （七）总计 ")));
}

TEST_P(TextLayout, Table4IsTransposed) {
  const std::vector<std::string> lines = Lines(TableText(GetParam(), "t4"));
  ASSERT_EQ(lines.size(), 15u + 2 + 1);  // 15 figures, 2 group lines, the final newline
  EXPECT_EQ(lines[0], "行政复议");
  EXPECT_THAT(lines[1], ::testing::StartsWith("  结果维持 "));
  EXPECT_EQ(lines[6], "行政诉讼");
  EXPECT_THAT(lines[7], ::testing::StartsWith("  未经复议直接起诉 结果维持 "));
  EXPECT_THAT(lines[16], ::testing::StartsWith("  复议后起诉 总计 "));
  EXPECT_THAT(lines[16], ::testing::EndsWith(" 0"));
  for (int i : {1, 7, 16}) EXPECT_EQ(DisplayWidth(lines[i]), DisplayWidth(lines[2])) << lines[i];
}

INSTANTIATE_TEST_SUITE_P(BothLayouts, TextLayout, ::testing::Values("2019", "2021"),
                         [](const auto& info) { return std::string("Layout") + info.param; });

TEST(Text, AmountsKeepTheirScaleAndOpenUnits) {
  EXPECT_THAT(TableText("2021", "t2"), HasSubstr(" 12.50\n"));
  EXPECT_THAT(TableText("2019", "t2"), HasSubstr(" 3021.45元\n"));
  EXPECT_THAT(TableText("2019", "t2"), HasSubstr(" -3 "));
}

TEST(Text, ReportHasTitleHeadingsAndNarratives) {
  absl::StatusOr<std::string> text = Render(testing::SampleReport("2021"), RenderFormat::kText);
  ASSERT_TRUE(text.ok()) << text.status();
  const std::string title = "示例市人民政府办公室2021年政府信息公开工作年度报告";
  EXPECT_TRUE(absl::StartsWith(
      *text, title + "\n" + std::string(DisplayWidth(title), '=') + "\n\n一、总体情况\n\n本年度"));
  EXPECT_THAT(*text, HasSubstr("\n\n二、主动公开政府信息情况\n\n第二十条第（一）项\n信息内容"));
  EXPECT_THAT(*text, HasSubstr("\n\n六、其他需要报告的事项\n\n本年度未收取信息处理费。\n"));
  EXPECT_TRUE(absl::EndsWith(*text, "。\n"));
}

// A group label wider than its columns widens the last of them; the figures stay aligned.
TEST(Text, GroupLabelsWiderThanTheirColumnsFit) {
  v1::LayoutSpec spec;
  spec.set_id("test");
  v1::TableSpec* table = spec.add_tables();
  table->set_key("tx");
  v1::SectionSpec* s = table->add_sections();
  s->set_corner("项目");
  for (const char* key : {"r1", "r2"}) {
    v1::HeaderNode* row = s->add_rows();
    row->set_key(key);
    row->set_label(key);
  }
  v1::HeaderNode* group = s->add_columns();
  group->set_key("g");
  group->set_label("很长很长的分组标签");  // 18 columns over two columns of 1
  for (const char* key : {"a", "b"}) {
    v1::HeaderNode* leaf = group->add_children();
    leaf->set_key(key);
    leaf->set_label(key);
    leaf->set_kind(v1::VALUE_KIND_COUNT);
  }
  absl::StatusOr<std::unique_ptr<Layout>> layout = Layout::FromSpec(spec);
  ASSERT_TRUE(layout.ok()) << layout.status();
  Figures f = Figures::Empty(**layout);
  f.values[3] = Dec{1234, 0};
  EXPECT_EQ(RenderTextTable(f, (*layout)->spec().tables(0)),
            "项目  很长很长的分组标签\n"
            "      a                b\n"
            "r1    0                0\n"
            "r2    0             1234\n");
}

}  // namespace
}  // namespace gongkai::report
