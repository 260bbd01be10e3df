// HTML beyond the built-in layouts' structure: spans for any layout, escaping, units.
#include <memory>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "html_table.h"
#include "report/figures.h"
#include "report/layout.h"
#include "report/render/html.h"
#include "report/render/render.h"
#include "sample_report.h"

namespace gongkai::report {
namespace {

using testing::CellsWithText;
using ::testing::HasSubstr;
using testing::HtmlCell;
using testing::HtmlTable;
using testing::ParseHtmlTables;
using ::testing::SizeIs;

std::string Html(const char* layout) {
  absl::StatusOr<std::string> html = Render(testing::SampleReport(layout), RenderFormat::kHtml);
  EXPECT_TRUE(html.ok()) << html.status();
  return html.ok() ? *html : "";
}

HtmlCell Only(const HtmlTable& table, absl::string_view text) {
  std::vector<const HtmlCell*> cells = CellsWithText(table, text);
  EXPECT_THAT(cells, SizeIs(1)) << text;
  return cells.empty() ? HtmlCell{} : *cells[0];
}

TEST(Html, AmountsOfAnOpenUnitCarryIt) {
  const std::string html = Html("2019");
  EXPECT_THAT(html, HasSubstr("<td colspan=\"2\">3021.45元</td>"));
  EXPECT_THAT(html, HasSubstr("<td>-3</td>"));
  EXPECT_THAT(Html("2021"), HasSubstr("<td colspan=\"3\">12.50</td>"));  // the label says 万元
}

TEST(Html, EscapesText) {
  v1::AnnualReport report = testing::SampleReport("2021");
  report.mutable_agency()->set_name("A&B<i>");
  report.set_problems("x < y & \"z\" > w");
  absl::StatusOr<std::string> html = Render(report, RenderFormat::kHtmlDocument);
  ASSERT_TRUE(html.ok()) << html.status();
  EXPECT_THAT(*html, HasSubstr("<title>A&amp;B&lt;i&gt;2021年"));
  EXPECT_THAT(*html, HasSubstr("<h1>A&amp;B&lt;i&gt;2021年"));
  EXPECT_THAT(*html, HasSubstr("<p>x &lt; y &amp; &quot;z&quot; &gt; w</p>"));
  EXPECT_EQ(HtmlEscape("<&>\"'"), "&lt;&amp;&gt;&quot;'");
}

// A layout that is neither 2019 nor 2021 renders without code changes: deeper trees, sections
// of different depths and widths in one table.
TEST(Html, SpansFollowAnyLayout) {
  v1::LayoutSpec spec;
  spec.set_id("test");
  v1::TableSpec* table = spec.add_tables();
  table->set_key("tx");
  table->set_number("九");
  table->set_title("测试表");
  auto leaf = [](v1::HeaderNode* parent_or_root, const std::string& key) {
    v1::HeaderNode* n = parent_or_root->add_children();
    n->set_key(key);
    n->set_label("L" + key);
    n->set_kind(v1::VALUE_KIND_COUNT);
    return n;
  };
  v1::SectionSpec* a = table->add_sections();
  a->set_key("a");
  a->set_label("甲");
  a->set_corner("角");
  v1::HeaderNode* rows = a->add_rows();
  rows->set_key("r");
  rows->set_label("R");
  v1::HeaderNode* deep = leaf(leaf(rows, "r1"), "r11");
  leaf(deep, "r111");
  leaf(deep, "r112");
  leaf(rows, "r2");
  v1::HeaderNode* top = a->add_rows();
  top->set_key("t");
  top->set_label("T");
  v1::HeaderNode* cols = a->add_columns();
  cols->set_key("c");
  cols->set_label("C");
  leaf(cols, "c1");
  leaf(cols, "c2");
  v1::SectionSpec* b = table->add_sections();
  b->set_key("b");
  b->set_label("乙");
  v1::HeaderNode* only = b->add_rows();
  only->set_key("x");
  only->set_label("X");
  v1::HeaderNode* col = b->add_columns();
  col->set_key("v");
  col->set_label("V");
  col->set_kind(v1::VALUE_KIND_COUNT);
  absl::StatusOr<std::unique_ptr<Layout>> layout = Layout::FromSpec(spec);
  ASSERT_TRUE(layout.ok()) << layout.status();
  const std::vector<HtmlTable> t =
      ParseHtmlTables(RenderHtmlTable(Figures::Empty(**layout), (*layout)->spec().tables(0)));
  ASSERT_THAT(t, SizeIs(1));
  EXPECT_TRUE(t[0].rectangular);
  EXPECT_EQ(t[0].width, 4 + 2);  // row depth 4, two leaf columns
  EXPECT_EQ(Only(t[0], "角").rowspan, 2);
  EXPECT_EQ(Only(t[0], "角").colspan, 4);
  EXPECT_EQ(Only(t[0], "R").rowspan, 3);
  EXPECT_EQ(Only(t[0], "Lr1").rowspan, 2);
  EXPECT_EQ(Only(t[0], "Lr2").colspan, 3);
  EXPECT_EQ(Only(t[0], "T").colspan, 4);
  EXPECT_EQ(Only(t[0], "甲").colspan, 6);
  EXPECT_EQ(Only(t[0], "X").colspan, 4);  // section 乙's one level spans the label columns
  EXPECT_EQ(Only(t[0], "V").colspan, 2);  // and its one column the figure columns
}

}  // namespace
}  // namespace gongkai::report
