// Rendering of an annual report from its layout data: aligned text, Markdown, the CSV grids the
// importer reads back, protobuf JSON, and HTML with the statutory merged cells. Every label,
// span and heading comes from the layout (lib/report/layouts/*.textproto); see the headers of
// render/ for each format's exact shape. Those headers read alike on purpose (an escape function,
// one table, the whole report from ReportParts): each format is one file with one job, and Render
// below is the only dispatch among them.
#ifndef GONGKAI_LIB_REPORT_RENDER_RENDER_H_
#define GONGKAI_LIB_REPORT_RENDER_RENDER_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "gongkai/v1/report.pb.h"

namespace gongkai::report {

enum class RenderFormat {
  kText,           // "text": the whole report, aligned for a terminal (render/text.h)
  kMarkdown,       // "markdown": GitHub-flavoured pipe tables (render/markdown.h)
  kCsv,            // "csv": the numbers-only grids the importer reads (render/csv.h)
  kCsvWithLabels,  // "csv-labels": the same grids with the row label cells first
  kJson,           // "json": the report in the protobuf JSON mapping, cells in statutory order
  kHtml,           // "html": a fragment to paste into a web page (render/html.h)
  kHtmlDocument,   // "html-document": a complete UTF-8 page with table borders
};

// The format named `name` (the names above). InvalidArgument listing the names otherwise.
absl::StatusOr<RenderFormat> ParseRenderFormat(absl::string_view name);

// The name ParseRenderFormat accepts for `format`.
absl::string_view RenderFormatName(RenderFormat format);

// The report in `format`, UTF-8. The errors of ReadFigures (report/figures.h): InvalidArgument
// for a malformed report, NotFound for an unknown layout, OutOfRange for a year outside
// kFirstYear..kLastYear.
absl::StatusOr<std::string> Render(const v1::AnnualReport& report, RenderFormat format);

}  // namespace gongkai::report

#endif  // GONGKAI_LIB_REPORT_RENDER_RENDER_H_
