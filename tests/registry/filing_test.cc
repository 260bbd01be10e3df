// Filing: versions, corrections, locks, the canonical form and the receipt.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "registry/fixture.h"

namespace gongkai::registry::testing {
namespace {

using ::testing::HasSubstr;

TEST_F(RegistryTest, FilesVersionsAndCorrections) {
  const v1::AnnualReport report = ValidReport("county-a", 2025, rng_);
  auto v1 = registry_->File(report, clerk_);
  ASSERT_TRUE(v1.ok()) << v1.status();
  EXPECT_EQ(v1->number(), 1);
  EXPECT_EQ(v1->filed_by(), clerk_.name);
  EXPECT_EQ(v1->filed_at(), "2026-03-01T08:02:00Z");
  EXPECT_EQ(v1->digest().size(), 64u);
  EXPECT_EQ(v1->error_count(), 0);
  EXPECT_EQ(v1->receipt().sequence(), 2);  // after the agencies

  auto no_reason = registry_->File(report, clerk_);
  EXPECT_EQ(no_reason.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(no_reason.status().message(), HasSubstr("needs a reason"));

  auto v2 = registry_->File(report, clerk_, "更正第二项");
  ASSERT_TRUE(v2.ok()) << v2.status();
  EXPECT_EQ(v2->number(), 2);
  EXPECT_EQ(v2->reason(), "更正第二项");
  EXPECT_EQ(v2->digest(), v1->digest());  // the same report

  auto latest = registry_->GetVersion("county-a", 2025);
  ASSERT_TRUE(latest.ok());
  EXPECT_EQ(latest->number(), 2);
  auto list = registry_->ListVersions("county-a", 2025);
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].number(), 1);

  auto head = registry_->Head();
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(head->sequence(), v2->receipt().sequence());
  EXPECT_EQ(head->hash(), v2->receipt().hash());
}

TEST_F(RegistryTest, StoresTheCanonicalForm) {
  v1::AnnualReport report = ValidReport("county-b", 2025, rng_);
  report.clear_layout();
  std::reverse(report.mutable_cells()->begin(), report.mutable_cells()->end());
  ASSERT_TRUE(registry_->File(report, clerk_).ok());
  auto stored = registry_->GetReport("county-b", 2025);
  ASSERT_TRUE(stored.ok()) << stored.status();
  EXPECT_EQ(stored->layout(), "2021");
  EXPECT_EQ(stored->cells_size(), report.cells_size());
  auto again = CanonicalBytes(report);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, *CanonicalBytes(*stored));
}

TEST_F(RegistryTest, RefusesUnknownAgenciesAndUnexpectedYears) {
  auto unknown = registry_->File(ValidReport("nobody", 2025, rng_), clerk_);
  EXPECT_EQ(unknown.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(unknown.status().message(), HasSubstr("agency nobody is not known"));

  v1::RegistryAgencyList list;
  *list.add_agencies() =
      MakeAgency("county-c", "丙县人民政府", "city", v1::AGENCY_LEVEL_COUNTY, 2019, 2023);
  ASSERT_TRUE(registry_->PutAgencies(list).ok());
  auto late = registry_->File(ValidReport("county-c", 2025, rng_), clerk_);
  EXPECT_EQ(late.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(late.status().message(), HasSubstr("not expected to file for 2025"));

  v1::AnnualReport unreadable = ValidReport("county-a", 2025, rng_);
  unreadable.mutable_cells(0)->set_key("t9.nothing");
  EXPECT_EQ(registry_->File(unreadable, clerk_).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(registry_->GetVersion("county-a", 2025).status().code(), absl::StatusCode::kNotFound);
}

TEST_F(RegistryTest, LocksOnce) {
  ASSERT_TRUE(registry_->File(ValidReport("county-a", 2025, rng_), clerk_).ok());
  auto locked = registry_->Lock("county-a", 2025, 0, reviewer_);
  ASSERT_TRUE(locked.ok()) << locked.status();
  EXPECT_FALSE(locked->locked_at().empty());
  auto twice = registry_->Lock("county-a", 2025, 1, reviewer_);
  EXPECT_EQ(twice.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(twice.status().message(), HasSubstr("version 1 of agency county-a for 2025"));
  auto missing = registry_->Lock("county-a", 2025, 7, reviewer_);
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(missing.status().message(), HasSubstr("version 7 of agency county-a for 2025"));
}

}  // namespace
}  // namespace gongkai::registry::testing
