// What a new user meets first (issue #20): reports written by `gongkai report --output json` read
// back, dates as people write them, help per command, a Chinese Markdown report, a README that
// lists every command.
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
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

std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

TEST_F(CliTest, ValidateRenderAndMergeTakeAnAnnualResult) {
  Result result = Run({"report", "--year=2025", "--data=" + kExample, "--output=json"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  const std::string path = WriteFile("district.json", result.out);

  Result validated = Run({"validate", path});
  EXPECT_EQ(validated.exit_code, kOk) << validated.err;
  EXPECT_THAT(validated.out, HasSubstr("0 errors, 0 warnings"));
  EXPECT_THAT(validated.err, HasSubstr("note: " + path + " is a gongkai.v1.AnnualResult"));

  Result bare = Run({"render", path, "--output=json"});
  EXPECT_EQ(bare.exit_code, kOk) << bare.err;
  EXPECT_THAT(bare.out, HasSubstr("\"t3.total.total\""));
  EXPECT_THAT(bare.out, Not(HasSubstr("\"headline\"")));
  const std::string report = WriteFile("district.report.json", bare.out);
  Result again = Run({"validate", report});
  EXPECT_EQ(again.exit_code, kOk) << again.err;
  EXPECT_THAT(again.err, IsEmpty());
  // --previous reads the same way (a year later, so the cross-year rules run).
  Result next = Run({"validate", WriteFile("next.json", R"({"agency":{"id":"A1"},"year":2026})"),
                     "--previous", path});
  EXPECT_THAT(next.err, HasSubstr("note: " + path));
  EXPECT_THAT(next.err, Not(HasSubstr("Cannot find field")));

  Result text = Run({"render", path});
  EXPECT_EQ(text.exit_code, kOk) << text.err;
  EXPECT_THAT(text.out, HasSubstr("三、收到和处理政府信息公开申请情况"));

  Result merged = Run({"merge", path, report, "--agency=示范市", "--agency_id=city"});
  EXPECT_EQ(merged.exit_code, kOk) << merged.err;
  EXPECT_THAT(merged.out, HasSubstr("\"memberIds\""));

  // Neither message: the error is the AnnualReport's, as before.
  const std::string other = WriteFile("other.json", R"({"problemCounts": 1})");
  Result refused = Run({"validate", other});
  EXPECT_EQ(refused.exit_code, kUnusable);
  EXPECT_THAT(refused.err, HasSubstr("problemCounts"));
  EXPECT_THAT(refused.err, Not(HasSubstr("note:")));
}

TEST_F(CliTest, DatesAsPeopleWriteThem) {
  // Received Mon 2024-02-05: reply due 2024-03-08 (deadline_test.cc).
  for (const char* received : {"2024-02-05", "2024/02/05", "2024/2/5", "2024.02.05", "20240205",
                               "2024年2月5日", "2024年02月05日"}) {
    Result r = Run({"deadline", "--received", received, "--as_of=2024年3月1日"});
    EXPECT_EQ(r.exit_code, kOk) << received << ": " << r.err;
    EXPECT_EQ(FirstLine(r.out), "2024-03-08") << received;
    EXPECT_THAT(r.out, HasSubstr("as of 2024-03-01")) << received;
  }
  Result pause = Run({"deadline", "--received=2024/02/05", "--pause=2024.02.06:2024年2月7日"});
  EXPECT_EQ(pause.exit_code, kOk) << pause.err;
  Result cases = Run({"cases", "status", WriteFile("none.jsonl", ""), "--as_of=2025年1月24日"});
  EXPECT_EQ(cases.exit_code, kOk) << cases.err;
}

TEST_F(CliTest, ARefusedDateIsQuotedAsTyped) {
  Result r = Run({"deadline", "--received", "2025年1月"});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.err, HasSubstr("--received: \"2025年1月\" is not a date; write it as 2025-01-24"));
  EXPECT_THAT(r.err, Not(HasSubstr("\\x")));
  Result impossible = Run({"deadline", "--received", "2025年2月30日"});
  EXPECT_EQ(impossible.exit_code, kUnusable);
  EXPECT_THAT(impossible.err, HasSubstr("--received: 2025-02-30 is not a date"));
  Result control = Run({"deadline", "--received", "2025\x1b[2J"});
  EXPECT_EQ(control.exit_code, kUnusable);
  EXPECT_THAT(control.err, HasSubstr("\"2025\\x1b[2J\""));
  Result not_utf8 = Run({"deadline", "--received", "2025\xc4\xea"});  // 年 in GBK
  EXPECT_THAT(not_utf8.err, HasSubstr("\"2025\\xc4\\xea\""));
}

TEST_F(CliTest, MessagesQuoteUtf8AsIs) {
  Result r = Run({"命令"});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.err, HasSubstr("unknown command \"命令\""));
  Result cut = Run({"bad\xe5\xb9"});
  EXPECT_THAT(cut.err, HasSubstr("\"bad\\xe5\\xb9\""));
  Result c1 = Run({"bad\xc2\x9b"});  // CSI as a C1 control
  EXPECT_THAT(c1.err, HasSubstr("\"bad\\xc2\\x9b\""));
}

