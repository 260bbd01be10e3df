// The workflows: the two built in, as data, and what Workflows::Add accepts.
#include "slip/workflow.h"

#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "fixture.h"
#include "gmock/gmock.h"
#include "gongkai/v1/annual.pb.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "slip/slip.h"

namespace gongkai::slip {
namespace {

using ::testing::ElementsAre;
using ::testing::StartsWith;

// A workflow from "PROPOSE DRAFTING_UNIT" lines: action and role as fixture::Ev reads them.
v1::SlipWorkflow Wf(absl::string_view id, const std::vector<std::string>& steps) {
  v1::SlipWorkflow w;
  w.set_id(std::string(id));
  for (const std::string& line : steps) {
    const std::vector<std::string> words = absl::StrSplit(line, ' ');
    const v1::SlipEvent e = fixture::Ev(absl::StrCat(words.at(0), " - ", words.at(1)));
    v1::SlipStep* step = w.add_steps();
    step->set_action(e.action());
    step->set_role(e.role());
  }
  return w;
}

// The steps as "ACTION ROLE" lines, for comparison.
std::vector<std::string> Steps(const v1::SlipWorkflow& w) {
  std::vector<std::string> out;
  for (const v1::SlipStep& s : w.steps()) {
    out.push_back(absl::StrCat(v1::SlipAction_Name(s.action()), " ", v1::SlipRole_Name(s.role())));
  }
  return out;
}

TEST(Builtin, CommonAndChaoyang) {
  const Workflows& builtin = Workflows::Builtin();
  EXPECT_THAT(builtin.ids(), ElementsAre("chaoyang", "common"));
  ASSERT_NE(builtin.Find("common"), nullptr);
  EXPECT_THAT(Steps(*builtin.Find("common")),
              ElementsAre("SLIP_ACTION_PROPOSE SLIP_ROLE_DRAFTING_UNIT",
                          "SLIP_ACTION_APPROVE SLIP_ROLE_DISCLOSURE_OFFICE",
                          "SLIP_ACTION_PASS_SECRECY SLIP_ROLE_SECRECY_REVIEWER",
                          "SLIP_ACTION_SIGN SLIP_ROLE_SIGNER"));
  ASSERT_NE(builtin.Find("chaoyang"), nullptr);
  EXPECT_THAT(Steps(*builtin.Find("chaoyang")),
              ElementsAre("SLIP_ACTION_PROPOSE SLIP_ROLE_DISCLOSURE_OFFICE",
                          "SLIP_ACTION_PASS_SECRECY SLIP_ROLE_SECRECY_REVIEWER",
                          "SLIP_ACTION_SIGN SLIP_ROLE_SIGNER"));
  EXPECT_FALSE(builtin.Find("chaoyang")->description().empty());
  EXPECT_EQ(builtin.Find(""), builtin.Find(kDefaultWorkflow));
  EXPECT_EQ(builtin.Find("Common"), nullptr) << "ids are exact";
  EXPECT_EQ(&Workflows::Builtin(), &builtin) << "parsed once";
}

// The data file is AnnualOptions text with only `workflows` set, and is what Builtin() holds.
TEST(Builtin, DataFileIsWhatIsBuiltIn) {
  std::ifstream in(GONGKAI_SLIP_WORKFLOWS_FILE);
  ASSERT_TRUE(in) << GONGKAI_SLIP_WORKFLOWS_FILE;
  std::stringstream text;
  text << in.rdbuf();
  v1::AnnualOptions options;
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(text.str(), &options));
  std::vector<const google::protobuf::FieldDescriptor*> fields;
  options.GetReflection()->ListFields(options, &fields);
  ASSERT_EQ(fields.size(), 1u);
  EXPECT_EQ(fields[0]->name(), "workflows");
  ASSERT_EQ(options.workflows_size(), 2);
  for (const v1::SlipWorkflow& w : options.workflows()) {
    ASSERT_NE(Workflows::Builtin().Find(w.id()), nullptr) << w.id();
    EXPECT_TRUE(
        google::protobuf::util::MessageDifferencer::Equals(w, *Workflows::Builtin().Find(w.id())));
  }
}

struct Case {
  const char* name;
  const char* rule;  // "" when accepted
  absl::StatusCode code;
  v1::SlipWorkflow workflow;
  std::string message;  // the whole message, when refused
};

const std::vector<std::string> kGood = {"PROPOSE DRAFTING_UNIT", "APPROVE DISCLOSURE_OFFICE",
                                        "PASS_SECRECY SECRECY_REVIEWER", "SIGN SIGNER"};
constexpr auto kBad = absl::StatusCode::kInvalidArgument;

const Case kCases[] = {
    {"Good", "", absl::StatusCode::kOk, Wf("dept", kGood), ""},
    {"Shortest", "", absl::StatusCode::kOk,
     Wf("dept", {"PROPOSE SIGNER", "PASS_SECRECY SECRECY_REVIEWER", "SIGN SIGNER"}), ""},
    {"TwoSecrecyReviews", "", absl::StatusCode::kOk,
     Wf("dept", {"PROPOSE DRAFTING_UNIT", "PASS_SECRECY DRAFTING_UNIT",
                 "PASS_SECRECY SECRECY_REVIEWER", "SIGN SIGNER"}),
     ""},
    {"IdEmpty", "W-id", kBad, Wf("", kGood), "workflows[].id refused by rule W-id: id is empty"},
    {"Duplicate", "W-duplicate", absl::StatusCode::kAlreadyExists, Wf("chaoyang", kGood),
     "workflows[chaoyang] refused by rule W-duplicate: a workflow with this id is already present"},
    {"NoSteps", "W-steps", kBad, Wf("dept", {}),
     "workflows[dept].steps refused by rule W-steps: a workflow needs at least a PROPOSE, a "
     "PASS_SECRECY and a SIGN step"},
    {"RoleUnset", "W-step", kBad,
     Wf("dept", {"PROPOSE UNSPECIFIED", "PASS_SECRECY SECRECY_REVIEWER", "SIGN SIGNER"}),
     "workflows[dept].steps[0].role UNSPECIFIED refused by rule W-step: a step needs a SlipRole "
     "value"},
    {"ActionUnknown", "W-step", kBad,
     Wf("dept", {"PROPOSE DRAFTING_UNIT", "APPROVE DISCLOSURE_OFFICE", "42 SECRECY_REVIEWER",
                 "SIGN SIGNER"}),
     "workflows[dept].steps[2].action SlipAction(42) refused by rule W-step: a step needs a "
     "SlipAction value"},
    {"ActionUnset", "W-step", kBad,
     Wf("dept", {"PROPOSE DRAFTING_UNIT", "UNSPECIFIED SECRECY_REVIEWER", "SIGN SIGNER"}),
     "workflows[dept].steps[1].action UNSPECIFIED refused by rule W-step: a step needs a "
     "SlipAction value"},
    {"ReturnStep", "W-step-action", kBad,
     Wf("dept", {"PROPOSE DRAFTING_UNIT", "APPROVE DISCLOSURE_OFFICE", "RETURN SECRECY_REVIEWER",
                 "PASS_SECRECY SECRECY_REVIEWER", "SIGN SIGNER"}),
     "workflows[dept].steps[2].action RETURN refused by rule W-step-action: not a step: RETURN is "
     "allowed at any step after the proposal, and PROPOSE_CHANGE after signature"},
    {"ChangeStep", "W-step-action", kBad,
     Wf("dept", {"PROPOSE DRAFTING_UNIT", "PASS_SECRECY SECRECY_REVIEWER",
                 "PROPOSE_CHANGE DRAFTING_UNIT", "SIGN SIGNER"}),
     "workflows[dept].steps[2].action PROPOSE_CHANGE refused by rule W-step-action: not a step: "
     "RETURN is allowed at any step after the proposal, and PROPOSE_CHANGE after signature"},
    {"FirstNotPropose", "W-propose-first", kBad,
     Wf("dept", {"APPROVE DISCLOSURE_OFFICE", "PROPOSE DRAFTING_UNIT",
                 "PASS_SECRECY SECRECY_REVIEWER", "SIGN SIGNER"}),
     "workflows[dept].steps[0].action APPROVE refused by rule W-propose-first: the first step, "
     "and only it, is the PROPOSE"},
    {"TwoProposals", "W-propose-first", kBad,
     Wf("dept", {"PROPOSE DRAFTING_UNIT", "PROPOSE DISCLOSURE_OFFICE",
                 "PASS_SECRECY SECRECY_REVIEWER", "SIGN SIGNER"}),
     "workflows[dept].steps[1].action PROPOSE refused by rule W-propose-first: the first step, "
     "and only it, is the PROPOSE"},
    {"LastNotSign", "W-sign-last", kBad,
     Wf("dept",
        {"PROPOSE DRAFTING_UNIT", "PASS_SECRECY SECRECY_REVIEWER", "APPROVE DISCLOSURE_OFFICE"}),
     "workflows[dept].steps[2].action APPROVE refused by rule W-sign-last: the last step, and "
     "only it, is the SIGN"},
    {"SignInTheMiddle", "W-sign-last", kBad,
     Wf("dept",
        {"PROPOSE DRAFTING_UNIT", "SIGN SIGNER", "PASS_SECRECY SECRECY_REVIEWER", "SIGN SIGNER"}),
     "workflows[dept].steps[1].action SIGN refused by rule W-sign-last: the last step, and only "
     "it, is the SIGN"},
    {"OnlyPropose", "W-sign-last", kBad, Wf("dept", {"PROPOSE DRAFTING_UNIT"}),
     "workflows[dept].steps[0].action PROPOSE refused by rule W-sign-last: the last step, and only "
     "it, is the SIGN"},
    {"NoSecrecy", "W-secrecy", kBad,
     Wf("dept", {"PROPOSE DRAFTING_UNIT", "APPROVE DISCLOSURE_OFFICE", "SIGN SIGNER"}),
     "workflows[dept].steps refused by rule W-secrecy: no PASS_SECRECY step: 第十七条 requires "
     "the confidentiality review before publication"},
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class Add : public ::testing::TestWithParam<Case> {};

TEST_P(Add, AcceptsOrRefuses) {
  const Case& c = GetParam();
  Workflows workflows = Workflows::Builtin();
  absl::Status s = workflows.Add(c.workflow);
  ASSERT_EQ(s.code(), c.code) << s;
  EXPECT_EQ(CheckWorkflow(c.workflow).ok(),
            c.code == absl::StatusCode::kOk || c.code == absl::StatusCode::kAlreadyExists);
  if (c.code == absl::StatusCode::kOk) {
    ASSERT_NE(workflows.Find(c.workflow.id()), nullptr);
    EXPECT_THAT(workflows.ids(), ElementsAre("chaoyang", "common", c.workflow.id()));
    return;
  }
  EXPECT_EQ(std::string(s.message()), c.message);
  EXPECT_EQ(fixture::RuleIdOf(s), c.rule);
  EXPECT_THAT(workflows.ids(), ElementsAre("chaoyang", "common")) << "unchanged after an error";
  EXPECT_EQ(workflows.Find("chaoyang")->steps_size(), 3);
}

INSTANTIATE_TEST_SUITE_P(Workflows, Add, ::testing::ValuesIn(kCases), fixture::CaseName());

// A copy is its own set: what is added to it is not added to the original, and a slip of the
// added workflow replays only against the copy.
TEST(Workflows, CopiesAreIndependent) {
  Workflows mine = Workflows::Builtin();
  const v1::SlipWorkflow* common = mine.Find("common");
  ASSERT_TRUE(mine.Add(Wf("dept", kGood)).ok());
  EXPECT_EQ(mine.Find("common"), common) << "Add moves no workflow";
  EXPECT_EQ(Workflows::Builtin().Find("dept"), nullptr);

  const v1::IssuanceSlip slip =
      fixture::Slip("dept", {"PROPOSE 2023-05-04 DRAFTING_UNIT attribute=ON_REQUEST reason"});
  EXPECT_TRUE(ReplaySlip(slip, mine).ok());
  EXPECT_EQ(ReplaySlip(slip).status().code(), absl::StatusCode::kNotFound);
}

// With two confidentiality reviews, a step after either is refused until both have passed.
TEST(Workflows, EverySecrecyStepComesFirst) {
  Workflows mine = Workflows::Builtin();
  ASSERT_TRUE(mine.Add(Wf("dept", {"PROPOSE DISCLOSURE_OFFICE", "PASS_SECRECY DRAFTING_UNIT",
                                   "APPROVE DISCLOSURE_OFFICE", "PASS_SECRECY SECRECY_REVIEWER",
                                   "SIGN SIGNER"}))
                  .ok());
  const std::string propose = "PROPOSE 2023-05-04 DISCLOSURE_OFFICE attribute=ON_REQUEST reason";
  absl::Status s =
      ReplaySlip(fixture::Slip("dept", {propose, "APPROVE 2023-05-04 DISCLOSURE_OFFICE"}), mine)
          .status();
  EXPECT_EQ(fixture::RuleIdOf(s), "S-secrecy-first") << s;
  s = ReplaySlip(fixture::Slip("dept", {propose, "PASS_SECRECY 2023-05-04 DRAFTING_UNIT",
                                        "APPROVE 2023-05-04 DISCLOSURE_OFFICE",
                                        "SIGN 2023-05-04 SIGNER attribute=ON_REQUEST"}),
                 mine)
          .status();
  EXPECT_EQ(fixture::RuleIdOf(s), "S-secrecy-first") << s;
  EXPECT_THAT(std::string(s.message()), testing::HasSubstr("steps[3] PASS_SECRECY"));
  absl::StatusOr<v1::SlipState> state =
      ReplaySlip(fixture::Slip("dept", {propose, "PASS_SECRECY 2023-05-04 DRAFTING_UNIT",
                                        "APPROVE 2023-05-04 DISCLOSURE_OFFICE",
                                        "PASS_SECRECY 2023-05-04 SECRECY_REVIEWER",
                                        "SIGN 2023-05-04 SIGNER attribute=ON_REQUEST"}),
                 mine);
  ASSERT_TRUE(state.ok()) << state.status();
  EXPECT_EQ(state->status(), v1::SLIP_STATUS_SIGNED);
  EXPECT_EQ(state->next_step(), 5);
  EXPECT_TRUE(state->secrecy_passed());
}

}  // namespace

std::vector<std::string> fixture::WorkflowRuleIdsTested() { return fixture::RuleIds(kCases); }

}  // namespace gongkai::slip
