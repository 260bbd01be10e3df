#include "report/render/html.h"

#include "absl/strings/str_cat.h"
#include "report/render/grid.h"

namespace gongkai::report {
namespace {

constexpr absl::string_view kDocumentHead = R"(<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>)";

constexpr absl::string_view kStyle = R"(</title>
<style>
table.gongkai-table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
table.gongkai-table th, table.gongkai-table td { border: 1px solid #000; padding: 0.3em 0.6em; }
table.gongkai-table th { font-weight: normal; }
table.gongkai-table td { text-align: right; }
</style>
</head>
<body>
)";

constexpr absl::string_view kDocumentTail = "</body>\n</html>\n";

void AppendCell(const GridCell& cell, const CellMarks* marks, std::string* out) {
  const absl::string_view tag = cell.kind == GridCell::Kind::kValue ? "td" : "th";
  const std::string* mark = nullptr;
  if (marks != nullptr && cell.cell >= 0) {
    auto it = marks->find(cell.cell);
    if (it != marks->end()) mark = &it->second;
  }
  absl::StrAppend(out, "<", tag);
  if (mark != nullptr) {
    absl::StrAppend(out, " class=\"finding\" data-findings=\"", HtmlEscape(*mark), "\"");
  }
  if (cell.rowspan > 1) absl::StrAppend(out, " rowspan=\"", cell.rowspan, "\"");
  if (cell.colspan > 1) absl::StrAppend(out, " colspan=\"", cell.colspan, "\"");
  absl::StrAppend(out, ">", HtmlEscape(cell.text));
  if (mark != nullptr) absl::StrAppend(out, "<sup>", HtmlEscape(*mark), "</sup>");
  absl::StrAppend(out, "</", tag, ">");
}

}  // namespace

std::string HtmlEscape(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string RenderHtmlTable(const Figures& figures, const v1::TableSpec& table,
                            const CellMarks* marks) {
  std::string out = absl::StrCat("<table class=\"gongkai-table\" data-table=\"",
                                 HtmlEscape(table.key()), "\">\n");
  for (const std::vector<GridCell>& row : TableGrid(figures, table).rows) {
    out += "<tr>";
    for (const GridCell& cell : row) AppendCell(cell, marks, &out);
    out += "</tr>\n";
  }
  out += "</table>\n";
  return out;
}

std::string RenderHtml(const v1::AnnualReport& report, const Figures& figures,
                       const std::vector<ReportPart>& parts, bool document) {
  const std::string title = HtmlEscape(ReportTitle(report));
  std::string out;
  if (document) absl::StrAppend(&out, kDocumentHead, title, kStyle);
  absl::StrAppend(&out, "<h1>", title, "</h1>\n");
  for (const ReportPart& part : parts) {
    absl::StrAppend(&out, "<h2>", HtmlEscape(part.heading), "</h2>\n");
    if (part.table != nullptr) {
      out += RenderHtmlTable(figures, *part.table);
      continue;
    }
    for (absl::string_view paragraph : Paragraphs(part.text)) {
      absl::StrAppend(&out, "<p>", HtmlEscape(paragraph), "</p>\n");
    }
  }
  if (document) absl::StrAppend(&out, kDocumentTail);
  return out;
}

}  // namespace gongkai::report
