// gongkai registry versions / show: every version of an agency's year, and one version's report
// as filed.
#include <string>

#include "absl/strings/str_cat.h"
#include "command.h"
#include "exit_codes.h"
#include "messages/registry.h"
#include "registry_cli.h"
#include "report_io.h"

namespace gongkai::cli {
namespace {

int RunVersions(const Invocation& in) {
  auto ref = VersionFromFlags();
  if (!ref.ok()) return Fail(in, ref.status());
  auto output = OutputFromFlag({"text", "json"});
  if (!output.ok()) return Fail(in, output.status());
  auto store = OpenRegistry();
  if (!store.ok()) return FailRegistry(in, store.status());
  auto versions = (*store)->ListVersions(ref->agency, ref->year);
  if (!versions.ok()) return FailRegistry(in, versions.status());
  if (*output == "json") {
    // JSON lines: one FiledVersion a line.
    std::string lines;
    for (const v1::FiledVersion& v : *versions) {
      auto json = messages::MessageToJson(v, messages::JsonPrintOptions());
      if (!json.ok()) return Fail(in, json.status());
      absl::StrAppend(&lines, *json, "\n");
    }
    *in.out << lines;
    return kExitOk;
  }
  for (const v1::FiledVersion& v : *versions) {
    *in.out << v.number() << "\t" << v.filed_at() << "\t" << v.error_count() << " errors, "
            << v.warning_count() << " warnings\t"
            << (!v.accepted_at().empty() ? absl::StrCat("accepted ", v.accepted_at())
                : !v.locked_at().empty() ? absl::StrCat("locked ", v.locked_at())
                                         : std::string("filed"))
            << "\t" << v.digest() << "\t" << v.reason() << "\n";
  }
  return kExitOk;
}

int RunShow(const Invocation& in) {
  auto ref = VersionFromFlags();
  if (!ref.ok()) return Fail(in, ref.status());
  auto store = OpenRegistry();
  if (!store.ok()) return FailRegistry(in, store.status());
  auto report = (*store)->GetReport(ref->agency, ref->year, ref->number);
  if (!report.ok()) return FailRegistry(in, report.status());
  return WriteJson(in, *report);
}

constexpr absl::string_view kAgencyHelp = "the agency's id in the registry";

const RegisterSubcommand kVersions(
    kRegistryGroup,
    {
        .name = "versions",
        .summary = "Every version of an agency's year: when filed, findings, state, digest",
        .usage = "gongkai registry --db FILE versions --agency ID --year Y [--output text|json]\n\n"
                 "One line per version, oldest first: number, when it was filed, its error and\n"
                 "warning counts, accepted or locked (with when) or filed, its digest, and the\n"
                 "reason of a correction. json: JSON lines, one gongkai.v1.FiledVersion a line.",
        .flags = {Required("db"), Required("agency", kAgencyHelp), Required("year"),
                  Optional("output", "text (default) or json (JSON lines of FiledVersion)")},
        .run = &RunVersions,
    });

const RegisterSubcommand kShow(
    kRegistryGroup,
    {
        .name = "show",
        .summary = "A version's report as filed (JSON)",
        .usage = "gongkai registry --db FILE show --agency ID --year Y [--version N]\n\n"
                 "Prints the report of the version (default: the latest) exactly as it was\n"
                 "filed, as gongkai.v1.AnnualReport JSON, for render, validate or merge.",
        .flags = {Required("db"), Required("agency", kAgencyHelp), Required("year"),
                  Optional("version")},
        .run = &RunShow,
    });

}  // namespace
}  // namespace gongkai::cli
