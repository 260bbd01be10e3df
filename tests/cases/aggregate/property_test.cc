// For random valid histories, table 三 balances in every column of every year (the layout's
// own rules, through report::Validate), and 四 of year N equals 二 of year N+1.
#include <random>
#include <string>
#include <vector>

#include "cases/aggregate/aggregate.h"
#include "gtest/gtest.h"
#include "records.h"
#include "report/validate.h"

namespace gongkai::cases::testing {
namespace {

constexpr int kFirst = 2019, kLast = 2024;

TEST(Table3PropertyTest, BalancesEveryYearAndCarriesForwardIntoTheNext) {
  std::mt19937 rng(20240611);
  const char* columns[] = {"natural_person", "commercial", "research", "public_interest",
                           "legal_services", "other",      "total"};
  v1::Agency agency;
  agency.set_id("agency");
  for (int trial = 0; trial < 30; ++trial) {
    const int n = std::uniform_int_distribution<int>(0, 400)(rng);
    std::vector<v1::Application> records;
    for (int i = 0; i < n; ++i) records.push_back(RandomRecord(i, rng));
    std::vector<Table3Aggregator> years;
    std::vector<v1::AnnualReport> reports;
    for (int year = kFirst; year <= kLast; ++year) {
      years.push_back(MustCreate(year, *report::LayoutFor("", year).value()));
      years.back().AddAll(records);
      reports.push_back(years.back().ToReport(agency));
    }
    for (size_t i = 0; i < years.size(); ++i) {
      const Table3Aggregator& a = years[i];
      SCOPED_TRACE(::testing::Message() << "trial " << trial << " year " << a.year());
      EXPECT_EQ(a.problems().total(), 0);
      EXPECT_EQ(a.records_seen(), n);
      report::ValidationContext context;
      if (i > 0) context.previous = &reports[i - 1];
      absl::StatusOr<v1::ValidationResult> v = report::Validate(reports[i], context);
      ASSERT_TRUE(v.ok()) << v.status();
      EXPECT_EQ(v->findings_size(), 0) << v->DebugString();
      for (const char* c : columns) {
        EXPECT_EQ(At(a, "new", c) + At(a, "carried_over", c),
                  At(a, "total", c) + At(a, "carried_forward", c))
            << c;
        if (i + 1 < years.size()) {
          EXPECT_EQ(At(a, "carried_forward", c), At(years[i + 1], "carried_over", c)) << c;
        }
      }
    }
    // Nothing received in the first year's past: nothing carried over into it.
    EXPECT_EQ(At(years.front(), "carried_over", "total"), 0);
  }
}

}  // namespace
}  // namespace gongkai::cases::testing
