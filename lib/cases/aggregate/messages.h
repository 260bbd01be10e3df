// The texts of the placement problems (internal to lib/cases), written by Table3Aggregator::Add
// for every path (the wire reader hands a sampled problem's record to Add). Each names the
// application by its id only (aggregate/problems.h).
#ifndef GONGKAI_LIB_CASES_AGGREGATE_MESSAGES_H_
#define GONGKAI_LIB_CASES_AGGREGATE_MESSAGES_H_

#include <string>

#include "absl/strings/string_view.h"
#include "cases/aggregate/facts.h"
#include "cases/aggregate/problems.h"
#include "gongkai/v1/application.pb.h"

namespace gongkai::cases {

// "application 2019-0042", or "application (no id)".
std::string Who(absl::string_view id);
// kUnknownCategory: "...: applicant.category unspecified" / "... 9 is not a table 三 column".
std::string UnknownCategoryMessage(absl::string_view id, int category);
// kUnknownOutcome, for the decisive outcome `decisive` at events[`decisive_at`].
std::string UnknownOutcomeMessage(absl::string_view id, int decisive_at, int decisive);
// kUnmappedOutcome, for the mapping of layout `layout_id`.
std::string UnmappedOutcomeMessage(absl::string_view id, int decisive, int decisive_at,
                                   absl::string_view layout_id);
// The message of `problem`, found by Place in `application`, whose facts are `facts`;
// `layout_id` is the layout of the mapping in use.
std::string ProblemMessage(const v1::Application& application, const ApplicationFacts& facts,
                           PlacementProblem problem, absl::string_view layout_id);

}  // namespace gongkai::cases

#endif  // GONGKAI_LIB_CASES_AGGREGATE_MESSAGES_H_
