// gongkai notice, run as an agency's clerk or script would: each kind of notice for a small
// case, refusals with the rule (1), unusable input naming the file and field (2), and never the
// applicant's name on stderr.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "fixture.h"
#include "gmock/gmock.h"

namespace gongkai::cli::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::StartsWith;

const std::string kExample = GONGKAI_SOURCE_DIR "/examples/district";
const std::string kApplications = kExample + "/applications.jsonl";
const std::string kTemplate = kExample + "/notice_template.json";
const std::string kDetails = kExample + "/notice_details.json";
constexpr int kRefused = 1;
const char* const kKinds[] = {"correction", "extension", "consultation", "fee", "reply"};

// Received and registered 2019-05-20; a correction of 10 working days asked on 2019-05-22.
constexpr char kCase[] =
    R"({"id":"2019-0042","applicant":{"name":"MARKER-NAME"},"request":"MARKER-REQUEST",)"
    R"("received":{"year":2019,"month":5,"day":20},"events":[)"
    R"({"type":"EVENT_TYPE_REGISTERED","date":{"year":2019,"month":5,"day":20}},)"
    R"({"type":"EVENT_TYPE_CORRECTION_REQUESTED","date":{"year":2019,"month":5,"day":22},)"
    R"("correctionPeriodDays":10}]})";

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class NoticeTest : public CliTest {
 protected:
  Result Notice(const std::string& case_file, const std::string& kind,
                std::vector<std::string> more = {}) {
    std::vector<std::string> args = {"notice",     "--case",  case_file,   "--kind", kind,
                                     "--template", kTemplate, "--details", kDetails};
    args.insert(args.end(), more.begin(), more.end());
    return Run(args);
  }
};

TEST_F(NoticeTest, WritesACorrectionNoticeForASmallCase) {
  Result r = Notice(WriteFile("case.json", kCase), "correction", {"--serial", "7"});
  EXPECT_EQ(r.exit_code, kOk) << r.err;
  EXPECT_THAT(r.out, HasSubstr("补正告知书"));
  EXPECT_THAT(r.out, HasSubstr("临政依申〔2019〕7号"));
  EXPECT_THAT(r.out, HasSubstr("MARKER-NAME："));  // the notice is the document
  EXPECT_THAT(r.out, HasSubstr("2019年6月5日"));   // ten working days after 2019-05-22
  EXPECT_THAT(r.err, IsEmpty());
  Result html = Notice(WriteFile("case.json", kCase), "correction", {"--output", "html"});
  EXPECT_EQ(html.exit_code, kOk) << html.err;
  EXPECT_THAT(html.out, StartsWith("<!DOCTYPE html>"));
}

TEST_F(NoticeTest, WritesEachKindFromTheExamples) {
  // One application of the examples whose history supports each kind.
  const std::pair<const char*, const char*> cases[] = {{"correction", "2025-00015"},
                                                       {"extension", "2025-00026"},
                                                       {"consultation", "2025-00003"},
                                                       {"fee", "2025-00027"},
                                                       {"reply", "2025-00001"}};
  for (const auto& [kind, id] : cases) {
    Result r = Notice(kApplications, kind, {"--id", id, "--serial", "3"});
    EXPECT_EQ(r.exit_code, kOk) << kind << ": " << r.err;
    EXPECT_THAT(r.out, HasSubstr("示范市临江区人民政府")) << kind;
    EXPECT_THAT(r.err, Not(HasSubstr("（虚构）"))) << kind;
  }
}

TEST_F(NoticeTest, WritesDocxToAFile) {
  const std::string out = (dir_ / "notice.docx").string();
  Result r =
      Notice(WriteFile("case.json", kCase), "correction", {"--output", "docx", "--out", out});
  EXPECT_EQ(r.exit_code, kOk) << r.err;
  EXPECT_THAT(r.out, IsEmpty());
  EXPECT_THAT(ReadAll(out), StartsWith("PK\x03\x04"));
  // Not to a terminal, nor to a pipe: a .docx needs --out.
  Result bare = Notice(WriteFile("case.json", kCase), "correction", {"--output", "docx"});
  EXPECT_EQ(bare.exit_code, kUnusable);
  EXPECT_THAT(bare.err, HasSubstr("--out"));
}

TEST_F(NoticeTest, RefusesAKindTheHistoryDoesNotSupportWithTheRule) {
  Result r = Notice(WriteFile("case.json", kCase), "extension");
  EXPECT_EQ(r.exit_code, kRefused);
  EXPECT_THAT(r.err, HasSubstr("2019-0042"));
  EXPECT_THAT(r.err, HasSubstr("第三十三条第二款"));
  EXPECT_THAT(r.err, Not(HasSubstr("MARKER")));
  EXPECT_THAT(r.out, IsEmpty());
}

