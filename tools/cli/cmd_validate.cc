// gongkai validate: check a report against its layout's rules, with explanations.
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "command.h"
#include "exit_codes.h"
#include "flags.h"
#include "input.h"
#include "report/validate.h"
#include "report_io.h"
#include "text.h"

namespace gongkai::cli {
namespace {

int Run(const Invocation& in) {
  const std::string output =
      absl::GetFlag(FLAGS_output).empty() ? "text" : absl::GetFlag(FLAGS_output);
  if (output != "text" && output != "json") {
    return Fail(in, absl::StrCat("--output: ", Quote(output), " is not one of text, json"));
  }
  if (in.args.empty()) return Fail(in, "give the report to validate (a JSON file, or - for stdin)");
  const bool with_members = absl::GetFlag(FLAGS_members);
  if (!with_members && in.args.size() > 1) {
    return Fail(in, "more than one report given; put --members before the member reports");
  }
  if (with_members && in.args.size() < 2) return Fail(in, "--members: no member reports given");

  auto report = ReadReport(in, in.args[0]);
  if (!report.ok()) return Fail(in, report.status());
  report::ValidationContext context;
  v1::AnnualReport previous;
  if (!absl::GetFlag(FLAGS_previous).empty()) {
    auto read = ReadReport(in, absl::GetFlag(FLAGS_previous));
    if (!read.ok()) return Fail(in, read.status());
    previous = *std::move(read);
    context.previous = &previous;
  }
  std::vector<v1::AnnualReport> members;
  for (size_t i = 1; i < in.args.size(); ++i) {
    auto read = ReadReport(in, in.args[i]);
    if (!read.ok()) return Fail(in, read.status());
    members.push_back(*std::move(read));
  }
  for (const v1::AnnualReport& m : members) context.members.push_back(&m);

  auto result = report::Validate(*report, context);
  if (!result.ok())
    return Fail(in, absl::StrCat(InputName(in.args[0]), ": ", result.status().message()));
  if (output == "json") {
    const int written = WriteJson(in, *result);
    if (written != kExitOk) return written;
  } else {
    PrintFindings(*in.out, *result);
  }
  return result->error_count() > 0 ? kExitFindings : kExitOk;
}

const RegisterCommand kRegistration({
    .name = "validate",
    .summary = "Check an annual report's tables against the statutory rules",
    .usage = "gongkai validate REPORT.json [--previous PREV.json] [--members M1.json ...]\n"
             "                [--output text|json]\n\n"
             "Checks every rule of the report's layout (T3-balance, T3-total-row, T3-total-col,\n"
             "T4-total, nonneg, T2 rules; cross-year with --previous; roll-up with --members)\n"
             "and prints each finding with its cells, labels, expected and actual values.\n"
             "Exits 0 when no error-level finding exists, 1 when one does, 2 when the input\n"
             "is unusable.",
    .flags = {Optional("previous"), Optional("members"),
              Optional("output", "what to print: text (default) or json (the ValidationResult)")},
    .max_args = kAnyNumberOfArgs,
    .run = &Run,
});

}  // namespace
}  // namespace gongkai::cli
