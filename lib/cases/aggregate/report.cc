// Table 三 out of the aggregator: as a grid, as report figures, as a report message.
#include <string>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "cases/aggregate/aggregate.h"
#include "common/status_macros.h"

namespace gongkai::cases {

std::vector<int64_t> Table3Aggregator::Grid() const {
  const report::Section& section = layout().sections()[index_.section];
  const int columns = section.columns();
  std::vector<int64_t> grid(static_cast<size_t>(section.rows()) * columns, 0);
  // Every sum below is at most records_counted_ (each application adds one to 一 or 二 and one
  // to a row of 三 or to 四), so none overflows.
  for (int r = 0; r < section.rows(); ++r) {
    if (r == index_.total_row) continue;
    for (int category = 1; category < kCategories; ++category) {
      const int column = index_.column_of_category[category];
      if (column < 0) continue;
      grid[r * columns + column] += counter(r, category);
      grid[r * columns + index_.total_column] += counter(r, category);
    }
  }
  for (int r = 0; r < section.rows(); ++r) {
    if (r == index_.new_row || r == index_.carried_over_row || r == index_.total_row ||
        r == index_.carried_forward_row) {
      continue;
    }
    for (int c = 0; c < columns; ++c) grid[index_.total_row * columns + c] += grid[r * columns + c];
  }
  return grid;
}

absl::StatusOr<int64_t> Table3Aggregator::Count(absl::string_view row,
                                                absl::string_view column) const {
  const report::Section& section = layout().sections()[index_.section];
  const int r = section.RowIndex(row);
  const int c = section.ColumnIndex(column);
  if (r < 0 || c < 0) {
    return absl::NotFoundError(absl::StrCat("table ", section.table->key(), " of layout ",
                                            layout().id(), " has no leaf ",
                                            r < 0 ? "row \"" : "column \"",
                                            absl::CHexEscape(r < 0 ? row : column), "\""));
  }
  return Grid()[r * section.columns() + c];
}

absl::Status Table3Aggregator::WriteTo(report::Figures* figures) const {
  if (figures->layout == nullptr || figures->layout->id() != layout().id()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "figures: layout ", figures->layout == nullptr ? "(none)" : figures->layout->id(),
        " is not the aggregator's layout ", layout().id()));
  }
  const report::Section& section = figures->layout->sections()[index_.section];
  const std::vector<int64_t> grid = Grid();
  v1::Provenance provenance;
  provenance.set_source(v1::SOURCE_DERIVED);
  provenance.set_detail(absl::StrCat(records_counted_, " applications"));
  for (int r = 0; r < section.rows(); ++r) {
    for (int c = 0; c < section.columns(); ++c) {
      const int cell = section.CellAt(r, c);
      figures->values[cell] = report::Dec{grid[r * section.columns() + c], 0};
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

absl::StatusOr<v1::AnnualReport> DeriveTable3Report(const v1::Agency& agency, int year,
                                                    absl::string_view layout_id,
                                                    messages::Encoding encoding,
                                                    absl::string_view stream,
                                                    const v1::OutcomeMapping* mapping,
                                                    PlacementProblems* problems) {
  ASSIGN_OR_RETURN(const report::Layout* layout, report::LayoutFor(layout_id, year));
  ASSIGN_OR_RETURN(Table3Aggregator aggregator, Table3Aggregator::Create(year, *layout, mapping));
  RETURN_IF_ERROR(aggregator.AddStream(encoding, stream));
  if (problems != nullptr) *problems = aggregator.problems();
  return aggregator.ToReport(agency);
}

}  // namespace gongkai::cases
