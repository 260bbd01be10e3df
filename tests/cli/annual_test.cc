// gongkai report: the whole annual report from a folder of records.
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "fixture.h"
#include "gmock/gmock.h"

namespace gongkai::cli::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

const std::string kExample = GONGKAI_SOURCE_DIR "/examples/district";

constexpr char kAgency[] = R"({"id": "A1", "name": "示范区人民政府"})";
constexpr char kApplications[] =
    R"({"id":"2025-1","applicant":{"category":"APPLICANT_CATEGORY_NATURAL_PERSON","name":"MARKER-NAME"},"received":{"year":2025,"month":3,"day":3},"events":[{"type":"EVENT_TYPE_REGISTERED","date":{"year":2025,"month":3,"day":3}},{"type":"EVENT_TYPE_DECIDED","date":{"year":2025,"month":3,"day":20},"outcome":"OUTCOME_GRANTED"}]})"
    "\n";

TEST_F(CliTest, ReportOnTheExampleDataIsClean) {
  Result r = Run({"report", "--year=2025", "--data=" + kExample});
  EXPECT_EQ(r.exit_code, kOk) << r.err;
  EXPECT_THAT(r.err, IsEmpty());
  EXPECT_THAT(r.out, HasSubstr("示范市临江区人民政府2025年政府信息公开工作年度报告"));
  EXPECT_THAT(r.out, HasSubstr("三、收到和处理政府信息公开申请情况"));
  EXPECT_THAT(r.out, HasSubstr("总体情况：由记录得出的数字"));
  EXPECT_THAT(r.out, HasSubstr("0 errors, 0 warnings"));
  EXPECT_THAT(r.out, Not(HasSubstr("（虚构）")));  // the generator's fake personal data
}

TEST_F(CliTest, ReportOutputs) {
  Result json = Run({"report", "--year=2025", "--data=" + kExample, "--output=json"});
  EXPECT_EQ(json.exit_code, kOk) << json.err;
  EXPECT_THAT(json.out, HasSubstr("\"headline\""));
  EXPECT_THAT(json.out, HasSubstr("\"t3.total.total\""));
  Result html = Run({"report", "--year=2025", "--data=" + kExample, "--output=html"});
  EXPECT_EQ(html.exit_code, kOk);
  EXPECT_THAT(html.out, HasSubstr("<table"));
  Result markdown = Run({"report", "--year=2025", "--data=" + kExample, "--output=markdown"});
  EXPECT_EQ(markdown.exit_code, kOk);
  EXPECT_THAT(markdown.out, HasSubstr("## 总体情况"));
  Result bad = Run({"report", "--year=2025", "--data=" + kExample, "--output=pdf"});
  EXPECT_EQ(bad.exit_code, kUnusable);
  EXPECT_THAT(bad.err, HasSubstr("--output"));
}

// Threads and the reference JSON parser change how the records are read, never the report.
TEST_F(CliTest, ReportIsTheSameOnThreadsAndThroughProtobufsParser) {
  const std::vector<std::string> args = {"report", "--year=2025", "--data=" + kExample,
                                         "--output=json"};
  const Result one = Run(args);
  ASSERT_EQ(one.exit_code, kOk) << one.err;
  for (const char* threads : {"--threads=2", "--threads=5"}) {
    std::vector<std::string> more = args;
    more.push_back(threads);
    const Result r = Run(more);
    EXPECT_EQ(r.exit_code, kOk) << r.err;
    EXPECT_EQ(r.out, one.out) << threads;
  }
  ASSERT_EQ(setenv("GONGKAI_JSON_PROTOBUF", "1", 1), 0);
  const Result reference = Run(args);
  unsetenv("GONGKAI_JSON_PROTOBUF");
  EXPECT_EQ(reference.exit_code, kOk) << reference.err;
  EXPECT_EQ(reference.out, one.out);
  for (const char* bad : {"--threads=0", "--threads=65"}) {
    std::vector<std::string> more = args;
    more.push_back(bad);
    const Result r = Run(more);
    EXPECT_EQ(r.exit_code, kUnusable);
    EXPECT_THAT(r.err, HasSubstr("is outside 1..64"));
  }
}

TEST_F(CliTest, TraceListsAsManyRecordsAsTheCellCounts) {
  Result r = Run({"report", "--year=2025", "--data=" + kExample, "--trace=t3.granted.total"});
  EXPECT_EQ(r.exit_code, kOk) << r.err;
  const size_t value = r.out.find("value: ");
  ASSERT_NE(value, std::string::npos);
  const int count = std::stoi(r.out.substr(value + 7));
  EXPECT_GT(count, 0);
  EXPECT_THAT(r.out, HasSubstr("records (" + std::to_string(count) + "):"));
  Result entered =
      Run({"report", "--year=2025", "--data=" + kExample, "--trace=t2.item5.licensing.decisions"});
  EXPECT_THAT(entered.out, HasSubstr("entered"));
  Result unknown = Run({"report", "--year=2025", "--data=" + kExample, "--trace=t3.nowhere"});
  EXPECT_EQ(unknown.exit_code, kUnusable);
  EXPECT_THAT(unknown.err, HasSubstr("--trace"));
}