TEST_F(CliTest, AFlagsValueWithoutItsNameGetsAHint) {
  Result r = Run({"deadline", "2025-01-24"});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.err, HasSubstr("did you mean --received 2025-01-24?"));
  Result cases = Run({"cases", "status", "apps.jsonl", "2025-01-24"});
  EXPECT_EQ(cases.exit_code, kUnusable);
  EXPECT_THAT(cases.err, HasSubstr("did you mean --as_of 2025-01-24?"));
  Result missing = Run({"deadline"});
  EXPECT_THAT(missing.err, HasSubstr("missing the required flag --received"));
  EXPECT_THAT(missing.err, Not(HasSubstr("did you mean")));
}

// The registered commands, from `gongkai help`.
std::vector<std::string> CommandNames(const std::string& overview) {
  std::vector<std::string> names;
  std::istringstream lines(overview.substr(overview.find("Commands:\n") + 10));
  std::string line;
  while (std::getline(lines, line) && line.starts_with("  ")) {
    names.push_back(line.substr(2, line.find(' ', 2) - 2));
  }
  return names;
}

TEST_F(CliTest, CommandHelpListsOnlyItsOwnFlagsAndValues) {
  Result deadline = Run({"deadline", "--help"});
  EXPECT_EQ(deadline.exit_code, kOk);
  EXPECT_THAT(deadline.out, HasSubstr("--output=VALUE"));
  EXPECT_THAT(deadline.out, HasSubstr("text (default) or json"));
  EXPECT_THAT(deadline.out, Not(HasSubstr("markdown")));
  EXPECT_THAT(deadline.out, Not(HasSubstr("docx")));
  EXPECT_THAT(deadline.out, HasSubstr("2025年1月24日"));
  Result render = Run({"help", "render"});
  EXPECT_THAT(render.out, HasSubstr("csv-labels, json, html or html-document"));
  EXPECT_THAT(render.out, Not(HasSubstr("docx")));

  // No flag line of any command speaks of another command ("report: ...", "notice: ...").
  const std::vector<std::string> names = CommandNames(Run({"help"}).out);
  ASSERT_GE(names.size(), 10u);
  for (const std::string& name : names) {
    const std::string help = Run({name, "--help"}).out;
    const size_t flags = help.find("Flags");
    if (flags == std::string::npos) continue;
    const std::string table = help.substr(flags, help.find("Exit status") - flags);
    for (const std::string& other : names) {
      if (other == name) continue;
      EXPECT_THAT(table, Not(HasSubstr(" " + other + ":"))) << name << " --help";
      EXPECT_THAT(table, Not(HasSubstr(" " + other + ", "))) << name << " --help";
    }
  }
}

TEST_F(CliTest, ReadmeListsEveryCommand) {
  std::ifstream file(GONGKAI_SOURCE_DIR "/tools/cli/README.md");
  std::stringstream readme;
  readme << file.rdbuf();
  const std::vector<std::string> names = CommandNames(Run({"help"}).out);
  ASSERT_GE(names.size(), 10u);
  for (const std::string& name : names) {
    EXPECT_THAT(readme.str(), HasSubstr("| `gongkai " + name)) << name;
  }
}

TEST_F(CliTest, MarkdownReportIsChineseOnly) {
  WriteFile("agency.json", R"({"id": "A1", "name": "示范区人民政府"})");
  // Published although its attribute is 依申请公开: an error problem.
  WriteFile(
      "disclosures.jsonl",
      R"({"id":"D-1","generated":{"year":2025,"month":3,"day":3},"attribute":"PUBLIC_ATTRIBUTE_ON_REQUEST","publications":[{"channel":"PUBLICATION_CHANNEL_PORTAL","date":{"year":2025,"month":3,"day":4}}]})"
      "\n");
  Result r = Run({"report", "--year=2025", "--data=" + dir_.string(), "--output=markdown"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.out, HasSubstr("## 记录与校验"));
  EXPECT_THAT(r.out, HasSubstr("- 读取的记录：主动公开记录 1 条"));
  EXPECT_THAT(r.out, HasSubstr("  - 错误 [D-published-not-proactive] 主动公开记录 D-1："
                               "已经公开，但公开属性不是主动公开"));
  EXPECT_THAT(r.out, HasSubstr("- 校验结果："));
  // Leaving out code spans, rule ids in brackets and the record id, no English word is left.
  std::string rest = std::regex_replace(r.out, std::regex("`[^`]*`|\\[[^\\]]*\\]|D-1"), "");
  std::smatch word;
  EXPECT_FALSE(std::regex_search(rest, word, std::regex("[A-Za-z]{3,}"))) << word.str();
  // The text output keeps the English messages.
  Result text = Run({"report", "--year=2025", "--data=" + dir_.string()});
  EXPECT_THAT(text.out, HasSubstr("error [D-published-not-proactive] disclosure D-1"));
}

}  // namespace
}  // namespace gongkai::cli::testing
