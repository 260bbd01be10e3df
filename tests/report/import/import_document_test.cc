// Whole documents: the statutory tables found in them give exactly the cells the grid importer
// reads from the same figures, whatever the format, encoding and split of the tables.
#include <iconv.h>

#include <fstream>
#include <sstream>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "report/import/document.h"
#include "report/import/grid.h"
#include "report/render/render.h"

namespace gongkai::report {
namespace {

using ::testing::HasSubstr;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The example district's report from its grids (examples/reports), year 2023.
v1::AnnualReport Example() {
  std::string texts[3];
  TableGrid grids[3];
  const char* tables[] = {"t2", "t3", "t4"};
  for (int i = 0; i < 3; ++i) {
    texts[i] =
        ReadFile(absl::StrCat(GONGKAI_EXAMPLES_DIR, "/reports/district-a.", tables[i], ".csv"));
    grids[i] = {tables[i], texts[i], tables[i]};
  }
  v1::Agency agency;
  agency.set_name("示例市甲区人民政府");
  absl::StatusOr<ImportedReport> r = ImportReport(agency, 2023, "", grids);
  EXPECT_TRUE(r.ok()) << r.status();
  return r->report;
}

// Every cell's value by key.
std::map<std::string, std::string> Values(const v1::AnnualReport& report) {
  std::map<std::string, std::string> out;
  for (const v1::Cell& c : report.cells()) {
    out[c.key()] = c.has_amount() ? absl::StrCat(c.amount().units(), "e-", c.amount().scale())
                                  : absl::StrCat(c.count());
  }
  return out;
}

DocumentImportOptions Options(std::string source, int year,
                              document::Format format = document::Format::kAuto) {
  DocumentImportOptions options;
  options.source_name = std::move(source);
  options.year = year;
  options.format = format;
  return options;
}

std::string Rendered(const v1::AnnualReport& report, absl::string_view format) {
  absl::StatusOr<RenderFormat> f = ParseRenderFormat(format);
  EXPECT_TRUE(f.ok());
  absl::StatusOr<std::string> text = Render(report, *f);
  EXPECT_TRUE(text.ok()) << text.status();
  return *text;
}

TEST(ImportDocument, CsvWithTitlesGivesEveryCellWithProvenance) {
  const v1::AnnualReport example = Example();
  std::string csv = Rendered(example, "csv-labels");
  DocumentImportOptions options;
  options.source_name = "a.csv";
  options.year = 2023;
  absl::StatusOr<v1::ImportResult> got = ImportDocument(csv, options);
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(Values(got->report()), Values(example));
  EXPECT_EQ(got->report().layout(), "2021");
  EXPECT_EQ(got->document_format(), "csv");
  for (const v1::Cell& c : got->report().cells()) {
    EXPECT_THAT(c.provenance().detail(), HasSubstr("a.csv line ")) << c.key();
    EXPECT_THAT(c.provenance().detail(), HasSubstr(" column ")) << c.key();
  }
}

TEST(ImportDocument, GbkTextIsReadWithAWarning) {
  const v1::AnnualReport example = Example();
  const std::string utf8 = Rendered(example, "csv-labels");
  // The same text in GB18030, as a Chinese Windows machine saves it.
  std::string gbk(utf8.size() * 2, '\0');
  {
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    ASSERT_NE(cd, reinterpret_cast<iconv_t>(-1));
    char* in = const_cast<char*>(utf8.data());
    char* out = gbk.data();
    size_t in_left = utf8.size(), out_left = gbk.size();
    ASSERT_NE(iconv(cd, &in, &in_left, &out, &out_left), static_cast<size_t>(-1));
    gbk.resize(gbk.size() - out_left);
    iconv_close(cd);
  }
  ASSERT_NE(gbk, utf8);
  DocumentImportOptions options;
  options.year = 2023;
  absl::StatusOr<v1::ImportResult> got = ImportDocument(gbk, options);
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(Values(got->report()), Values(example));
  bool warned = false;
  for (const v1::Finding& w : got->warnings()) {
    warned = warned || absl::StrContains(w.explanation_en(), "GB18030");
  }
  EXPECT_TRUE(warned);
}

TEST(ImportDocument, TitleGivesAgencyAndYear) {
  std::string text = absl::StrCat("示例市甲区人民政府2023年政府信息公开工作年度报告\n",
                                  Rendered(Example(), "csv-labels"));
  // As a text export: tab-separated rows.
  text = absl::StrReplaceAll(text, {{",", "\t"}, {"# ", ""}});
  absl::StatusOr<v1::ImportResult> got =
      ImportDocument(text, Options("", 0, document::Format::kText));
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->report().agency().name(), "示例市甲区人民政府");
  EXPECT_EQ(got->report().year(), 2023);
  EXPECT_EQ(got->document_title(), "示例市甲区人民政府2023年政府信息公开工作年度报告");
}

TEST(ImportDocument, FlagsOverrideTheTitle) {
  std::string text =
      absl::StrCat("# 乙县2022年度政府信息公开工作年度报告\n", Rendered(Example(), "csv-labels"));
  DocumentImportOptions options;
  options.agency.set_name("示例市甲区人民政府");
  options.year = 2023;
  absl::StatusOr<v1::ImportResult> got = ImportDocument(text, options);
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->report().agency().name(), "示例市甲区人民政府");
  EXPECT_EQ(got->report().year(), 2023);
}

