// Random event sequences (seeded, so every run is the same): whatever is accepted or refused,
// an append agrees with a replay, the input is never modified, the state matches a small
// reference model of docs/slip.md, and publication needs a signed 主动公开 and a passed review.
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "calendar/calendar.h"
#include "fixture.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "slip/names.h"
#include "slip/slip.h"

namespace gongkai::slip {
namespace {

using google::protobuf::util::MessageDifferencer;

// The state machine of docs/slip.md ("Which event may follow which", "States"), written again
// as plainly as possible: which action and role are due, and what an accepted event changes.
// It leaves the event fields to the library.
struct Model {
  const v1::SlipWorkflow* w = nullptr;
  v1::SlipState s;
  bool round_secrecy = false;
  v1::PublicAttribute signed_round_proposed = v1::PUBLIC_ATTRIBUTE_UNSPECIFIED;

  explicit Model(const v1::SlipWorkflow* workflow) : w(workflow) {
    s.set_status(v1::SLIP_STATUS_DRAFTING);
  }
  int steps() const { return w->steps_size(); }
  // The role that may act with `action` now, or UNSPECIFIED if the action is not due.
  v1::SlipRole DueRole(v1::SlipAction action) const {
    switch (s.status()) {
      case v1::SLIP_STATUS_SIGNED:
        return action == v1::SLIP_ACTION_PROPOSE_CHANGE ? w->steps(0).role()
                                                        : v1::SLIP_ROLE_UNSPECIFIED;
      case v1::SLIP_STATUS_DRAFTING:
        return action == v1::SLIP_ACTION_PROPOSE ? w->steps(0).role() : v1::SLIP_ROLE_UNSPECIFIED;
      default:
        if (action == v1::SLIP_ACTION_RETURN) return w->steps(s.next_step()).role();
        return w->steps(s.next_step()).action() == action ? w->steps(s.next_step()).role()
                                                          : v1::SLIP_ROLE_UNSPECIFIED;
    }
  }
  v1::SlipAction DueAction() const {
    if (s.status() == v1::SLIP_STATUS_SIGNED) return v1::SLIP_ACTION_PROPOSE_CHANGE;
    return w->steps(s.next_step()).action();
  }
  void Apply(const v1::SlipEvent& e) {
    switch (e.action()) {
      case v1::SLIP_ACTION_PROPOSE:
        s.set_status(v1::SLIP_STATUS_IN_REVIEW);
        s.set_proposed(e.attribute());
        s.set_next_step(1);
        round_secrecy = false;
        break;
      case v1::SLIP_ACTION_PROPOSE_CHANGE:
        s.set_status(v1::SLIP_STATUS_CHANGE_IN_REVIEW);
        s.set_proposed(e.attribute());
        s.set_next_step(1);
        round_secrecy = false;
        break;
      case v1::SLIP_ACTION_APPROVE:
        s.set_next_step(s.next_step() + 1);
        break;
      case v1::SLIP_ACTION_PASS_SECRECY:
        s.set_next_step(s.next_step() + 1);
        round_secrecy = true;
        break;
      case v1::SLIP_ACTION_RETURN:
        s.set_returns(s.returns() + 1);
        round_secrecy = false;
        if (s.status() == v1::SLIP_STATUS_CHANGE_IN_REVIEW) {
          s.set_status(v1::SLIP_STATUS_SIGNED);
          s.set_next_step(steps());
          s.set_proposed(signed_round_proposed);
        } else {
          s.set_status(v1::SLIP_STATUS_DRAFTING);
          s.set_next_step(0);
          s.set_proposed(v1::PUBLIC_ATTRIBUTE_UNSPECIFIED);
        }
        break;
      case v1::SLIP_ACTION_SIGN:
        if (s.status() == v1::SLIP_STATUS_CHANGE_IN_REVIEW) s.set_changes(s.changes() + 1);
        s.set_status(v1::SLIP_STATUS_SIGNED);
        s.set_next_step(steps());
        s.set_signed_attribute(e.attribute());
        *s.mutable_signed_() = e.date();
        s.set_secrecy_passed(round_secrecy);
        signed_round_proposed = s.proposed();
        break;
      default:
        ADD_FAILURE() << "the model got an action the library should have refused";
    }
    s.set_may_publish(s.signed_attribute() == v1::PUBLIC_ATTRIBUTE_PROACTIVE && s.secrecy_passed());
  }
};

// Draws events that are mostly plausible (the due action by the due role, with the fields
// its attribute needs) and sometimes not, so that both outcomes are common.
class Generator {
 public:
  explicit Generator(uint32_t seed) : rng_(seed) {}
  int Pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
  bool Chance(int percent) { return Pick(100) < percent; }

