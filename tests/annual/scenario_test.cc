// The district's year from drafting to the filed report (tests/annual/scenario.cc).
#include "scenario.h"
#include "annual/builder.h"
#include "calendar/calendar.h"
#include "cases/deadline/deadline.h"
#include "cases/history.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "slip/slip.h"

namespace gongkai::annual {
namespace {

using testing::Build;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::Json;
using testing::Request;
using testing::Scenario;
using testing::Stream;

int64_t CellCount(const v1::AnnualReport& report, absl::string_view key) {
  for (const v1::Cell& c : report.cells()) {
    if (c.key() == key) return c.count();
  }
  ADD_FAILURE() << "no cell " << key;
  return -1;
}

v1::AnnualResult Finish(const v1::AnnualRequest& request, const Scenario& s) {
  absl::StatusOr<AnnualBuilder> b = AnnualBuilder::Create(request);
  EXPECT_TRUE(b.ok()) << b.status();
  for (const auto& r : s.slips) b->AddSlip(r);
  for (const auto& r : s.disclosures) b->AddDisclosure(r);
  for (const auto& r : s.applications) b->AddApplication(r);
  for (const auto& r : s.remedies) b->AddRemedy(r);
  absl::StatusOr<v1::AnnualResult> result = b->Finish();
  EXPECT_TRUE(result.ok()) << result.status();
  return *result;
}

TEST(Scenario, EveryReviewStepRefusesWhatItMust) {
  v1::IssuanceSlip slip;
  slip.set_id("S-09");
  const auto refused = [&](const char* json, const char* rule) {
    const auto next = slip::ApplySlipEvent(slip, Json<v1::SlipEvent>(json));
    EXPECT_FALSE(next.ok()) << json;
    EXPECT_THAT(next.status().message(), HasSubstr(rule)) << json;
  };
  const auto step = [&](const char* json) {
    const auto next = slip::ApplySlipEvent(slip, Json<v1::SlipEvent>(json));
    ASSERT_TRUE(next.ok()) << next.status();
    slip = *next;
  };
  // Drafting: no attribute, no reason, no ground.
  refused(
      R"({"action":"SLIP_ACTION_PROPOSE","role":"SLIP_ROLE_DRAFTING_UNIT","date":{"year":2025,"month":3,"day":3}})",
      "S-attribute-required");
  refused(
      R"({"action":"SLIP_ACTION_PROPOSE","role":"SLIP_ROLE_DRAFTING_UNIT","date":{"year":2025,"month":3,"day":3},
             "attribute":"PUBLIC_ATTRIBUTE_WITHHELD","ground":"WITHHOLD_GROUND_PROCESS"})",
      "S-reason-required");
  refused(
      R"({"action":"SLIP_ACTION_PROPOSE","role":"SLIP_ROLE_DRAFTING_UNIT","date":{"year":2025,"month":3,"day":3},
             "attribute":"PUBLIC_ATTRIBUTE_WITHHELD","reason":"过程性信息"})",
      "S-ground-required");
  step(
      R"({"action":"SLIP_ACTION_PROPOSE","role":"SLIP_ROLE_DRAFTING_UNIT","date":{"year":2025,"month":3,"day":3},
          "attribute":"PUBLIC_ATTRIBUTE_PROACTIVE","plannedDisclosure":{"year":2025,"month":3,"day":10},
          "plannedChannels":["政府网站"]})");
  // Attribute review: the signer may not skip it, nor the secrecy reviewer.
  refused(
      R"({"action":"SLIP_ACTION_SIGN","role":"SLIP_ROLE_SIGNER","date":{"year":2025,"month":3,"day":4},
             "attribute":"PUBLIC_ATTRIBUTE_PROACTIVE"})",
      "S-");
  step(
      R"({"action":"SLIP_ACTION_APPROVE","role":"SLIP_ROLE_DISCLOSURE_OFFICE","date":{"year":2025,"month":3,"day":4}})");
  // Confidentiality review: signing before it is refused; a return needs a reason.
  refused(
      R"({"action":"SLIP_ACTION_SIGN","role":"SLIP_ROLE_SIGNER","date":{"year":2025,"month":3,"day":5},
             "attribute":"PUBLIC_ATTRIBUTE_PROACTIVE"})",
      "S-");
  refused(
      R"({"action":"SLIP_ACTION_RETURN","role":"SLIP_ROLE_SECRECY_REVIEWER","date":{"year":2025,"month":3,"day":5}})",
      "S-return-reason");
  step(
      R"({"action":"SLIP_ACTION_PASS_SECRECY","role":"SLIP_ROLE_SECRECY_REVIEWER","date":{"year":2025,"month":3,"day":5}})");
  // Signature: an attribute is required; after it nothing but a change.
  refused(
      R"({"action":"SLIP_ACTION_SIGN","role":"SLIP_ROLE_SIGNER","date":{"year":2025,"month":3,"day":6}})",
      "S-attribute-required");
  step(
      R"({"action":"SLIP_ACTION_SIGN","role":"SLIP_ROLE_SIGNER","date":{"year":2025,"month":3,"day":6},
          "attribute":"PUBLIC_ATTRIBUTE_PROACTIVE"})");
  refused(
      R"({"action":"SLIP_ACTION_APPROVE","role":"SLIP_ROLE_DISCLOSURE_OFFICE","date":{"year":2025,"month":3,"day":7}})",
      "S-signed");
  const auto state = slip::ReplaySlip(slip);
  ASSERT_TRUE(state.ok());
  EXPECT_TRUE(state->may_publish());
}

