// A table counter: what derives cells of a report's tables from records. Table 二 from
// disclosure records (disclosure::DisclosureCounter), table 三 from applications
// (cases::Table3Aggregator), table 四 from remedy cases (remedy::Table4Counter) all implement
// this one interface, and callers (the annual builder, its tracing of a cell) use it alike, by
// cell index: an index into Layout::cells() of the counter's layout.
//
// Each counter also has its own Create, Add (for its kind of record) and Merge.
#ifndef GONGKAI_LIB_REPORT_COUNTER_H_
#define GONGKAI_LIB_REPORT_COUNTER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "report/figures.h"

namespace gongkai::report {

class TableCounter {
 public:
  virtual ~TableCounter() = default;

  // The layout cells this counter derives (indices into Layout::cells()), each once.
  virtual const std::vector<int>& derived_cells() const = 0;

  // The current value of layout cell `cell` if this counter derives it, else nullopt. Cheap
  // enough to call around every record: the records behind a cell are traced by comparing its
  // value before and after each Add.
  virtual std::optional<int64_t> Value(int cell) const = 0;

  // Sets every derived cell of `figures`, present, provenance SOURCE_DERIVED with a detail
  // naming what was counted ("12 applications"); other cells are left as they are.
  // InvalidArgument, changing nothing, if `figures` is of another layout.
  virtual absl::Status WriteTo(Figures* figures) const = 0;

 protected:
  TableCounter() = default;
  TableCounter(const TableCounter&) = default;
  TableCounter& operator=(const TableCounter&) = default;
};

// For TableCounter::WriteTo: InvalidArgument unless `figures` is of layout `layout_id`
// ("figures: layout 2019 is not the <counter>'s layout 2021").
inline absl::Status CheckSameLayout(const Figures& figures, const std::string& layout_id,
                                    const char* counter) {
  if (figures.layout != nullptr && figures.layout->id() == layout_id) return absl::OkStatus();
  return absl::InvalidArgumentError(
      "figures: layout " +
      (figures.layout == nullptr ? std::string("(none)") : figures.layout->id()) + " is not the " +
      counter + "'s layout " + layout_id);
}

// For counters that keep their derived cells and values as parallel vectors (tables 二 and 四):
// the value of `cell`, or nullopt when `cells` does not hold it.
std::optional<int64_t> ValueOfCell(const std::vector<int>& cells,
                                   const std::vector<int64_t>& values, int cell);

// ... and their WriteTo: sets each of `cells` in `figures` to its value in `values`, present,
// SOURCE_DERIVED with `detail`. The errors of CheckSameLayout, changing nothing.
absl::Status WriteDerivedCells(const std::vector<int>& cells, const std::vector<int64_t>& values,
                               const std::string& layout_id, const char* counter,
                               const std::string& detail, Figures* figures);

}  // namespace gongkai::report

#endif  // GONGKAI_LIB_REPORT_COUNTER_H_
