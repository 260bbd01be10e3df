// Validation of an annual report against its layout's rules, with explanations.
#ifndef GONGKAI_LIB_REPORT_VALIDATE_H_
#define GONGKAI_LIB_REPORT_VALIDATE_H_

#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "gongkai/v1/report.pb.h"
#include "report/figures.h"

namespace gongkai::report {

// What to check a report against besides itself.
struct ValidationContext {
  // The same agency's report for the previous year (cross-year rules), or nullptr.
  const v1::AnnualReport* previous = nullptr;
  // The member reports this report consolidates (roll-up rule); empty for none.
  std::vector<const v1::AnnualReport*> members = {};
};

// Checks every rule of the report's layout and returns the findings in a stable order (rule
// order of the layout, then statutory cell order). A report that breaks rules is not an error:
// the findings say so. Errors are reserved for input that cannot be checked: InvalidArgument
// (or NotFound / OutOfRange, see ReadFigures) for a malformed report, previous report or
// member, naming which; a previous report of another year than year-1 or another agency;
// members of another year or layout.
absl::StatusOr<v1::ValidationResult> Validate(const v1::AnnualReport& report,
                                              const ValidationContext& context = {});

// The roll-up rule alone, for callers that hold figures and summed the members themselves
// (FiguresSum in merge.h): the findings Validate gives a report with `figures` for `members`
// member reports whose sum is `sum`. InvalidArgument for a sum in another layout.
absl::StatusOr<v1::ValidationResult> CheckRollUp(const Figures& figures, const Figures& sum,
                                                 size_t members);

}  // namespace gongkai::report

#endif  // GONGKAI_LIB_REPORT_VALIDATE_H_
