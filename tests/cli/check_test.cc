// gongkai import FILE and gongkai check, run on published documents as a reviewer's script would.
#include <string>

#include "fixture.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gongkai::cli::testing {
namespace {

using ::testing::HasSubstr;

const std::string kDocx =
    std::string(GONGKAI_SOURCE_DIR) + "/tests/data/documents/ooxml/report-2021.docx";

TEST_F(CliTest, ImportReadsAWordDocument) {
  Result r = Run({"import", kDocx});
  ASSERT_EQ(r.exit_code, kOk) << r.err;
  EXPECT_THAT(r.out, HasSubstr("\"name\": \"示例市市场监督管理局\""));
  EXPECT_THAT(r.out, HasSubstr("\"year\": 2021"));
  EXPECT_THAT(r.out, HasSubstr("report-2021.docx table "));
  EXPECT_THAT(r.err, HasSubstr("as docx"));
}

TEST_F(CliTest, ImportRefusesAnUnknownFormatAndGridsBeside) {
  Result r = Run({"import", "--format=odt", kDocx});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.err, HasSubstr("--format: \"odt\""));
  r = Run({"import", "--table4=x.csv", kDocx});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.err, HasSubstr("not both"));
}

TEST_F(CliTest, ImportOfSomethingElseExitsTwoNamingWhatIsMissing) {
  Result r = Run({"import", "--year=2023", WriteFile("notes.txt", "会议纪要\n今天开会。\n")});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.err, HasSubstr("not found"));
}

TEST_F(CliTest, CheckGivesAVerdictPerDocumentAndASummary) {
  const std::string junk = WriteFile("junk.txt", "not a report\n");
  Result r = Run({"check", kDocx, junk});
  EXPECT_EQ(r.exit_code, 1);  // an unreadable document
  EXPECT_THAT(r.out,
              HasSubstr("report-2021.docx: 示例市市场监督管理局 2021 (layout 2021): 0 errors"));
  EXPECT_THAT(r.out, HasSubstr("junk.txt: unreadable: year:"));
  EXPECT_THAT(r.out, HasSubstr("documents: 2, errors: 0, warnings: 0, unreadable: 1"));
  r = Run({"check", kDocx});
  EXPECT_EQ(r.exit_code, kOk) << r.out << r.err;
}

TEST_F(CliTest, CheckReadsRealPagesAndComparesConsecutiveYears) {
  const std::string pages = std::string(GONGKAI_SOURCE_DIR) + "/tests/data/published/pages/";
  Result r = Run({"check", pages + "pingtan-2024.html", pages + "pingtan-2023.html",
                  pages + "pingtan-2020.html"});
  EXPECT_EQ(r.exit_code, 1);  // pingtan-2020's table 三 does not add up
  EXPECT_THAT(r.out, HasSubstr("pingtan-2024.html: 平潭综合实验区 2024 (layout 2021): 0 errors"));
  EXPECT_THAT(r.out, HasSubstr("; checked against " + pages + "pingtan-2023.html"));
  EXPECT_THAT(r.out, HasSubstr("pingtan-2020.html: 平潭综合实验区 2020 (layout 2019): 2 errors"));
  EXPECT_THAT(r.out, HasSubstr("documents: 3, errors: 2"));
}

TEST_F(CliTest, CheckPrintsJsonAndAReviewersPage) {
  Result r = Run({"check", "--output=json", kDocx});
  ASSERT_EQ(r.exit_code, kOk) << r.err;
  EXPECT_THAT(r.out, HasSubstr("\"documents\""));
  EXPECT_THAT(r.out, HasSubstr("\"documentFormat\": \"docx\""));
  r = Run({"check", "--output=html", kDocx});
  ASSERT_EQ(r.exit_code, kOk) << r.err;
  EXPECT_THAT(r.out, HasSubstr("<!DOCTYPE html>"));
  EXPECT_THAT(r.out, HasSubstr("<table class=\"gongkai-table\" data-table=\"t3\">"));
  EXPECT_THAT(r.out, HasSubstr("class=\"verdict ok\""));
  EXPECT_EQ(Run({"check", "--output=pdf", kDocx}).exit_code, kUnusable);
  EXPECT_EQ(Run({"check"}).exit_code, kUnusable);
}

}  // namespace
}  // namespace gongkai::cli::testing
