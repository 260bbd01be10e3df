// The record problems of docs/annual.md ("Record problems") in Chinese, for a report printed in
// Chinese. gongkai.v1.RecordProblem.message is English and names the field; these say what the
// rule means, one line each, as the table in docs/annual.md does.
#ifndef GONGKAI_LIB_ANNUAL_PROBLEM_TEXT_H_
#define GONGKAI_LIB_ANNUAL_PROBLEM_TEXT_H_

#include "absl/strings/string_view.h"

namespace gongkai::annual {

// What the rule (e.g. "D-late") means, in Chinese; "" for a rule the table does not have.
absl::string_view ProblemRuleZh(absl::string_view rule);

// The record kind ("disclosure", "slip", "application", "remedy") in Chinese; `kind` itself
// for any other.
absl::string_view RecordKindZh(absl::string_view kind);

}  // namespace gongkai::annual

#endif  // GONGKAI_LIB_ANNUAL_PROBLEM_TEXT_H_