TEST_F(NoticeTest, BadInputExitsTwoNamingTheFileAndField) {
  const std::string bad_case =
      WriteFile("bad.json",
                R"({"id":"2019-0042","applicant":{"name":"MARKER-NAME"},"received":{"year":"x"}})");
  Result r = Notice(bad_case, "correction");
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.err, HasSubstr("bad.json"));
  EXPECT_THAT(r.err, HasSubstr("year"));
  EXPECT_THAT(r.err, Not(HasSubstr("MARKER")));
  const std::string details =
      WriteFile("details.json", R"({"correctionItems":[1],"reason":"MARKER-ITEM"})");
  r = Run({"notice", "--case", WriteFile("case.json", kCase), "--kind", "correction", "--template",
           kTemplate, "--details", details});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.err, HasSubstr("--details"));
  EXPECT_THAT(r.err, HasSubstr("correction_items[0]"));
  EXPECT_THAT(r.err, Not(HasSubstr("MARKER")));
  // A detail the kind needs, missing: the field, never the applicant.
  r = Run({"notice", "--case", WriteFile("case.json", kCase), "--kind", "correction", "--template",
           kTemplate});
  EXPECT_EQ(r.exit_code, kUnusable);
  EXPECT_THAT(r.err, HasSubstr("details.correction_items"));
  EXPECT_THAT(r.err, Not(HasSubstr("MARKER")));
  EXPECT_EQ(Notice(bad_case, "apology").exit_code, kUnusable);
  EXPECT_EQ(Notice(kApplications, "reply").exit_code, kUnusable);  // several: --id needed
  EXPECT_EQ(Notice(kApplications, "reply", {"--id", "nope"}).exit_code, kUnusable);
  EXPECT_EQ(Notice(kApplications, "reply", {"--id", "2025-00001", "--output", "pdf"}).exit_code,
            kUnusable);
}

TEST_F(NoticeTest, ChecksANoticeWrittenElsewhere) {
  const std::string case_file = WriteFile("case.json", kCase);
  Result own = Notice(case_file, "correction");
  ASSERT_EQ(own.exit_code, kOk) << own.err;
  Result agrees = Run({"notice", "--check", WriteFile("own.txt", own.out), "--case", case_file,
                       "--kind", "correction", "--details", kDetails});
  EXPECT_EQ(agrees.exit_code, kOk) << agrees.err;
  EXPECT_THAT(agrees.out, HasSubstr("2019-0042: 0 findings"));
  Result wrong = Run({"notice", "--check", WriteFile("wrong.txt", "补正告知书\n请补正。\n"),
                      "--case", case_file, "--kind", "correction"});
  EXPECT_EQ(wrong.exit_code, kRefused) << wrong.err;
  EXPECT_THAT(wrong.out, HasSubstr("correction_due"));
  EXPECT_THAT(wrong.err, Not(HasSubstr("MARKER")));
}

// Every application of the examples, every kind, with the district's template and details:
// written where the history supports the kind, refused naming the rule otherwise; and every
// decided application gets its reply.
TEST_F(NoticeTest, EveryExampleApplicationAndKind) {
  std::ifstream in(kApplications);
  int written = 0, refused = 0, replies = 0, decided = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    const size_t at = line.find("\"id\":\"") + 6;
    const std::string id = line.substr(at, line.find('"', at) - at);
    const bool is_decided = line.find("EVENT_TYPE_DECIDED") != std::string::npos;
    decided += is_decided;
    for (const char* kind : kKinds) {
      Result r = Notice(kApplications, kind, {"--id", id, "--serial", "1"});
      EXPECT_THAT(r.err, Not(HasSubstr("（虚构）"))) << id << " " << kind;
      if (r.exit_code == kOk) {
        ++written;
        if (std::string(kind) == "reply") ++replies;
        continue;
      }
      EXPECT_EQ(r.exit_code, kRefused) << id << " " << kind << ": " << r.err;
      EXPECT_THAT(r.err, HasSubstr("application " + id + ": no ")) << kind;
      ++refused;
      if (std::string(kind) == "reply") {
        EXPECT_FALSE(is_decided) << id << ": " << r.err;
      }
    }
  }
  EXPECT_EQ(replies, decided);
  EXPECT_GT(decided, 100);
  std::cout << "examples: " << written << " notices written, " << refused << " refused, " << replies
            << " replies of " << decided << " decided applications\n";
}

}  // namespace
}  // namespace gongkai::cli::testing
