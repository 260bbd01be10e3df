// Markdown: one pipe table per section, headers with their group paths, '|' escaped.
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "report/figures.h"
#include "report/layout.h"
#include "report/render/markdown.h"
#include "report/render/render.h"
#include "sample_report.h"

namespace gongkai::report {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string Markdown(const char* layout) {
  absl::StatusOr<std::string> md = Render(testing::SampleReport(layout), RenderFormat::kMarkdown);
  EXPECT_TRUE(md.ok()) << md.status();
  return md.ok() ? *md : "";
}

TEST(Markdown, HeadersCarryTheirGroupPath) {
  const std::string md = Markdown("2021");
  EXPECT_THAT(
      md,
      HasSubstr("| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | "
                "法人或其他组织·商业企业 | 法人或其他组织·科研机构 |"));
  EXPECT_THAT(md, HasSubstr("| 法人或其他组织·其他 | 总计 |\n| --- | ---: |"));
  EXPECT_THAT(md, Not(HasSubstr("申请人情况·")));  // spans every column: adds nothing
  EXPECT_THAT(md, HasSubstr("\n| 行政复议·结果维持 | "));
  EXPECT_THAT(md, HasSubstr(" | 行政诉讼·未经复议直接起诉·结果维持 | "));
  EXPECT_THAT(md, HasSubstr(" | 行政诉讼·复议后起诉·总计 |\n| ---: |"));
  EXPECT_THAT(md, HasSubstr("| 本年收费金额（单位：万元） |"));
}

TEST(Markdown, RowsCarryTheirPath) {
  const std::string md = Markdown("2021");
  EXPECT_THAT(md, HasSubstr("\n| 三、本年度办理结果 （三）不予公开 1.属于国家秘密 | "));
  EXPECT_THAT(md, HasSubstr("\n| 一、本年新收政府信息公开申请数量 | 11 | "));
  EXPECT_THAT(md, HasSubstr("\n**第二十条第（一）项**\n\n| 信息内容 | 本年制发件数 |"));
}

TEST(Markdown, HasTheReportHeadingsAndNarratives) {
  const std::string md = Markdown("2019");
  EXPECT_THAT(md,
              ::testing::StartsWith(
                  "# 示例市人民政府办公室2019年政府信息公开工作年度报告\n\n## 一、总体情况\n\n"));
  EXPECT_THAT(md, HasSubstr("\n## 五、存在的主要问题及改进情况\n\n一是"));
  EXPECT_THAT(md, HasSubstr("| 3021.45元 |"));
  EXPECT_THAT(md, ::testing::EndsWith("本年度未收取信息处理费。\n"));
}

TEST(Markdown, EscapesPipes) {
  EXPECT_EQ(MarkdownCell("a|b"), "a\\|b");
  EXPECT_EQ(MarkdownCell("two\nlines"), "two lines");
  v1::LayoutSpec spec;
  spec.set_id("test");
  v1::TableSpec* table = spec.add_tables();
  table->set_key("tx");
  v1::SectionSpec* s = table->add_sections();
  s->set_corner("x|y");
  v1::HeaderNode* row = s->add_rows();
  row->set_key("r");
  row->set_label("r|1");
  v1::HeaderNode* column = s->add_columns();
  column->set_key("c");
  column->set_label("c|1");
  column->set_kind(v1::VALUE_KIND_COUNT);
  absl::StatusOr<std::unique_ptr<Layout>> layout = Layout::FromSpec(spec);
  ASSERT_TRUE(layout.ok()) << layout.status();
  EXPECT_EQ(RenderMarkdownTable(Figures::Empty(**layout), (*layout)->spec().tables(0)),
            "| x\\|y | c\\|1 |\n| --- | ---: |\n| r\\|1 | 0 |\n");
}

}  // namespace
}  // namespace gongkai::report
