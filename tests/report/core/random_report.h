// Random reports that satisfy every rule of their layout, for property tests.
#ifndef GONGKAI_TESTS_REPORT_CORE_RANDOM_REPORT_H_
#define GONGKAI_TESTS_REPORT_CORE_RANDOM_REPORT_H_

#include <random>
#include <string>

#include "gongkai/v1/report.pb.h"
#include "report/layout.h"

namespace gongkai::report::testing {

// A consistent report of `layout` for `year`, agency id `agency_id`. Every cell is present.
v1::AnnualReport RandomReport(const Layout& layout, int year, const std::string& agency_id,
                              std::mt19937& rng);

// Which unit SetOpenUnits gives the amounts of open unit.
enum class OpenUnits { kYuan, kWanYuan, kEither };
// Sets the unit of every amount that carries one (the layout leaves it open) to 元, to 万元, or
// to either at random.
void SetOpenUnits(v1::AnnualReport* report, OpenUnits units, std::mt19937& rng);

// The value of cell `key` (count, or amount units), or dies.
int64_t CellValue(const v1::AnnualReport& report, const std::string& key);
// Sets cell `key` to `value` (count, or amount units at the cell's scale).
void SetCellValue(v1::AnnualReport* report, const std::string& key, int64_t value);

}  // namespace gongkai::report::testing

#endif  // GONGKAI_TESTS_REPORT_CORE_RANDOM_REPORT_H_
