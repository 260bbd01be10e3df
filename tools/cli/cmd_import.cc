// gongkai import: a report from the table grids copied out of a spreadsheet or a web page.
#include <string>
#include <utility>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "command.h"
#include "exit_codes.h"
#include "flags.h"
#include "input.h"
#include "report/import/grid.h"
#include "report_io.h"

namespace gongkai::cli {
namespace {

int Run(const Invocation& in) {
  struct Given {
    const char* table;
    std::string name;  // as messages and provenance name the file
    std::string text;
  };
  std::vector<Given> given;
  for (auto [table, path] :
       {std::pair{"t2", absl::GetFlag(FLAGS_table2)}, std::pair{"t3", absl::GetFlag(FLAGS_table3)},
        std::pair{"t4", absl::GetFlag(FLAGS_table4)}}) {
    if (path.empty()) continue;
    auto text = ReadInput(path);
    if (!text.ok()) return Fail(in, text.status());
    given.push_back({table, InputName(path), *std::move(text)});
  }
  if (given.empty()) return Fail(in, "give at least one of --table2, --table3, --table4");
  std::vector<report::TableGrid> grids;
  // The grids view the strings of `given`, which outlives them.
  for (const Given& g : given) grids.push_back({g.table, g.text, g.name});
  v1::Agency agency;
  agency.set_name(absl::GetFlag(FLAGS_agency));
  agency.set_id(absl::GetFlag(FLAGS_agency_id));
  auto imported =
      report::ImportReport(agency, absl::GetFlag(FLAGS_year), absl::GetFlag(FLAGS_layout), grids);
  if (!imported.ok()) return Fail(in, imported.status());
  for (const v1::Finding& w : imported->warnings) {
    *in.err << "gongkai import: warning: " << w.explanation_zh() << " / " << w.explanation_en()
            << "\n";
  }
  return WriteJson(in, imported->report);
}

const RegisterCommand kRegistration({
    .name = "import",
    .summary = "Build a report from CSV grids of its tables",
    .usage = "gongkai import --year Y --agency NAME [--layout 2019|2021] [--agency_id ID]\n"
             "               [--table2 F] [--table3 F] [--table4 F]\n\n"
             "Reads each table from the CSV grid a person copies out of a spreadsheet or a\n"
             "published web page (numbers only, or with the label columns; one line per data\n"
             "row in statutory order) and prints the report as JSON. Variants of the published\n"
             "text that had to be accepted (half-width brackets, thousands separators,\n"
             "full-width digits, blanks read as 0) are reported on standard error as warnings.\n"
             "A grid of the wrong shape exits 2, naming the line and the cells expected.",
    .flags = {Required("year"), Required("agency"), Optional("agency_id"), Optional("layout"),
              Optional("table2"), Optional("table3"), Optional("table4")},
    .run = &Run,
});

}  // namespace
}  // namespace gongkai::cli
