#include "registry/status_render.h"

#include "absl/strings/str_cat.h"
#include "messages/registry.h"
#include "report/render/html.h"

namespace gongkai::registry {
namespace {

using report::HtmlEscape;

// The state in Chinese and English, for the page.
absl::string_view StateLabel(v1::AgencyStatus::State state) {
  switch (state) {
    case v1::AgencyStatus::STATE_FILED:
      return "已报送 / filed";
    case v1::AgencyStatus::STATE_LOCKED:
      return "已锁定 / locked";
    case v1::AgencyStatus::STATE_ACCEPTED:
      return "已接收 / accepted";
    default:
      return "未报送 / missing";
  }
}

std::string Scope(const v1::RegistryStatus& status) {
  return status.under().empty() ? "every agency" : absl::StrCat("under ", status.under());
}

std::string Totals(const v1::RegistryStatus& s) {
  return absl::StrCat(s.expected(), " expected, ", s.missing(), " missing, ", s.filed(), " filed, ",
                      s.locked(), " locked, ", s.accepted(), " accepted");
}

constexpr absl::string_view kHead = R"(<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>)";

constexpr absl::string_view kStyle = R"(</title>
<style>
body { font-family: sans-serif; margin: 1em 2em; }
.completeness.complete { color: #070; font-weight: bold; }
.completeness.incomplete { color: #b00; font-weight: bold; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #888; padding: 0.2em 0.6em; }
td { white-space: nowrap; }
th { background: #eee; font-weight: normal; text-align: left; }
td.number { text-align: right; }
tr.state-missing td.state { color: #b00; font-weight: bold; }
tr.state-filed td.state { color: #a60; }
tr.state-locked td.state { color: #06a; }
tr.state-accepted td.state { color: #070; }
td.open { background: #fdd; }
</style>
</head>
<body>
)";

void AppendTotals(const v1::RegistryStatus& s, std::string* out) {
  const std::pair<absl::string_view, int> totals[] = {{"应报送 / expected", s.expected()},
                                                      {"未报送 / missing", s.missing()},
                                                      {"已报送 / filed", s.filed()},
                                                      {"已锁定 / locked", s.locked()},
                                                      {"已接收 / accepted", s.accepted()}};
  const absl::string_view keys[] = {"expected", "missing", "filed", "locked", "accepted"};
  *out += "<table class=\"totals\">\n<tr>";
  for (const auto& [label, unused] : totals) absl::StrAppend(out, "<th>", label, "</th>");
  *out += "</tr>\n<tr>";
  for (size_t i = 0; i < 5; ++i) {
    absl::StrAppend(out, "<td class=\"number\" data-total=\"", keys[i], "\">", totals[i].second,
                    "</td>");
  }
  *out += "</tr>\n</table>\n";
}

void AppendRow(const v1::AgencyStatus& a, std::string* out) {
  const absl::string_view state = StateName(a.state());
  absl::StrAppend(out, "<tr class=\"state-", state, "\" data-agency=\"", HtmlEscape(a.agency_id()),
                  "\" data-depth=\"", a.depth(),
                  "\"><td class=\"name\" style=\"padding-left:", 0.6 + 1.5 * a.depth(), "em\">",
                  HtmlEscape(a.name()), "</td><td class=\"id\">", HtmlEscape(a.agency_id()),
                  "</td><td class=\"state\">", StateLabel(a.state()),
                  "</td><td class=\"number version\">",
                  a.latest_number() > 0 ? absl::StrCat(a.latest_number()) : "", "</td>");
  for (int open : {a.open_errors(), a.open_warnings()}) {
    absl::StrAppend(out, "<td class=\"number", open > 0 ? " open" : "", "\">", open, "</td>");
  }
  *out += "</tr>\n";
}

}  // namespace

absl::string_view StateName(v1::AgencyStatus::State state) {
  switch (state) {
    case v1::AgencyStatus::STATE_FILED:
      return "filed";
    case v1::AgencyStatus::STATE_LOCKED:
      return "locked";
    case v1::AgencyStatus::STATE_ACCEPTED:
      return "accepted";
    default:
      return "missing";
  }
}

std::string RenderStatusText(const v1::RegistryStatus& status) {
  std::string out;
  for (const v1::AgencyStatus& a : status.agencies()) {
    absl::StrAppend(&out, std::string(2 * a.depth(), ' '), a.agency_id(), "  ", a.name(), "  ",
                    StateName(a.state()));
    if (a.latest_number() > 0) absl::StrAppend(&out, ", version ", a.latest_number());
    if (a.open_errors() > 0 || a.open_warnings() > 0) {
      absl::StrAppend(&out, ", open: ", a.open_errors(), " errors, ", a.open_warnings(),
                      " warnings");
    }
    out += "\n";
  }
  absl::StrAppend(&out, status.year(), ", ", Scope(status), ": ", Totals(status), ": ",
                  status.complete() ? "complete" : "incomplete", "\n");
  return out;
}

absl::StatusOr<std::string> RenderStatusJson(const v1::RegistryStatus& status) {
  messages::JsonPrintOptions options;
  options.pretty = true;
  absl::StatusOr<std::string> json = messages::MessageToJson(status, options);
  if (json.ok() && !json->ends_with('\n')) *json += '\n';
  return json;
}

std::string RenderStatusHtml(const v1::RegistryStatus& status) {
  const std::string title =
      absl::StrCat("政府信息公开工作年度报告报送情况 / Filing status ", status.year());
  std::string out(kHead);
  absl::StrAppend(&out, HtmlEscape(title), kStyle, "<h1>", HtmlEscape(title), "</h1>\n");
  absl::StrAppend(&out, "<p class=\"scope\">",
                  status.under().empty()
                      ? std::string("全部机关 / every agency")
                      : absl::StrCat(HtmlEscape(status.under()), " 及其下级机关 / and below"),
                  "</p>\n");
  absl::StrAppend(&out, "<p class=\"completeness ", status.complete() ? "complete" : "incomplete",
                  "\">",
                  status.complete()
                      ? "完整：每个机关都有已接收的报告 / complete: every agency has an accepted "
                        "report"
                      : absl::StrCat("不完整 / incomplete: ", status.expected() - status.accepted(),
                                     " of ", status.expected(), " without an accepted report"),
                  "</p>\n");
  AppendTotals(status, &out);
  out +=
      "<table class=\"registry-status\">\n<thead><tr><th>机关 / Agency</th><th>编码 / ID</th>"
      "<th>状态 / State</th><th>最新版本 / Latest version</th><th>未处理的错误 / Open errors</th>"
      "<th>未处理的提示 / Open warnings</th></tr></thead>\n<tbody>\n";
  for (const v1::AgencyStatus& a : status.agencies()) AppendRow(a, &out);
  out += "</tbody>\n</table>\n</body>\n</html>\n";
  return out;
}

}  // namespace gongkai::registry
