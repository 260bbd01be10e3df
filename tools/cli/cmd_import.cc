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
#include "report/import/document.h"
#include "report/import/grid.h"
#include "report_io.h"

namespace gongkai::cli {
namespace {

void PrintWarnings(const Invocation& in, const google::protobuf::RepeatedPtrField<v1::Finding>& w) {
  for (const v1::Finding& f : w) {
    *in.err << "gongkai import: warning: " << f.explanation_zh() << " / " << f.explanation_en()
            << "\n";
  }
}

// gongkai import FILE: a whole published document.
int RunDocument(const Invocation& in) {
  const std::string& path = in.args[0];
  for (absl::string_view grid : {"table2", "table3", "table4"}) {
    if (in.flags_given.contains(grid)) {
      return Fail(in, absl::StrCat("give either a document or --", grid, ", not both"));
    }
  }
  absl::StatusOr<report::DocumentImportOptions> flags = DocumentOptionsFromFlags();
  if (!flags.ok()) return Fail(in, flags.status());
  report::DocumentImportOptions options = *std::move(flags);
  auto bytes = ReadInput(path);
  if (!bytes.ok()) return Fail(in, bytes.status());
  options.source_name = InputName(path);
  auto imported = report::ImportDocument(*bytes, options);
  if (!imported.ok()) return Fail(in, imported.status());
  *in.err << "gongkai import: read " << options.source_name << " as " << imported->document_format()
          << ": "
          << (imported->document_title().empty() ? "(no title)" : imported->document_title())
          << ", layout " << imported->report().layout() << "\n";
  PrintWarnings(in, imported->warnings());
  return WriteJson(in, imported->report());
}

int Run(const Invocation& in) {
  if (!in.args.empty()) return RunDocument(in);
  if (absl::GetFlag(FLAGS_year) == 0) return Fail(in, "--year is required with grids");
  if (absl::GetFlag(FLAGS_agency).empty()) return Fail(in, "--agency is required with grids");
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
    .summary = "Read a published report (web page, Word, Excel, PDF, CSV) or CSV grids",
    .usage = "gongkai import FILE [--format F] [--year Y] [--agency NAME] [--agency_id ID]\n"
             "               [--layout 2019|2021]\n"
             "gongkai import --year Y --agency NAME [--layout 2019|2021] [--agency_id ID]\n"
             "               [--table2 F] [--table3 F] [--table4 F]\n\n"
             "With FILE: reads a whole published annual report (a saved web page, .docx,\n"
             ".xlsx, .pdf, or a CSV/text export in UTF-8 or GBK), finds tables 二, 三 and 四 by\n"
             "their statutory labels, tells the layout from their shape and the agency and\n"
             "year from the title (the flags override), and prints the report as JSON; each\n"
             "cell's provenance names the table, row and column it was read from. A table\n"
             "that is missing or has a shape no layout explains exits 2, saying what was\n"
             "expected and what was found.\n\n"
             "With --table2/3/4: reads each table from the CSV grid a person copies out of a\n"
             "spreadsheet or a published web page (numbers only, or with the label columns;\n"
             "one line per data row in statutory order) and prints the report as JSON. Variants of "
             "the published\n"
             "text that had to be accepted (half-width brackets, thousands separators,\n"
             "full-width digits, blanks read as 0) are reported on standard error as warnings.\n"
             "A grid of the wrong shape exits 2, naming the line and the cells expected.",
    .flags = {Optional("year"), Optional("agency"), Optional("agency_id"), Optional("layout"),
              Optional("format"), Optional("table2"), Optional("table3"), Optional("table4")},
    .max_args = 1,
    .run = &Run,
});

}  // namespace
}  // namespace gongkai::cli
