#include "report/figures.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

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
  return absl::OutOfRangeError(
      absl::StrCat("year: ", year, " is outside ", kFirstYear, "..", kLastYear));
}

namespace {

// a == b for the short keys of cells, eight bytes at a time, without a call to memcmp.
bool SameKey(const std::string& a, const std::string& b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  const char* x = a.data();
  const char* y = b.data();
  auto word = [](const char* p) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
  };
  if (n < 8) return std::memcmp(x, y, n) == 0;
  for (size_t i = 0; i + 8 < n; i += 8) {
    if (word(x + i) != word(y + i)) return false;
  }
  return word(x + n - 8) == word(y + n - 8);  // the last eight, overlapping the loop's
}

// What reading needs of every cell of a layout, in cell order and packed: its unit, and
// whether it holds an amount.
struct CellTraits {
  std::vector<v1::MoneyUnit> units;
  std::vector<uint8_t> amount;
};

// The traits of `layout`'s cells: made once per built-in layout (they live as long as the
// process), else for the call into a thread's scratch.
const CellTraits& TraitsOf(const Layout& layout) {
  auto make = [](const Layout& l) {
    CellTraits traits;
    for (const CellInfo& info : l.cells()) {
      traits.units.push_back(info.unit);
      traits.amount.push_back(info.kind == v1::VALUE_KIND_AMOUNT);
    }
    return traits;
  };
  static const auto* builtin = new PerBuiltinLayout<CellTraits>(make);
  if (const CellTraits* traits = builtin->Find(layout)) return *traits;
  thread_local CellTraits scratch;
  scratch = make(layout);
  return scratch;
}

}  // namespace

namespace internal {

absl::Status ReadFiguresInto(const v1::AnnualReport& report, bool with_provenance, Figures* f) {
  RETURN_IF_ERROR(CheckReportYear(report.year()));
  ASSIGN_OR_RETURN(const Layout* layout, LayoutFor(report.layout(), report.year()));
  const std::vector<CellInfo>& cells = layout->cells();
  const size_t n = cells.size();
  const CellTraits& traits = TraitsOf(*layout);
  f->layout = layout;
  f->values.assign(n, Dec{});
  f->present.assign(n, false);
  f->units = traits.units;
  if (with_provenance) {
    f->provenance.assign(n, v1::Provenance());
  } else {
    f->provenance.clear();
  }
  // Reports list their cells in statutory order (WriteFigures does): try the cell after the
  // last one before looking the key up.
  size_t next = 0;
  const int count = report.cells_size();
  const v1::Cell* const* all = report.cells().data();
  for (int i = 0; i < count; ++i) {
    // A cell, its key's string and the key's characters are three heap blocks, each found
    // through the one before: fetch them 24, 16 and 8 cells ahead.
    if (i + 24 < count) __builtin_prefetch(all[i + 24]);
    if (i + 16 < count) __builtin_prefetch(&all[i + 16]->key());
    if (i + 8 < count) __builtin_prefetch(all[i + 8]->key().data());
    const v1::Cell& cell = *all[i];
    auto where = [&] { return absl::StrCat("cells[", i, "] (", cell.key(), "): "); };
    size_t index;
    if (next < n && SameKey(cells[next].key, cell.key())) {
      index = next;
    } else {
      std::optional<int> found = layout->FindCell(cell.key());
      if (!found) {
        return absl::InvalidArgumentError(
            absl::StrCat("cells[", i, "].key: \"", absl::CHexEscape(cell.key()),
                         "\" is not a cell of layout ", layout->id()));
      }
      index = static_cast<size_t>(*found);
    }
    next = index + 1;
    if (f->present[index]) {
      int first = 0;  // the earlier cell with the same key
      while (report.cells(first).key() != cell.key()) ++first;
      return absl::InvalidArgumentError(
          absl::StrCat(where(), "appears twice (first at cells[", first, "])"));
    }
    const bool wants_amount = traits.amount[index];
    const v1::MoneyUnit layout_unit = traits.units[index];
    switch (cell.value_case()) {
      case v1::Cell::kCount:
        if (wants_amount)
          return absl::InvalidArgumentError(
              absl::StrCat(where(), "is money: give amount, not count"));
        f->values[index] = Dec{cell.count(), 0};
        break;
      case v1::Cell::kAmount:
        if (!wants_amount)
          return absl::InvalidArgumentError(
              absl::StrCat(where(), "is a count: give count, not amount"));
        if (cell.amount().scale() < 0 || cell.amount().scale() > kMaxScale) {
          return absl::InvalidArgumentError(absl::StrCat(
              where(), "amount.scale ", cell.amount().scale(), " is outside 0..", kMaxScale));
        }
        f->values[index] = Dec{cell.amount().units(), cell.amount().scale()};
        break;
      default:
        return absl::InvalidArgumentError(absl::StrCat(where(), "has no value (count or amount)"));
    }
    if (cell.unit() != v1::MONEY_UNIT_UNSPECIFIED) {
      if (!wants_amount ||
          (layout_unit != v1::MONEY_UNIT_UNSPECIFIED && layout_unit != cell.unit())) {
        return absl::InvalidArgumentError(absl::StrCat(
            where(), "unit ", v1::MoneyUnit_Name(cell.unit()), " contradicts the layout"));
      }
      f->units[index] = cell.unit();
    }
    f->present[index] = true;
    if (with_provenance && cell.has_provenance()) f->provenance[index] = cell.provenance();
  }
  return absl::OkStatus();
}

}  // namespace internal

absl::StatusOr<Figures> ReadFigures(const v1::AnnualReport& report) {
  Figures f;
  RETURN_IF_ERROR(internal::ReadFiguresInto(report, /*with_provenance=*/true, &f));
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
