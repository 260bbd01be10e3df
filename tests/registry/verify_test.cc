// Verify: what someone who writes the file with raw SQL changes is found and named; an
// untouched store has no problems.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "registry/fixture.h"
#include "registry/sql.h"
#include "report/core/random_report.h"

namespace gongkai::registry::testing {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

// county-a: version 1 accepted and locked, version 2 a correction; county-b: one version.
class VerifyTest : public RegistryTest {
 protected:
  void SetUp() override {
    RegistryTest::SetUp();
    ASSERT_TRUE(registry_->File(ValidReport("county-a", 2025, rng_), clerk_).ok());
    ASSERT_TRUE(registry_->Accept("county-a", 2025, 1, reviewer_).ok());
    ASSERT_TRUE(registry_->Lock("county-a", 2025, 1, reviewer_).ok());
    ASSERT_TRUE(registry_->File(ValidReport("county-a", 2025, rng_), clerk_, "更正").ok());
    ASSERT_TRUE(registry_->File(ValidReport("county-b", 2025, rng_), clerk_).ok());
    registry_.reset();  // raw SQL on a closed store, as another process would
  }

  std::vector<std::string> Problems() {
    auto opened = Registry::Open(path());
    EXPECT_TRUE(opened.ok()) << opened.status();
    if (!opened.ok()) return {"cannot open"};
    auto verification = (*opened)->Verify();
    EXPECT_TRUE(verification.ok()) << verification.status();
    if (!verification.ok()) return {"cannot verify"};
    return {verification->problems().begin(), verification->problems().end()};
  }
};

TEST_F(VerifyTest, AnUntouchedStoreHasNoProblems) {
  auto opened = Registry::Open(path());
  auto verification = (*opened)->Verify();
  ASSERT_TRUE(verification.ok()) << verification.status();
  EXPECT_THAT(verification->problems(), IsEmpty());
  EXPECT_EQ(verification->versions(), 3);
  EXPECT_EQ(verification->entries(), 6);
  EXPECT_EQ(verification->head().sequence(), 6);
  EXPECT_EQ(verification->head().hash(), (*opened)->Head()->hash());
}

TEST_F(VerifyTest, FindsAnAlteredReport) {
  RawSql(path(),
         "UPDATE contents SET report = CAST(report || X'00' AS BLOB) "
         "WHERE agency_id = 'county-a' AND number = 2");
  EXPECT_THAT(Problems(), Contains(AllOf(HasSubstr("version 2 of agency county-a for 2025"),
                                         HasSubstr("does not match its digest"))));
}

TEST_F(VerifyTest, FindsAReportAlteredWithItsDigest) {
  // The attacker recomputes the digest too: the chain still holds the old one.
  RawSql(path(), "UPDATE versions SET digest = '" + std::string(64, 'a') +
                     "' WHERE agency_id = 'county-b'");
  EXPECT_THAT(Problems(), Contains(AllOf(HasSubstr("version 1 of agency county-b for 2025"),
                                         HasSubstr("differs from chain entry"))));
}

TEST_F(VerifyTest, FindsADeletedVersion) {
  RawSql(path(),
         "DELETE FROM findings WHERE agency_id = 'county-a' AND number = 2; "
         "DELETE FROM versions WHERE agency_id = 'county-a' AND number = 2");
  EXPECT_THAT(Problems(),
              Contains(AllOf(HasSubstr("version 2 of agency county-a for 2025"),
                             HasSubstr("is recorded in the chain (entry 5) but missing"))));
}

TEST_F(VerifyTest, FindsADeletedReport) {
  RawSql(path(), "DELETE FROM contents WHERE agency_id = 'county-a' AND number = 2");
  EXPECT_THAT(Problems(), Contains(AllOf(HasSubstr("version 2 of agency county-a for 2025"),
                                         HasSubstr("does not match its digest"))));
}

TEST_F(VerifyTest, FindsADeletedChainEntry) {
  RawSql(path(), "DELETE FROM chain WHERE sequence = 3");
  const auto problems = Problems();
  EXPECT_THAT(problems, Contains(HasSubstr("chain entry 3 is missing")));
  EXPECT_THAT(problems, Contains(HasSubstr("chain entry 4 does not follow")));
}

TEST_F(VerifyTest, FindsARewrittenChainEntry) {
  RawSql(path(), "UPDATE chain SET actor = 'someone else' WHERE sequence = 2");
  EXPECT_THAT(Problems(), Contains(HasSubstr("chain entry 2 (filed) was altered")));
}

TEST_F(VerifyTest, FindsAnAlteredLock) {
  RawSql(path(),
         "UPDATE versions SET locked_at = '2026-01-01T00:00:00Z' WHERE number = 1 AND "
         "agency_id = 'county-a'");
  EXPECT_THAT(Problems(), Contains(AllOf(HasSubstr("version 1 of agency county-a for 2025"),
                                         HasSubstr("locked differs from chain entry 4"))));
}

TEST_F(VerifyTest, FindsARemovedLockAndAnInventedAcceptance) {
  RawSql(path(),
         "UPDATE versions SET locked_at = NULL, locked_by = NULL WHERE number = 1 AND "
         "agency_id = 'county-a'; UPDATE versions SET accepted_at = "
         "'2026-03-02T00:00:00Z', accepted_by = 'x' WHERE agency_id = 'county-b'");
  const auto problems = Problems();
  EXPECT_THAT(problems, Contains(HasSubstr("version 1 of agency county-a for 2025 was locked "
                                           "(chain entry 4) but the store says it is not")));
  EXPECT_THAT(problems, Contains(HasSubstr("version 1 of agency county-b for 2025 is accepted "
                                           "(2026-03-02T00:00:00Z) but the chain records no "
                                           "such event")));
}

TEST_F(VerifyTest, FindsAlteredAgenciesAndCells) {
  RawSql(path(),
         "UPDATE agencies SET parent_id = NULL WHERE id = 'county-c'; "
         "UPDATE contents SET cells = X'00' WHERE agency_id = 'county-b'");
  const auto problems = Problems();
  EXPECT_THAT(problems, Contains(HasSubstr("the agencies differ from those chain entry 1")));
  EXPECT_THAT(problems, Contains(HasSubstr("compact cells do not match")));
}

TEST_F(RegistryTest, VerifyFindsAnAlteredOrDeletedDisposition) {
  v1::AnnualReport report = ValidReport("county-c", 2025, rng_);
  report::testing::SetCellValue(&report, "t2.item5.licensing.decisions", -2);
  report::testing::SetCellValue(&report, "t2.item6.penalty.decisions", -1);
  ASSERT_TRUE(registry_->File(report, clerk_).ok());
  const v1::RegistryFindingList findings = *registry_->Findings("county-c", 2025);
  ASSERT_GE(findings.findings_size(), 2);
  for (const v1::RegistryFinding& f : findings.findings()) {
    ASSERT_TRUE(registry_
                    ->Dispose("county-c", 2025, f.fingerprint(), v1::DISPOSITION_EXPLAINED,
                              "口径不同", reviewer_)
                    .ok());
  }
  registry_.reset();
  const std::string first = findings.findings(0).fingerprint();
  const std::string second = findings.findings(1).fingerprint();
  RawSql(path(), "UPDATE dispositions SET explanation = '无' WHERE fingerprint = '" + first +
                     "'; DELETE FROM dispositions WHERE fingerprint = '" + second + "'");
  auto opened = Registry::Open(path());
  auto verification = (*opened)->Verify();
  ASSERT_TRUE(verification.ok()) << verification.status();
  EXPECT_THAT(verification->problems(),
              Contains(AllOf(HasSubstr("the disposition of finding " + first),
                             HasSubstr("differs from chain entry"))));
  EXPECT_THAT(verification->problems(),
              Contains(AllOf(HasSubstr("the disposition of finding " + second),
                             HasSubstr("but missing from the store"))));
}

TEST_F(VerifyTest, AReceiptDetectsARewrittenHistory) {
  auto opened = Registry::Open(path());
  const v1::RegistryReceipt receipt = *(*opened)->Head();
  EXPECT_TRUE((*opened)->CheckReceipt(receipt).ok());
  opened->reset();
  // Rewrite entry 6 consistently: the chain verifies, the receipt does not.
  RawSql(path(), "UPDATE chain SET hash = '" + std::string(64, 'b') + "' WHERE sequence = 6");
  opened = Registry::Open(path());
  const absl::Status status = (*opened)->CheckReceipt(receipt);
  EXPECT_EQ(status.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(status.message(), HasSubstr("receipt 6 does not match"));
  v1::RegistryReceipt future;
  future.set_sequence(99);
  future.set_hash(receipt.hash());
  EXPECT_THAT((*opened)->CheckReceipt(future).message(), HasSubstr("has no entry 99"));
}

}  // namespace
}  // namespace gongkai::registry::testing
