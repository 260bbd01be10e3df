// gongkai check: published reports read, validated and checked as a reviewer would.
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "command.h"
#include "exit_codes.h"
#include "flags.h"
#include "input.h"
#include "report/check/check.h"
#include "report/check/page.h"
#include "report_io.h"
#include "text.h"

namespace gongkai::cli {
namespace {

int Run(const Invocation& in) {
  if (in.args.empty()) return Fail(in, "give at least one document");
  const std::string output =
      absl::GetFlag(FLAGS_output).empty() ? "text" : absl::GetFlag(FLAGS_output);
  if (output != "text" && output != "json" && output != "html") {
    return Fail(in, absl::StrCat("--output: ", Quote(output), " is not text, json or html"));
  }
  absl::StatusOr<report::DocumentImportOptions> options = DocumentOptionsFromFlags();
  if (!options.ok()) return Fail(in, options.status());
  // A file that cannot be opened is a usage error; one that cannot be read as a report is a
  // finding about that document.
  std::vector<std::string> bytes;
  bytes.reserve(in.args.size());
  for (const std::string& path : in.args) {
    auto read = ReadInput(path);
    if (!read.ok()) return Fail(in, read.status());
    bytes.push_back(*std::move(read));
  }
  std::vector<report::check::NamedDocument> documents;
  for (size_t i = 0; i < in.args.size(); ++i) {
    documents.push_back({InputName(in.args[i]), bytes[i]});
  }
  const v1::CheckResult result = report::check::CheckDocuments(documents, *options);
  if (output == "json") {
    if (int code = WriteJson(in, result); code != kExitOk) return code;
  } else if (output == "html") {
    *in.out << report::check::CheckPage(result);
  } else {
    *in.out << report::check::CheckText(result);
  }
  return result.error_count() > 0 || result.unreadable_count() > 0 ? kExitFindings : kExitOk;
}

const RegisterCommand kRegistration({
    .name = "check",
    .summary = "Read published reports and check them as a reviewer would",
    .usage = "gongkai check FILE... [--output text|json|html] [--format F] [--year Y]\n"
             "              [--layout 2019|2021]\n\n"
             "Reads each published report (web page, .docx, .xlsx, .pdf, CSV/text; see\n"
             "'gongkai import'), validates its tables, compares the figures its narrative\n"
             "states with the tables (rules N-..., docs/import.md), and checks documents of\n"
             "the same agency in consecutive years against each other. Prints one verdict\n"
             "line per document and a summary (text), the gongkai.v1.CheckResult (json), or\n"
             "one page with every report in the statutory layout, the cells of each finding\n"
             "marked and the explanations beside them (html). Exits 1 when any document has\n"
             "an error or cannot be read, 0 otherwise.",
    .flags =
        {Optional(
             "output",
             "what to print: text (default), json (the CheckResult) or html (a reviewer's page)"),
         Optional("format"), Optional("year"), Optional("layout")},
    .max_args = kAnyNumberOfArgs,
    .run = &Run,
});

}  // namespace
}  // namespace gongkai::cli