  v1::SlipEvent Next(const Model& m, const v1::IssuanceSlip& slip, absl::CivilDay* day) {
    const int step = Pick(10);
    if (step == 0) *day -= 1;
    if (step >= 5) *day += 1;
    v1::SlipEvent e;
    e.set_action(Chance(50) ? m.DueAction() : static_cast<v1::SlipAction>(1 + Pick(6)));
    if (Chance(2)) e.set_action(v1::SLIP_ACTION_UNSPECIFIED);
    const v1::SlipRole due = m.DueRole(e.action());
    e.set_role(due != v1::SLIP_ROLE_UNSPECIFIED && Chance(80)
                   ? due
                   : static_cast<v1::SlipRole>(1 + Pick(4)));
    *e.mutable_date() = calendar::ToProto(*day);
    if (Chance(30)) e.set_actor(fixture::kActor);
    const bool decides = e.action() == v1::SLIP_ACTION_PROPOSE ||
                         e.action() == v1::SLIP_ACTION_PROPOSE_CHANGE ||
                         e.action() == v1::SLIP_ACTION_SIGN;
    if (decides) {
      const bool inherits = slip.inherited_attribute() != v1::PUBLIC_ATTRIBUTE_UNSPECIFIED;
      e.set_attribute(inherits && Chance(80) ? slip.inherited_attribute()
                                             : static_cast<v1::PublicAttribute>(1 + Pick(3)));
      if (Chance(3)) e.clear_attribute();
      const bool proposes = e.action() != v1::SLIP_ACTION_SIGN;
      const bool complete = Chance(85);
      const bool withheld = e.attribute() == v1::PUBLIC_ATTRIBUTE_WITHHELD;
      if (complete ? (withheld || e.attribute() == v1::PUBLIC_ATTRIBUTE_ON_REQUEST ||
                      e.action() == v1::SLIP_ACTION_PROPOSE_CHANGE || Chance(60))
                   : Chance(50)) {
        e.set_reason(fixture::kReason);
      }
      if (complete ? withheld : Chance(30)) {
        e.set_ground(static_cast<v1::WithholdGround>(1 + Pick(7)));
      }
      if (proposes && (complete ? e.attribute() == v1::PUBLIC_ATTRIBUTE_PROACTIVE : Chance(30))) {
        *e.mutable_planned_disclosure() = calendar::ToProto(*day + Pick(5) - (complete ? 0 : 1));
        if (complete || Chance(50)) e.add_planned_channels(fixture::kChannel);
      }
    } else if (e.action() == v1::SLIP_ACTION_RETURN && Chance(85)) {
      e.set_reason(fixture::kReason);
    } else if (Chance(3)) {
      e.set_reason(fixture::kReason);  // misplaced
    }
    return e;
  }

