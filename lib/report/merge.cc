#include "report/merge.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/numeric/int128.h"
#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "report/figures.h"

namespace gongkai::report {
namespace {

// An amount in 万元 as 元, exactly (the scale is kept, so sums stay associative).
absl::StatusOr<Dec> ToYuan(Dec d, v1::MoneyUnit unit) {
  if (unit != v1::MONEY_UNIT_WAN_YUAN) return d;
  const absl::int128 v = absl::int128(d.units) * 10000;
  if (v > absl::int128(INT64_MAX) || v < absl::int128(INT64_MIN)) {
    return absl::OutOfRangeError("amount in 元 exceeds 64 bits");
  }
  return Dec{static_cast<int64_t>(v), d.scale};
}

// A running sum of one cell over the reports in order, as `total = Add(total, value)` would
// give it, with the first failure kept (later values are then ignored).
struct RunningSum {
  Dec total;
  absl::Status error;     // the first failure: ToYuan's own error, or
  bool overflow = false;  // the sum exceeded 64 bits

  bool failed() const { return overflow || !error.ok(); }
  void Add(Dec value) {
    if (failed()) return;
    absl::StatusOr<Dec> next = report::Add(total, value);
    if (next.ok()) {
      total = *next;
    } else {
      overflow = true;
    }
  }
};

// What the reports say about one cell, gathered report by report. The unit of an open-unit
// cell depends on every report (their common unit, else 元), so both possible sums are kept
// until it is known.
struct CellSum {
  RunningSum as_given;  // every value as the report gives it
  RunningSum in_yuan;   // open-unit amounts only: every value converted to 元
  bool present = false;
  // Units of the present values: the first one given, whether another differs, and whether
  // some give none.
  v1::MoneyUnit first_unit = v1::MONEY_UNIT_UNSPECIFIED;
  bool several_units = false;
  bool some_unspecified = false;
};

}  // namespace

absl::StatusOr<Figures> SumFigures(absl::Span<const v1::AnnualReport* const> reports,
                                   absl::string_view what) {
  if (reports.empty()) return absl::InvalidArgumentError(absl::StrCat(what, ": no reports given"));
  // One pass over the reports, each read into the same scratch figures (no provenance: the sum
  // has its own) and added to every cell's running sums. Errors come out in the reference's
  // order: reading and matching the reports first, then the cells in order.
  Figures f;
  const Layout* layout = nullptr;
  std::vector<CellSum> sums;
  std::vector<bool> open_unit;
  for (size_t i = 0; i < reports.size(); ++i) {
    if (absl::Status read = internal::ReadFiguresInto(*reports[i], /*with_provenance=*/false, &f);
        !read.ok()) {
      return absl::Status(read.code(), absl::StrCat(what, "[", i, "]: ", read.message()));
    }
    if (i > 0 && reports[i]->year() != reports[0]->year()) {
      return absl::InvalidArgumentError(absl::StrCat(what, "[", i, "].year: ", reports[i]->year(),
                                                     ", but ", what, "[0] is for ",
                                                     reports[0]->year()));
    }
    if (i > 0 && f.layout != layout) {
      return absl::InvalidArgumentError(absl::StrCat(what, "[", i, "].layout: ", f.layout->id(),
                                                     ", but ", what, "[0] uses ", layout->id()));
    }
    if (i == 0) {
      layout = f.layout;
      sums.resize(layout->cells().size());
      open_unit.resize(layout->cells().size());
      for (size_t c = 0; c < open_unit.size(); ++c) {
        const CellInfo& info = layout->cells()[c];
        open_unit[c] =
            info.kind == v1::VALUE_KIND_AMOUNT && info.unit == v1::MONEY_UNIT_UNSPECIFIED;
      }
    }
    for (size_t c = 0; c < sums.size(); ++c) {
      if (!f.present[c]) continue;
      CellSum& cell = sums[c];
      cell.present = true;
      cell.as_given.Add(f.values[c]);
      if (!open_unit[c]) continue;
      const v1::MoneyUnit unit = f.units[c];
      if (unit == v1::MONEY_UNIT_UNSPECIFIED) {
        cell.some_unspecified = true;
      } else if (cell.first_unit == v1::MONEY_UNIT_UNSPECIFIED) {
        cell.first_unit = unit;
      } else if (unit != cell.first_unit) {
        cell.several_units = true;
      }
      if (cell.in_yuan.failed()) continue;
      absl::StatusOr<Dec> value = ToYuan(f.values[c], unit);
      if (value.ok()) {
        cell.in_yuan.Add(*value);
      } else {
        cell.in_yuan.error = value.status();
      }
    }
  }
  Figures sum = Figures::Empty(*layout);
  for (size_t c = 0; c < sums.size(); ++c) {
    const CellInfo& info = layout->cells()[c];
    const CellSum& cell = sums[c];
    v1::MoneyUnit unit = info.unit;
    bool convert = false;
    if (open_unit[c]) {
      // The members' common unit, or 元 when they disagree (unless some give none).
      if (cell.several_units) {
        if (cell.some_unspecified) {
          return absl::InvalidArgumentError(
              absl::StrCat(what, ": cell ", info.key,
                           " is in 元 in some reports and 万元 in others, and some give no unit"));
        }
        unit = v1::MONEY_UNIT_YUAN;
      } else {
        unit = cell.first_unit;
      }
      convert = unit == v1::MONEY_UNIT_YUAN;
    }
    const RunningSum& total = convert ? cell.in_yuan : cell.as_given;
    if (!total.error.ok()) return total.error;  // ToYuan's
    if (total.overflow) {
      return absl::OutOfRangeError(
          absl::StrCat(what, ": the sum of cell ", info.key, " exceeds 64 bits"));
    }
    sum.values[c] = total.total;
    sum.present[c] = cell.present;
    sum.units[c] = unit;
    sum.provenance[c].set_source(v1::SOURCE_MERGED);
  }
  return sum;
}

absl::StatusOr<v1::AnnualReport> Merge(absl::Span<const v1::AnnualReport* const> reports,
                                       const v1::Agency& parent) {
  ASSIGN_OR_RETURN(Figures sum, SumFigures(reports, "reports"));
  // Sorted, without repeats.
  std::vector<absl::string_view> members;
  for (const v1::AnnualReport* r : reports) {
    if (r->member_ids_size() > 0) {
      members.insert(members.end(), r->member_ids().begin(), r->member_ids().end());
    } else {
      members.push_back(r->agency().id());
    }
  }
  std::sort(members.begin(), members.end());
  members.erase(std::unique(members.begin(), members.end()), members.end());
  v1::AnnualReport merged;
  *merged.mutable_agency() = parent;
  merged.set_year(reports[0]->year());
  WriteFigures(sum, &merged);
  merged.mutable_member_ids()->Reserve(static_cast<int>(members.size()));
  // add_member_ids()->assign, not add_member_ids(std::string&&): protobuf 3.21's
  // RepeatedPtrField<std::string>::Add(T&&) counts the element before allocating it, so running
  // out of memory there leaves a garbage pointer the destructor frees.
  for (absl::string_view id : members) merged.add_member_ids()->assign(id.data(), id.size());
  return merged;
}

}  // namespace gongkai::report
