#include "columns.h"

#include <algorithm>
#include <array>
#include <climits>

#include "absl/base/optimization.h"
#include "cases/aggregate/wire.h"
#include "gongkai/v1/application.pb.h"

namespace gongkai::bench {

absl::Status ApplicationColumns::AppendStream(absl::string_view stream) {
  const size_t before = size();
  const int64_t left_out_before = left_out_;
  cases::ApplicationReader reader(stream);
  size_t offset = 0;
  absl::string_view record, id;
  cases::ApplicationFacts facts;
  while (offset < stream.size()) {
    if (!cases::WireReaderAvailable() || !cases::NextDelimited(stream, &offset, &record) ||
        record.size() > INT_MAX || !reader.Read(record, &facts, &id)) {
      received_.resize(before);
      concluded_.resize(before);
      category_.resize(before);
      outcome_.resize(before);
      left_out_ = left_out_before;
      return absl::InvalidArgumentError("columns: the wire reader refuses the stream");
    }
    const bool open = facts.concluded == cases::kNever;
    if (facts.Unplaceable() || facts.category < 0 ||
        facts.category >= v1::ApplicantCategory_ARRAYSIZE ||
        (!open && (facts.decisive < 0 || facts.decisive >= v1::Outcome_ARRAYSIZE))) {
      ++left_out_;
      continue;
    }
    received_.push_back(facts.received);
    concluded_.push_back(facts.concluded);
    category_.push_back(static_cast<uint8_t>(facts.category));
    outcome_.push_back(open ? 0 : static_cast<uint8_t>(facts.decisive));
  }
  return absl::OkStatus();
}

void ApplicationColumns::Reserve(size_t records) {
  received_.reserve(size() + records);
  concluded_.reserve(size() + records);
  category_.reserve(size() + records);
  outcome_.reserve(size() + records);
}

namespace {

// Counts record i as the library would, through its placement rule.
void CountOne(const ApplicationColumns& records, size_t i, cases::ReportYearDays days,
              const cases::Table3Index& index, ColumnCounts* out) {
  cases::ApplicationFacts facts;
  facts.received = records.received()[i];
  facts.concluded = records.concluded()[i];
  facts.category = records.category()[i];
  facts.decisive = records.outcome()[i];
  const cases::Placement p = cases::Place(facts, index, days);
  switch (p.kind) {
    case cases::Placement::Kind::kCounted:
      ++out->counts[p.intake_row * ColumnCounts::kCategories + p.category];
      ++out->counts[p.row * ColumnCounts::kCategories + p.category];
      ++out->counted;
      return;
    case cases::Placement::Kind::kOutside:
      ++out->outside;
      return;
    case cases::Placement::Kind::kProblem:
      ++out->problems;
      return;
  }
}

}  // namespace

ColumnCounts CountColumns(const ApplicationColumns& records, cases::ReportYearDays days,
                          const cases::Table3Index& index) {
  // Blocks of records: first the two cells of each record, without a branch; then, if no
  // record of the block needs more, one count per cell, into four sets of counters in turn
  // (most records land in the same few cells: one set would make every increment wait for the
  // one before).
  constexpr int kCategories = ColumnCounts::kCategories;
  constexpr int kCells = ColumnCounts::kCells;
  constexpr size_t kBlock = 512;
  constexpr int kOutsideCell = kCells;  // both cells of a record outside the year
  ColumnCounts out;
  const size_t n = records.size();
  const int32_t* const received = records.received().data();
  const int32_t* const concluded = records.concluded().data();
  const uint8_t* const category = records.category().data();
  const uint8_t* const outcome = records.outcome().data();
  const int32_t first = days.first, last = days.last;
  const int new_base = index.new_row * kCategories;
  const int carried_over_base = index.carried_over_row * kCategories;
  const int carried_forward_base = index.carried_forward_row * kCategories;
  // The cell offset of each outcome's row (negative: a problem), and whether each category has
  // a column.
  std::array<int, cases::Table3Index::kOutcomes> outcome_base;
  for (int o = 0; o < cases::Table3Index::kOutcomes; ++o) {
    const int row = index.row_of_outcome[o];
    outcome_base[o] = row < 0 ? -1 : row * kCategories;
  }
  std::array<uint32_t, kCategories> no_column;
  for (int c = 0; c < kCategories; ++c) no_column[c] = index.column_of_category[c] < 0;

  std::array<std::array<int64_t, kCells + 1>, 4> local{};
  uint16_t cells[2 * kBlock];
  int64_t fast = 0;
  for (size_t begin = 0; begin < n; begin += kBlock) {
    const size_t size = std::min(kBlock, n - begin);
    uint32_t exceptional = 0;
    for (size_t k = 0; k < size; ++k) {
      const int32_t r = received[begin + k], c = concluded[begin + k];
      const int cat = category[begin + k];
      const int base = outcome_base[outcome[begin + k]];
      const uint32_t inside = static_cast<uint32_t>(r <= last) & static_cast<uint32_t>(c >= first);
      const uint32_t open = c == cases::kNever;
      exceptional |= inside & (no_column[cat] | ((open ^ 1u) & static_cast<uint32_t>(base < 0)));
      const int row = (open | static_cast<uint32_t>(c > last)) ? carried_forward_base : base;
      const int intake = r >= first ? new_base : carried_over_base;
      cells[2 * k] = static_cast<uint16_t>(inside ? intake + cat : kOutsideCell);
      cells[2 * k + 1] = static_cast<uint16_t>(inside ? row + cat : kOutsideCell);
    }
    if (ABSL_PREDICT_FALSE(exceptional != 0)) {
      for (size_t k = 0; k < size; ++k) CountOne(records, begin + k, days, index, &out);
      continue;
    }
    for (size_t k = 0; k < 2 * size; k += 4) {
      ++local[0][cells[k]];
      ++local[1][cells[k + 1]];
      if (k + 2 < 2 * size) {
        ++local[2][cells[k + 2]];
        ++local[3][cells[k + 3]];
      }
    }
    fast += static_cast<int64_t>(size);
  }
  int64_t outside_cells = 0;
  for (const auto& set : local) outside_cells += set[kOutsideCell];
  for (int k = 0; k < kCells; ++k) {
    out.counts[k] += local[0][k] + local[1][k] + local[2][k] + local[3][k];
  }
  out.outside += outside_cells / 2;
  out.counted += fast - outside_cells / 2;
  return out;
}

}  // namespace gongkai::bench
