// The contract of report::TableCounter (lib/report/counter.h), checked alike on its three
// implementations over generated records: tables 二 (DisclosureCounter), 三 (Table3Aggregator)
// and 四 (Table4Counter) of both layouts.
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "calendar/calendar.h"
#include "cases/aggregate/aggregate.h"
#include "disclosure/counter.h"
#include "gen/generate.h"
#include "gtest/gtest.h"
#include "remedy/table4.h"
#include "report/counter.h"
#include "report/figures.h"
#include "report/layout.h"

namespace gongkai::annual {
namespace {

// What every counter promises: its derived cells are cells of its layout, each once; Value is
// present exactly for them; WriteTo writes exactly them, present, derived, with those values,
// and refuses figures of another layout, writing nothing.
void ExpectContract(const report::TableCounter& counter, const report::Layout& layout,
                    const report::Layout& other, const std::string& what) {
  SCOPED_TRACE(what);
  const std::vector<int>& cells = counter.derived_cells();
  ASSERT_FALSE(cells.empty());
  const std::set<int> derived(cells.begin(), cells.end());
  EXPECT_EQ(derived.size(), cells.size());
  report::Figures figures = report::Figures::Empty(layout);
  ASSERT_TRUE(counter.WriteTo(&figures).ok());
  int64_t sum = 0;
  for (int cell = 0; cell < static_cast<int>(layout.cells().size()); ++cell) {
    const std::optional<int64_t> value = counter.Value(cell);
    const bool is_derived = derived.count(cell) > 0;
    EXPECT_EQ(value.has_value(), is_derived) << layout.cells()[cell].key;
    EXPECT_EQ(figures.present[cell], is_derived) << layout.cells()[cell].key;
    if (!is_derived) continue;
    EXPECT_EQ(figures.values[cell].units, *value) << layout.cells()[cell].key;
    EXPECT_EQ(figures.provenance[cell].source(), v1::SOURCE_DERIVED);
    sum += *value;
  }
  EXPECT_GT(sum, 0);
  EXPECT_FALSE(counter.Value(-1).has_value());
  EXPECT_FALSE(counter.Value(static_cast<int>(layout.cells().size())).has_value());
  report::Figures wrong = report::Figures::Empty(other);
  const report::Figures before = wrong;
  EXPECT_EQ(counter.WriteTo(&wrong).code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(wrong.present, before.present);
}

TEST(TableCounterTest, EveryCounterKeepsTheContract) {
  for (int year : {2020, 2025}) {
    gen::GenOptions options;
    options.year = year;
    options.disclosures = 400;
    options.applications = 300;
    options.remedies = 40;
    options.scenarios = true;
    const report::Layout& layout = *report::LayoutFor("", year).value();
    const report::Layout& other = *report::LayoutFor("", year == 2020 ? 2025 : 2020).value();

    disclosure::DisclosureCounter t2 =
        disclosure::DisclosureCounter::Create(year, layout, calendar::Calendar::National()).value();
    ASSERT_TRUE(gen::GenerateDisclosures(options, [&](const v1::Disclosure& r) {
                  t2.Add(r).IgnoreError();
                }).ok());
    cases::Table3Aggregator t3 = cases::Table3Aggregator::Create(year, layout).value();
    ASSERT_TRUE(
        gen::GenerateApplications(options, [&](const v1::Application& r) { t3.Add(r); }).ok());
    remedy::Table4Counter t4 = remedy::Table4Counter::Create(year, layout).value();
    ASSERT_TRUE(
        gen::GenerateRemedies(options, [&](const v1::Remedy& r) { t4.Add(r).IgnoreError(); }).ok());

    ExpectContract(t2, layout, other, absl::StrCat("table 二 ", year));
    ExpectContract(t3, layout, other, absl::StrCat("table 三 ", year));
    ExpectContract(t4, layout, other, absl::StrCat("table 四 ", year));
  }
}

}  // namespace
}  // namespace gongkai::annual
