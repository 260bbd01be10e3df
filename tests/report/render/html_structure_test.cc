// The HTML has the statutory layout: one table per statutory table, the merged cells of the
// official format (spans derived from the layout's trees), and every label exactly as the
// layout data gives it.
#include <algorithm>
#include <functional>
#include <set>
#include <string>

#include "absl/strings/match.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "html_table.h"
#include "report/figures.h"
#include "report/layout.h"
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

std::string Html(const char* layout, RenderFormat format = RenderFormat::kHtml) {
  absl::StatusOr<std::string> html = Render(testing::SampleReport(layout), format);
  EXPECT_TRUE(html.ok()) << html.status();
  return html.ok() ? *html : "";
}

// The one cell of `table` with `text`; fails the test unless there is exactly one.
HtmlCell Only(const HtmlTable& table, absl::string_view text) {
  std::vector<const HtmlCell*> cells = CellsWithText(table, text);
  EXPECT_THAT(cells, SizeIs(1)) << text;
  return cells.empty() ? HtmlCell{} : *cells[0];
}

class HtmlLayout : public ::testing::TestWithParam<const char*> {
 protected:
  const Layout& layout() const { return **FindLayout(GetParam()); }
  std::vector<HtmlTable> tables() const { return ParseHtmlTables(Html(GetParam())); }
  HtmlTable Table(const char* key) const {
    for (HtmlTable& t : tables()) {
      if (t.key == key) return t;
    }
    ADD_FAILURE() << "no table " << key;
    return {};
  }
};

TEST_P(HtmlLayout, HasOneRectangularTablePerStatutoryTable) {
  const std::vector<HtmlTable> t = tables();
  ASSERT_THAT(t, SizeIs(3));
  EXPECT_EQ(t[0].key, "t2");
  EXPECT_EQ(t[1].key, "t3");
  EXPECT_EQ(t[2].key, "t4");
  for (const HtmlTable& table : t) EXPECT_TRUE(table.rectangular) << table.key;
}

TEST_P(HtmlLayout, Table3HasTheOfficialMergedCells) {
  const HtmlTable t = Table("t3");
  const Section& s = layout().sections()[*layout().FindSection("t3", "")];
  EXPECT_EQ(t.width, 3 + 7);
  EXPECT_EQ(t.rows.size(), 3u + s.rows());
  const HtmlCell corner = t.rows[0][0];
  EXPECT_EQ(corner.text, s.spec->corner());
  EXPECT_EQ(corner.rowspan, 3);
  EXPECT_EQ(corner.colspan, 3);
  EXPECT_EQ(Only(t, "申请人情况").colspan, 7);
  EXPECT_EQ(Only(t, "法人或其他组织").colspan, 5);
  EXPECT_EQ(Only(t, "自然人").rowspan, 2);
  EXPECT_EQ(Only(t, "总计").rowspan, 2);
  for (const char* leaf : {"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"}) {
    EXPECT_EQ(Only(t, leaf).rowspan, 1) << leaf;
    EXPECT_EQ(Only(t, leaf).row, 2) << leaf;
  }
  // tables.md: 三、本年度办理结果 spans 20 rows (2019) or 22 (2021).
  EXPECT_EQ(Only(t, "三、本年度办理结果").rowspan, std::string(GetParam()) == "2019" ? 20 : 22);
  EXPECT_EQ(Only(t, "（三）不予公开").rowspan, 8);
  EXPECT_EQ(Only(t, "（四）无法提供").rowspan, 3);
  EXPECT_EQ(Only(t, "（五）不予处理").rowspan, 5);
  EXPECT_EQ(Only(t, "（六）其他处理").rowspan, std::string(GetParam()) == "2019" ? 1 : 3);
  EXPECT_EQ(Only(t, "（六）其他处理").colspan, std::string(GetParam()) == "2019" ? 2 : 1);
  EXPECT_EQ(Only(t, "（七）总计").colspan, 2);
  EXPECT_EQ(Only(t, "一、本年新收政府信息公开申请数量").colspan, 3);
  EXPECT_EQ(Only(t, "四、结转下年度继续办理").colspan, 3);
  EXPECT_EQ(Only(t, "1.属于国家秘密").colspan, 1);
  // Every row group spans its leaves, every leaf row reaches the figures.
  for (int r = 0; r < s.rows(); ++r) {
    for (size_t d = 0; d < s.row_paths[r].size(); ++d) {
      const v1::HeaderNode* node = s.row_paths[r][d];
      int leaves = 0;
      for (const auto& path : s.row_paths) leaves += std::count(path.begin(), path.end(), node);
      for (const HtmlCell* cell : CellsWithText(t, node->label())) {
        if (cell->tag != "th" || cell->row < 3) continue;
        const bool leaf = d + 1 == s.row_paths[r].size();
        EXPECT_EQ(cell->rowspan, leaf ? 1 : leaves) << node->label();
        EXPECT_EQ(cell->column + cell->colspan, leaf ? 3 : static_cast<int>(d) + 1)
            << node->label();
      }
    }
  }
  // The figures: 7 per data row, starting in column 3, in statutory order.
  for (int r = 0; r < s.rows(); ++r) {
    const std::vector<HtmlCell>& row = t.rows[3 + r];
    ASSERT_GE(row.size(), 7u);
    for (int c = 0; c < 7; ++c) {
      const HtmlCell& cell = row[row.size() - 7 + c];
      EXPECT_EQ(cell.tag, "td");
      EXPECT_EQ(cell.column, 3 + c);
      EXPECT_EQ(cell.text, std::to_string(s.CellAt(r, c) + 1));
    }
  }
}

