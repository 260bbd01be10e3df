// gongkai render: a report as text, Markdown, CSV, JSON or HTML.
#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "command.h"
#include "exit_codes.h"
#include "flags.h"
#include "input.h"
#include "report/render/render.h"
#include "report_io.h"

namespace gongkai::cli {
namespace {

int Run(const Invocation& in) {
  if (in.args.empty()) return Fail(in, "give the report to render (a JSON file, or - for stdin)");
  const std::string name =
      absl::GetFlag(FLAGS_output).empty() ? "text" : absl::GetFlag(FLAGS_output);
  auto format = report::ParseRenderFormat(name);
  if (!format.ok()) return Fail(in, absl::StrCat("--output: ", format.status().message()));
  auto report = ReadReport(in, in.args[0]);
  if (!report.ok()) return Fail(in, report.status());
  auto text = report::Render(*report, *format);
  if (!text.ok())
    return Fail(in, absl::StrCat(InputName(in.args[0]), ": ", text.status().message()));
  *in.out << *text;
  if (!text->empty() && !text->ends_with('\n')) *in.out << '\n';
  return kExitOk;
}

const RegisterCommand kRegistration({
    .name = "render",
    .summary = "Print a report as text, Markdown, CSV, JSON or HTML",
    .usage = "gongkai render REPORT.json [--output "
             "text|markdown|csv|csv-labels|json|html|html-document]\n\n"
             "Prints the report's statutory tables from the layout data, labels exactly as the\n"
             "format prints them. csv gives the numbers-only grids 'gongkai import' reads back;\n"
             "html reproduces the merged cells of the statutory tables, ready to paste into a\n"
             "government web page; html-document wraps it in a complete page.",
    .flags = {Optional(
        "output",
        "what to print: text (default), markdown, csv, csv-labels, json, html or html-document")},
    .max_args = 1,
    .run = &Run,
});

}  // namespace
}  // namespace gongkai::cli
