#include "report/import/document.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/status_macros.h"
#include "document/read.h"
#include "report/figures.h"
#include "report/import/grid.h"
#include "report/import/rows.h"
#include "report/import/sections.h"
#include "report/import/segment.h"
#include "report/import/title.h"
#include "report/layout.h"

namespace gongkai::report {
namespace {

v1::Finding Warning(absl::string_view rule, std::string zh, std::string en) {
  v1::Finding f;
  f.set_rule(std::string(rule));
  f.set_severity(v1::SEVERITY_WARNING);
  f.set_explanation_zh(std::move(zh));
  f.set_explanation_en(std::move(en));
  return f;
}

// The layouts to try, the one asked for or in force for `year` first.
absl::StatusOr<std::vector<const Layout*>> Candidates(absl::string_view id, int year) {
  if (!id.empty()) {
    ASSIGN_OR_RETURN(const Layout* layout, FindLayout(id));
    return std::vector<const Layout*>{layout};
  }
  std::vector<const Layout*> layouts(BuiltinLayouts().begin(), BuiltinLayouts().end());
  // Newest first when the year says nothing.
  std::reverse(layouts.begin(), layouts.end());
  std::stable_partition(layouts.begin(), layouts.end(),
                        [year](const Layout* l) { return year != 0 && l->Covers(year); });
  return layouts;
}

struct Tables {
  Figures figures;
  std::vector<v1::Finding> warnings;
};

// All of `layout`'s tables from `doc`, or the first reason they do not read.
absl::StatusOr<Tables> ReadTables(const Layout& layout, const document::Document& doc,
                                  absl::string_view source) {
  ASSIGN_OR_RETURN(std::vector<importer::Segment> segments, importer::FindTables(layout, doc));
  Tables out{Figures::Empty(layout), {}};
  for (const importer::Segment& segment : segments) {
    absl::StatusOr<ImportResult> one =
        importer::ReadRows(layout, *segment.table, segment.rows, source, {});
    if (!one.ok()) {
      return absl::InvalidArgumentError(absl::StrCat("table ", segment.table->number(), " (",
                                                     segment.where, "): ", one.status().message()));
    }
    importer::MergeImported(*std::move(one), &out.figures, &out.warnings);
  }
  return out;
}

std::string SourceName(const DocumentImportOptions& options) {
  return options.source_name.empty() ? "document" : options.source_name;
}

}  // namespace

absl::StatusOr<v1::ImportResult> ImportDocument(absl::string_view bytes,
                                                const DocumentImportOptions& options) {
  const std::string source = SourceName(options);
  absl::StatusOr<document::Document> doc = document::Read(bytes, options.format, options.limits);
  if (!doc.ok()) {
    return absl::Status(doc.status().code(), absl::StrCat(source, ": ", doc.status().message()));
  }
  return ImportDocument(*doc, options);
}

absl::StatusOr<v1::ImportResult> ImportDocument(const document::Document& doc,
                                                const DocumentImportOptions& options) {
  const std::string source = SourceName(options);
  const importer::ReportTitle title = importer::FindReportTitle(doc);
  const int year = options.year != 0 ? options.year : title.year;
  if (year == 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        source, ": year: ",
        title.text.empty() ? "no title names the report (\"…年政府信息公开工作年度报告\")"
                           : absl::StrCat("the title “", title.text, "” has no year"),
        "; give the year"));
  }
  RETURN_IF_ERROR(CheckReportYear(year));
  ASSIGN_OR_RETURN(std::vector<const Layout*> layouts, Candidates(options.layout, year));
  std::vector<std::string> reasons;
  const Layout* chosen = nullptr;
  Tables tables;
  for (const Layout* layout : layouts) {
    absl::StatusOr<Tables> read = ReadTables(*layout, doc, source);
    if (read.ok()) {
      chosen = layout;
      tables = *std::move(read);
      break;
    }
    reasons.push_back(absl::StrCat("layout ", layout->id(), ": ", read.status().message()));
  }
  if (chosen == nullptr) {
    return absl::InvalidArgumentError(absl::StrCat(
        source, ": ",
        layouts.size() == 1 ? "the tables do not read as " : "no layout explains the tables; ",
        absl::StrJoin(reasons, "; ")));
  }
  v1::ImportResult result;
  v1::AnnualReport& report = *result.mutable_report();
  *report.mutable_agency() = options.agency;
  if (report.agency().name().empty()) report.mutable_agency()->set_name(title.agency);
  report.set_year(year);
  report.set_layout(chosen->id());
  WriteFigures(tables.figures, &report);
  importer::ReadNarrative(*chosen, doc, &report);
  result.set_document_format(std::string(document::FormatName(doc.format)));
  result.set_document_title(title.text);
  for (const std::string& note : doc.notes) {
    *result.add_warnings() = Warning("import-document", absl::StrCat(source, "：", note),
                                     absl::StrCat(source, ": ", note));
  }
  if (!chosen->Covers(year)) {
    *result.add_warnings() = Warning(
        "import-layout",
        absl::StrCat("表格为 ", chosen->id(), " 年版格式，而 ", year, " 年度报告应使用 ",
                     LayoutFor("", year).ok() ? (*LayoutFor("", year))->id() : "?", " 年版格式"),
        absl::StrCat("the tables have the shape of layout ", chosen->id(),
                     ", which is not the layout in force for ", year));
  }
  if (report.agency().name().empty()) {
    *result.add_warnings() =
        Warning("import-document", absl::StrCat(source, "：标题中未找到机关名称"),
                absl::StrCat(source, ": no agency name in the title"));
  }
  for (v1::Finding& f : tables.warnings) *result.add_warnings() = std::move(f);
  return result;
}

}  // namespace gongkai::report
