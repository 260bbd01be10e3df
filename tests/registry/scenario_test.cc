// The filing season from start to end, as issue #18 tells it: import a tree, file, find,
// dispose, accept, lock, correct with a reason, diff, roll up with a missing child (incomplete),
// then complete; and verify the store at the end.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "registry/fixture.h"
#include "report/core/random_report.h"

namespace gongkai::registry::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

constexpr char kTree[] =
    "id,name,level,parent\n"
    "city,示例市人民政府,地市级,\n"
    "county-a,甲县人民政府,县级,city\n"
    "county-b,乙县人民政府,县级,city\n"
    "county-c,丙县人民政府,县级,city\n";

// The first count cell of table 二: a negative value there is a nonneg error.
constexpr char kCountKey[] = "t2.item5.licensing.decisions";

class ScenarioTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = Registry::Open(dir_.File("season.db"), FixedClock());
    ASSERT_TRUE(opened.ok()) << opened.status();
    registry_ = std::move(*opened);
  }
  TempDir dir_;
  std::unique_ptr<Registry> registry_;
  std::mt19937 rng_{18};
  Actor clerk_{"张三 (县政府办)"};
  Actor reviewer_{"李四 (市政府办)"};
};

// An empty reason given as absl::string_view() (a null pointer) is text "", not SQL NULL.
TEST_F(ScenarioTest, ANullEmptyReasonIsAnEmptyReason) {
  auto tree = Registry::ParseAgencyList(kTree);
  ASSERT_TRUE(tree.ok()) << tree.status();
  ASSERT_TRUE(registry_->PutAgencies(*tree).ok());
  auto filed = registry_->File(ValidReport("county-a", 2025, rng_), clerk_, absl::string_view());
  ASSERT_TRUE(filed.ok()) << filed.status();
  EXPECT_EQ(filed->reason(), "");
  EXPECT_TRUE(registry_
                  ->Dispose("county-a", 2025, "0", v1::DISPOSITION_MUST_CORRECT,
                            absl::string_view(), reviewer_)
                  .code() != absl::StatusCode::kInternal);
}

