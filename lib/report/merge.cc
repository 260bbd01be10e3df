#include "report/merge.h"

#include <algorithm>
#include <set>

#include "absl/numeric/int128.h"
#include "absl/strings/str_cat.h"
#include "common/status_macros.h"

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

// The unit the sum of one open-unit cell is kept in: the members' common unit, or 元.
absl::StatusOr<v1::MoneyUnit> CommonUnit(const std::vector<Figures>& all, int cell,
                                         absl::string_view what, absl::string_view key) {
  std::set<v1::MoneyUnit> units;
  bool some_unspecified = false;
  for (const Figures& f : all) {
    if (!f.present[cell]) continue;
    if (f.units[cell] == v1::MONEY_UNIT_UNSPECIFIED) {
      some_unspecified = true;
    } else {
      units.insert(f.units[cell]);
    }
  }
  if (units.size() <= 1) return units.empty() ? v1::MONEY_UNIT_UNSPECIFIED : *units.begin();
  if (some_unspecified) {
    return absl::InvalidArgumentError(absl::StrCat(
        what, ": cell ", key, " is in 元 in some reports and 万元 in others, and some give no unit"));
  }
  return v1::MONEY_UNIT_YUAN;
}

}  // namespace

absl::StatusOr<Figures> SumFigures(absl::Span<const v1::AnnualReport* const> reports,
                                   absl::string_view what) {
  if (reports.empty()) return absl::InvalidArgumentError(absl::StrCat(what, ": no reports given"));
  std::vector<Figures> all;
  all.reserve(reports.size());
  for (size_t i = 0; i < reports.size(); ++i) {
    auto figures = ReadFigures(*reports[i]);
    if (!figures.ok()) {
      return absl::Status(figures.status().code(),
                          absl::StrCat(what, "[", i, "]: ", figures.status().message()));
    }
    if (i > 0 && reports[i]->year() != reports[0]->year()) {
      return absl::InvalidArgumentError(absl::StrCat(what, "[", i, "].year: ", reports[i]->year(),
                                                     ", but ", what, "[0] is for ", reports[0]->year()));
    }
    if (i > 0 && figures->layout != all[0].layout) {
      return absl::InvalidArgumentError(absl::StrCat(what, "[", i, "].layout: ", figures->layout->id(),
                                                     ", but ", what, "[0] uses ", all[0].layout->id()));
    }
    all.push_back(*std::move(figures));
  }
  const Layout& layout = *all[0].layout;
  Figures sum = Figures::Empty(layout);
  for (size_t c = 0; c < layout.cells().size(); ++c) {
    const CellInfo& info = layout.cells()[c];
    const int cell = static_cast<int>(c);
    v1::MoneyUnit unit = info.unit;
    if (info.kind == v1::VALUE_KIND_AMOUNT && info.unit == v1::MONEY_UNIT_UNSPECIFIED) {
      ASSIGN_OR_RETURN(unit, CommonUnit(all, cell, what, info.key));
    }
    Dec total;
    for (const Figures& f : all) {
      if (!f.present[c]) continue;
      Dec value = f.values[c];
      if (unit == v1::MONEY_UNIT_YUAN && info.unit == v1::MONEY_UNIT_UNSPECIFIED) {
        ASSIGN_OR_RETURN(value, ToYuan(value, f.units[c]));
      }
      auto next = Add(total, value);
      if (!next.ok()) {
        return absl::OutOfRangeError(absl::StrCat(what, ": the sum of cell ", info.key, " exceeds 64 bits"));
      }
      total = *next;
      sum.present[c] = true;
    }
    sum.values[c] = total;
    sum.units[c] = unit;
    sum.provenance[c].set_source(v1::SOURCE_MERGED);
  }
  return sum;
}

absl::StatusOr<v1::AnnualReport> Merge(absl::Span<const v1::AnnualReport* const> reports,
                                       const v1::Agency& parent) {
  ASSIGN_OR_RETURN(Figures sum, SumFigures(reports, "reports"));
  std::set<std::string> members;
  for (const v1::AnnualReport* r : reports) {
    if (r->member_ids_size() > 0) {
      members.insert(r->member_ids().begin(), r->member_ids().end());
    } else {
      members.insert(r->agency().id());
    }
  }
  v1::AnnualReport merged;
  *merged.mutable_agency() = parent;
  merged.set_year(reports[0]->year());
  WriteFigures(sum, &merged);
  for (const std::string& id : members) merged.add_member_ids(id);
  return merged;
}

}  // namespace gongkai::report