 private:
  std::mt19937 rng_;
};

constexpr v1::DocumentOrigin kOrigins[] = {v1::DOCUMENT_ORIGIN_OWN, v1::DOCUMENT_ORIGIN_JOINT_LEAD,
                                           v1::DOCUMENT_ORIGIN_JOINT_PARTNER,
                                           v1::DOCUMENT_ORIGIN_FORWARDED};

// The state invariants of docs/slip.md, "States".
void ExpectInvariants(const v1::SlipState& s, int steps, const std::string& context) {
  SCOPED_TRACE(context);
  if (s.may_publish()) {
    EXPECT_EQ(s.signed_attribute(), v1::PUBLIC_ATTRIBUTE_PROACTIVE);
    EXPECT_TRUE(s.secrecy_passed());
  }
  const bool signed_once =
      s.status() == v1::SLIP_STATUS_SIGNED || s.status() == v1::SLIP_STATUS_CHANGE_IN_REVIEW;
  EXPECT_EQ(signed_once, s.signed_attribute() != v1::PUBLIC_ATTRIBUTE_UNSPECIFIED);
  EXPECT_EQ(signed_once, s.has_signed_());
  EXPECT_EQ(signed_once, s.secrecy_passed()) << "every signed round passed its review";
  EXPECT_EQ(s.status() == v1::SLIP_STATUS_SIGNED, s.next_step() == steps);
  EXPECT_EQ(s.status() == v1::SLIP_STATUS_DRAFTING, s.next_step() == 0);
  EXPECT_EQ(s.status() == v1::SLIP_STATUS_DRAFTING,
            s.proposed() == v1::PUBLIC_ATTRIBUTE_UNSPECIFIED);
  EXPECT_GE(s.next_step(), 0);
  EXPECT_LE(s.next_step(), steps);
}

// The rule of 第二十条 and the 保密审查 as docs/slip.md states it, read from the accepted events
// alone (not from a state, nor through slip::MayPublish): a document may be published once a
// signature is in force whose attribute is 主动公开 and whose review round (from the PROPOSE or
// PROPOSE_CHANGE that began it, with no RETURN since) passed the confidentiality review. A
// change under review leaves the signature before it in force; a returned change restores it.
bool MayPublishByHistory(const v1::IssuanceSlip& slip) {
  bool in_force = false, in_force_may = false;  // the signature in force, and what it allows
  bool round_open = false, round_secrecy = false;
  for (const v1::SlipEvent& e : slip.events()) {
    switch (e.action()) {
      case v1::SLIP_ACTION_PROPOSE:
      case v1::SLIP_ACTION_PROPOSE_CHANGE:
        round_open = true;
        round_secrecy = false;
        break;
      case v1::SLIP_ACTION_PASS_SECRECY:
        round_secrecy = round_secrecy || round_open;
        break;
      case v1::SLIP_ACTION_RETURN:
        round_open = false;
        round_secrecy = false;
        break;
      case v1::SLIP_ACTION_SIGN:
        in_force = true;
        in_force_may = e.attribute() == v1::PUBLIC_ATTRIBUTE_PROACTIVE && round_secrecy;
        round_open = false;
        round_secrecy = false;
        break;
      default:
        break;
    }
  }
  return in_force && in_force_may;
}

TEST(Property, AppendAgreesWithReplayAndTheModel) {
  Generator gen(20230504);
  int accepted = 0, refused = 0, signed_count = 0, changed = 0, returned = 0;
  for (int run = 0; run < 300; ++run) {
    v1::IssuanceSlip slip = fixture::Slip(gen.Chance(50) ? "common" : "chaoyang", {});
    slip.set_origin(kOrigins[gen.Pick(4)]);
    if (slip.origin() == v1::DOCUMENT_ORIGIN_JOINT_PARTNER ||
        slip.origin() == v1::DOCUMENT_ORIGIN_FORWARDED) {
      slip.set_inherited_attribute(static_cast<v1::PublicAttribute>(1 + gen.Pick(3)));
    }
    const v1::SlipWorkflow* workflow = Workflows::Builtin().Find(slip.workflow());
    ASSERT_NE(workflow, nullptr);
    Model model(workflow);
    std::vector<v1::SlipState> states = {model.s};
    absl::CivilDay day(2023, 1, 2);
    for (int attempt = 0; attempt < 40; ++attempt) {
      const v1::SlipEvent event = gen.Next(model, slip, &day);
      const std::string context =
          absl::StrCat("run ", run, " attempt ", attempt, ": ", event.ShortDebugString());
      const std::string before = slip.SerializeAsString();
      v1::SlipState state;
      absl::StatusOr<v1::IssuanceSlip> next =
          ApplySlipEvent(slip, event, Workflows::Builtin(), &state);
      ASSERT_EQ(slip.SerializeAsString(), before) << context;

      // A stored history with the event in it is judged the same way.
      v1::IssuanceSlip stored = slip;
      *stored.add_events() = event;
      absl::StatusOr<v1::SlipState> replayed = ReplaySlip(stored);
      ASSERT_EQ(replayed.status(), next.status()) << context;

      const bool due = event.role() != v1::SLIP_ROLE_UNSPECIFIED &&
                       model.DueRole(event.action()) == event.role();
      if (!next.ok()) {
        ++refused;
        const std::string message(next.status().message());
        ASSERT_THAT(message, testing::StartsWith(absl::StrCat("slip ", fixture::kId, ": events[",
                                                              slip.events_size(), "] ")))
            << context;
        // The code is the one docs/slip.md gives the rule the message names (its table, not
        // the library's), and what the codes mean there holds against the model: another
        // action or role due first (FailedPrecondition) only when this one is not due; an
        // event that is due is refused only to be corrected where it stands.
        const std::string documented = fixture::DocumentedCode(fixture::RuleIdOf(next.status()));
        EXPECT_NE(documented, "") << context << ": no documented rule in " << message;
        EXPECT_EQ(fixture::CodeName(next.status().code()), documented)
            << context << ": " << message;
        if (due) {
          EXPECT_THAT(next.status().code(), testing::AnyOf(absl::StatusCode::kInvalidArgument,
                                                           absl::StatusCode::kOutOfRange))
              << context << ": due, yet " << message;
        }
        for (const char* text :
             {fixture::kTitle, fixture::kReason, fixture::kActor, fixture::kChannel}) {
          EXPECT_THAT(message, testing::Not(testing::HasSubstr(text))) << context;
        }
        if (next.status().code() == absl::StatusCode::kFailedPrecondition) {
          EXPECT_FALSE(due) << context << ": " << message;
        }
        continue;
      }
      ++accepted;
      ASSERT_TRUE(due) << context << ": accepted but not due";
      ASSERT_TRUE(MessageDifferencer::Equals(*replayed, state)) << context;
      model.Apply(event);
      ASSERT_TRUE(MessageDifferencer::Equals(model.s, state))
          << context << "\nmodel:   " << model.s.ShortDebugString()
          << "\nlibrary: " << state.ShortDebugString();
      ExpectInvariants(state, workflow->steps_size(), context);
      EXPECT_EQ(state.may_publish(), MayPublishByHistory(*next)) << context;
      EXPECT_GE(state.returns(), states.back().returns());
      EXPECT_GE(state.changes(), states.back().changes());
      if (event.action() != v1::SLIP_ACTION_SIGN) {
        EXPECT_EQ(state.may_publish(), states.back().may_publish())
            << context << ": only a signature changes what may be published";
      }
      signed_count += event.action() == v1::SLIP_ACTION_SIGN;
      changed += event.action() == v1::SLIP_ACTION_SIGN &&
                 states.back().status() == v1::SLIP_STATUS_CHANGE_IN_REVIEW;
      returned += event.action() == v1::SLIP_ACTION_RETURN;
      states.push_back(state);
      slip = *std::move(next);
    }
    // Every prefix of what was accepted replays to the state the append reported.
    for (int k = 0; k <= slip.events_size(); ++k) {
      v1::IssuanceSlip prefix = slip;
      prefix.mutable_events()->DeleteSubrange(k, slip.events_size() - k);
      absl::StatusOr<v1::SlipState> replayed = ReplaySlip(prefix);
      ASSERT_TRUE(replayed.ok()) << "run " << run << " prefix " << k << ": " << replayed.status();
      EXPECT_TRUE(MessageDifferencer::Equals(*replayed, states[k]))
          << "run " << run << " prefix " << k;
    }
  }
  // The generator reaches every part of the machine.
  EXPECT_GT(accepted, 1000);
  EXPECT_GT(refused, 1000);
  EXPECT_GT(signed_count, 100);
  EXPECT_GT(changed, 20);
  EXPECT_GT(returned, 50);
}

}  // namespace
}  // namespace gongkai::slip
