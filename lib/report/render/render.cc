#include "report/render/render.h"

#include <vector>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/status_macros.h"
#include "messages/registry.h"
#include "report/figures.h"
#include "report/render/common.h"
#include "report/render/csv.h"
#include "report/render/html.h"
#include "report/render/markdown.h"
#include "report/render/text.h"

namespace gongkai::report {
namespace {

constexpr RenderFormat kFormats[] = {
    RenderFormat::kText,          RenderFormat::kMarkdown, RenderFormat::kCsv,
    RenderFormat::kCsvWithLabels, RenderFormat::kJson,     RenderFormat::kHtml,
    RenderFormat::kHtmlDocument,
};

// The report with every cell of its layout in statutory order, in the protobuf JSON mapping.
absl::StatusOr<std::string> RenderJson(const v1::AnnualReport& report, const Figures& figures) {
  v1::AnnualReport copy = report;
  WriteFigures(figures, &copy);
  messages::JsonPrintOptions options;
  options.pretty = true;
  return messages::MessageToJson(copy, options);
}

}  // namespace

absl::StatusOr<RenderFormat> ParseRenderFormat(absl::string_view name) {
  std::vector<absl::string_view> names;
  for (RenderFormat format : kFormats) {
    if (RenderFormatName(format) == name) return format;
    names.push_back(RenderFormatName(format));
  }
  return absl::InvalidArgumentError(absl::StrCat("render format \"", absl::CHexEscape(name),
                                                 "\" is not one of ", absl::StrJoin(names, ", ")));
}

absl::string_view RenderFormatName(RenderFormat format) {
  switch (format) {
    case RenderFormat::kText:
      return "text";
    case RenderFormat::kMarkdown:
      return "markdown";
    case RenderFormat::kCsv:
      return "csv";
    case RenderFormat::kCsvWithLabels:
      return "csv-labels";
    case RenderFormat::kJson:
      return "json";
    case RenderFormat::kHtml:
      return "html";
    case RenderFormat::kHtmlDocument:
      return "html-document";
  }
  return "";
}

absl::StatusOr<std::string> Render(const v1::AnnualReport& report, RenderFormat format) {
  ASSIGN_OR_RETURN(const Figures figures, ReadFigures(report));
  if (format == RenderFormat::kJson) return RenderJson(report, figures);
  ASSIGN_OR_RETURN(const std::vector<ReportPart> parts, ReportParts(report, *figures.layout));
  switch (format) {
    case RenderFormat::kText:
      return RenderText(report, figures, parts);
    case RenderFormat::kMarkdown:
      return RenderMarkdown(report, figures, parts);
    case RenderFormat::kCsv:
      return RenderCsv(figures, parts, /*with_labels=*/false);
    case RenderFormat::kCsvWithLabels:
      return RenderCsv(figures, parts, /*with_labels=*/true);
    case RenderFormat::kHtml:
      return RenderHtml(report, figures, parts, /*document=*/false);
    case RenderFormat::kHtmlDocument:
      return RenderHtml(report, figures, parts, /*document=*/true);
    case RenderFormat::kJson:
      break;
  }
  return absl::InvalidArgumentError(
      absl::StrCat("render format ", static_cast<int>(format), " is unknown"));
}

}  // namespace gongkai::report
