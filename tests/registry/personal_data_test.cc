// Names of people (who filed, locked, accepted, reviewed; the explanation of a disposition) are
// stored as given and never appear in an error message: every refusal the registry can give
// after they are stored is provoked, and no message repeats them.
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "registry/fixture.h"
#include "report/core/random_report.h"

namespace gongkai::registry::testing {
namespace {

using ::testing::Not;

constexpr char kClerk[] = "王秘书PLANTED-CLERK";
constexpr char kReviewer[] = "赵审核PLANTED-REVIEWER";
constexpr char kExplanation[] = "见说明PLANTED-EXPLANATION";

class PersonalDataTest : public RegistryTest {
 protected:
  // Every status gathered, for the final check.
  void Keep(const absl::Status& status) {
    EXPECT_FALSE(status.ok()) << "expected a refusal";
    messages_.emplace_back(status.message());
  }
  std::vector<std::string> messages_;
};

TEST_F(PersonalDataTest, NoRefusalRepeatsANameOrAnExplanation) {
  ASSERT_TRUE(registry_->PutAgencies(SmallTree()).ok());
  const Actor clerk{kClerk};
  const Actor reviewer{kReviewer};
  v1::AnnualReport report = ValidReport("county-a", 2025, rng_);
  report::testing::SetCellValue(&report, "t2.item5.licensing.decisions", -3);  // an error
  auto filed = registry_->File(report, clerk);
  ASSERT_TRUE(filed.ok()) << filed.status();
  auto findings = registry_->Findings("county-a", 2025);
  ASSERT_TRUE(findings.ok()) << findings.status();
  ASSERT_GT(findings->findings_size(), 0);
  const std::string fingerprint = findings->findings(0).fingerprint();
  ASSERT_TRUE(registry_
                  ->Dispose("county-a", 2025, fingerprint, v1::DISPOSITION_MUST_CORRECT,
                            kExplanation, reviewer)
                  .ok());
  ASSERT_TRUE(registry_->Lock("county-a", 2025, 1, clerk).ok());

  Keep(registry_->Accept("county-a", 2025, 1, reviewer).status());  // the gate
  Keep(registry_->Lock("county-a", 2025, 1, clerk).status());       // locked twice
  Keep(registry_->File(report, clerk).status());                    // a correction, no reason
  Keep(registry_->Dispose("county-a", 2025, "0000", v1::DISPOSITION_EXPLAINED, kExplanation,
                          reviewer));  // an unknown fingerprint
  Keep(registry_->Dispose("county-a", 2025, fingerprint, v1::DISPOSITION_EXPLAINED, "",
                          reviewer));  // explained without an explanation
  Keep(registry_->GetVersion("county-a", 2025, 9).status());
  Keep(registry_->Diff("county-a", 2025, 1, 9).status());
  v1::AnnualReport stranger = ValidReport("nobody", 2025, rng_);
  Keep(registry_->File(stranger, clerk).status());

  ASSERT_TRUE(registry_
                  ->Dispose("county-a", 2025, fingerprint, v1::DISPOSITION_EXPLAINED, kExplanation,
                            reviewer)
                  .ok());
  ASSERT_TRUE(registry_->Accept("county-a", 2025, 1, reviewer).ok());
  Keep(registry_->Accept("county-a", 2025, 1, reviewer).status());  // accepted twice

  for (const std::string& m : messages_) {
    for (const char* planted : {"PLANTED", "王秘书", "赵审核", "见说明"}) {
      EXPECT_THAT(m, Not(::testing::HasSubstr(planted))) << m;
    }
  }
  EXPECT_EQ(messages_.size(), 9u);
}

}  // namespace
}  // namespace gongkai::registry::testing