TEST(ImportDocument, MissingYearIsRefusedNamingIt) {
  absl::StatusOr<v1::ImportResult> got =
      ImportDocument(Rendered(Example(), "csv-labels"), Options("x.csv", 0));
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(got.status().message(), HasSubstr("x.csv: year:"));
}

TEST(ImportDocument, AMissingTableIsNamedForEveryLayout) {
  std::string csv = Rendered(Example(), "csv-labels");
  csv = csv.substr(0, csv.find("# 四、"));
  absl::StatusOr<v1::ImportResult> got = ImportDocument(csv, Options("x.csv", 2023));
  ASSERT_FALSE(got.ok());
  EXPECT_THAT(got.status().message(), HasSubstr("layout 2021: table 四"));
  EXPECT_THAT(got.status().message(), HasSubstr("layout 2019: "));
  EXPECT_THAT(got.status().message(), HasSubstr("not found"));
}

TEST(ImportDocument, AShortTableSaysExpectedAndFound) {
  std::string csv = Rendered(Example(), "csv-labels");
  // Drop table 三's row （四）1.
  const size_t at = csv.find("1.本机关不掌握相关政府信息");
  ASSERT_NE(at, std::string::npos);
  const size_t begin = csv.rfind('\n', at) + 1, end = csv.find('\n', at) + 1;
  csv.erase(begin, end - begin);
  absl::StatusOr<v1::ImportResult> got = ImportDocument(csv, Options("x.csv", 2023));
  ASSERT_FALSE(got.ok());
  EXPECT_THAT(got.status().message(), HasSubstr("table 三"));
  EXPECT_THAT(got.status().message(), HasSubstr("has 25 data rows, found 24"));
}

TEST(ImportDocument, DocxAndXlsxFixturesGiveTheSameCells) {
  const std::string dir = absl::StrCat(GONGKAI_DOCUMENTS_DIR, "/ooxml/report-2021");
  absl::StatusOr<v1::ImportResult> docx =
      ImportDocument(ReadFile(dir + ".docx"), Options("r.docx", 2021));
  absl::StatusOr<v1::ImportResult> xlsx =
      ImportDocument(ReadFile(dir + ".xlsx"), Options("r.xlsx", 2021));
  ASSERT_TRUE(docx.ok()) << docx.status();
  ASSERT_TRUE(xlsx.ok()) << xlsx.status();
  EXPECT_EQ(docx->document_format(), "docx");
  EXPECT_EQ(xlsx->document_format(), "xlsx");
  EXPECT_EQ(Values(docx->report()), Values(xlsx->report()));
  EXPECT_EQ(docx->report().agency().name(), "示例市市场监督管理局");
  for (const v1::Cell& c : xlsx->report().cells()) {
    EXPECT_THAT(c.provenance().detail(), HasSubstr("r.xlsx sheet ")) << c.key();
  }
}

TEST(ImportDocument, TheLayoutComesFromTheTablesNotTheYear) {
  // A 2021-layout report dated 2020: read as 2021, with a warning.
  absl::StatusOr<v1::ImportResult> got =
      ImportDocument(Rendered(Example(), "csv-labels"), Options("x.csv", 2020));
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->report().layout(), "2021");
  bool warned = false;
  for (const v1::Finding& w : got->warnings()) warned = warned || w.rule() == "import-layout";
  EXPECT_TRUE(warned);
}

}  // namespace
}  // namespace gongkai::report

namespace gongkai::report {
namespace {

TEST(ImportDocument, AnArticleInALayoutTableKeepsItsNarrative) {
  // A portal that sets the whole article, statutory tables and all, in one layout cell.
  std::string tables = Rendered(Example(), "html");
  tables = tables.substr(tables.find("<h2>二、"));
  tables = tables.substr(0, tables.find("<h2>五、"));
  const std::string page = absl::StrCat(
      "<html><head><title>示例区2023年政府信息公开工作年度报告</title></head><body>"
      "<table><tr><td>首页</td></tr><tr><td>",
      "<p>一、总体情况</p><p>全年共收到政府信息公开申请", std::string(60, 'x'), "2500件。</p>",
      tables, "<p>五、存在的主要问题及改进情况</p><p>", std::string(200, 'y'), "</p>",
      "<p>六、其他需要报告的事项</p><p>无。</p></td></tr></table></body></html>");
  absl::StatusOr<v1::ImportResult> got = ImportDocument(page, Options("page.html", 0));
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(Values(got->report()), Values(Example()));
  EXPECT_EQ(got->report().overview(),
            "全年共收到政府信息公开申请" + std::string(60, 'x') + "2500件。");
  EXPECT_EQ(got->report().problems(), std::string(200, 'y'));
  EXPECT_EQ(got->report().other_matters(), "无。");
}

}  // namespace
}  // namespace gongkai::report
