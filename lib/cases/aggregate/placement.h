// The placement rule of table 三: where one application counts in one report year, from its
// facts (aggregate/facts.h) and the layout's resolved mapping (aggregate/outcome.h). The one
// implementation: Table3Aggregator::Add (a message) and AddStream (the wire reader) both call
// Place; tests/cases/aggregate/model.h checks it against an independent reference.
//
//   一 new              received within the year
//   二 carried over     received before 1 January and not concluded before it
//   三 its outcome row  concluded within the year
//   四 carried forward  received by 31 December and not concluded by then
// An application received after the year, or concluded before it, is outside. One that cannot
// be placed has a PlacementProblem, the first found in this order: no receipt date, a
// concluding event without a real date, concluded before received (whatever the year); then,
// only for an application the year concerns, an unknown category, an unknown outcome, an
// unmapped outcome (docs/cases.md, "Applications that cannot be placed").
#ifndef GONGKAI_LIB_CASES_AGGREGATE_PLACEMENT_H_
#define GONGKAI_LIB_CASES_AGGREGATE_PLACEMENT_H_

#include <cstdint>

#include "cases/aggregate/facts.h"
#include "cases/aggregate/outcome.h"
#include "cases/aggregate/problems.h"

namespace gongkai::cases {

// The days of one report year, as day keys (facts.h): 1 January and 31 December.
struct ReportYearDays {
  int32_t first = 0;
  int32_t last = 0;
  static ReportYearDays Of(int year) { return {year * 10000 + 101, year * 10000 + 1231}; }
};

// Where an application counts.
struct Placement {
  enum class Kind : uint8_t { kCounted, kOutside, kProblem };
  Kind kind = Kind::kOutside;
  PlacementProblem problem = PlacementProblem::kNoReceiptDate;  // kProblem only
  // kCounted only: leaf rows of the section (Table3Index) and the applicant category, whose
  // column is index.column_of_category[category]. The application adds one to (intake_row,
  // category) and one to (row, category).
  int intake_row = 0;  // new_row or carried_over_row
  int row = 0;         // its outcome's row, or carried_forward_row
  int category = 0;
};

// Places the application of `facts` in the table 三 of `index` for the year of `days`.
inline Placement Place(const ApplicationFacts& f, const Table3Index& index, ReportYearDays days) {
  Placement p;
  const auto problem = [&p](PlacementProblem kind) {
    p.kind = Placement::Kind::kProblem;
    p.problem = kind;
    return p;
  };
  if (f.received == kNoDate) return problem(PlacementProblem::kNoReceiptDate);
  if (f.bad_conclusion_at >= 0) return problem(PlacementProblem::kBadConclusionDate);
  if (f.concluded < f.received) return problem(PlacementProblem::kConcludedBeforeReceived);
  if (f.received > days.last || f.concluded < days.first) return p;  // outside
  const int category = f.category;
  if (category <= 0 || category >= Table3Index::kCategories ||
      index.column_of_category[category] < 0) {
    return problem(PlacementProblem::kUnknownCategory);
  }
  int row = index.carried_forward_row;
  if (f.concluded != kNever) {
    const int outcome_row = f.decisive > 0 && f.decisive < Table3Index::kOutcomes
                                ? index.row_of_outcome[f.decisive]
                                : Table3Index::kUnknownOutcome;
    if (outcome_row == Table3Index::kUnknownOutcome) {
      return problem(PlacementProblem::kUnknownOutcome);
    }
    if (outcome_row == Table3Index::kUnmapped) return problem(PlacementProblem::kUnmappedOutcome);
    if (f.concluded <= days.last) row = outcome_row;
  }
  p.kind = Placement::Kind::kCounted;
  p.intake_row = f.received >= days.first ? index.new_row : index.carried_over_row;
  p.row = row;
  p.category = category;
  return p;
}

}  // namespace gongkai::cases

#endif  // GONGKAI_LIB_CASES_AGGREGATE_PLACEMENT_H_
