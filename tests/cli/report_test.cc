// gongkai import, validate, merge and render, run as a supervising office's script would.
#include <string>
#include <vector>

#include "fixture.h"
#include "gmock/gmock.h"

namespace gongkai::cli::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::StartsWith;

constexpr int kFindings = 1;

constexpr char kTable4[] = "# 表四\n0,1,0,0,1,0,0,0,2,2,0,0,0,0,0\n";
constexpr char kClean[] = R"({"agency":{"id":"d1","name":"甲区"},"year":2022})";
constexpr char kBroken[] = R"({"agency":{"id":"d2","name":"乙区"},"year":2022,)"
                           R"("cells":[{"key":"t3.new.natural_person","count":"1"}]})";

TEST_F(CliTest, ImportPrintsAReportAndWarnsAboutVariants) {
  const std::string t4 = WriteFile("t4.csv", "０,1,0,0,1,0,0,0,2,2,0,0,0,0,0\n");
  Result r = Run({"import", "--year=2022", "--agency=甲区", "--table4", t4});
  EXPECT_EQ(r.exit_code, kOk) << r.err;
  EXPECT_THAT(r.out, HasSubstr(R"("key": "t4.cases.direct_pending")"));
  EXPECT_THAT(r.out, HasSubstr(R"("layout": "2021")"));
  EXPECT_THAT(r.err, HasSubstr("warning"));
  EXPECT_THAT(r.err, HasSubstr("full-width"));
}

TEST_F(CliTest, ImportOfAGridOfTheWrongShapeNamesTheLine) {
  const std::string t4 = WriteFile("t4.csv", "# comment\n1,2,3\n");
  Result r = Run({"import", "--year=2022", "--agency=甲区", "--table4", t4});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.out, IsEmpty());
  EXPECT_THAT(r.err, HasSubstr("line 2"));
  EXPECT_THAT(r.err, HasSubstr("expected 15"));
}

TEST_F(CliTest, ImportNeedsATableAndAYear) {
  EXPECT_EQ(Run({"import", "--year=2022", "--agency=甲区"}).exit_code, kUnusable);
  Result r = Run({"import", "--agency=甲区", "--table4", WriteFile("t4.csv", kTable4)});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.err, HasSubstr("--year"));
  r = Run({"import", "--year=2018", "--agency=甲区", "--table4", WriteFile("t4.csv", kTable4)});
  EXPECT_EQ(r.exit_code, kUnusable);
}

TEST_F(CliTest, ValidateExitsZeroForACleanReport) {
  Result r = Run({"validate", WriteFile("clean.json", kClean)});
  EXPECT_EQ(r.exit_code, kOk) << r.err;
  EXPECT_THAT(r.out, HasSubstr("0 errors, 0 warnings"));
  EXPECT_THAT(r.err, IsEmpty());
}

TEST_F(CliTest, ValidateExitsOneAndExplainsEachFinding) {
  Result r = Run({"validate", WriteFile("broken.json", kBroken)});
  EXPECT_EQ(r.exit_code, kFindings);
  EXPECT_THAT(r.out, HasSubstr("error [T3-balance]"));
  EXPECT_THAT(
      r.out,
      HasSubstr("t3.new.natural_person = 1  一、本年新收政府信息公开申请数量 / 申请人情况 自然人"));
  EXPECT_THAT(r.out, HasSubstr("expected 0, found 1"));
  EXPECT_THAT(r.out, HasSubstr("2 errors, 0 warnings"));
}

TEST_F(CliTest, ValidateJsonOutputIsAValidationResult) {
  Result r = Run({"validate", WriteFile("broken.json", kBroken), "--output=json"});
  EXPECT_EQ(r.exit_code, kFindings);
  EXPECT_THAT(r.out, StartsWith("{"));
  EXPECT_THAT(r.out, HasSubstr(R"("errorCount": 2)"));
}