TEST_P(HtmlLayout, Table4HasTheOfficialMergedCells) {
  const HtmlTable t = Table("t4");
  EXPECT_EQ(t.width, 15);
  ASSERT_THAT(t.rows, SizeIs(4));
  EXPECT_EQ(Only(t, "行政复议").colspan, 5);
  EXPECT_EQ(Only(t, "行政诉讼").colspan, 10);
  EXPECT_EQ(Only(t, "未经复议直接起诉").colspan, 5);
  EXPECT_EQ(Only(t, "复议后起诉").colspan, 5);
  for (const char* leaf : {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}) {
    std::vector<const HtmlCell*> cells = CellsWithText(t, leaf);
    ASSERT_THAT(cells, SizeIs(3)) << leaf;
    EXPECT_EQ(cells[0]->rowspan, 2) << leaf;  // under 行政复议, which has no second level
    EXPECT_EQ(cells[1]->rowspan, 1) << leaf;
    EXPECT_EQ(cells[2]->rowspan, 1) << leaf;
  }
  ASSERT_THAT(t.rows[3], SizeIs(15));
  for (const HtmlCell& cell : t.rows[3]) EXPECT_EQ(cell.tag, "td");
  EXPECT_EQ(t.rows[3][14].text, "0");  // absent in the sample: reads as zero
}

TEST_P(HtmlLayout, Table2HasATitleRowAndAHeaderRowPerSection) {
  const HtmlTable t = Table("t2");
  EXPECT_EQ(t.width, 4);
  size_t next = 0;
  for (const Section& s : layout().sections()) {
    if (s.table->key() != "t2") continue;
    ASSERT_LT(next + 1 + s.rows(), t.rows.size());
    const std::vector<HtmlCell>& title = t.rows[next];
    ASSERT_THAT(title, SizeIs(1));
    EXPECT_EQ(title[0].text, s.spec->label());
    EXPECT_EQ(title[0].colspan, 4);
    const std::vector<HtmlCell>& header = t.rows[next + 1];
    ASSERT_THAT(header, SizeIs(1 + s.columns()));
    EXPECT_EQ(header[0].text, "信息内容");
    for (int c = 0; c < s.columns(); ++c) {
      EXPECT_EQ(header[1 + c].text, s.column(c).label());
      // The last column stretches over the columns a narrower section lacks.
      EXPECT_EQ(header[1 + c].colspan, c + 1 == s.columns() ? 4 - s.columns() : 1);
    }
    for (int r = 0; r < s.rows(); ++r) {
      const std::vector<HtmlCell>& row = t.rows[next + 2 + r];
      ASSERT_THAT(row, SizeIs(1 + s.columns()));
      EXPECT_EQ(row[0].text, s.row(r).label());
      EXPECT_EQ(row.back().colspan, 4 - s.columns());
    }
    next += 2 + s.rows();
  }
  EXPECT_EQ(next, t.rows.size());
}

TEST_P(HtmlLayout, EveryLabelIsExactlyAsInTheLayoutData) {
  const std::string html = Html(GetParam());
  std::set<std::string> labels, headings;
  std::function<void(const v1::HeaderNode&)> add = [&](const v1::HeaderNode& node) {
    if (!node.label().empty()) labels.insert(node.label());
    for (const v1::HeaderNode& child : node.children()) add(child);
  };
  for (const v1::TableSpec& table : layout().spec().tables()) {
    for (const v1::SectionSpec& section : table.sections()) {
      if (!section.label().empty()) labels.insert(section.label());
      if (!section.corner().empty()) labels.insert(section.corner());
      for (const v1::HeaderNode& node : section.rows()) add(node);
      for (const v1::HeaderNode& node : section.columns()) add(node);
    }
  }
  for (const v1::ReportSectionSpec& s : layout().spec().report_sections()) {
    headings.insert(s.number() + "、" + s.title());
  }
  ASSERT_THAT(headings, SizeIs(6));
  std::set<std::string> printed;
  for (const HtmlTable& t : ParseHtmlTables(html)) {
    for (const auto& row : t.rows) {
      for (const HtmlCell& cell : row) {
        if (cell.tag == "th" && !cell.text.empty()) printed.insert(cell.text);
      }
    }
  }
  EXPECT_EQ(printed, labels);  // every label, and nothing that is not one
  for (const std::string& heading : headings) {
    EXPECT_THAT(html, HasSubstr("<h2>" + heading + "</h2>\n"));
  }
  EXPECT_THAT(html,
              HasSubstr("<h1>示例市人民政府办公室" + std::to_string(layout().spec().first_year()) +
                        "年政府信息公开工作年度报告</h1>\n"));
}

TEST_P(HtmlLayout, DocumentIsAUtf8PageAroundTheFragment) {
  const std::string fragment = Html(GetParam());
  const std::string document = Html(GetParam(), RenderFormat::kHtmlDocument);
  EXPECT_TRUE(absl::StartsWith(document, "<!DOCTYPE html>\n"));
  EXPECT_THAT(document, HasSubstr("<meta charset=\"utf-8\">"));
  EXPECT_THAT(document, HasSubstr("border: 1px solid"));
  EXPECT_THAT(document, HasSubstr("<body>\n" + fragment + "</body>\n</html>\n"));
  EXPECT_THAT(fragment, ::testing::Not(HasSubstr("<html")));
}

INSTANTIATE_TEST_SUITE_P(BothLayouts, HtmlLayout, ::testing::Values("2019", "2021"),
                         [](const auto& info) { return std::string("Layout") + info.param; });

}  // namespace
}  // namespace gongkai::report
