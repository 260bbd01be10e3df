// The fast ways into Table3Aggregator: a binary stream read by the wire reader, and the compact
// in-memory columns. Both place by the facts of aggregate/facts.h exactly as Add does, and hand
// every record with a problem that still needs its sample message to Add itself.
#include <algorithm>
#include <array>
#include <climits>
#include <string>
#include <utility>

#include "cases/aggregate/aggregate.h"
#include "cases/aggregate/columns.h"
#include "cases/aggregate/messages.h"
#include "cases/aggregate/wire.h"

namespace gongkai::cases {

int Table3Aggregator::Place(const ApplicationFacts& f) {
  if (f.received == kNoDate) return static_cast<int>(PlacementProblem::kNoReceiptDate);
  if (f.bad_conclusion_at >= 0) return static_cast<int>(PlacementProblem::kBadConclusionDate);
  if (f.concluded < f.received) return static_cast<int>(PlacementProblem::kConcludedBeforeReceived);
  if (f.received > last_day_ || f.concluded < first_day_) {
    ++records_seen_;
    ++records_outside_;
    return kOutside;
  }
  const int category = f.category;
  if (category <= 0 || category >= kCategories || index_.column_of_category[category] < 0) {
    return static_cast<int>(PlacementProblem::kUnknownCategory);
  }
  int row = index_.carried_forward_row;
  if (f.concluded != kNever) {
    const int outcome_row = f.decisive > 0 && f.decisive < Table3Index::kOutcomes
                                ? index_.row_of_outcome[f.decisive]
                                : Table3Index::kUnknownOutcome;
    if (outcome_row == Table3Index::kUnknownOutcome) {
      return static_cast<int>(PlacementProblem::kUnknownOutcome);
    }
    if (outcome_row == Table3Index::kUnmapped) {
      return static_cast<int>(PlacementProblem::kUnmappedOutcome);
    }
    if (f.concluded <= last_day_) row = outcome_row;
  }
  ++records_seen_;
  ++counter(f.received >= first_day_ ? index_.new_row : index_.carried_over_row, category);
  ++counter(row, category);
  ++records_counted_;
  return kPlaced;
}

void Table3Aggregator::CountProblem(int problem, absl::string_view record) {
  if (problems_.samples().size() < PlacementProblems::kMaxSamples) {
    v1::Application application;
    // The wire reader accepted these bytes, so protobuf does too.
    application.ParseFromArray(record.data(), static_cast<int>(record.size()));
    Add(application);
    return;
  }
  ++records_seen_;
  problems_.Add({}, static_cast<PlacementProblem>(problem), [] { return std::string(); });
}

bool Table3Aggregator::AddWireStream(absl::string_view stream) {
  ApplicationReader reader(stream);
  size_t offset = 0;
  absl::string_view record, id;
  ApplicationFacts facts;
  while (offset < stream.size()) {
    // messages::ParseBinary refuses a record over 2 GiB; the reference path says so.
    if (!NextDelimited(stream, &offset, &record) || record.size() > INT_MAX ||
        !reader.Read(record, &facts, &id)) {
      return false;
    }
    const int placed = Place(facts);
    if (placed >= 0) CountProblem(placed, record);
  }
  return true;
}

absl::Status Table3Aggregator::AddStream(messages::Encoding encoding, absl::string_view stream) {
  if (encoding != messages::Encoding::kBinary || !WireReaderAvailable()) {
    return AddStreamByMessages(encoding, stream);
  }
  Table3Aggregator before = *this;
  if (AddWireStream(stream)) return absl::OkStatus();
  // Malformed: the reference path finds the same error and names it (and, were the wire reader
  // ever to refuse what protobuf accepts, adds the stream after all).
  *this = std::move(before);
  return AddStreamByMessages(encoding, stream);
}

void Table3Aggregator::AddColumn(const ApplicationColumns& records, size_t i, size_t* kept) {
  const int32_t r = records.received()[i];
  if (r == ApplicationColumns::kKeptWhole) {
    v1::Application application;
    // Serialized by ApplicationColumns: parses.
    application.ParseFromString(records.kept_whole()[(*kept)++].second);
    return Add(application);
  }
  ++records_seen_;
  const int32_t c = records.concluded()[i];
  if (r > last_day_ || c < first_day_) {
    ++records_outside_;
    return;
  }
  const int cat = records.category()[i];
  const int o = records.outcome()[i];
  if (index_.column_of_category[cat] < 0) {
    return problems_.Add(records.id(i), PlacementProblem::kUnknownCategory,
                         [&] { return UnknownCategoryMessage(records.id(i), cat); });
  }
  int row = index_.carried_forward_row;
  if (c != kNever) {
    const int outcome_row = index_.row_of_outcome[o];
    if (outcome_row == Table3Index::kUnknownOutcome) {
      return problems_.Add(records.id(i), PlacementProblem::kUnknownOutcome, [&] {
        return UnknownOutcomeMessage(records.id(i), records.decisive_at(i), o);
      });
    }
    if (outcome_row == Table3Index::kUnmapped) {
      return problems_.Add(records.id(i), PlacementProblem::kUnmappedOutcome, [&] {
        return UnmappedOutcomeMessage(records.id(i), o, records.decisive_at(i), layout().id());
      });
    }
    if (c <= last_day_) row = outcome_row;
  }
  ++counter(r >= first_day_ ? index_.new_row : index_.carried_over_row, cat);
  ++counter(row, cat);
  ++records_counted_;
}

void Table3Aggregator::AddColumns(const ApplicationColumns& records) {
  // Blocks of records: first the two cells of each record, without a branch; then, if no
  // record of the block needs more (kept whole, a problem), one count per cell, into four sets
  // of counters in turn (most records land in the same few cells: one set would make every
  // increment wait for the one before). A block that needs more goes record by record
  // (AddColumn).
  constexpr size_t kBlock = 512;
  constexpr int kCells = Table3Index::kMaxRows * kCategories;
  constexpr int kOutsideCell = kCells;  // both cells of a record outside the year
  const size_t n = records.size();
  const int32_t* const received = records.received().data();
  const int32_t* const concluded = records.concluded().data();
  const uint8_t* const category = records.category().data();
  const uint8_t* const outcome = records.outcome().data();
  const int32_t first = first_day_, last = last_day_;
  const int new_base = index_.new_row * kCategories;
  const int carried_over_base = index_.carried_over_row * kCategories;
  const int carried_forward_base = index_.carried_forward_row * kCategories;
  // The cell offset of each outcome's row (negative: a problem), and whether each category has
  // a column.
  std::array<int, Table3Index::kOutcomes> outcome_base;
  for (int o = 0; o < Table3Index::kOutcomes; ++o) {
    const int row = index_.row_of_outcome[o];
    outcome_base[o] = row < 0 ? -1 : row * kCategories;
  }
  std::array<uint32_t, kCategories> no_column;
  for (int c = 0; c < kCategories; ++c) no_column[c] = index_.column_of_category[c] < 0;

  std::array<std::array<int64_t, kCells + 1>, 4> local{};
  uint16_t cells[2 * kBlock];
  int64_t fast = 0;
  size_t kept = 0;
  for (size_t begin = 0; begin < n; begin += kBlock) {
    const size_t size = std::min(kBlock, n - begin);
    uint32_t exceptional = 0;
    for (size_t k = 0; k < size; ++k) {
      const int32_t r = received[begin + k], c = concluded[begin + k];
      const int cat = category[begin + k];
      const int base = outcome_base[outcome[begin + k]];
      const uint32_t inside = static_cast<uint32_t>(r <= last) & static_cast<uint32_t>(c >= first);
      const uint32_t open = c == kNever;
      exceptional |= static_cast<uint32_t>(r == ApplicationColumns::kKeptWhole) |
                     (inside & (no_column[cat] | ((open ^ 1u) & static_cast<uint32_t>(base < 0))));
      const int row = (open | static_cast<uint32_t>(c > last)) ? carried_forward_base : base;
      const int intake = r >= first ? new_base : carried_over_base;
      cells[2 * k] = static_cast<uint16_t>(inside ? intake + cat : kOutsideCell);
      cells[2 * k + 1] = static_cast<uint16_t>(inside ? row + cat : kOutsideCell);
    }
    if (ABSL_PREDICT_FALSE(exceptional != 0)) {
      for (size_t k = 0; k < size; ++k) AddColumn(records, begin + k, &kept);
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
    counts_[k] += local[0][k] + local[1][k] + local[2][k] + local[3][k];
  }
  records_seen_ += fast;
  records_outside_ += outside_cells / 2;
  records_counted_ += fast - outside_cells / 2;
}

}  // namespace gongkai::cases
