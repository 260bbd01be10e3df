// gongkai cases status, run as a supervising office's script would.
#include <string>

#include "fixture.h"
#include "gmock/gmock.h"

namespace gongkai::cli::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

constexpr char kApplications[] =
    R"({"id":"2024-0007","channel":"CHANNEL_IN_PERSON","applicant":{"category":"APPLICANT_CATEGORY_NATURAL_PERSON","name":"MARKER-NAME"},"received":{"year":2024,"month":2,"day":2},"events":[{"type":"EVENT_TYPE_REGISTERED","date":{"year":2024,"month":2,"day":2}}]})"
    "\n"
    R"({"id":"2024-0008","applicant":{"category":"APPLICANT_CATEGORY_COMMERCIAL"},"received":{"year":2024,"month":1,"day":2},"events":[{"type":"EVENT_TYPE_REGISTERED","date":{"year":2024,"month":1,"day":2}},{"type":"EVENT_TYPE_DECIDED","date":{"year":2024,"month":1,"day":20},"outcome":"OUTCOME_GRANTED"}]})"
    "\n";

TEST_F(CliTest, CasesStatusListsEachApplication) {
  const std::string file = WriteFile("apps.jsonl", kApplications);
  Result r = Run({"cases", "status", file, "--as_of=2024-02-20"});
  EXPECT_EQ(r.exit_code, kOk) << r.err;
  // 20 working days after 2024-02-02, over 春节 2024: 2024-03-06; 2024-02-20 leaves 11.
  EXPECT_THAT(r.out, HasSubstr("2024-0007\tREGISTERED\t2024-03-06\t11 working days left\n"));
  EXPECT_THAT(r.out, HasSubstr("2024-0008\tDECIDED\t2024-01-30\treplied in time\n"));
  EXPECT_THAT(r.out, Not(HasSubstr("MARKER")));
}

TEST_F(CliTest, CasesStatusExitsOneWhenAReplyIsOverdue) {
  Result r = Run({"cases", "status", WriteFile("apps.jsonl", kApplications), "--as_of=2024-03-20"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.out, HasSubstr("OVERDUE by 10 working days"));
}

TEST_F(CliTest, CasesStatusRejectsBrokenHistoriesNamingTheRecord) {
  const std::string broken = WriteFile(
      "bad.jsonl",
      R"({"id":"2024-0009","applicant":{"name":"MARKER-NAME"},"received":{"year":2024,"month":2,"day":2},"events":[{"type":"EVENT_TYPE_ARCHIVED","date":{"year":2024,"month":2,"day":3}}]})"
      "\n");
  Result r = Run({"cases", "status", broken, "--as_of=2024-03-20"});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.err, HasSubstr("2024-0009"));
  EXPECT_THAT(r.err, Not(HasSubstr("MARKER")));
  EXPECT_THAT(r.out, IsEmpty());
  EXPECT_EQ(Run({"cases", "status", broken, "--as_of=2024-02-30"}).exit_code, kUnusable);
  EXPECT_EQ(Run({"cases", "status", broken}).exit_code, kUnusable);
  EXPECT_EQ(Run({"cases", "list", broken, "--as_of=2024-02-20"}).exit_code, kUnusable);
}

}  // namespace
}  // namespace gongkai::cli::testing