TEST(Scenario, CorrectionRestartsTheReplyClock) {
  const Scenario s = Build();
  const v1::Application& corrected = s.applications[0];
  const auto cal = calendar::Calendar::National();
  const auto replay = cases::ReplayHistory(corrected, *cal);
  ASSERT_TRUE(replay.ok());
  const auto deadlines = cases::ComputeDeadlines(cases::ClockFromReplay(corrected, *replay),
                                                 absl::CivilDay(2025, 4, 30), *cal);
  ASSERT_TRUE(deadlines.ok()) << deadlines.status();
  const v1::Deadline* reply = cases::FindDeadline(*deadlines, v1::DEADLINE_KIND_REPLY);
  ASSERT_NE(reply, nullptr);
  // 20 working days from 2025-03-12 (the corrected application), 清明 4–6 April skipped;
  // without the restart it would have been 2025-03-31.
  EXPECT_EQ(reply->due().month(), 4);
  EXPECT_EQ(reply->due().day(), 10);
  EXPECT_TRUE(reply->met());
  // A decided and archived case takes nothing more.
  const auto again = cases::ApplyEvent(
      corrected,
      Json<v1::Event>(R"({"type":"EVENT_TYPE_DECIDED","date":{"year":2025,"month":4,"day":11},
                                     "outcome":"OUTCOME_GRANTED"})"),
      *cal);
  EXPECT_EQ(again.status().code(), absl::StatusCode::kFailedPrecondition);
}

