// The entry point: format names, JSON, errors, and the report's parts from the layout data.
#include "report/render/render.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "messages/registry.h"
#include "report/figures.h"
#include "report/layout.h"
#include "report/render/common.h"
#include "sample_report.h"

namespace gongkai::report {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST(RenderFormat, ParsesEveryName) {
  for (const char* name :
       {"text", "markdown", "csv", "csv-labels", "json", "html", "html-document"}) {
    absl::StatusOr<RenderFormat> format = ParseRenderFormat(name);
    ASSERT_TRUE(format.ok()) << name;
    EXPECT_EQ(RenderFormatName(*format), name);
  }
  EXPECT_EQ(*ParseRenderFormat("csv-labels"), RenderFormat::kCsvWithLabels);
  EXPECT_EQ(*ParseRenderFormat("html-document"), RenderFormat::kHtmlDocument);
}

TEST(RenderFormat, RejectsOtherNames) {
  for (const char* name : {"pdf", "", "TEXT", "html "}) {
    absl::StatusOr<RenderFormat> format = ParseRenderFormat(name);
    ASSERT_FALSE(format.ok()) << name;
    EXPECT_EQ(format.status().code(), absl::StatusCode::kInvalidArgument);
  }
  EXPECT_THAT(
      std::string(ParseRenderFormat("pdf").status().message()),
      HasSubstr(
          "\"pdf\" is not one of text, markdown, csv, csv-labels, json, html, html-document"));
}

TEST(Render, JsonIsTheReportWithEveryCellInStatutoryOrder) {
  const v1::AnnualReport report = testing::SampleReport("2021");
  absl::StatusOr<std::string> json = Render(report, RenderFormat::kJson);
  ASSERT_TRUE(json.ok()) << json.status();
  v1::AnnualReport parsed;
  ASSERT_TRUE(messages::ParseJson(*json, false, &parsed).ok());
  // Stated apart from RenderJson (which writes through ReadFigures/WriteFigures): every cell of
  // the report as it was given, value, unit and provenance, in the layout's order; a cell the
  // report omits as a zero of its kind; everything else unchanged.
  v1::AnnualReport rest = parsed, given = report;
  rest.clear_cells();
  given.clear_cells();
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(rest, given));
  const Layout& layout = **FindLayout("2021");
  ASSERT_EQ(parsed.cells_size(), static_cast<int>(layout.cells().size()));  // the absent one too
  int absent = 0;
  for (int i = 0; i < parsed.cells_size(); ++i) {
    const v1::Cell& cell = parsed.cells(i);
    EXPECT_EQ(cell.key(), layout.cells()[i].key);
    const v1::Cell* in = nullptr;
    for (const v1::Cell& c : report.cells()) {
      if (c.key() == cell.key()) in = &c;
    }
    if (in != nullptr) {
      EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(cell, *in))
          << cell.ShortDebugString() << " given as " << in->ShortDebugString();
      continue;
    }
    ++absent;
    if (layout.cells()[i].kind == v1::VALUE_KIND_AMOUNT) {
      EXPECT_TRUE(cell.has_amount() && cell.amount().units() == 0) << cell.ShortDebugString();
    } else {
      EXPECT_TRUE(cell.has_count() && cell.count() == 0) << cell.ShortDebugString();
    }
  }
  EXPECT_EQ(absent, 1);
  EXPECT_THAT(*json, HasSubstr("\n \"year\": 2021,"));  // pretty
}

TEST(Render, FailsOnAMalformedReport) {
  v1::AnnualReport report = testing::SampleReport("2021");
  report.mutable_cells(0)->set_key("t9.nothing");
  for (RenderFormat format : {RenderFormat::kText, RenderFormat::kJson, RenderFormat::kHtml}) {
    absl::StatusOr<std::string> out = Render(report, format);
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(std::string(out.status().message()), HasSubstr("t9.nothing"));
  }
  report = testing::SampleReport("2021");
  report.set_layout("1999");
  EXPECT_EQ(Render(report, RenderFormat::kText).status().code(), absl::StatusCode::kNotFound);
  report.set_layout("");
  report.set_year(2018);
  EXPECT_EQ(Render(report, RenderFormat::kText).status().code(), absl::StatusCode::kOutOfRange);
}

