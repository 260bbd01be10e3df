#include "report/figures.h"

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "common/status_macros.h"

namespace gongkai::report {

Figures Figures::Empty(const Layout& layout) {
  const size_t n = layout.cells().size();
  Figures f;
  f.layout = &layout;
  f.values.assign(n, Dec{});
  f.present.assign(n, false);
  f.units.resize(n);
  for (size_t i = 0; i < n; ++i) f.units[i] = layout.cells()[i].unit;
  f.provenance.assign(n, v1::Provenance());
  return f;
}

absl::Status CheckReportYear(int year) {
  if (year >= kFirstYear && year <= kLastYear) return absl::OkStatus();
  return absl::OutOfRangeError(absl::StrCat("year: ", year, " is outside ", kFirstYear, "..", kLastYear));
}

absl::StatusOr<Figures> ReadFigures(const v1::AnnualReport& report) {
  RETURN_IF_ERROR(CheckReportYear(report.year()));
  ASSIGN_OR_RETURN(const Layout* layout, LayoutFor(report.layout(), report.year()));
  Figures f = Figures::Empty(*layout);
  std::vector<int> first_at(layout->cells().size(), -1);
  for (int i = 0; i < report.cells_size(); ++i) {
    const v1::Cell& cell = report.cells(i);
    const std::string where = absl::StrCat("cells[", i, "] (", cell.key(), "): ");
    std::optional<int> index = layout->FindCell(cell.key());
    if (!index) {
      return absl::InvalidArgumentError(
          absl::StrCat("cells[", i, "].key: \"", absl::CHexEscape(cell.key()),
                       "\" is not a cell of layout ", layout->id()));
    }
    if (first_at[*index] >= 0) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, "appears twice (first at cells[", first_at[*index], "])"));
    }
    first_at[*index] = i;
    const CellInfo& info = layout->cells()[*index];
    const bool wants_amount = info.kind == v1::VALUE_KIND_AMOUNT;
    switch (cell.value_case()) {
      case v1::Cell::kCount:
        if (wants_amount) return absl::InvalidArgumentError(absl::StrCat(where, "is money: give amount, not count"));
        f.values[*index] = Dec{cell.count(), 0};
        break;
      case v1::Cell::kAmount:
        if (!wants_amount) return absl::InvalidArgumentError(absl::StrCat(where, "is a count: give count, not amount"));
        if (cell.amount().scale() < 0 || cell.amount().scale() > kMaxScale) {
          return absl::InvalidArgumentError(absl::StrCat(where, "amount.scale ", cell.amount().scale(),
                                                         " is outside 0..", kMaxScale));
        }
        f.values[*index] = Dec{cell.amount().units(), cell.amount().scale()};
        break;
      default:
        return absl::InvalidArgumentError(absl::StrCat(where, "has no value (count or amount)"));
    }
    if (cell.unit() != v1::MONEY_UNIT_UNSPECIFIED) {
      if (!wants_amount || (info.unit != v1::MONEY_UNIT_UNSPECIFIED && info.unit != cell.unit())) {
        return absl::InvalidArgumentError(absl::StrCat(where, "unit ", v1::MoneyUnit_Name(cell.unit()),
                                                       " contradicts the layout"));
      }
      f.units[*index] = cell.unit();
    }
    f.present[*index] = true;
    f.provenance[*index] = cell.provenance();
  }
  return f;
}

void WriteFigures(const Figures& figures, v1::AnnualReport* report) {
  const Layout& layout = *figures.layout;
  report->set_layout(layout.id());
  report->clear_cells();
  for (size_t i = 0; i < layout.cells().size(); ++i) {
    const CellInfo& info = layout.cells()[i];
    v1::Cell* cell = report->add_cells();
    cell->set_key(info.key);
    if (info.kind == v1::VALUE_KIND_AMOUNT) {
      cell->mutable_amount()->set_units(figures.values[i].units);
      cell->mutable_amount()->set_scale(figures.values[i].scale);
      if (info.unit == v1::MONEY_UNIT_UNSPECIFIED) cell->set_unit(figures.units[i]);
    } else {
      cell->set_count(figures.values[i].units);
    }
    if (figures.provenance[i].source() != v1::SOURCE_UNSPECIFIED ||
        !figures.provenance[i].detail().empty()) {
      *cell->mutable_provenance() = figures.provenance[i];
    }
  }
}

}  // namespace gongkai::report
