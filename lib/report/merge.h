// Roll-up: the consolidated report of a parent agency as the cell-wise sum of its members.
#ifndef GONGKAI_LIB_REPORT_MERGE_H_
#define GONGKAI_LIB_REPORT_MERGE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "gongkai/v1/report.pb.h"
#include "report/figures.h"

namespace gongkai::report {

// Sums `reports` cell by cell into a report for `parent`. All must share one year and one
// layout. Narrative sections are not merged. member_ids lists, sorted and without repeats, the
// members' own member_ids where they are consolidated reports, else their agency ids; so
// merging is associative and commutative and can run in stages (township → county → city).
// Amounts of an open unit are summed in 元 when the members disagree on the unit.
// InvalidArgument for no reports or a mismatch (naming the report by index); OutOfRange when a
// sum exceeds 64 bits (naming the cell).
absl::StatusOr<v1::AnnualReport> Merge(absl::Span<const v1::AnnualReport* const> reports,
                                       const v1::Agency& parent);

// Sets report->member_ids to `ids` sorted and without repeats: the members of a consolidated
// report, each member's own member_ids where it is consolidated, else its agency id (Merge and
// the registry's roll-up both list them so).
void WriteMemberIds(std::vector<absl::string_view> ids, v1::AnnualReport* report);

// The cell-wise sum of members' figures, in the first member's layout, with the unit rule of
// Merge. The same preconditions and errors; `what` names the inputs in messages ("members").
absl::StatusOr<Figures> SumFigures(absl::Span<const v1::AnnualReport* const> reports,
                                   absl::string_view what);

// The running cell-wise sum behind SumFigures, one member's figures at a time: the one home of
// the roll-up's arithmetic and unit rule, for callers that hold figures rather than reports
// (the registry sums its compact cells with it).
class FiguresSum {
 public:
  // `what` names the members in messages ("members").
  explicit FiguresSum(absl::string_view what) : what_(what) {}

  // Adds the figures of member count(). InvalidArgument when their layout is not the first
  // member's ("members[2].layout: 2019, but members[0] uses 2021"); nothing is added then.
  absl::Status Add(const Figures& figures);
  size_t count() const { return count_; }
  // The sum in the first member's layout, as SumFigures gives it. InvalidArgument for no
  // members or an open-unit cell in 元 and 万元 with some members giving no unit; OutOfRange
  // when a sum exceeds 64 bits (naming the cell).
  absl::StatusOr<Figures> Finish() const;

 private:
  // A running sum of one cell over the members in order, as `total = Add(total, value)` would
  // give it, with the first failure kept (later values are then ignored).
  struct RunningSum {
    Dec total;
    absl::Status error;     // the first failure: ToYuan's own error, or
    bool overflow = false;  // the sum exceeded 64 bits

    bool failed() const { return overflow || !error.ok(); }
    void Add(Dec value);
  };
  // What the members say about one cell. The unit of an open-unit cell depends on every member
  // (their common unit, else 元), so both possible sums are kept until it is known.
  struct CellSum {
    RunningSum as_given;  // every value as the member gives it
    RunningSum in_yuan;   // open-unit amounts only: every value converted to 元
    bool present = false;
    // Units of the present values: the first one given, whether another differs, and whether
    // some give none.
    v1::MoneyUnit first_unit = v1::MONEY_UNIT_UNSPECIFIED;
    bool several_units = false;
    bool some_unspecified = false;
  };

  std::string what_;
  size_t count_ = 0;
  const Layout* layout_ = nullptr;
  std::vector<CellSum> sums_;
  std::vector<bool> open_unit_;
};

}  // namespace gongkai::report

#endif  // GONGKAI_LIB_REPORT_MERGE_H_