TEST(Render, AnEmptyReportRendersAsZeros) {
  v1::AnnualReport report;
  report.set_year(2022);
  for (RenderFormat format :
       {RenderFormat::kText, RenderFormat::kMarkdown, RenderFormat::kCsv, RenderFormat::kHtml}) {
    absl::StatusOr<std::string> out = Render(report, format);
    ASSERT_TRUE(out.ok()) << out.status();
    EXPECT_THAT(*out, HasSubstr("0")) << RenderFormatName(format);
  }
  EXPECT_EQ(ReportTitle(report), "2022年政府信息公开工作年度报告");
}

std::vector<std::string> Headings(const std::vector<ReportPart>& parts) {
  std::vector<std::string> out;
  for (const ReportPart& part : parts) out.push_back(part.heading);
  return out;
}

TEST(ReportParts, FollowTheLayoutData) {
  const v1::AnnualReport report = testing::SampleReport("2019");
  absl::StatusOr<std::vector<ReportPart>> parts = ReportParts(report, **FindLayout("2019"));
  ASSERT_TRUE(parts.ok()) << parts.status();
  EXPECT_THAT(
      Headings(*parts),
      ElementsAre("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                  "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
                  "六、其他需要报告的事项"));
  EXPECT_EQ((*parts)[0].text, report.overview());
  EXPECT_EQ((*parts)[0].table, nullptr);
  EXPECT_EQ((*parts)[2].table->key(), "t3");
  EXPECT_EQ((*parts)[4].text, report.problems());
  EXPECT_EQ((*parts)[5].text, report.other_matters());
}

v1::LayoutSpec OneTableSpec() {
  v1::LayoutSpec spec;
  spec.set_id("test");
  v1::TableSpec* table = spec.add_tables();
  table->set_key("tx");
  table->set_number("九");
  table->set_title("测试表");
  v1::SectionSpec* s = table->add_sections();
  s->add_rows()->set_key("r");
  v1::HeaderNode* c = s->add_columns();
  c->set_key("c");
  c->set_kind(v1::VALUE_KIND_COUNT);
  return spec;
}

TEST(ReportParts, WithoutSectionDataAreTheTables) {
  absl::StatusOr<std::unique_ptr<Layout>> layout = Layout::FromSpec(OneTableSpec());
  ASSERT_TRUE(layout.ok()) << layout.status();
  absl::StatusOr<std::vector<ReportPart>> parts = ReportParts(v1::AnnualReport(), **layout);
  ASSERT_TRUE(parts.ok()) << parts.status();
  EXPECT_THAT(Headings(*parts), ElementsAre("九、测试表"));
}

// A section naming no table or text is a broken layout: Layout::FromSpec refuses it, so no
// renderer ever meets one.
TEST(ReportParts, SectionsNamingNothingAreRefusedWithTheLayout) {
  v1::LayoutSpec spec = OneTableSpec();
  v1::ReportSectionSpec* section = spec.add_report_sections();
  section->set_number("一");
  section->set_title("总体情况");
  section->set_narrative("year");  // not a text field
  EXPECT_EQ(Layout::FromSpec(spec).status().code(), absl::StatusCode::kInvalidArgument);
  section->set_narrative("");
  section->set_table("t9");
  absl::StatusOr<std::unique_ptr<Layout>> layout = Layout::FromSpec(spec);
  EXPECT_EQ(layout.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(layout.status().message()), HasSubstr("report section 一"));
}

TEST(Paragraphs, AreTheNonEmptyLines) {
  EXPECT_THAT(Paragraphs("a\r\n\nb\n"), ElementsAre("a", "b"));
  EXPECT_THAT(Paragraphs(""), ::testing::IsEmpty());
}

}  // namespace
}  // namespace gongkai::report