TEST(Scenario, TheYearBecomesACleanReport) {
  const v1::AnnualResult result = Finish(Request(), Build());
  const v1::AnnualReport& report = result.report();
  EXPECT_EQ(report.layout(), "2021");
  EXPECT_EQ(result.validation().error_count(), 0) << result.validation().DebugString();
  // Table 二: entered figures kept, item1 derived.
  EXPECT_EQ(CellCount(report, "t2.item5.licensing.decisions"), 1520);
  EXPECT_EQ(CellCount(report, "t2.item1.normative_documents.issued"), 1);
  EXPECT_EQ(CellCount(report, "t2.item1.normative_documents.repealed"), 1);
  EXPECT_EQ(CellCount(report, "t2.item1.normative_documents.in_force"), 1);
  EXPECT_EQ(CellCount(report, "t2.item1.rules.in_force"), 1);
  // Table 三.
  EXPECT_EQ(CellCount(report, "t3.new.total"), 6);
  EXPECT_EQ(CellCount(report, "t3.new.natural_person"), 4);
  EXPECT_EQ(CellCount(report, "t3.carried_over.legal_services"), 1);
  EXPECT_EQ(CellCount(report, "t3.granted.total"), 2);
  EXPECT_EQ(CellCount(report, "t3.partial.natural_person"), 1);
  EXPECT_EQ(CellCount(report, "t3.refused_third_party.commercial"), 1);
  EXPECT_EQ(CellCount(report, "t3.other_no_correction.natural_person"), 1);
  EXPECT_EQ(CellCount(report, "t3.other_other.research"), 1);
  EXPECT_EQ(CellCount(report, "t3.total.total"), 6);
  EXPECT_EQ(CellCount(report, "t3.carried_forward.natural_person"), 1);
  // Table 四: the pending lawsuit.
  EXPECT_EQ(CellCount(report, "t4.cases.reconsideration_upheld"), 1);
  EXPECT_EQ(CellCount(report, "t4.cases.direct_pending"), 1);
  EXPECT_EQ(CellCount(report, "t4.cases.direct_total"), 1);
  // Narratives and provenance.
  EXPECT_THAT(report.overview(), HasSubstr("临江区"));
  EXPECT_EQ(report.agency().name(), "示范市临江区人民政府");
  // Section 一.
  const v1::Headline& h = result.headline();
  EXPECT_EQ(h.documents_published(), 2);
  EXPECT_EQ(h.interpretations_published(), 1);
  EXPECT_EQ(h.items_published(), 3);
  EXPECT_EQ(h.late_publications(), 1);
  EXPECT_EQ(h.applications_received(), 6);
  EXPECT_EQ(h.applications_carried_over(), 1);
  EXPECT_EQ(h.remedies_filed(), 2);
  // The one late publication is the only problem.
  ASSERT_EQ(result.problems_size(), 1) << result.DebugString();
  EXPECT_EQ(result.problems(0).rule(), "D-late");
  EXPECT_EQ(result.problems(0).record_id(), "D-03");
  EXPECT_EQ(result.problems(0).severity(), v1::SEVERITY_WARNING);
  EXPECT_THAT(result.problems(0).message(),
              HasSubstr("3 working days after the due date 2025-07-03"));
  EXPECT_EQ(result.records().applications(), 7);
}

TEST(Scenario, TraceNamesTheRecordsBehindACell) {
  v1::AnnualRequest request = Request();
  const struct {
    const char* cell;
    std::vector<std::string> ids;
  } cases[] = {
      {"t3.granted.total", {"A-01", "A-04"}},
      {"t3.new.natural_person", {"A-01", "A-03", "A-05", "A-06"}},
      {"t3.carried_forward.total", {"A-05"}},
      {"t4.cases.direct_pending", {"R-02"}},
      {"t2.item1.normative_documents.repealed", {"D-04"}},
      {"t2.item5.licensing.decisions", {}},  // entered: no records behind it
  };
  for (const auto& c : cases) {
    request.mutable_options()->set_trace_cell(c.cell);
    const v1::AnnualResult result = Finish(request, Build());
    EXPECT_THAT(std::vector<std::string>(result.trace().begin(), result.trace().end()),
                ::testing::ElementsAreArray(c.ids))
        << c.cell;
  }
}

TEST(Scenario, SlipsAndDisclosuresAreCrossChecked) {
  Scenario s = Build();
  // Published although its slip was only proposed; and an attribute that is not the signed one.
  v1::IssuanceSlip proposed;
  proposed.set_id("S-04");
  *proposed.add_events() = s.slips[0].events(0);
  s.slips.push_back(proposed);
  v1::Disclosure early = s.disclosures[0];
  early.set_id("D-06");
  early.set_index_number("11110105MB0000000X/2025-00006");
  early.set_slip_id("S-04");
  early.clear_companions();
  s.disclosures.push_back(early);
  s.disclosures[1].set_attribute(v1::PUBLIC_ATTRIBUTE_ON_REQUEST);  // S-02 signed 不予公开
  v1::Disclosure orphan = s.disclosures[4];
  orphan.set_id("D-07");
  orphan.set_index_number("11110105MB0000000X/2024-00032");
  orphan.set_slip_id("S-99");
  s.disclosures.push_back(orphan);
  const v1::AnnualResult result = Finish(Request(), s);
  std::vector<std::string> rules;
  for (const v1::RecordProblem& p : result.problems())
    rules.push_back(p.record_id() + " " + p.rule());
  EXPECT_THAT(rules, ElementsAre("D-03 D-late", "D-02 D-attribute-mismatch",
                                 "D-06 D-slip-not-cleared", "D-07 D-slip-missing"));
}

}  // namespace
}  // namespace gongkai::annual
