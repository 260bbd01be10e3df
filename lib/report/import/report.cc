// Importing one grid into an existing report, for the C API and the CLI.
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "report/import/grid.h"

namespace gongkai::report {

absl::StatusOr<v1::ImportResult> ImportIntoReport(const v1::AnnualReport& report,
                                                  absl::string_view table_key,
                                                  absl::string_view csv_text,
                                                  absl::string_view source_name) {
  ASSIGN_OR_RETURN(Figures figures, ReadFigures(report));
  const Layout& layout = *figures.layout;
  if (layout.FindTable(table_key) == nullptr) {
    return absl::NotFoundError(absl::StrCat("table: layout ", layout.id(), " has no table \"",
                                            absl::CHexEscape(table_key), "\" (t2, t3 or t4)"));
  }
  ASSIGN_OR_RETURN(ImportResult imported, ImportGrid(layout, table_key, csv_text, source_name));
  for (size_t i = 0; i < layout.cells().size(); ++i) {
    if (layout.sections()[layout.cells()[i].section].table->key() != table_key) continue;
    figures.values[i] = imported.figures.values[i];
    figures.present[i] = imported.figures.present[i];
    figures.units[i] = imported.figures.units[i];
    figures.provenance[i] = imported.figures.provenance[i];
  }
  v1::ImportResult result;
  *result.mutable_report() = report;
  WriteFigures(figures, result.mutable_report());
  for (v1::Finding& warning : imported.warnings) *result.add_warnings() = std::move(warning);
  return result;
}

}  // namespace gongkai::report
