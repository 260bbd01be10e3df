// The narrative against the tables (正文 vs 表): figures that sections 一, 五 and 六 state in
// prose, compared with the table cells they restate. Rules and their ids: docs/import.md.
#ifndef GONGKAI_LIB_REPORT_CHECK_NARRATIVE_H_
#define GONGKAI_LIB_REPORT_CHECK_NARRATIVE_H_

#include <vector>

#include "absl/status/statusor.h"
#include "gongkai/v1/report.pb.h"

namespace gongkai::report::check {

// One warning per clause of the narrative whose figure disagrees with the cells it restates:
// rule "N-…", the cells with their values, expected (the tables' value), actual (the number
// read), and an explanation quoting the sentence. Warnings only: a narrative may count
// differently (calendar year versus handling year, applications versus items). Clauses that
// hedge ("同比", "其中", "%", "上年同期") or name no rule's terms are not read. The errors of
// ReadFigures for a malformed report.
absl::StatusOr<std::vector<v1::Finding>> CheckNarrative(const v1::AnnualReport& report);

}  // namespace gongkai::report::check

#endif  // GONGKAI_LIB_REPORT_CHECK_NARRATIVE_H_
