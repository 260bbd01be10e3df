// gongkai registry findings / dispose: a version's findings with their fingerprints and the
// reviewer's dispositions, and recording a disposition.
#include <string>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "command.h"
#include "exit_codes.h"
#include "flags.h"
#include "registry_cli.h"
#include "report_io.h"
#include "text.h"

namespace gongkai::cli {
namespace {

const char* DispositionName(v1::Disposition d) {
  switch (d) {
    case v1::DISPOSITION_EXPLAINED:
      return "explained";
    case v1::DISPOSITION_MUST_CORRECT:
      return "must-correct";
    default:
      return "open";
  }
}

void PrintFinding(std::ostream& out, const v1::RegistryFinding& rf) {
  const v1::Finding& f = rf.finding();
  out << rf.fingerprint() << "  " << (f.severity() == v1::SEVERITY_ERROR ? "error" : "warning")
      << " [" << f.rule() << "] " << DispositionName(rf.disposition()) << "\n  "
      << f.explanation_zh() << "\n  " << f.explanation_en() << "\n";
  for (const v1::CellRef& cell : f.cells()) {
    out << "    " << cell.key() << " = " << (cell.value().empty() ? "(absent)" : cell.value())
        << "  " << cell.label() << "\n";
  }
  if (rf.disposition() != v1::DISPOSITION_UNSPECIFIED) {
    out << "  " << DispositionName(rf.disposition()) << " by " << rf.reviewer() << " at "
        << rf.decided_at() << (rf.explanation().empty() ? "" : ": ") << rf.explanation() << "\n";
  }
}

int RunFindings(const Invocation& in) {
  auto ref = VersionFromFlags();
  if (!ref.ok()) return Fail(in, ref.status());
  auto output = OutputFromFlag({"text", "json"});
  if (!output.ok()) return Fail(in, output.status());
  auto store = OpenRegistry();
  if (!store.ok()) return FailRegistry(in, store.status());
  auto list = (*store)->Findings(ref->agency, ref->year, ref->number);
  if (!list.ok()) return FailRegistry(in, list.status());
  if (*output == "json") return WriteJson(in, *list);
  int open = 0;
  for (const v1::RegistryFinding& rf : list->findings()) {
    PrintFinding(*in.out, rf);
    if (rf.disposition() == v1::DISPOSITION_UNSPECIFIED) ++open;
  }
  const v1::FiledVersion& v = list->version();
  *in.out << v.agency_id() << " " << v.year() << " version " << v.number() << ": "
          << list->findings_size() << (list->findings_size() == 1 ? " finding, " : " findings, ")
          << open << " without a disposition\n";
  return kExitOk;
}

int RunDispose(const Invocation& in) {
  auto ref = VersionFromFlags();
  if (!ref.ok()) return Fail(in, ref.status());
  const std::string decision = absl::GetFlag(FLAGS_decision);
  v1::Disposition disposition;
  if (decision == "explained") {
    disposition = v1::DISPOSITION_EXPLAINED;
  } else if (decision == "must-correct" || decision == "must_correct") {
    disposition = v1::DISPOSITION_MUST_CORRECT;
  } else {
    return Fail(in, absl::StrCat("--decision: ", Quote(decision),
                                 " is not one of explained, must-correct"));
  }
  const std::string explanation = absl::GetFlag(FLAGS_explanation);
  if (disposition == v1::DISPOSITION_EXPLAINED && explanation.empty()) {
    return Fail(in, "--explanation: give the explanation that makes the finding acceptable");
  }
  const std::string fingerprint = absl::GetFlag(FLAGS_fingerprint);
  auto store = OpenRegistry();
  if (!store.ok()) return FailRegistry(in, store.status());
  absl::Status s = (*store)->Dispose(ref->agency, ref->year, fingerprint, disposition, explanation,
                                     ActorFromFlags());
  if (!s.ok()) return FailRegistry(in, s);
  *in.out << ref->agency << " " << ref->year << ": finding " << Printable(fingerprint) << " "
          << DispositionName(disposition) << "\n";
  return kExitOk;
}

constexpr absl::string_view kAgencyHelp = "the agency's id in the registry";

const RegisterSubcommand kFindings(
    kRegistryGroup,
    {
        .name = "findings",
        .summary = "A version's findings, fingerprints and dispositions",
        .usage = "gongkai registry --db FILE findings --agency ID --year Y [--version N]\n"
                 "                 [--output text|json]\n\n"
                 "Lists the findings of validation stored with the version (default: the\n"
                 "latest): fingerprint, severity, rule, disposition (open, explained,\n"
                 "must-correct), the explanations and cells, and who decided, when and why.",
        .flags = {Required("db"), Required("agency", kAgencyHelp), Required("year"),
                  Optional("version"),
                  Optional("output", "text (default) or json (RegistryFindingList)")},
        .run = &RunFindings,
    });

const RegisterSubcommand kDispose(
    kRegistryGroup,
    {
        .name = "dispose",
        .summary = "Record a reviewer's disposition of a finding",
        .usage = "gongkai registry --db FILE dispose --agency ID --year Y --fingerprint FP\n"
                 "                 --decision explained|must-correct [--explanation TEXT]\n"
                 "                 [--by NAME]\n\n"
                 "Records the decision for the finding FP of the agency's year: explained\n"
                 "(with --explanation; it no longer blocks acceptance) or must-correct (the\n"
                 "agency must file a correction). It holds for every version of the year where\n"
                 "the same finding recurs, and re-running validation never changes it.",
        .flags = {Required("db"), Required("agency", kAgencyHelp), Required("year"),
                  Required("fingerprint"), Required("decision"), Optional("explanation"),
                  Optional("by")},
        .run = &RunDispose,
    });

}  // namespace
}  // namespace gongkai::cli
