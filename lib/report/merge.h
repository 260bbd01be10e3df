// Roll-up: the consolidated report of a parent agency as the cell-wise sum of its members.
#ifndef GONGKAI_LIB_REPORT_MERGE_H_
#define GONGKAI_LIB_REPORT_MERGE_H_

#include "absl/status/statusor.h"
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

// The cell-wise sum of members' figures, in the first member's layout, with the unit rule of
// Merge. The same preconditions and errors; `what` names the inputs in messages ("members").
absl::StatusOr<Figures> SumFigures(absl::Span<const v1::AnnualReport* const> reports,
                                   absl::string_view what);

}  // namespace gongkai::report

#endif  // GONGKAI_LIB_REPORT_MERGE_H_