TEST_F(CliTest, ValidateWithPreviousAndMembers) {
  const std::string previous = WriteFile(
      "prev.json",
      R"({"agency":{"id":"d1"},"year":2021,"cells":[{"key":"t3.carried_forward.total","count":"4"}]})");
  Result r = Run({"validate", WriteFile("clean.json", kClean), "--previous", previous});
  EXPECT_EQ(r.exit_code, kOk);
  EXPECT_THAT(r.out, HasSubstr("warning [cross-year]"));

  const std::string d1 = WriteFile("d1.json", kClean), d2 = WriteFile("d2.json", kBroken);
  Result merged = Run({"merge", d1, d2, "--agency=示例市", "--agency_id=city"});
  ASSERT_EQ(merged.exit_code, kOk) << merged.err;
  const std::string city = WriteFile("city.json", merged.out);
  r = Run({"validate", city, "--members", d1, d2});
  EXPECT_EQ(r.exit_code, kFindings);  // the members' own error, summed; roll-up itself holds
  EXPECT_THAT(r.out, Not(HasSubstr("roll-up")));
  r = Run({"validate", WriteFile("clean2.json", kClean), "--members", d1, d2});
  EXPECT_THAT(r.out, HasSubstr("error [roll-up]"));
}

TEST_F(CliTest, ValidateRejectsUnusableInput) {
  Result r =
      Run({"validate",
           WriteFile("bad.json", R"({"year":2022,"cells":[{"key":"t3.x.total","count":"1"}]})")});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.err, HasSubstr("cells[0].key"));
  EXPECT_THAT(r.out, IsEmpty());
  EXPECT_EQ(Run({"validate", WriteFile("a.json", kClean), WriteFile("b.json", kClean)}).exit_code,
            kUnusable);
  EXPECT_EQ(Run({"validate", WriteFile("c.json", kClean), "--output=xml"}).exit_code, kUnusable);
  EXPECT_EQ(Run({"validate", "missing.json"}).exit_code, kUnusable);
  EXPECT_EQ(Run({"validate", WriteFile("d.json", "{")}).exit_code, kUnusable);
}

TEST_F(CliTest, MergeListsMembersAndRefusesMixedYears) {
  Result r =
      Run({"merge", WriteFile("a.json", kClean), WriteFile("b.json", kBroken), "--agency_id=city"});
  EXPECT_EQ(r.exit_code, kOk) << r.err;
  EXPECT_THAT(r.out, HasSubstr(R"("memberIds": [)"));
  r = Run({"merge", WriteFile("c.json", kClean), WriteFile("d.json", R"({"year":2023})")});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.err, HasSubstr("reports[1].year"));
  EXPECT_EQ(Run({"merge"}).exit_code, kUnusable);
}

TEST_F(CliTest, RenderEveryOutput) {
  const std::string report = WriteFile("broken.json", kBroken);
  for (const char* output :
       {"text", "markdown", "csv", "csv-labels", "json", "html", "html-document"}) {
    Result r = Run({"render", report, std::string("--output=") + output});
    EXPECT_EQ(r.exit_code, kOk) << output << ": " << r.err;
    EXPECT_THAT(r.out, Not(IsEmpty())) << output;
  }
  EXPECT_THAT(Run({"render", report}).out, HasSubstr("三、收到和处理政府信息公开申请情况"));
  EXPECT_THAT(Run({"render", report, "--output=html"}).out, HasSubstr("colspan=\"7\""));
  Result r = Run({"render", report, "--output=pdf"});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.err, HasSubstr("--output"));
}

TEST_F(CliTest, ExportThenImportGivesTheSameTable) {
  const std::string t4 = WriteFile("t4.csv", kTable4);
  Result imported = Run({"import", "--year=2022", "--agency=甲区", "--table4", t4});
  ASSERT_EQ(imported.exit_code, kOk);
  Result csv = Run({"render", WriteFile("r.json", imported.out), "--output=csv"});
  EXPECT_THAT(csv.out, HasSubstr("0,1,0,0,1,0,0,0,2,2,0,0,0,0,0\n"));
}

}  // namespace
}  // namespace gongkai::cli::testing
