#include "remedy/table4.h"

#include <string>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "calendar/calendar.h"
#include "common/status_macros.h"

namespace gongkai::remedy {
namespace {

// Column keys of table 四 in the layout data: "<group>_<result>".
constexpr absl::string_view kGroups[] = {"reconsideration", "direct", "after_reconsideration"};
constexpr absl::string_view kResults[] = {"upheld", "corrected", "other", "pending", "total"};
constexpr int kPending = 3;
constexpr int kTotal = 4;

std::string Who(const v1::Remedy& r) {
  return r.id().empty() ? std::string("remedy (no id)")
                        : absl::StrCat("remedy ", absl::CHexEscape(r.id()));
}

absl::CivilDay Day(const v1::Date& d) { return absl::CivilDay(d.year(), d.month(), d.day()); }

}  // namespace

absl::Status CheckRemedy(const v1::Remedy& r) {
  const auto bad = [&](absl::string_view what) {
    return absl::InvalidArgumentError(absl::StrCat(Who(r), ": ", what));
  };
  if (r.id().empty()) return bad("id: empty");
  if (r.kind() == v1::REMEDY_KIND_UNSPECIFIED || !v1::RemedyKind_IsValid(r.kind())) {
    return bad(absl::StrCat("kind: ", r.kind(), " is not a remedy kind"));
  }
  if (!v1::RemedyResult_IsValid(r.result())) {
    return bad(absl::StrCat("result: ", r.result(), " is unknown"));
  }
  if (!r.has_filed()) return bad("filed: missing");
  ASSIGN_OR_RETURN(absl::CivilDay filed, calendar::FromProto(r.filed(), Who(r) + ": filed"));
  const bool has_result = r.result() != v1::REMEDY_RESULT_UNSPECIFIED;
  if (r.has_concluded() != has_result) {
    return bad(r.has_concluded() ? "result: missing for a concluded case"
                                 : "concluded: missing for a case with a result");
  }
  if (r.has_concluded()) {
    ASSIGN_OR_RETURN(absl::CivilDay concluded,
                     calendar::FromProto(r.concluded(), Who(r) + ": concluded"));
    if (concluded < filed) return bad("concluded: before filed");
  }
  return absl::OkStatus();
}

absl::StatusOr<Table4Counter> Table4Counter::Create(int year, const report::Layout& layout) {
  RETURN_IF_ERROR(report::CheckReportYear(year));
  Table4Counter c;
  c.year_ = year;
  c.layout_ = &layout;
  for (absl::string_view group : kGroups) {
    for (absl::string_view result : kResults) {
      const std::string key = absl::StrCat("t4.cases.", group, "_", result);
      const std::optional<int> cell = layout.FindCell(key);
      if (!cell) {
        return absl::InvalidArgumentError(
            absl::StrCat("layout ", layout.id(), ": table 四 has no cell ", key));
      }
      c.cells_.push_back(*cell);
    }
  }
  c.values_.assign(c.cells_.size(), 0);
  return c;
}

absl::StatusOr<bool> Table4Counter::Add(const v1::Remedy& r) {
  RETURN_IF_ERROR(CheckRemedy(r));
  const absl::CivilDay first(year_, 1, 1), last(year_, 12, 31);
  const absl::CivilDay filed = Day(r.filed());
  if (filed.year() == year_) ++filed_;
  if (filed > last || (r.has_concluded() && Day(r.concluded()) < first)) return false;
  const int group = r.kind() - 1;
  const int column = r.has_concluded() && Day(r.concluded()) <= last ? r.result() - 1 : kPending;
  ++values_[group * kColumns + column];
  ++values_[group * kColumns + kTotal];
  ++counted_;
  return true;
}

absl::Status Table4Counter::Merge(const Table4Counter& other) {
  if (other.year_ != year_ || other.layout_ != layout_) {
    return absl::InvalidArgumentError(
        absl::StrCat("table 四 counts of ", other.year_, " cannot merge into ", year_));
  }
  for (size_t i = 0; i < values_.size(); ++i) values_[i] += other.values_[i];
  counted_ += other.counted_;
  filed_ += other.filed_;
  return absl::OkStatus();
}

std::optional<int64_t> Table4Counter::Value(int cell) const {
  return report::ValueOfCell(cells_, values_, cell);
}

absl::Status Table4Counter::WriteTo(report::Figures* figures) const {
  return report::WriteDerivedCells(cells_, values_, layout_->id(), "counter",
                                   absl::StrCat(counted_, " remedy cases"), figures);
}

}  // namespace gongkai::remedy
