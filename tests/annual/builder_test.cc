// The builder's contract: what it refuses, how bad records are reported, streams, merging.
#include "annual/builder.h"

#include <algorithm>
#include <cstring>
#include <memory>

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

// A reader over `bytes` that gives at most `most` bytes a call, and sometimes fewer. Mutable:
// ReadFn (an absl::FunctionRef) calls it as const.
struct ChunkedReader {
  mutable absl::string_view rest;
  size_t most;
  mutable uint32_t state = 1;
  absl::StatusOr<size_t> operator()(char* buffer, size_t size) const {
    state = state * 1103515245 + 12345;
    const size_t n = std::min({rest.size(), size, 1 + (state >> 8) % most});
    std::memcpy(buffer, rest.data(), n);
    rest.remove_prefix(n);
    return n;
  }
};

std::string Binary(const std::string& json_lines, const google::protobuf::Message& type) {
  std::string out;
  std::unique_ptr<google::protobuf::Message> m(type.New());
  EXPECT_TRUE(messages::ForEachInStream(messages::Encoding::kJson, json_lines, m.get(),
                                        [&](size_t, const google::protobuf::Message& r) {
                                          return messages::AppendToStream(
                                              messages::Encoding::kBinary, r, &out);
                                        })
                  .ok());
  return out;
}

TEST(AnnualBuilder, ReaderInBlocksAddsWhatTheWholeStreamAdds) {
  const Scenario s = Build();
  const std::pair<RecordKind, std::string> json[] = {
      {RecordKind::kSlip, Stream(s.slips)},
      {RecordKind::kDisclosure, Stream(s.disclosures)},
      {RecordKind::kApplication, Stream(s.applications)},
      {RecordKind::kRemedy, Stream(s.remedies)},
  };
  const google::protobuf::Message* types[] = {
      &v1::IssuanceSlip::default_instance(), &v1::Disclosure::default_instance(),
      &v1::Application::default_instance(), &v1::Remedy::default_instance()};
  v1::AnnualRequest request = Request();
  request.mutable_options()->set_trace_cell("t3.new.total");
  for (const messages::Encoding encoding :
       {messages::Encoding::kJson, messages::Encoding::kBinary}) {
    AnnualBuilder whole = Builder(request);
    for (int k = 0; k < 4; ++k) {
      const std::string bytes = encoding == messages::Encoding::kJson
                                    ? json[k].second
                                    : Binary(json[k].second, *types[k]);
      ASSERT_TRUE(whole.AddStream(json[k].first, encoding, bytes).ok());
    }
    const std::string expected = whole.Finish()->SerializeAsString();
    for (const size_t block : {size_t{1}, size_t{7}, size_t{4096}}) {
      AnnualBuilder read = Builder(request);
      for (int k = 0; k < 4; ++k) {
        const std::string bytes = encoding == messages::Encoding::kJson
                                      ? json[k].second
                                      : Binary(json[k].second, *types[k]);
        ChunkedReader reader{bytes, block + 3};
        ASSERT_TRUE(read.AddReader(json[k].first, encoding, reader, block).ok()) << block;
      }
      EXPECT_EQ(read.Finish()->SerializeAsString(), expected) << "block " << block;
    }
  }
}

