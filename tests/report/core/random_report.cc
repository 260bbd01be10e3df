#include "random_report.h"

#include <cstdlib>

#include "report/figures.h"

namespace gongkai::report::testing {
namespace {

int64_t Uniform(std::mt19937& rng, int64_t lo, int64_t hi) {
  return std::uniform_int_distribution<int64_t>(lo, hi)(rng);
}

// Fills table 三 so that every sum rule holds: leaves random, totals summed, 一 derived.
void FillTable3(const Section& s, Figures* f, std::mt19937& rng) {
  const int total_col = s.ColumnIndex("total");
  const int total_row = s.RowIndex("total");
  const int new_row = s.RowIndex("new"), over = s.RowIndex("carried_over"),
            forward = s.RowIndex("carried_forward");
  for (int c = 0; c < s.columns(); ++c) {
    if (c == total_col) continue;
    int64_t concluded = 0;
    for (int r = 0; r < s.rows(); ++r) {
      if (r == total_row || r == new_row || r == over || r == forward) continue;
      const int64_t v = Uniform(rng, 0, 9) < 6 ? 0 : Uniform(rng, 0, 40);
      f->values[s.CellAt(r, c)] = Dec{v, 0};
      concluded += v;
    }
    f->values[s.CellAt(total_row, c)] = Dec{concluded, 0};
    const int64_t fwd = Uniform(rng, 0, 20);
    const int64_t fresh = Uniform(rng, 0, concluded + fwd);
    f->values[s.CellAt(forward, c)] = Dec{fwd, 0};
    f->values[s.CellAt(new_row, c)] = Dec{fresh, 0};
    f->values[s.CellAt(over, c)] = Dec{concluded + fwd - fresh, 0};
  }
  for (int r = 0; r < s.rows(); ++r) {
    int64_t sum = 0;
    for (int c = 0; c < s.columns(); ++c) {
      if (c != total_col) sum += f->values[s.CellAt(r, c)].units;
    }
    f->values[s.CellAt(r, total_col)] = Dec{sum, 0};
  }
}

// Table 四: results random, each group's 总计 summed (columns ending in "_total").
void FillTable4(const Section& s, Figures* f, std::mt19937& rng) {
  int64_t group = 0;
  for (int c = 0; c < s.columns(); ++c) {
    const std::string& key = s.column(c).key();
    if (key.size() > 6 && key.compare(key.size() - 6, 6, "_total") == 0) {
      f->values[s.CellAt(0, c)] = Dec{group, 0};
      group = 0;
    } else {
      const int64_t v = Uniform(rng, 0, 5);
      f->values[s.CellAt(0, c)] = Dec{v, 0};
      group += v;
    }
  }
}

// Table 二: counts random; amounts with a random scale; signed changes never below -opening.
void FillTable2(const Section& s, Figures* f, std::mt19937& rng) {
  for (int r = 0; r < s.rows(); ++r) {
    int64_t opening = 0;
    for (int c = 0; c < s.columns(); ++c) {
      const v1::HeaderNode& column = s.column(c);
      Dec& value = f->values[s.CellAt(r, c)];
      switch (column.kind()) {
        case v1::VALUE_KIND_AMOUNT:
          value = Dec{Uniform(rng, 0, 10'000'000), static_cast<int>(Uniform(rng, 0, 4))};
          if (column.unit() == v1::MONEY_UNIT_UNSPECIFIED)
            f->units[s.CellAt(r, c)] = v1::MONEY_UNIT_WAN_YUAN;
          break;
        case v1::VALUE_KIND_SIGNED_COUNT:
          value = Dec{Uniform(rng, -opening, 50), 0};
          break;
        default:
          value = Dec{Uniform(rng, 0, 500), 0};
          opening = value.units;
      }
    }
  }
}

}  // namespace

v1::AnnualReport RandomReport(const Layout& layout, int year, const std::string& agency_id,
                              std::mt19937& rng) {
  Figures f = Figures::Empty(layout);
  for (const Section& s : layout.sections()) {
    const std::string& table = s.table->key();
    if (table == "t3") FillTable3(s, &f, rng);
    if (table == "t4") FillTable4(s, &f, rng);
    if (table == "t2") FillTable2(s, &f, rng);
  }
  f.present.assign(f.present.size(), true);
  v1::AnnualReport report;
  report.set_year(year);
  report.mutable_agency()->set_id(agency_id);
  report.mutable_agency()->set_name(agency_id + " 人民政府");
  WriteFigures(f, &report);
  return report;
}

void SetOpenUnits(v1::AnnualReport* report, OpenUnits units, std::mt19937& rng) {
  for (v1::Cell& cell : *report->mutable_cells()) {
    if (cell.unit() == v1::MONEY_UNIT_UNSPECIFIED) continue;
    const bool wan =
        units == OpenUnits::kWanYuan || (units == OpenUnits::kEither && rng() % 2 == 1);
    cell.set_unit(wan ? v1::MONEY_UNIT_WAN_YUAN : v1::MONEY_UNIT_YUAN);
  }
}

int64_t CellValue(const v1::AnnualReport& report, const std::string& key) {
  for (const v1::Cell& cell : report.cells()) {
    if (cell.key() == key) return cell.has_amount() ? cell.amount().units() : cell.count();
  }
  std::abort();
}

void SetCellValue(v1::AnnualReport* report, const std::string& key, int64_t value) {
  for (v1::Cell& cell : *report->mutable_cells()) {
    if (cell.key() != key) continue;
    if (cell.has_amount()) {
      cell.mutable_amount()->set_units(value);
    } else {
      cell.set_count(value);
    }
    return;
  }
  std::abort();
}

}  // namespace gongkai::report::testing
