// gongkai registry rollup / status: the consolidated report of an agency's accepted children,
// and every agency's filing state for a year (text, JSON, or the reviewer's HTML page).
#include <string>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "command.h"
#include "exit_codes.h"
#include "flags.h"
#include "registry/status_render.h"
#include "registry_cli.h"
#include "report_io.h"

namespace gongkai::cli {
namespace {

const char* MemberState(v1::RollupMember::State state) {
  switch (state) {
    case v1::RollupMember::STATE_ACCEPTED:
      return "accepted";
    case v1::RollupMember::STATE_NOT_ACCEPTED:
      return "not accepted";
    default:
      return "missing";
  }
}

void PrintRollup(std::ostream& out, const VersionRef& ref, const v1::RollupResult& r) {
  int summed = 0;
  for (const v1::RollupMember& m : r.members()) {
    out << "  " << m.agency_id() << "\t" << MemberState(m.state());
    if (m.state() == v1::RollupMember::STATE_ACCEPTED) {
      out << " (version " << m.number() << ")";
      ++summed;
    }
    out << "\t" << m.name() << "\n";
  }
  if (r.own_number() > 0) {
    out << "own report, version " << r.own_number() << ", against the sum:\n";
    v1::ValidationResult comparison;
    for (const v1::Finding& f : r.comparison()) {
      *comparison.add_findings() = f;
      if (f.severity() == v1::SEVERITY_ERROR) {
        comparison.set_error_count(comparison.error_count() + 1);
      } else {
        comparison.set_warning_count(comparison.warning_count() + 1);
      }
    }
    PrintFindings(out, comparison);
  }
  out << "rollup of " << ref.agency << " " << ref.year << ": " << summed << " of "
      << r.members_size() << " children summed, "
      << (r.complete() ? "complete" : "INCOMPLETE (the sum is partial)") << "\n";
}

bool ComparisonHasError(const v1::RollupResult& r) {
  for (const v1::Finding& f : r.comparison()) {
    if (f.severity() == v1::SEVERITY_ERROR) return true;
  }
  return false;
}

int RunRollup(const Invocation& in) {
  auto ref = VersionFromFlags();
  if (!ref.ok()) return Fail(in, ref.status());
  auto output = OutputFromFlag({"text", "json"});
  if (!output.ok()) return Fail(in, output.status());
  auto store = OpenRegistry();
  if (!store.ok()) return FailRegistry(in, store.status());
  auto rollup = (*store)->Rollup(ref->agency, ref->year);
  if (!rollup.ok()) return FailRegistry(in, rollup.status());
  if (*output == "json") {
    if (int code = WriteJson(in, rollup->report()); code != kExitOk) return code;
    // The JSON is the report alone: say on stderr what keeps the sum from being complete.
    for (const v1::RollupMember& m : rollup->members()) {
      if (m.state() == v1::RollupMember::STATE_ACCEPTED) continue;
      *in.err << "gongkai " << in.command << ": " << m.agency_id() << " " << MemberState(m.state())
              << ": the roll-up is incomplete\n";
    }
  } else {
    PrintRollup(*in.out, *ref, *rollup);
  }
  return rollup->complete() && !ComparisonHasError(*rollup) ? kExitOk : kExitFindings;
}

int RunStatus(const Invocation& in) {
  auto year = YearFromFlag();
  if (!year.ok()) return Fail(in, year.status());
  auto output = OutputFromFlag({"text", "json", "html"});
  if (!output.ok()) return Fail(in, output.status());
  auto store = OpenRegistry();
  if (!store.ok()) return FailRegistry(in, store.status());
  auto status = (*store)->Status(*year, absl::GetFlag(FLAGS_under));
  if (!status.ok()) return FailRegistry(in, status.status());
  if (*output == "json") {
    auto json = registry::RenderStatusJson(*status);
    if (!json.ok()) return Fail(in, json.status());
    *in.out << *json;
  } else if (*output == "html") {
    *in.out << registry::RenderStatusHtml(*status);
  } else {
    *in.out << registry::RenderStatusText(*status);
  }
  return kExitOk;
}

const RegisterSubcommand kRollup(
    kRegistryGroup,
    {
        .name = "rollup",
        .summary = "Sum the accepted reports of an agency's children (exit 1 while incomplete)",
        .usage = "gongkai registry --db FILE rollup --agency ID --year Y [--output text|json]\n\n"
                 "Sums the latest accepted versions of the agency's children expected in Y\n"
                 "into its consolidated report and lists every child: accepted (with the\n"
                 "version summed), not accepted, or missing. The agency's own latest version,\n"
                 "if any, is compared with the sum. json prints the consolidated\n"
                 "gongkai.v1.AnnualReport (cells as 'gongkai merge' of the same reports) and\n"
                 "names on stderr each child left out. Exits 1 while a child is missing or not\n"
                 "accepted (the sum is partial), or when the own report disagrees with the sum\n"
                 "in an error finding.",
        .flags = {Required("db"), Required("agency", "the parent agency's id in the registry"),
                  Required("year"),
                  Optional("output", "text (default) or json (the consolidated AnnualReport)")},
        .run = &RunRollup,
    });

const RegisterSubcommand kStatus(
    kRegistryGroup,
    {
        .name = "status",
        .summary = "Every agency's filing state for a year, and the tree's completeness",
        .usage = "gongkai registry --db FILE status --year Y [--under ID]\n"
                 "                 [--output text|json|html]\n\n"
                 "Lists every agency expected to file for Y (under ID, or every tree), depth\n"
                 "first: missing, filed, locked or accepted, its latest version, and its open\n"
                 "findings; then the totals and whether every agency has an accepted version.\n"
                 "html is a self-contained page for the reviewer.",
        .flags = {Required("db"), Required("year"), Optional("under"),
                  Optional("output",
                           "text (default), json (RegistryStatus) or html (a reviewer's page)")},
        .run = &RunStatus,
    });

}  // namespace
}  // namespace gongkai::cli
