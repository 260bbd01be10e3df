#include "report/check/page.h"

#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "report/figures.h"
#include "report/render/html.h"

namespace gongkai::report::check {
namespace {

constexpr absl::string_view kHead = R"(<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>政府信息公开工作年度报告审核 / Annual report check</title>
<style>
body { font-family: sans-serif; margin: 1em 2em; }
section.document { border-top: 2px solid #444; margin-top: 2em; }
.verdict.error, .verdict.unreadable { color: #b00; font-weight: bold; }
.verdict.warning { color: #a60; }
.verdict.ok { color: #070; }
.pair { display: flex; gap: 2em; align-items: flex-start; }
table.gongkai-table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
table.gongkai-table th, table.gongkai-table td { border: 1px solid #000; padding: 0.2em 0.5em; }
table.gongkai-table th { font-weight: normal; }
table.gongkai-table td { text-align: right; }
td.finding { background: #fdd; outline: 2px solid #c00; }
ol.findings li.error { color: #b00; }
ol.findings li.warning { color: #850; }
</style>
</head>
<body>
<h1>政府信息公开工作年度报告审核 / Annual report check</h1>
)";

std::string Verdict(const v1::DocumentCheck& d) {
  if (!d.unreadable().empty()) {
    absl::string_view why = d.unreadable();
    absl::ConsumePrefix(&why, absl::StrCat(d.source(), ": "));  // the line names it already
    return absl::StrCat("unreadable: ", why);
  }
  const v1::AnnualReport& r = d.imported().report();
  return absl::StrCat(
      r.agency().name().empty() ? "(no agency)" : r.agency().name(), " ", r.year(), " (layout ",
      r.layout(), "): ", d.error_count(), d.error_count() == 1 ? " error, " : " errors, ",
      d.warning_count(), d.warning_count() == 1 ? " warning" : " warnings",
      d.previous_source().empty() ? "" : absl::StrCat("; checked against ", d.previous_source()));
}

const char* VerdictClass(const v1::DocumentCheck& d) {
  if (!d.unreadable().empty()) return "unreadable";
  if (d.error_count() > 0) return "error";
  return d.warning_count() > 0 ? "warning" : "ok";
}

void AppendFinding(int number, const v1::Finding& f, std::string* out) {
  absl::StrAppend(out, "<li value=\"", number, "\" class=\"",
                  f.severity() == v1::SEVERITY_ERROR ? "error" : "warning", "\" data-rule=\"",
                  HtmlEscape(f.rule()), "\"><b>", HtmlEscape(f.rule()), "</b> ",
                  HtmlEscape(f.explanation_zh()), "<br><small>", HtmlEscape(f.explanation_en()),
                  "</small></li>\n");
}

void AppendDocument(const v1::DocumentCheck& d, std::string* out) {
  absl::StrAppend(out, "<section class=\"document\">\n<h2>", HtmlEscape(d.source()), "</h2>\n");
  if (!d.imported().document_title().empty()) {
    absl::StrAppend(out, "<p class=\"title\">", HtmlEscape(d.imported().document_title()),
                    "</p>\n");
  }
  absl::StrAppend(out, "<p class=\"verdict ", VerdictClass(d), "\">", HtmlEscape(Verdict(d)),
                  "</p>\n");
  if (!d.unreadable().empty()) {
    *out += "</section>\n";
    return;
  }
  absl::StatusOr<Figures> figures = ReadFigures(d.imported().report());
  if (!figures.ok()) {
    *out += "</section>\n";
    return;
  }
  const Layout& layout = *figures->layout;
  // Number every finding once, import warnings first; a table lists those naming its cells.
  std::vector<const v1::Finding*> all;
  for (const v1::Finding& f : d.imported().warnings()) all.push_back(&f);
  for (const v1::Finding& f : d.findings()) all.push_back(&f);
  std::vector<bool> shown(all.size(), false);
  for (const v1::TableSpec& table : layout.spec().tables()) {
    CellMarks marks;
    std::string list;
    for (size_t i = 0; i < all.size(); ++i) {
      bool here = false;
      for (const v1::CellRef& ref : all[i]->cells()) {
        std::optional<int> cell = layout.FindCell(ref.key());
        if (!cell) continue;
        if (layout.sections()[layout.cells()[*cell].section].table != &table) continue;
        std::string& mark = marks[*cell];
        const std::string number = absl::StrCat(i + 1);
        if (mark.empty()) {
          mark = number;
        } else if (!absl::EndsWith(mark, number)) {
          absl::StrAppend(&mark, ",", number);
        }
        here = true;
      }
      if (here) {
        AppendFinding(static_cast<int>(i + 1), *all[i], &list);
        shown[i] = true;
      }
    }
    absl::StrAppend(out, "<h3>", HtmlEscape(table.number()), "、", HtmlEscape(table.title()),
                    "</h3>\n<div class=\"pair\">\n", RenderHtmlTable(*figures, table, &marks),
                    "<ol class=\"findings\">\n", list, "</ol>\n</div>\n");
  }
  std::string rest;
  for (size_t i = 0; i < all.size(); ++i) {
    if (!shown[i]) AppendFinding(static_cast<int>(i + 1), *all[i], &rest);
  }
  if (!rest.empty()) {
    absl::StrAppend(out, "<h3>其他 / Other findings</h3>\n<ol class=\"findings\">\n", rest,
                    "</ol>\n");
  }
  *out += "</section>\n";
}

}  // namespace

std::string CheckText(const v1::CheckResult& result) {
  std::string out;
  for (const v1::DocumentCheck& d : result.documents()) {
    absl::StrAppend(&out, d.source(), ": ", Verdict(d), "\n");
  }
  absl::StrAppend(&out, "documents: ", result.documents_size(), ", errors: ", result.error_count(),
                  ", warnings: ", result.warning_count(),
                  ", unreadable: ", result.unreadable_count(), "\n");
  return out;
}

std::string CheckPage(const v1::CheckResult& result) {
  std::string out(kHead);
  absl::StrAppend(&out, "<pre class=\"summary\">", HtmlEscape(CheckText(result)), "</pre>\n");
  for (const v1::DocumentCheck& d : result.documents()) AppendDocument(d, &out);
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace gongkai::report::check
