#include "report/merge.h"

#include <algorithm>
#include <string>
#include <utility>
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

}  // namespace

void FiguresSum::RunningSum::Add(Dec value) {
  if (failed()) return;
  absl::StatusOr<Dec> next = report::Add(total, value);
  if (next.ok()) {
    total = *next;
  } else {
    overflow = true;
  }
}

absl::Status FiguresSum::Add(const Figures& f) {
  if (count_ == 0) {
    layout_ = f.layout;
    sums_.assign(layout_->cells().size(), CellSum());
    open_unit_.resize(layout_->cells().size());
    for (size_t c = 0; c < open_unit_.size(); ++c) {
      const CellInfo& info = layout_->cells()[c];
      open_unit_[c] = info.kind == v1::VALUE_KIND_AMOUNT && info.unit == v1::MONEY_UNIT_UNSPECIFIED;
    }
  } else if (f.layout != layout_) {
    return absl::InvalidArgumentError(absl::StrCat(what_, "[", count_, "].layout: ", f.layout->id(),
                                                   ", but ", what_, "[0] uses ", layout_->id()));
  }
  ++count_;
  for (size_t c = 0; c < sums_.size(); ++c) {
    if (!f.present[c]) continue;
    CellSum& cell = sums_[c];
    cell.present = true;
    cell.as_given.Add(f.values[c]);
    if (!open_unit_[c]) continue;
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
  return absl::OkStatus();
}

absl::StatusOr<Figures> FiguresSum::Finish() const {
  if (count_ == 0) return absl::InvalidArgumentError(absl::StrCat(what_, ": no reports given"));
  // Errors come out in cell order.
  Figures sum = Figures::Empty(*layout_);
  for (size_t c = 0; c < sums_.size(); ++c) {
    const CellInfo& info = layout_->cells()[c];
    const CellSum& cell = sums_[c];
    v1::MoneyUnit unit = info.unit;
    bool convert = false;
    if (open_unit_[c]) {
      // The members' common unit, or 元 when they disagree (unless some give none).
      if (cell.several_units) {
        if (cell.some_unspecified) {
          return absl::InvalidArgumentError(
              absl::StrCat(what_, ": cell ", info.key,
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
          absl::StrCat(what_, ": the sum of cell ", info.key, " exceeds 64 bits"));
    }
    sum.values[c] = total.total;
    sum.present[c] = cell.present;
    sum.units[c] = unit;
    sum.provenance[c].set_source(v1::SOURCE_MERGED);
  }
  return sum;
}

absl::StatusOr<Figures> SumFigures(absl::Span<const v1::AnnualReport* const> reports,
                                   absl::string_view what) {
  if (reports.empty()) return absl::InvalidArgumentError(absl::StrCat(what, ": no reports given"));
  // One pass over the reports, each read into the same scratch figures (no provenance: the sum
  // has its own) and added to the running sums. Errors come out in the reference's order:
  // reading and matching the reports first, then the cells in order.
  Figures f;
  FiguresSum sum(what);
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
    RETURN_IF_ERROR(sum.Add(f));
  }
  return sum.Finish();
}

void WriteMemberIds(std::vector<absl::string_view> ids, v1::AnnualReport* report) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  report->mutable_member_ids()->Reserve(static_cast<int>(ids.size()));
  // add_member_ids()->assign, not add_member_ids(std::string&&): protobuf 3.21's
  // RepeatedPtrField<std::string>::Add(T&&) counts the element before allocating it, so running
  // out of memory there leaves a garbage pointer the destructor frees.
  for (absl::string_view id : ids) report->add_member_ids()->assign(id.data(), id.size());
}

absl::StatusOr<v1::AnnualReport> Merge(absl::Span<const v1::AnnualReport* const> reports,
                                       const v1::Agency& parent) {
  ASSIGN_OR_RETURN(Figures sum, SumFigures(reports, "reports"));
  std::vector<absl::string_view> members;
  for (const v1::AnnualReport* r : reports) {
    if (r->member_ids_size() > 0) {
      members.insert(members.end(), r->member_ids().begin(), r->member_ids().end());
    } else {
      members.push_back(r->agency().id());
    }
  }
  v1::AnnualReport merged;
  *merged.mutable_agency() = parent;
  merged.set_year(reports[0]->year());
  WriteFigures(sum, &merged);
  WriteMemberIds(std::move(members), &merged);
  return merged;
}

}  // namespace gongkai::report
