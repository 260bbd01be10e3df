// The roll-up rule of docs/report.md ("Merge") stated again, apart from lib/report/merge.cc, so
// that a test of a sum (report::Merge, the registry's roll-up) does not check it against the
// code that made it: each cell is the sum of the members' cells (a cell a member omits is 0); an
// amount keeps the finest scale given; an amount of open unit stays in the unit its members
// share, and when they disagree is summed in 元, 万元 counting 10000 元; the member ids are each
// member's own member ids or else its agency id, sorted, without repeats.
#ifndef GONGKAI_TESTS_REPORT_CORE_SUM_ORACLE_H_
#define GONGKAI_TESTS_REPORT_CORE_SUM_ORACLE_H_

#include <string>
#include <vector>

#include "gongkai/v1/report.pb.h"

namespace gongkai::report::testing {

// "" when `sum`'s cells and member ids are what the rule gives for `members`, else the first
// difference. Checks the cells' values, scales, units and SOURCE_MERGED provenance.
std::string DiffFromRuleSum(const v1::AnnualReport& sum,
                            const std::vector<const v1::AnnualReport*>& members);

}  // namespace gongkai::report::testing

#endif  // GONGKAI_TESTS_REPORT_CORE_SUM_ORACLE_H_
