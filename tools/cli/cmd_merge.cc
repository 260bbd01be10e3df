// gongkai merge: the consolidated report of a parent agency from its members' reports.
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "command.h"
#include "exit_codes.h"
#include "flags.h"
#include "report/merge.h"
#include "report_io.h"

namespace gongkai::cli {
namespace {

int Run(const Invocation& in) {
  if (in.args.empty()) return Fail(in, "give the member reports to merge (JSON files)");
  std::vector<v1::AnnualReport> reports;
  for (const std::string& path : in.args) {
    auto read = ReadReport(in, path);
    if (!read.ok()) return Fail(in, read.status());
    reports.push_back(*std::move(read));
  }
  std::vector<const v1::AnnualReport*> pointers;
  for (const v1::AnnualReport& r : reports) pointers.push_back(&r);
  v1::Agency parent;
  parent.set_name(absl::GetFlag(FLAGS_agency));
  parent.set_id(absl::GetFlag(FLAGS_agency_id));
  auto merged = report::Merge(pointers, parent);
  if (!merged.ok()) return Fail(in, merged.status());
  return WriteJson(in, *merged);
}

const RegisterCommand kRegistration({
    .name = "merge",
    .summary = "Sum member reports into a consolidated report (roll-up)",
    .usage = "gongkai merge R1.json R2.json ... [--agency NAME] [--agency_id ID]\n\n"
             "Adds the reports' tables cell by cell (all of one year and one layout) and prints\n"
             "the consolidated report as JSON, listing the members in memberIds. Narrative\n"
             "sections are not merged. Reports are numbered from 0 in messages.",
    .flags = {Optional("agency"), Optional("agency_id")},
    .max_args = kAnyNumberOfArgs,
    .run = &Run,
});

}  // namespace
}  // namespace gongkai::cli
