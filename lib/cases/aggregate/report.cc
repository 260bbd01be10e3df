// Table 三 out of the aggregator: cell by cell, as report figures, as a report message.
#include <string>

#include "absl/strings/str_cat.h"
#include "cases/aggregate/aggregate.h"
#include "common/status_macros.h"

namespace gongkai::cases {

int64_t Table3Aggregator::CellValue(int row, int column) const {
  // Every sum below is at most records_counted_ (each application adds one to 一 or 二 and one
  // to a row of 三 or to 四), so none overflows.
  if (row == index_.total_row) {
    // （七）总计: the sum of the outcome rows.
    const int rows = layout().sections()[index_.section].rows();
    int64_t sum = 0;
    for (int r = 0; r < rows; ++r) {
      if (r == index_.new_row || r == index_.carried_over_row || r == index_.total_row ||
          r == index_.carried_forward_row) {
        continue;
      }
      sum += CellValue(r, column);
    }
    return sum;
  }
  // A category's column, or 总计: the sum of the categories' columns.
  int64_t sum = 0;
  for (int category = 1; category < kCategories; ++category) {
    const int c = index_.column_of_category[category];
    if (c >= 0 && (c == column || column == index_.total_column)) sum += counter(row, category);
  }
  return sum;
}

std::optional<int64_t> Table3Aggregator::Value(int cell) const {
  const report::Section& section = layout().sections()[index_.section];
  const int offset = cell - section.first_cell;
  if (offset < 0 || offset >= section.rows() * section.columns()) return std::nullopt;
  return CellValue(offset / section.columns(), offset % section.columns());
}

absl::Status Table3Aggregator::WriteTo(report::Figures* figures) const {
  RETURN_IF_ERROR(report::CheckSameLayout(*figures, layout().id(), "aggregator"));
  const report::Section& section = figures->layout->sections()[index_.section];
  v1::Provenance provenance;
  provenance.set_source(v1::SOURCE_DERIVED);
  provenance.set_detail(absl::StrCat(records_counted_, " applications"));
  for (int r = 0; r < section.rows(); ++r) {
    for (int c = 0; c < section.columns(); ++c) {
      const int cell = section.CellAt(r, c);
      figures->values[cell] = report::Dec{CellValue(r, c), 0};
      figures->present[cell] = true;
      figures->provenance[cell] = provenance;
    }
  }
  return absl::OkStatus();
}

v1::AnnualReport Table3Aggregator::ToReport(const v1::Agency& agency) const {
  report::Figures figures = report::Figures::Empty(layout());
  // Same layout by construction: cannot fail.
  WriteTo(&figures).IgnoreError();
  v1::AnnualReport report;
  *report.mutable_agency() = agency;
  report.set_year(year_);
  report::WriteFigures(figures, &report);
  return report;
}

absl::StatusOr<v1::AnnualReport> DeriveTable3Report(
    const v1::Agency& agency, int year, absl::string_view layout_id, messages::Encoding encoding,
    absl::string_view stream, const v1::OutcomeMapping* mapping, PlacementProblems* problems) {
  ASSIGN_OR_RETURN(const report::Layout* layout, report::LayoutFor(layout_id, year));
  ASSIGN_OR_RETURN(Table3Aggregator aggregator, Table3Aggregator::Create(year, *layout, mapping));
  RETURN_IF_ERROR(aggregator.AddStream(encoding, stream));
  if (problems != nullptr) *problems = aggregator.problems();
  return aggregator.ToReport(agency);
}

}  // namespace gongkai::cases
