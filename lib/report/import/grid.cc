#include "report/import/grid.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "common/utf8.h"
#include "document/charset.h"
#include "document/csv.h"
#include "report/import/rows.h"

namespace gongkai::report {
namespace {

// "t3 grid line 4, byte 7: not valid UTF-8".
absl::Status CheckUtf8(absl::string_view table_key, absl::string_view text) {
  const std::optional<size_t> bad = FindInvalidUtf8(text);
  if (!bad) return absl::OkStatus();
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < *bad; ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++line;
      line_start = i + 1;
    }
  }
  return absl::InvalidArgumentError(absl::StrCat(table_key, " grid line ", line, ", byte ",
                                                 *bad - line_start + 1, ": not valid UTF-8"));
}

}  // namespace

absl::StatusOr<ImportResult> ImportGrid(const Layout& layout, absl::string_view table_key,
                                        absl::string_view csv_text, absl::string_view source_name) {
  const v1::TableSpec* table = layout.FindTable(table_key);
  if (table == nullptr) {
    return absl::InvalidArgumentError(absl::StrCat("table \"", absl::CHexEscape(table_key),
                                                   "\" is not a table of layout ", layout.id()));
  }
  // Not UTF-8: a grid saved on a Chinese Windows machine is GB18030 (GBK); anything else is
  // refused with the UTF-8 error, which names the line and byte.
  std::vector<importer::Variant> input_variants;
  std::string decoded;
  if (absl::Status utf8 = CheckUtf8(table->key(), csv_text); !utf8.ok()) {
    absl::StatusOr<document::Decoded> gb = document::ToUtf8(csv_text, "gb18030", "grid");
    if (!gb.ok()) return utf8;
    decoded = std::move(gb->utf8);
    csv_text = decoded;
    input_variants.push_back(importer::Variant::kGb18030);
  }
  ASSIGN_OR_RETURN(document::CsvText csv,
                   document::SplitCsv(csv_text, absl::StrCat(table->key(), " grid")));
  if (csv.had_bom) input_variants.push_back(importer::Variant::kBom);
  std::vector<importer::GridRow> rows;
  rows.reserve(csv.records.size());
  for (document::CsvRecord& record : csv.records) {
    rows.push_back({record.line, std::move(record.cells), {}, nullptr});
  }
  return importer::ReadRows(layout, *table, rows, source_name, input_variants);
}

absl::StatusOr<ImportedReport> ImportReport(const v1::Agency& agency, int year,
                                            absl::string_view layout_id,
                                            absl::Span<const TableGrid> grids) {
  RETURN_IF_ERROR(CheckReportYear(year));
  ASSIGN_OR_RETURN(const Layout* layout, LayoutFor(layout_id, year));
  ImportedReport out;
  out.figures = Figures::Empty(*layout);
  // A vector, not a flat_hash_set: this Abseil's hash set is left broken (and crashes when
  // destroyed) if allocation fails while it grows (tests/hardening/alloc_failure_test.cc).
  std::vector<absl::string_view> seen;
  for (size_t g = 0; g < grids.size(); ++g) {
    if (std::find(seen.begin(), seen.end(), grids[g].table_key) != seen.end()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "grids[", g, "]: table \"", absl::CHexEscape(grids[g].table_key), "\" is given twice"));
    }
    seen.push_back(grids[g].table_key);
    const TableGrid& grid = grids[g];
    ASSIGN_OR_RETURN(ImportResult one,
                     ImportGrid(*layout, grid.table_key, grid.csv_text, grid.source_name));
    importer::MergeImported(std::move(one), &out.figures, &out.warnings);
  }
  *out.report.mutable_agency() = agency;
  out.report.set_year(year);
  WriteFigures(out.figures, &out.report);
  return out;
}

}  // namespace gongkai::report