TEST_F(CliTest, ReportFromAMinimalFolder) {
  WriteFile("agency.json", kAgency);
  WriteFile("applications.jsonl", kApplications);
  Result r = Run({"report", "--year=2025", "--data=" + dir_.string(), "--output=json"});
  EXPECT_EQ(r.exit_code, kOk) << r.err;
  EXPECT_THAT(r.out, HasSubstr("\"applicationsReceived\": \"1\""));
  EXPECT_THAT(r.out, Not(HasSubstr("MARKER")));
}

TEST_F(CliTest, ReportRefusesUnusableFolders) {
  Result missing = Run({"report", "--year=2025", "--data=" + (dir_ / "nowhere").string()});
  EXPECT_EQ(missing.exit_code, kUnusable);
  EXPECT_THAT(missing.err, HasSubstr("is not a folder"));
  Result no_agency = Run({"report", "--year=2025", "--data=" + dir_.string()});
  EXPECT_EQ(no_agency.exit_code, kUnusable);
  EXPECT_THAT(no_agency.err, HasSubstr("agency.json"));
  WriteFile("agency.json", kAgency);
  WriteFile("remedies.jsonl", "{}\n");
  WriteFile("remedies.binpb", "");
  Result both = Run({"report", "--year=2025", "--data=" + dir_.string()});
  EXPECT_EQ(both.exit_code, kUnusable);
  EXPECT_THAT(both.err, HasSubstr("keep one"));
  std::filesystem::remove(dir_ / "remedies.binpb");
  WriteFile("applications.jsonl", std::string(kApplications) + "{\"id\": \n");
  Result malformed = Run({"report", "--year=2025", "--data=" + dir_.string()});
  EXPECT_EQ(malformed.exit_code, kUnusable);
  EXPECT_THAT(malformed.err, HasSubstr("applications.jsonl"));
  EXPECT_THAT(malformed.out, IsEmpty());  // nothing half-written
  Result early = Run({"report", "--year=2018", "--data=" + dir_.string()});
  EXPECT_EQ(early.exit_code, kUnusable);
  Result no_year = Run({"report", "--data=" + dir_.string()});
  EXPECT_EQ(no_year.exit_code, kUnusable);
}

TEST_F(CliTest, ReportExitsOneForErrorProblems) {
  WriteFile("agency.json", kAgency);
  // Published although its attribute is 依申请公开.
  WriteFile(
      "disclosures.jsonl",
      R"({"id":"D-1","generated":{"year":2025,"month":3,"day":3},"attribute":"PUBLIC_ATTRIBUTE_ON_REQUEST","publications":[{"channel":"PUBLICATION_CHANNEL_PORTAL","date":{"year":2025,"month":3,"day":4}}]})"
      "\n");
  Result r = Run({"report", "--year=2025", "--data=" + dir_.string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.out, HasSubstr("error [D-published-not-proactive] disclosure D-1"));
}

TEST_F(CliTest, SlipStatusListsEachSlipAndRefusals) {
  Result r = Run({"slip", "status", kExample + "/slips.jsonl"});
  EXPECT_EQ(r.exit_code, kOk) << r.err;
  EXPECT_THAT(r.out, HasSubstr("\tSIGNED\tPROACTIVE\tmay publish\n"));
  EXPECT_THAT(r.out, HasSubstr("\tSIGNED\tWITHHELD\tmay not publish\n"));
  const std::string bad = WriteFile(
      "slips.jsonl",
      R"({"id":"S-1","events":[{"action":"SLIP_ACTION_SIGN","role":"SLIP_ROLE_SIGNER","date":{"year":2025,"month":3,"day":3},"attribute":"PUBLIC_ATTRIBUTE_PROACTIVE"}]})"
      "\n");
  Result refused = Run({"slip", "status", bad});
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_THAT(refused.out, HasSubstr("S-1\tREFUSED\t"));
  EXPECT_EQ(Run({"slip", "list", bad}).exit_code, kUnusable);
}

TEST_F(CliTest, DisclosureStatusFlagsOverdueRecords) {
  Result r = Run({"disclosure", "status", kExample + "/disclosures.jsonl", "--as_of=2025-12-31"});
  EXPECT_EQ(r.exit_code, 1) << r.err;  // the example has records overdue at year end
  EXPECT_THAT(r.out, HasSubstr("\tOVERDUE\n"));
  EXPECT_THAT(r.out, HasSubstr("working days late\n"));
  const std::string bad = WriteFile("d.jsonl", R"({"id":"D-1"})"
                                               "\n");
  Result malformed = Run({"disclosure", "status", bad, "--as_of=2025-12-31"});
  EXPECT_EQ(malformed.exit_code, kUnusable);
  EXPECT_THAT(malformed.err, HasSubstr("disclosure D-1: generated"));
  EXPECT_EQ(Run({"disclosure", "status", bad}).exit_code, kUnusable);  // --as_of is required
}

}  // namespace
}  // namespace gongkai::cli::testing
