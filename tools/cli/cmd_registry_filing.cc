// gongkai registry file / lock / accept / diff: filing a report as a new version, locking the
// version that was published, accepting one (the filing gate), and the cells two versions differ
// in.
#include <string>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "command.h"
#include "exit_codes.h"
#include "flags.h"
#include "input.h"
#include "registry_cli.h"
#include "report_io.h"
#include "text.h"

namespace gongkai::cli {
namespace {

// The report's own agency and year must be those the flags name; empty ones are filled in.
absl::Status MatchFlags(const VersionRef& ref, absl::string_view path, v1::AnnualReport* report) {
  if (report->agency().id().empty()) report->mutable_agency()->set_id(ref.agency);
  if (report->year() == 0) report->set_year(ref.year);
  if (report->agency().id() != ref.agency) {
    return absl::InvalidArgumentError(absl::StrCat(InputName(path), ": its agency.id ",
                                                   Quote(report->agency().id()),
                                                   " is not --agency ", Quote(ref.agency)));
  }
  if (report->year() != ref.year) {
    return absl::InvalidArgumentError(
        absl::StrCat(InputName(path), ": its year ", report->year(), " is not --year ", ref.year));
  }
  return absl::OkStatus();
}

int RunFile(const Invocation& in) {
  if (in.args.empty()) return Fail(in, "give the report to file (JSON or binary, - for stdin)");
  auto ref = VersionFromFlags();
  if (!ref.ok()) return Fail(in, ref.status());
  auto report = ReadReportJsonOrBinary(in, in.args[0]);
  if (!report.ok()) return Fail(in, report.status());
  if (absl::Status s = MatchFlags(*ref, in.args[0], &*report); !s.ok()) return Fail(in, s);
  auto store = OpenRegistry();
  if (!store.ok()) return FailRegistry(in, store.status());
  auto filed = (*store)->File(*report, ActorFromFlags(), absl::GetFlag(FLAGS_reason));
  if (!filed.ok()) return FailRegistry(in, filed.status());
  *in.out << filed->number() << "\n";
  if (filed->error_count() > 0 || filed->warning_count() > 0) {
    *in.err << "gongkai " << in.command << ": note: version " << filed->number() << " has "
            << filed->error_count() << " errors, " << filed->warning_count()
            << " warnings; 'gongkai registry findings' lists them\n";
  }
  return kExitOk;
}

void PrintVersion(std::ostream& out, const v1::FiledVersion& v) {
  out << v.agency_id() << " " << v.year() << " version " << v.number() << ": filed "
      << v.filed_at();
  if (!v.locked_at().empty()) out << ", locked " << v.locked_at();
  if (!v.accepted_at().empty()) out << ", accepted " << v.accepted_at();
  out << "; digest " << v.digest() << "\n";
}

int RunLock(const Invocation& in) {
  auto ref = VersionFromFlags();
  if (!ref.ok()) return Fail(in, ref.status());
  auto store = OpenRegistry();
  if (!store.ok()) return FailRegistry(in, store.status());
  auto locked = (*store)->Lock(ref->agency, ref->year, ref->number, ActorFromFlags());
  if (!locked.ok()) return FailRegistry(in, locked.status());
  PrintVersion(*in.out, *locked);
  return kExitOk;
}

int RunAccept(const Invocation& in) {
  auto ref = VersionFromFlags();
  if (!ref.ok()) return Fail(in, ref.status());
  auto store = OpenRegistry();
  if (!store.ok()) return FailRegistry(in, store.status());
  auto accepted = (*store)->Accept(ref->agency, ref->year, ref->number, ActorFromFlags());
  // The gate's refusal is an answer about the version, listing what blocks it.
  if (!accepted.ok()) {
    return FailRegistry(in, accepted.status(), absl::StatusCode::kFailedPrecondition);
  }
  PrintVersion(*in.out, *accepted);
  return kExitOk;
}

int RunDiff(const Invocation& in) {
  auto ref = VersionFromFlags();
  if (!ref.ok()) return Fail(in, ref.status());
  auto from = VersionNumber("from", absl::GetFlag(FLAGS_from));
  if (!from.ok()) return Fail(in, from.status());
  auto to = VersionNumber("to", absl::GetFlag(FLAGS_to));
  if (!to.ok()) return Fail(in, to.status());
  auto output = OutputFromFlag({"text", "json"});
  if (!output.ok()) return Fail(in, output.status());
  auto store = OpenRegistry();
  if (!store.ok()) return FailRegistry(in, store.status());
  auto diff = (*store)->Diff(ref->agency, ref->year, *from, *to);
  if (!diff.ok()) return FailRegistry(in, diff.status());
  if (*output == "json") return WriteJson(in, *diff);
  for (const v1::CellChange& c : diff->changes()) {
    *in.out << c.key() << "\t" << (c.from_value().empty() ? "(absent)" : c.from_value()) << " -> "
            << (c.to_value().empty() ? "(absent)" : c.to_value()) << "\t" << c.label() << "\n";
  }
  *in.out << diff->changes_size() << (diff->changes_size() == 1 ? " cell" : " cells")
          << " changed from version " << *from << " to " << *to << "\n";
  return kExitOk;
}

constexpr absl::string_view kAgencyHelp = "the agency's id in the registry";

const RegisterSubcommand kFile(
    kRegistryGroup,
    {
        .name = "file",
        .summary = "File a report as the agency's next version; prints its number",
        .usage = "gongkai registry --db FILE file --agency ID --year Y REPORT [--reason R]\n"
                 "                 [--by NAME]\n\n"
                 "Stores REPORT (a gongkai.v1.AnnualReport as JSON or binary, or an\n"
                 "AnnualResult's report; - for stdin) as a new immutable version of the agency's\n"
                 "year, validates it and keeps its findings, and prints the version's number.\n"
                 "A report without agency id or year takes --agency and --year; one naming\n"
                 "others is refused. A second or later version is a correction (更正) and needs\n"
                 "--reason.",
        .flags = {Required("db"), Required("agency", kAgencyHelp), Required("year"),
                  Optional("reason"), Optional("by")},
        .max_args = 1,
        .run = &RunFile,
    });

const RegisterSubcommand kLock(
    kRegistryGroup,
    {
        .name = "lock",
        .summary = "Lock the version that was published",
        .usage =
            "gongkai registry --db FILE lock --agency ID --year Y [--version N] [--by NAME]\n\n"
            "Marks the version (default: the latest) as the one published; it is recorded\n"
            "on the chain. Locking a version twice is refused.",
        .flags = {Required("db"), Required("agency", kAgencyHelp), Required("year"),
                  Optional("version"), Optional("by")},
        .run = &RunLock,
    });

const RegisterSubcommand kAccept(
    kRegistryGroup,
    {
        .name = "accept",
        .summary = "Accept a version (refused while an error finding is not explained)",
        .usage =
            "gongkai registry --db FILE accept --agency ID --year Y [--version N] [--by NAME]\n\n"
            "Accepts the version (default: the latest) for the roll-up. Refused, with exit\n"
            "status 1 and every blocking finding named, while an error finding has no\n"
            "'explained' disposition or a finding is marked must-correct (gongkai registry\n"
            "dispose).",
        .flags = {Required("db"), Required("agency", kAgencyHelp), Required("year"),
                  Optional("version"), Optional("by")},
        .run = &RunAccept,
    });

const RegisterSubcommand kDiff(
    kRegistryGroup,
    {
        .name = "diff",
        .summary = "The cells that changed between two versions, with both values",
        .usage = "gongkai registry --db FILE diff --agency ID --year Y --from N --to M\n"
                 "                 [--output text|json]\n\n"
                 "Lists each cell whose value differs between versions N and M, in statutory\n"
                 "order: key, old -> new value ((absent) where a version omits it), labels.",
        .flags = {Required("db"), Required("agency", kAgencyHelp), Required("year"),
                  Required("from", "the earlier version's number"),
                  Required("to", "the later version's number"),
                  Optional("output", "text (default) or json (VersionDiff)")},
        .run = &RunDiff,
    });

}  // namespace
}  // namespace gongkai::cli
