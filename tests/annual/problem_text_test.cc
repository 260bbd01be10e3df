// The record problems in Chinese: every rule of docs/annual.md's "Record problems" table has its
// text, so a report printed in Chinese never falls back to an empty line.
#include "annual/problem_text.h"

#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "gtest/gtest.h"

namespace gongkai::annual {
namespace {

TEST(ProblemText, EveryDocumentedRuleHasItsChineseText) {
  std::ifstream file(GONGKAI_SOURCE_DIR "/docs/annual.md");
  ASSERT_TRUE(file);
  std::stringstream doc;
  doc << file.rdbuf();
  const std::string text = doc.str();
  const size_t table = text.find("## Record problems");
  ASSERT_NE(table, std::string::npos);
  std::istringstream lines(text.substr(table));
  const std::regex row("^\\| `([A-Z]+-[a-z-]+)` \\|");
  int rules = 0;
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (!std::regex_search(line, m, row)) continue;
    ++rules;
    EXPECT_FALSE(ProblemRuleZh(m[1].str()).empty()) << m[1].str();
  }
  EXPECT_GE(rules, 16);
  EXPECT_EQ(ProblemRuleZh("no-such-rule"), "");
}

TEST(ProblemText, RecordKinds) {
  EXPECT_EQ(RecordKindZh("disclosure"), "主动公开记录");
  EXPECT_EQ(RecordKindZh("slip"), "发文签批单");
  EXPECT_EQ(RecordKindZh("application"), "政府信息公开申请");
  EXPECT_EQ(RecordKindZh("remedy"), "行政复议、行政诉讼案件");
  EXPECT_EQ(RecordKindZh("other"), "other");
}

}  // namespace
}  // namespace gongkai::annual
