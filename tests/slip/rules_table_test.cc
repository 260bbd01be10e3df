// The rule table itself: complete, in order, every rule tested and documented; the enum names
// messages print; and the worked example of docs/slip.md, which must replay as documented.
#include <set>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "fixture.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "slip/names.h"
#include "slip/rules.h"
#include "slip/slip.h"

namespace gongkai::slip {
namespace {

TEST(RuleTable, InEnumOrderWithUniqueIds) {
  std::set<std::string> ids;
  int i = 0;
  for (const RuleInfo& info : AllRules()) {
    EXPECT_EQ(static_cast<int>(info.rule), i) << info.id;
    EXPECT_EQ(&InfoOf(info.rule), &info);
    EXPECT_TRUE(ids.insert(info.id).second) << "duplicate id " << info.id;
    EXPECT_TRUE(absl::StartsWith(info.id, "S-") || absl::StartsWith(info.id, "W-")) << info.id;
    EXPECT_NE(info.code, absl::StatusCode::kOk) << info.id;
    ++i;
  }
  EXPECT_EQ(i, static_cast<int>(Rule::kWorkflowSecrecy) + 1);
}

// Every rule has at least one case that breaks it, in the tables of rules_test.cc (events),
// record_test.cc and workflow_test.cc.
TEST(RuleTable, EveryRuleIsTested) {
  std::set<std::string> tested;
  for (const auto& ids : {fixture::EventRuleIdsTested(), fixture::RecordRuleIdsTested(),
                          fixture::WorkflowRuleIdsTested()}) {
    tested.insert(ids.begin(), ids.end());
  }
  for (const RuleInfo& info : AllRules()) {
    EXPECT_EQ(tested.count(info.id), 1u) << info.id << " has no case";
    tested.erase(info.id);
  }
  EXPECT_THAT(tested, testing::IsEmpty()) << "cases name rules the table lacks";
}

// docs/slip.md has a row "| `S-...` | Code | ..." for every rule, with the rule's code.
TEST(RuleTable, EveryRuleIsDocumented) {
  const std::string doc = fixture::SlipDoc();
  for (const RuleInfo& info : AllRules()) {
    const std::string row =
        absl::StrCat("\n| `", info.id, "` | ", fixture::CodeName(info.code), " |");
    EXPECT_TRUE(absl::StrContains(doc, row)) << "docs/slip.md lacks the row " << row.substr(1);
  }
}

TEST(Names, WithoutPrefixOrAsNumber) {
  EXPECT_EQ(ActionName(v1::SLIP_ACTION_PASS_SECRECY), "PASS_SECRECY");
  EXPECT_EQ(ActionName(0), "UNSPECIFIED");
  EXPECT_EQ(ActionName(42), "SlipAction(42)");
  EXPECT_EQ(RoleName(v1::SLIP_ROLE_SECRECY_REVIEWER), "SECRECY_REVIEWER");
  EXPECT_EQ(AttributeName(v1::PUBLIC_ATTRIBUTE_ON_REQUEST), "ON_REQUEST");
  EXPECT_EQ(GroundName(v1::WITHHOLD_GROUND_ENFORCEMENT_FILE), "ENFORCEMENT_FILE");
  EXPECT_EQ(OriginName(v1::DOCUMENT_ORIGIN_JOINT_PARTNER), "JOINT_PARTNER");
  EXPECT_EQ(StatusName(v1::SLIP_STATUS_CHANGE_IN_REVIEW), "CHANGE_IN_REVIEW");
  EXPECT_EQ(StatusName(-1), "SlipStatus(-1)");
}

// The json blocks of the section "Worked example": the slip, then the state it replays to.
TEST(Docs, WorkedExampleReplaysAsDocumented) {
  const std::string doc = fixture::SlipDoc();
  const size_t section = doc.find("\n## Worked example");
  ASSERT_NE(section, std::string::npos);
  std::vector<std::string> blocks;
  const std::vector<absl::string_view> parts =
      absl::StrSplit(absl::string_view(doc).substr(section), "```");
  // Odd parts are inside fences; a json block starts with its info string.
  for (size_t i = 1; i < parts.size() && blocks.size() < 2; i += 2) {
    absl::string_view block = parts[i];
    if (absl::ConsumePrefix(&block, "json\n")) blocks.emplace_back(block);
  }
  ASSERT_EQ(blocks.size(), 2u);
  v1::IssuanceSlip slip;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(blocks[0], &slip).ok()) << blocks[0];
  v1::SlipState documented;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(blocks[1], &documented).ok())
      << blocks[1];
  absl::StatusOr<v1::SlipState> state = ReplaySlip(slip);
  ASSERT_TRUE(state.ok()) << state.status();
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(*state, documented))
      << "replayed: " << state->ShortDebugString();

  // "Had the SIGN come straight after the second APPROVE": the example without its PASS_SECRECY
  // (events[5]) is refused with the message every text block of the page quotes, wrapped.
  ASSERT_EQ(slip.events(5).action(), v1::SLIP_ACTION_PASS_SECRECY);
  v1::IssuanceSlip skipped = slip;
  skipped.mutable_events()->DeleteSubrange(5, 1);
  const absl::Status refused = ReplaySlip(skipped).status();
  ASSERT_FALSE(refused.ok());
  int quoted = 0;
  const std::vector<absl::string_view> all = absl::StrSplit(doc, "```");
  for (size_t i = 1; i < all.size(); i += 2) {
    absl::string_view block = all[i];
    if (!absl::ConsumePrefix(&block, "text\n")) continue;
    ++quoted;
    EXPECT_EQ(absl::StrJoin(absl::StrSplit(absl::StripSuffix(block, "\n"), '\n'), " "),
              std::string(refused.message()));
  }
  EXPECT_EQ(quoted, 2);
}

}  // namespace
}  // namespace gongkai::slip