// What a failed stream added is taken out again: the counts, the problems, the traced
// records, and the 索引号 and slip ids it took, which the same records may then take again.
TEST(AnnualBuilder, FailedStreamIsUndoneEntirely) {
  const Scenario s = Build();
  v1::AnnualRequest request = Request();
  request.mutable_options()->set_trace_cell("t2.item1.normative_documents.issued");
  AnnualBuilder b = Builder(request), fresh = Builder(request);
  const std::vector<v1::Disclosure> first(s.disclosures.begin(), s.disclosures.begin() + 1);
  const std::vector<v1::Disclosure> rest(s.disclosures.begin() + 1, s.disclosures.end());
  for (AnnualBuilder* x : {&b, &fresh}) {
    ASSERT_TRUE(
        x->AddStream(RecordKind::kDisclosure, messages::Encoding::kJson, Stream(first)).ok());
  }
  const std::string before = b.Finish()->SerializeAsString();
  // A copy of the first under a new id and 索引号 (traced), every other disclosure, the first
  // again (a duplicate 索引号), then a line that is not JSON.
  std::vector<v1::Disclosure> copy = first;
  copy[0].set_id("D-copy");
  copy[0].set_index_number(copy[0].index_number() + "-copy");
  const std::string broken = Stream(copy) + Stream(rest) + Stream(first) + "{not json\n";
  for (const size_t block : {size_t{5}, size_t{1} << 20}) {
    ChunkedReader reader{broken, block};
    const absl::Status added =
        b.AddReader(RecordKind::kDisclosure, messages::Encoding::kJson, reader, block);
    EXPECT_EQ(added.code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(added.message(), HasSubstr("disclosure stream: message "));
    EXPECT_EQ(b.Finish()->SerializeAsString(), before);
  }
  const std::string slips = Stream(s.slips);
  EXPECT_FALSE(b.AddStream(RecordKind::kSlip, messages::Encoding::kJson, slips + slips + "[").ok());
  EXPECT_EQ(b.Finish()->SerializeAsString(), before);
  for (AnnualBuilder* x : {&b, &fresh}) {
    ASSERT_TRUE(
        x->AddStream(RecordKind::kDisclosure, messages::Encoding::kJson, Stream(rest)).ok());
    ASSERT_TRUE(x->AddStream(RecordKind::kSlip, messages::Encoding::kJson, slips).ok());
  }
  EXPECT_EQ(b.Finish()->SerializeAsString(), fresh.Finish()->SerializeAsString());
}

// Without undo (gongkai report's way): the same result when every stream is good; a failed
// stream breaks the builder, and it says so instead of giving a partial result.
TEST(AnnualBuilder, WithoutUndoAFailedStreamBreaksTheBuilder) {
  const Scenario s = Build();
  const std::string disclosures = Stream(s.disclosures), slips = Stream(s.slips);
  AnnualBuilder undone = Builder(), plain = Builder(), other = Builder();
  plain.set_undo_failed_streams(false);
  for (AnnualBuilder* x : {&undone, &plain}) {
    ASSERT_TRUE(x->AddStream(RecordKind::kDisclosure, messages::Encoding::kJson, disclosures).ok());
    ASSERT_TRUE(x->AddStream(RecordKind::kSlip, messages::Encoding::kJson, slips).ok());
  }
  EXPECT_EQ(plain.Finish()->SerializeAsString(), undone.Finish()->SerializeAsString());

  EXPECT_EQ(plain.AddStream(RecordKind::kSlip, messages::Encoding::kJson, slips + "[").code(),
            absl::StatusCode::kInvalidArgument);
  const absl::StatusCode broken = absl::StatusCode::kFailedPrecondition;
  EXPECT_EQ(plain.Finish().status().code(), broken);
  EXPECT_THAT(plain.Finish().status().message(), HasSubstr("start a new builder"));
  EXPECT_EQ(plain.AddStream(RecordKind::kSlip, messages::Encoding::kJson, slips).code(), broken);
  EXPECT_EQ(plain.Merge(other).code(), broken);
  EXPECT_EQ(other.Merge(plain).code(), broken);
  EXPECT_TRUE(other.Finish().ok());
}

TEST(AnnualBuilder, ReadErrorAddsNothingAndIsPassedOn) {
  const Scenario s = Build();
  AnnualBuilder b = Builder();
  const std::string before = b.Finish()->SerializeAsString();
  const std::string bytes = Stream(s.applications);
  size_t calls = 0;
  const absl::Status added = b.AddReader(
      RecordKind::kApplication, messages::Encoding::kJson,
      [&](char* buffer, size_t size) -> absl::StatusOr<size_t> {
        if (++calls == 3) return absl::DataLossError("cannot read apps.jsonl: Input/output error");
        const size_t n = std::min(size, bytes.size());
        std::memcpy(buffer, bytes.data(), n);
        return n;
      },
      16);
  EXPECT_EQ(added,
            absl::DataLossError("application stream: cannot read apps.jsonl: Input/output error"));
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

TEST(AnnualBuilder, AnIndexNumberInTwoShardsIsReportedOnceOnMerge) {
  const Scenario s = Build();
  AnnualBuilder first = Builder(), second = Builder();
  first.AddDisclosure(s.disclosures[0]);
  second.AddDisclosure(s.disclosures[0]);
  second.AddDisclosure(s.disclosures[1]);
  ASSERT_TRUE(first.Merge(second).ok());
  const auto result = first.Finish();
  int found = 0;
  for (const v1::RecordProblem& p : result->problems()) {
    if (p.rule() != "D-duplicate-index") continue;
    ++found;
    EXPECT_EQ(p.record_id(), "");
    EXPECT_EQ(p.message(),
              "1 index_number(s) of the merged shard are already used in this one (found when "
              "merging shards; the records are not known here: look for the same 索引号 in both "
              "shards)");
  }
  EXPECT_EQ(found, 1);
  EXPECT_EQ(result->records().disclosures(), 3);
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
