// Roll-up against the rule: over many random trees, the registry's sum of the accepted children
// is what the roll-up rule gives, stated apart from the library (report/core/sum_oracle.h), and
// equals report::Merge of the same reports; amounts all in 元, all in 万元 or mixed; children
// not accepted are left out and named.
#include <vector>

#include "gmock/gmock.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "registry/fixture.h"
#include "report/core/random_report.h"
#include "report/core/sum_oracle.h"
#include "report/layout.h"
#include "report/merge.h"

namespace gongkai::registry::testing {
namespace {

// A random valid report whose open-unit amounts are in 元 or 万元 as `units` says, and which is
// sometimes itself consolidated (it lists member ids).
v1::AnnualReport RandomChild(const report::Layout& layout, int year, const std::string& id,
                             report::testing::OpenUnits units, std::mt19937& rng) {
  v1::AnnualReport r = report::testing::RandomReport(layout, year, id, rng);
  r.mutable_agency()->set_id(id);
  report::testing::SetOpenUnits(&r, units, rng);
  if (rng() % 4 == 0) {
    r.add_member_ids(id + "-town-1");
    r.add_member_ids(id + "-town-2");
  }
  return r;
}

TEST(RollupProperty, IsTheRuleSumOfTheAcceptedReports) {
  std::mt19937 rng(20260301);
  const Actor clerk{"clerk"};
  for (int round = 0; round < 40; ++round) {
    TempDir dir;
    auto registry = Registry::Open(dir.File("r.db"), FixedClock());
    ASSERT_TRUE(registry.ok()) << registry.status();
    const bool old_forms = rng() % 2;
    const report::Layout& layout = **report::FindLayout(old_forms ? "2019" : "2021");
    const int year = old_forms ? 2020 : 2025;
    const auto units = static_cast<report::testing::OpenUnits>(round % 3);
    const int n = 1 + static_cast<int>(rng() % 8);
    v1::RegistryAgencyList tree;
    *tree.add_agencies() = MakeAgency("root", "示例市人民政府", "", v1::AGENCY_LEVEL_CITY);
    for (int i = 0; i < n; ++i) {
      *tree.add_agencies() =
          MakeAgency(absl::StrCat("c", i), absl::StrCat("区", i), "root", v1::AGENCY_LEVEL_COUNTY);
    }
    ASSERT_TRUE((*registry)->PutAgencies(tree).ok());
    std::vector<v1::AnnualReport> accepted;
    int not_accepted = 0;
    for (int i = 0; i < n; ++i) {
      const std::string id = absl::StrCat("c", i);
      const int fate = static_cast<int>(rng() % 6);  // 0: missing, 1: filed only, else accepted
      if (fate == 0) continue;
      v1::AnnualReport report = RandomChild(layout, year, id, units, rng);
      ASSERT_TRUE((*registry)->File(report, clerk).ok());
      if (fate >= 3) {  // a correction: the later version is the one accepted
        report = RandomChild(layout, year, id, units, rng);
        ASSERT_TRUE((*registry)->File(report, clerk, "更正").ok());
      }
      if (fate == 1) {
        ++not_accepted;
        continue;
      }
      auto v = (*registry)->Accept(id, year, 0, clerk);
      ASSERT_TRUE(v.ok()) << v.status();
      accepted.push_back(report);
    }
    auto rollup = (*registry)->Rollup("root", year);
    ASSERT_TRUE(rollup.ok()) << rollup.status();
    EXPECT_EQ(rollup->complete(), static_cast<int>(accepted.size()) == n);
    EXPECT_EQ(rollup->members_size(), n);
    if (accepted.empty()) {
      EXPECT_EQ(rollup->report().cells_size(), 0);
      continue;
    }
    std::vector<const v1::AnnualReport*> pointers;
    for (const v1::AnnualReport& r : accepted) pointers.push_back(&r);
    EXPECT_EQ(report::testing::DiffFromRuleSum(rollup->report(), pointers), "")
        << "round " << round;
    auto merged = report::Merge(pointers, tree.agencies(0).agency());
    ASSERT_TRUE(merged.ok()) << merged.status();
    ASSERT_EQ(rollup->report().cells_size(), merged->cells_size());
    for (int c = 0; c < merged->cells_size(); ++c) {
      EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(rollup->report().cells(c),
                                                                     merged->cells(c)))
          << "round " << round << ": " << rollup->report().cells(c).DebugString() << " vs "
          << merged->cells(c).DebugString();
    }
    EXPECT_THAT(rollup->report().member_ids(), ::testing::ElementsAreArray(merged->member_ids()));
    EXPECT_EQ(rollup->report().layout(), merged->layout());
  }
}

TEST_F(RegistryTest, RollupRefusesUnknownAgenciesAndMixedLayouts) {
  EXPECT_EQ(registry_->Rollup("nobody", 2025).status().code(), absl::StatusCode::kNotFound);
  // A 2021 report for 2020 is allowed (a warning); beside a 2019 one it cannot be summed.
  ASSERT_TRUE(registry_->File(ValidReport("county-a", 2020, rng_), clerk_).ok());
  v1::AnnualReport old =
      report::testing::RandomReport(**report::FindLayout("2019"), 2020, "county-b", rng_);
  old.mutable_agency()->set_id("county-b");
  ASSERT_TRUE(registry_->File(old, clerk_).ok());
  ASSERT_TRUE(registry_->Accept("county-a", 2020, 0, reviewer_).ok());
  ASSERT_TRUE(registry_->Accept("county-b", 2020, 0, reviewer_).ok());
  auto mixed = registry_->Rollup("city", 2020);
  EXPECT_EQ(mixed.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(mixed.status().message(),
              ::testing::HasSubstr("version 1 of agency county-b for 2020 uses layout 2019"));
}

TEST_F(RegistryTest, RollupOverflowIsOutOfRange) {
  const std::string key = "t3.total.natural_person";
  for (const char* id : {"county-a", "county-b"}) {
    v1::AnnualReport r = ValidReport(id, 2025, rng_);
    report::testing::SetCellValue(&r, key, INT64_MAX / 2 + 1);
    ASSERT_TRUE(registry_->File(r, clerk_).ok());
    const v1::RegistryFindingList listed = *registry_->Findings(id, 2025);
    for (const v1::RegistryFinding& f : listed.findings()) {
      ASSERT_TRUE(
          registry_
              ->Dispose(id, 2025, f.fingerprint(), v1::DISPOSITION_EXPLAINED, "测试", reviewer_)
              .ok());
    }
    ASSERT_TRUE(registry_->Accept(id, 2025, 0, reviewer_).ok());
  }
  auto sum = registry_->Rollup("city", 2025);
  EXPECT_EQ(sum.status().code(), absl::StatusCode::kOutOfRange);
  EXPECT_THAT(sum.status().message(), ::testing::HasSubstr(key));
}

}  // namespace
}  // namespace gongkai::registry::testing
