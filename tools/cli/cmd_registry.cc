// gongkai registry --db F SUBCOMMAND: the filing registry (docs/registry.md). This file holds
// the group's row and the subcommands that set a store up: init and agencies. The others are in
// cmd_registry_*.cc; each subcommand is one row with its own flags and --help.
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

int RunInit(const Invocation& in) {
  auto store = OpenRegistry(/*create=*/true);
  if (!store.ok()) return FailRegistry(in, store.status());
  *in.out << absl::GetFlag(FLAGS_db) << ": a Gongkai registry, schema "
          << (*store)->schema_version() << "\n";
  return kExitOk;
}

int Import(const Invocation& in) {
  if (in.args.size() != 2) {
    return Fail(in, "give the file to import: agencies import FILE (CSV or JSON)");
  }
  auto text = ReadInput(in.args[1]);
  if (!text.ok()) return Fail(in, text.status());
  auto list = registry::Registry::ParseAgencyList(*text);
  if (!list.ok()) {
    return Fail(in, absl::StrCat(InputName(in.args[1]), ": ", list.status().message()));
  }
  auto store = OpenRegistry();
  if (!store.ok()) return FailRegistry(in, store.status());
  if (absl::Status s = (*store)->PutAgencies(*list); !s.ok()) {
    return Fail(in, absl::StrCat(InputName(in.args[1]), ": ", s.message()));
  }
  *in.out << list->agencies_size() << (list->agencies_size() == 1 ? " agency" : " agencies")
          << " imported\n";
  return kExitOk;
}

int List(const Invocation& in) {
  auto output = OutputFromFlag({"text", "json"});
  if (!output.ok()) return Fail(in, output.status());
  auto store = OpenRegistry();
  if (!store.ok()) return FailRegistry(in, store.status());
  auto list = (*store)->ListAgencies();
  if (!list.ok()) return FailRegistry(in, list.status());
  if (*output == "json") return WriteJson(in, *list);
  for (const v1::RegistryAgency& a : list->agencies()) {
    *in.out << a.agency().id() << "\t"
            << (a.agency().parent_id().empty() ? "-" : a.agency().parent_id()) << "\t"
            << a.agency().name() << "\t";
    if (a.first_year() != 0 || a.last_year() != 0) {
      *in.out << (a.first_year() != 0 ? absl::StrCat(a.first_year()) : "") << ".."
              << (a.last_year() != 0 ? absl::StrCat(a.last_year()) : "");
    }
    *in.out << "\n";
  }
  return kExitOk;
}

int RunAgencies(const Invocation& in) {
  if (in.args.empty()) return Fail(in, "give what to do: import FILE, or list");
  if (in.args[0] == "import") return Import(in);
  if (in.args[0] == "list") {
    if (in.args.size() > 1) return Fail(in, "list takes no file");
    return List(in);
  }
  return Fail(in, absl::StrCat("unknown action ", Quote(in.args[0]), "; give import FILE or list"));
}

const RegisterCommand kGroup({
    .name = kRegistryGroup,
    .summary = "The filing registry: agencies, filed versions, review, roll-up, status",
    .usage = "gongkai registry --db FILE SUBCOMMAND [FLAGS] [ARGS]\n\n"
             "Keeps agencies, their hierarchy and the annual reports they file in one SQLite\n"
             "file (docs/registry.md): every report filed is an immutable version on a hash\n"
             "chain; versions are locked (published) and accepted by the supervising office,\n"
             "which records a disposition for each finding; accepted reports roll up into the\n"
             "parent's. 'gongkai registry SUBCOMMAND --help' shows a subcommand's flags.",
    .flags = {Required("db")},
});

const RegisterSubcommand kInit(
    kRegistryGroup,
    {
        .name = "init",
        .summary = "Create the registry's file (an existing one is only checked)",
        .usage = "gongkai registry --db FILE init\n\n"
                 "Creates FILE as an empty registry, or opens an existing one (migrating an\n"
                 "older schema), and prints its schema version.",
        .flags = {Required("db")},
        .run = &RunInit,
    });

const RegisterSubcommand kAgencies(
    kRegistryGroup,
    {
        .name = "agencies",
        .summary = "Import agencies and their hierarchy (CSV or JSON), or list them",
        .usage = "gongkai registry --db FILE agencies import FILE\n"
                 "gongkai registry --db FILE agencies list [--output text|json]\n\n"
                 "import adds the agencies of FILE, or updates those already known, in one\n"
                 "transaction: CSV (UTF-8) with the header id,name,level,parent and optionally\n"
                 "first_year,last_year (level 1..5 or its name, e.g. 县级; parent empty at the\n"
                 "top), or JSON (a gongkai.v1.RegistryAgencyList). An unknown parent, a cycle or\n"
                 "a bad year refuses the whole file, naming the line. list prints one line per\n"
                 "agency: id, parent (- at the top), name, years.",
        .flags = {Required("db"),
                  Optional("output", "for list: text (default) or json (RegistryAgencyList)")},
        .max_args = 2,
        .run = &RunAgencies,
    });

}  // namespace
}  // namespace gongkai::cli
