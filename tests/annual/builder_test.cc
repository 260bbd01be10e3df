// The builder's contract: what it refuses, how bad records are reported, streams, merging.
#include "annual/builder.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "scenario.h"

namespace gongkai::annual {
namespace {

using testing::Build;
using ::testing::HasSubstr;
using testing::Json;
using testing::Request;
using testing::Scenario;
using testing::Stream;

AnnualBuilder Builder(const v1::AnnualRequest& request = Request()) {
  absl::StatusOr<AnnualBuilder> b = AnnualBuilder::Create(request);
  EXPECT_TRUE(b.ok()) << b.status();
  return *std::move(b);
}

std::vector<std::string> Rules(const v1::AnnualResult& result) {
  std::vector<std::string> out;
  for (const v1::RecordProblem& p : result.problems())
    out.push_back(p.record_id() + " " + p.rule());
  return out;
}

TEST(AnnualBuilder, CreateRefusesBadRequestsNamingTheField) {
  struct Case {
    const char* what;
    void (*mutate)(v1::AnnualRequest*);
    absl::StatusCode code;
    const char* message;
  };
  const Case cases[] = {
      {"agency", [](v1::AnnualRequest* r) { r->mutable_agency()->clear_id(); },
       absl::StatusCode::kInvalidArgument, "agency.id"},
      {"year", [](v1::AnnualRequest* r) { r->set_year(2018); }, absl::StatusCode::kOutOfRange,
       "2018"},
      {"layout", [](v1::AnnualRequest* r) { r->mutable_options()->set_layout("2030"); },
       absl::StatusCode::kNotFound, "2030"},
      {"entered layout", [](v1::AnnualRequest* r) { r->mutable_entered()->set_layout("2019"); },
       absl::StatusCode::kInvalidArgument, "entered.layout"},
      {"derived entered",
       [](v1::AnnualRequest* r) {
         v1::Cell* c = r->mutable_entered()->add_cells();
         c->set_key("t3.granted.total");
         c->set_count(5);
       },
       absl::StatusCode::kInvalidArgument, "entered.cells[4]: t3.granted.total is derived"},
      {"derived t2",
       [](v1::AnnualRequest* r) {
         v1::Cell* c = r->mutable_entered()->add_cells();
         c->set_key("t2.item1.rules.issued");
         c->set_count(1);
       },
       absl::StatusCode::kInvalidArgument, "t2.item1.rules.issued is derived"},
      {"entered key",
       [](v1::AnnualRequest* r) { r->mutable_entered()->add_cells()->set_key("t9.x"); },
       absl::StatusCode::kInvalidArgument, "entered:"},
      {"trace",
       [](v1::AnnualRequest* r) { r->mutable_options()->set_trace_cell("t3.nowhere.total"); },
       absl::StatusCode::kNotFound, "options.trace_cell"},
      {"limit", [](v1::AnnualRequest* r) { r->mutable_options()->set_publication_limit_days(366); },
       absl::StatusCode::kInvalidArgument, "options.publication_limit_days"},
      {"day one",
       [](v1::AnnualRequest* r) {
         r->mutable_options()->set_day_one(static_cast<v1::DayOneRule>(9));
       },
       absl::StatusCode::kInvalidArgument, "options.day_one"},
      {"workflow",
       [](v1::AnnualRequest* r) { r->mutable_options()->add_workflows()->set_id("common"); },
       absl::StatusCode::kInvalidArgument, "options."},
      {"scheme",
       [](v1::AnnualRequest* r) {
         r->mutable_options()->mutable_index_scheme()->set_template_("{x}");
       },
       absl::StatusCode::kInvalidArgument, "options.index_scheme.template"},
  };
  for (const Case& c : cases) {
    v1::AnnualRequest request = Request();
    c.mutate(&request);
    const auto b = AnnualBuilder::Create(request);
    EXPECT_EQ(b.status().code(), c.code) << c.what << ": " << b.status();
    EXPECT_THAT(b.status().message(), HasSubstr(c.message)) << c.what;
  }
  EXPECT_EQ(AnnualBuilder::Create(Request(), nullptr).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(AnnualBuilder, BadRecordsBecomeProblemsNeverFailures) {
  AnnualBuilder b = Builder();
  const Scenario s = Build();
  v1::Disclosure no_date = s.disclosures[0];
  no_date.clear_generated();
  b.AddDisclosure(no_date);  // D-invalid
  b.AddDisclosure(s.disclosures[4]);
  v1::Disclosure twin = s.disclosures[4];
  twin.set_id("D-05-twin");
  b.AddDisclosure(twin);  // D-duplicate-index
  v1::Disclosure foreign = s.disclosures[4];
  foreign.set_agency_id("someone-else");
  b.AddDisclosure(foreign);  // X-other-agency
  v1::Disclosure on_request = s.disclosures[4];
  on_request.set_id("D-08");
  on_request.set_index_number("11110105MB0000000X/2025-00008");
  on_request.set_attribute(v1::PUBLIC_ATTRIBUTE_ON_REQUEST);
  b.AddDisclosure(on_request);  // D-published-not-proactive
  v1::Disclosure overdue = s.disclosures[4];
  overdue.set_id("D-09");
  overdue.clear_index_number();  // D-index-missing
  overdue.clear_publications();
  *overdue.mutable_generated() = *overdue.mutable_written() =
      calendar::ToProto(absl::CivilDay(2025, 11, 3));
  b.AddDisclosure(overdue);  // D-overdue
  v1::IssuanceSlip slip = s.slips[0];
  slip.mutable_events(3)->set_action(v1::SLIP_ACTION_APPROVE);
  b.AddSlip(slip);  // SLIP-invalid
  b.AddSlip(s.slips[1]);
  b.AddSlip(s.slips[1]);  // SLIP-duplicate
  v1::Application backwards = s.applications[0];
  *backwards.mutable_events(1)->mutable_date() = calendar::ToProto(absl::CivilDay(2025, 3, 1));
  b.AddApplication(backwards);  // A-history (still counted)
  v1::Application nameless = s.applications[1];
  nameless.mutable_applicant()->set_category(v1::APPLICANT_CATEGORY_UNSPECIFIED);
  b.AddApplication(nameless);  // A-unplaceable
  v1::Remedy remedy = s.remedies[0];
  remedy.clear_result();
  b.AddRemedy(remedy);  // R-invalid
  const auto result = b.Finish();
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_THAT(
      Rules(*result),
      ::testing::ElementsAre("D-01 D-invalid", "D-05-twin D-duplicate-index", "D-05 X-other-agency",
                             "D-08 D-published-not-proactive", "D-09 D-index-missing",
                             "D-09 D-overdue", "S-01 SLIP-invalid", "S-02 SLIP-duplicate",
                             "A-01 A-history", "R-01 R-invalid", "A-02 A-unplaceable"));
  EXPECT_EQ(result->problem_count(), 11);
  EXPECT_EQ(result->records().disclosures(), 6);
  // Messages name records, never the applicant or the request.
  for (const v1::RecordProblem& p : result->problems()) {
    EXPECT_THAT(p.message(), ::testing::Not(HasSubstr("张某")));
    EXPECT_THAT(p.message(), ::testing::Not(HasSubstr("批复文件")));
  }
}

TEST(AnnualBuilder, IndexSchemeIsCheckedWhenGiven) {
  v1::AnnualRequest request = Request();
  request.mutable_options()->mutable_index_scheme()->set_template_("{org}/{yyyy}{mm}-{nnnnn}");
  AnnualBuilder b = Builder(request);
  b.AddDisclosure(Build().disclosures[0]);  // "…/2025-00001" has no month
  const auto result = b.Finish();
  EXPECT_THAT(Rules(*result), ::testing::ElementsAre("D-01 D-index-scheme", "D-01 D-slip-missing"));
}

TEST(AnnualBuilder, MalformedStreamAddsNothing) {
  AnnualBuilder b = Builder();
  const Scenario s = Build();
  ASSERT_TRUE(
      b.AddStream(RecordKind::kApplication, messages::Encoding::kJson, Stream(s.applications))
          .ok());
  const std::string before = b.Finish()->SerializeAsString();
  const std::string broken = Stream(s.applications) + "{\"id\": \"A-99\", \"receved\": 1}\n";
  const absl::Status added =
      b.AddStream(RecordKind::kApplication, messages::Encoding::kJson, broken);
  EXPECT_EQ(added.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(added.message(), HasSubstr("application stream"));
  EXPECT_EQ(b.Finish()->SerializeAsString(), before);
  EXPECT_EQ(b.AddStream(RecordKind::kRemedy, messages::Encoding::kBinary, "\x0a\xff").code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(b.Finish()->SerializeAsString(), before);
}

TEST(AnnualBuilder, ShardsMergeIntoTheSameResult) {
  const Scenario s = Build();
  v1::AnnualRequest request = Request();
  request.mutable_options()->set_trace_cell("t3.new.total");
  AnnualBuilder all = Builder(request), first = Builder(request), second = Builder(request);
  for (AnnualBuilder* b : {&all, &first}) {
    ASSERT_TRUE(b->AddStream(RecordKind::kSlip, messages::Encoding::kJson, Stream(s.slips)).ok());
    ASSERT_TRUE(
        b->AddStream(RecordKind::kDisclosure, messages::Encoding::kJson, Stream(s.disclosures))
            .ok());
  }
  for (AnnualBuilder* b : {&all, &second}) {
    ASSERT_TRUE(
        b->AddStream(RecordKind::kApplication, messages::Encoding::kJson, Stream(s.applications))
            .ok());
    ASSERT_TRUE(
        b->AddStream(RecordKind::kRemedy, messages::Encoding::kJson, Stream(s.remedies)).ok());
  }
  ASSERT_TRUE(first.Merge(second).ok());
  EXPECT_EQ(first.Finish()->SerializeAsString(), all.Finish()->SerializeAsString());
  EXPECT_EQ(first.Merge(Builder()).code(), absl::StatusCode::kInvalidArgument);
}

TEST(AnnualBuilder, KeepsAThousandProblemsAndCountsThemAll) {
  AnnualBuilder b = Builder();
  v1::Remedy bad = Build().remedies[0];
  bad.clear_filed();
  for (int i = 0; i < 1500; ++i) b.AddRemedy(bad);
  const auto result = b.Finish();
  EXPECT_EQ(result->problems_size(), 1000);
  EXPECT_EQ(result->problem_count(), 1500);
}

TEST(AnnualBuilder, RecordKindNames) {
  for (const char* name : {"disclosure", "slip", "application", "remedy"}) {
    EXPECT_EQ(RecordKindName(*ParseRecordKind(name)), name);
  }
  EXPECT_EQ(ParseRecordKind("applications").status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(AnnualBuilder, The2019LayoutForAn2020Report) {
  v1::AnnualRequest request = Request();
  request.set_year(2020);
  request.mutable_entered()->clear_cells();
  AnnualBuilder b = Builder(request);
  b.AddApplication(Build().applications[3]);  // received 2024: outside 2020
  const auto result = b.Finish();
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->report().layout(), "2019");
  EXPECT_EQ(result->validation().error_count(), 0);
}

}  // namespace
}  // namespace gongkai::annual
