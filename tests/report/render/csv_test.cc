// CSV: the grids are what the importer reads (import ∘ export is the identity), labels are
// quoted when they need it, and the whole report marks each table with a comment line.
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "report/figures.h"
#include "report/import/grid.h"
#include "report/layout.h"
#include "report/render/csv.h"
#include "report/render/render.h"
#include "sample_report.h"

namespace gongkai::report {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

class CsvLayout : public ::testing::TestWithParam<const char*> {
 protected:
  Figures Sample() const {
    absl::StatusOr<Figures> f = ReadFigures(testing::SampleReport(GetParam()));
    EXPECT_TRUE(f.ok()) << f.status();
    return *f;
  }
};

TEST_P(CsvLayout, ImportOfExportIsTheIdentity) {
  const Figures original = Sample();
  const Layout& layout = *original.layout;
  for (const v1::TableSpec& table : layout.spec().tables()) {
    for (bool labels : {false, true}) {
      const std::string grid = RenderCsvTable(original, table, labels);
      absl::StatusOr<ImportResult> imported = ImportGrid(layout, table.key(), grid, "grid.csv");
      ASSERT_TRUE(imported.ok()) << imported.status() << "\n" << grid;
      EXPECT_THAT(imported->warnings, IsEmpty()) << grid;
      for (size_t i = 0; i < layout.cells().size(); ++i) {
        if (layout.sections()[layout.cells()[i].section].table != &table) continue;
        EXPECT_EQ(imported->figures.values[i].units, original.values[i].units)
            << layout.cells()[i].key;
        EXPECT_EQ(imported->figures.values[i].scale, original.values[i].scale)
            << layout.cells()[i].key;
      }
      EXPECT_EQ(RenderCsvTable(imported->figures, table, labels), grid);
    }
  }
}

TEST_P(CsvLayout, WholeReportIsTheGridsUnderCommentLines) {
  absl::StatusOr<std::string> csv = Render(testing::SampleReport(GetParam()), RenderFormat::kCsv);
  ASSERT_TRUE(csv.ok()) << csv.status();
  const Figures f = Sample();
  std::string expected;
  for (const v1::TableSpec& table : f.layout->spec().tables()) {
    if (!expected.empty()) expected += "\n";
    expected +=
        "# " + table.number() + "、" + table.title() + "\n" + RenderCsvTable(f, table, false);
  }
  EXPECT_EQ(*csv, expected);
  // Each table's part, comment line included, imports on its own.
  std::vector<std::string> parts = absl::StrSplit(*csv, "\n\n");
  ASSERT_EQ(parts.size(), 3u);
  for (size_t t = 0; t < parts.size(); ++t) {
    const std::string& key = f.layout->spec().tables(t).key();
    EXPECT_TRUE(ImportGrid(*f.layout, key, parts[t], "report.csv").ok()) << key;
  }
}

INSTANTIATE_TEST_SUITE_P(BothLayouts, CsvLayout, ::testing::Values("2019", "2021"),
                         [](const auto& info) { return std::string("Layout") + info.param; });

TEST(Csv, GridsHaveTheDocumentedShape) {
  absl::StatusOr<Figures> f = ReadFigures(testing::SampleReport("2021"));
  ASSERT_TRUE(f.ok()) << f.status();
  const Layout& layout = *f->layout;
  const std::string t3 = RenderCsvTable(*f, *layout.FindTable("t3"), true);
  const std::vector<std::string> lines = absl::StrSplit(t3, '\n', absl::SkipEmpty());
  ASSERT_EQ(lines.size(), 25u);
  EXPECT_EQ(lines[0], "一、本年新收政府信息公开申请数量,,,11,12,13,14,15,16,17");
  EXPECT_THAT(lines[2], ::testing::StartsWith("三、本年度办理结果,（一）予以公开,,"));
  EXPECT_THAT(lines[4], ::testing::StartsWith("三、本年度办理结果,（三）不予公开,1.属于国家秘密,"));
  const std::string t4 = RenderCsvTable(*f, *layout.FindTable("t4"), true);
  EXPECT_THAT(t4, ::testing::StartsWith(","));
  EXPECT_THAT(t4, ::testing::EndsWith(",0\n"));  // the absent cell
  const std::string t2 = RenderCsvTable(*f, *layout.FindTable("t2"), false);
  EXPECT_THAT(t2, ::testing::EndsWith("\n12.50\n"));  // the scale is kept
}

TEST(Csv, AmountsCarryNoUnit) {
  absl::StatusOr<std::string> csv =
      Render(testing::SampleReport("2019"), RenderFormat::kCsvWithLabels);
  ASSERT_TRUE(csv.ok()) << csv.status();
  EXPECT_THAT(*csv, HasSubstr("第二十条第（九）项,政府集中采购,"));
  EXPECT_THAT(*csv, HasSubstr(",3021.45\n"));
  EXPECT_THAT(*csv, Not(HasSubstr("元")));
  EXPECT_THAT(*csv, HasSubstr("第二十条第（五）项,行政许可,"));
  EXPECT_THAT(*csv, HasSubstr(",-3,"));
}

TEST(Csv, QuotesCellsThatNeedIt) {
  EXPECT_EQ(CsvCell("规章"), "规章");
  EXPECT_EQ(CsvCell("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvCell("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvCell("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvCell("#1"), "\"#1\"");
  EXPECT_EQ(CsvCell("（区分处理的，只计这一情形）"),
            "（区分处理的，只计这一情形）");  // full-width comma
}

TEST(Csv, LabelsWithCommasRoundTrip) {
  v1::LayoutSpec spec;
  spec.set_id("test");
  v1::TableSpec* table = spec.add_tables();
  table->set_key("tx");
  v1::SectionSpec* s = table->add_sections();
  s->set_label("item, one");
  v1::HeaderNode* row = s->add_rows();
  row->set_key("r");
  row->set_label("a,b \"quoted\"");
  v1::HeaderNode* column = s->add_columns();
  column->set_key("c");
  column->set_label("C");
  column->set_kind(v1::VALUE_KIND_COUNT);
  absl::StatusOr<std::unique_ptr<Layout>> layout = Layout::FromSpec(spec);
  ASSERT_TRUE(layout.ok()) << layout.status();
  Figures f = Figures::Empty(**layout);
  f.values[0] = Dec{42, 0};
  const std::string grid = RenderCsvTable(f, (*layout)->spec().tables(0), true);
  EXPECT_EQ(grid, "\"item, one\",\"a,b \"\"quoted\"\"\",42\n");
  absl::StatusOr<ImportResult> imported = ImportGrid(**layout, "tx", grid, "x.csv");
  ASSERT_TRUE(imported.ok()) << imported.status();
  EXPECT_EQ(imported->figures.values[0].units, 42);
  EXPECT_THAT(imported->warnings, IsEmpty());
}

}  // namespace
}  // namespace gongkai::report