TEST_F(ScenarioTest, TheFilingSeason) {
  // Import the tree.
  auto tree = Registry::ParseAgencyList(kTree);
  ASSERT_TRUE(tree.ok()) << tree.status();
  ASSERT_TRUE(registry_->PutAgencies(*tree).ok());

  // County A files a report with an error: a negative count.
  v1::AnnualReport a = ValidReport("county-a", 2025, rng_);
  const int64_t good = report::testing::CellValue(a, kCountKey);
  report::testing::SetCellValue(&a, kCountKey, -3);
  auto a1 = registry_->File(a, clerk_);
  ASSERT_TRUE(a1.ok()) << a1.status();
  EXPECT_GE(a1->error_count(), 1);

  // Find: the finding has a fingerprint; the gate refuses the version and says which.
  auto findings = registry_->Findings("county-a", 2025);
  ASSERT_TRUE(findings.ok()) << findings.status();
  const v1::RegistryFinding* nonneg = nullptr;
  for (const v1::RegistryFinding& f : findings->findings()) {
    if (f.finding().rule() == "nonneg") nonneg = &f;
  }
  ASSERT_NE(nonneg, nullptr);
  EXPECT_EQ(nonneg->fingerprint().size(), 32u);
  EXPECT_EQ(nonneg->fingerprint(), Fingerprint(nonneg->finding()));
  auto refused = registry_->Accept("county-a", 2025, 0, reviewer_);
  EXPECT_EQ(refused.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(refused.status().message(),
              HasSubstr(absl::StrCat("version 1 has ", a1->error_count())));
  EXPECT_THAT(refused.status().message(),
              HasSubstr(absl::StrCat("nonneg (fingerprint ", nonneg->fingerprint(), ")")));
  EXPECT_THAT(refused.status().message(), ::testing::Not(HasSubstr("张三")));

  // Dispose: it must be corrected.
  const std::string fingerprint = nonneg->fingerprint();
  ASSERT_TRUE(
      registry_->Dispose("county-a", 2025, fingerprint, v1::DISPOSITION_MUST_CORRECT, "", reviewer_)
          .ok());
  EXPECT_THAT(registry_->Accept("county-a", 2025, 1, reviewer_).status().message(),
              HasSubstr(absl::StrCat(fingerprint, ", must be corrected)")));
  EXPECT_EQ(
      registry_->Dispose("county-a", 2025, fingerprint, v1::DISPOSITION_EXPLAINED, "", reviewer_)
          .code(),
      absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(
      registry_->Dispose("county-a", 2025, "0123", v1::DISPOSITION_EXPLAINED, "因为", reviewer_)
          .code(),
      absl::StatusCode::kNotFound);

  // Correct, with a reason; diff shows the cell with both values.
  report::testing::SetCellValue(&a, kCountKey, good);
  EXPECT_THAT(registry_->File(a, clerk_).status().message(), HasSubstr("needs a reason"));
  auto a2 = registry_->File(a, clerk_, "更正：规章制发件数");
  ASSERT_TRUE(a2.ok()) << a2.status();
  EXPECT_EQ(a2->number(), 2);
  EXPECT_EQ(a2->error_count(), 0);
  auto diff = registry_->Diff("county-a", 2025, 1, 2);
  ASSERT_TRUE(diff.ok()) << diff.status();
  ASSERT_EQ(diff->changes_size(), 1);
  EXPECT_EQ(diff->changes(0).key(), kCountKey);
  EXPECT_EQ(diff->changes(0).from_value(), "-3");
  EXPECT_EQ(diff->changes(0).to_value(), absl::StrCat(good));
  EXPECT_FALSE(diff->changes(0).label().empty());

  // Accept and lock the correction; locking twice is refused.
  auto accepted = registry_->Accept("county-a", 2025, 0, reviewer_);
  ASSERT_TRUE(accepted.ok()) << accepted.status();
  EXPECT_EQ(accepted->accepted_by(), reviewer_.name);
  ASSERT_TRUE(registry_->Lock("county-a", 2025, 2, reviewer_).ok());
  EXPECT_EQ(registry_->Lock("county-a", 2025, 2, reviewer_).status().code(),
            absl::StatusCode::kFailedPrecondition);

  // County B: an error explained carries over to the correction where it recurs.
  v1::AnnualReport b = ValidReport("county-b", 2025, rng_);
  report::testing::SetCellValue(&b, kCountKey, -1);
  ASSERT_TRUE(registry_->File(b, clerk_).ok());
  const v1::RegistryFindingList listed = *registry_->Findings("county-b", 2025);
  for (const v1::RegistryFinding& f : listed.findings()) {
    if (f.finding().severity() != v1::SEVERITY_ERROR) continue;
    ASSERT_TRUE(registry_
                    ->Dispose("county-b", 2025, f.fingerprint(), v1::DISPOSITION_EXPLAINED,
                              "统计口径说明", reviewer_)
                    .ok());
  }
  b.set_overview("补充总体情况");
  ASSERT_TRUE(registry_->File(b, clerk_, "补充总体情况").ok());
  const v1::RegistryFindingList relisted = *registry_->Findings("county-b", 2025);
  for (const v1::RegistryFinding& f : relisted.findings()) {
    if (f.finding().severity() != v1::SEVERITY_ERROR) continue;
    EXPECT_EQ(f.disposition(), v1::DISPOSITION_EXPLAINED);
    EXPECT_EQ(f.explanation(), "统计口径说明");
    EXPECT_EQ(f.reviewer(), reviewer_.name);
  }
  ASSERT_TRUE(registry_->Accept("county-b", 2025, 0, reviewer_).ok());

  // Roll up with county C missing: incomplete, and it says who.
  auto partial = registry_->Rollup("city", 2025);
  ASSERT_TRUE(partial.ok()) << partial.status();
  EXPECT_FALSE(partial->complete());
  ASSERT_EQ(partial->members_size(), 3);
  EXPECT_EQ(partial->members(0).state(), v1::RollupMember::STATE_ACCEPTED);
  EXPECT_EQ(partial->members(0).number(), 2);
  EXPECT_EQ(partial->members(2).agency_id(), "county-c");
  EXPECT_EQ(partial->members(2).state(), v1::RollupMember::STATE_MISSING);
  EXPECT_THAT(partial->report().member_ids(), ::testing::ElementsAre("county-a", "county-b"));
  auto status = registry_->Status(2025);
  ASSERT_TRUE(status.ok()) << status.status();
  EXPECT_FALSE(status->complete());
  EXPECT_EQ(status->expected(), 4);
  EXPECT_EQ(status->missing(), 2);  // the city and county C
  EXPECT_EQ(status->accepted(), 2);
  EXPECT_EQ(status->agencies(0).agency_id(), "city");
  EXPECT_EQ(status->agencies(1).depth(), 1);

  // County C files, not yet accepted: still incomplete; then accepted: complete.
  ASSERT_TRUE(registry_->File(ValidReport("county-c", 2025, rng_), clerk_).ok());
  EXPECT_EQ(registry_->Rollup("city", 2025)->members(2).state(),
            v1::RollupMember::STATE_NOT_ACCEPTED);
  ASSERT_TRUE(registry_->Accept("county-c", 2025, 0, reviewer_).ok());
  auto complete = registry_->Rollup("city", 2025);
  ASSERT_TRUE(complete.ok()) << complete.status();
  EXPECT_TRUE(complete->complete());

  // The city files its consolidated report: it matches the sum; a changed one does not.
  v1::AnnualReport city = complete->report();
  ASSERT_TRUE(registry_->File(city, clerk_).ok());
  auto compared = registry_->Rollup("city", 2025);
  EXPECT_EQ(compared->own_number(), 1);
  EXPECT_THAT(compared->comparison(), IsEmpty());
  report::testing::SetCellValue(&city, kCountKey, report::testing::CellValue(city, kCountKey) + 1);
  ASSERT_TRUE(registry_->File(city, clerk_, "更正").ok());
  compared = registry_->Rollup("city", 2025);
  ASSERT_EQ(compared->comparison_size(), 1);
  EXPECT_EQ(compared->comparison(0).rule(), "roll-up");
  EXPECT_EQ(compared->comparison(0).cells(0).key(), kCountKey);

  // Status under a county; the whole store verifies; the head is the last receipt.
  auto county = registry_->Status(2025, "county-a");
  ASSERT_EQ(county->agencies_size(), 1);
  EXPECT_EQ(county->agencies(0).state(), v1::AgencyStatus::STATE_ACCEPTED);
  auto verification = registry_->Verify();
  ASSERT_TRUE(verification.ok()) << verification.status();
  EXPECT_THAT(verification->problems(), IsEmpty());
  EXPECT_EQ(verification->versions(), 7);
  EXPECT_EQ(verification->head().hash(), registry_->Head()->hash());
}

}  // namespace
}  // namespace gongkai::registry::testing
