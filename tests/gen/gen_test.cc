// The generator's contract: determinism, counts, unique ids and 索引号, the marker, options.
#include <regex>
#include <set>
#include <string>

#include "absl/strings/match.h"
#include "gen_testing.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "messages/stream.h"

namespace gongkai::gen {
namespace {

using testing::Collect;
using testing::Folder;
using ::testing::HasSubstr;
using testing::Small;

TEST(GenDeterminism, SameSeedGivesTheSameBytes) {
  for (messages::Encoding encoding : {messages::Encoding::kJson, messages::Encoding::kBinary}) {
    GenOptions o = Small(7);
    o.scenarios = true;
    EXPECT_EQ(Folder(o, encoding), Folder(o, encoding));
  }
}

TEST(GenDeterminism, DifferentSeedsGiveDifferentRecords) {
  const auto a = Folder(Small(7)), b = Folder(Small(8));
  ASSERT_EQ(a.size(), b.size());
  for (const auto& [name, content] : a) {
    if (name == "agency.json") {
      EXPECT_EQ(content, b.at(name));  // the agency does not depend on the seed
    } else {
      EXPECT_NE(content, b.at(name)) << name;
    }
  }
}

TEST(GenDeterminism, RecordsDoNotDependOnTheOtherCounts) {
  // Each record has its own stream: asking for more remedies changes no application.
  GenOptions a = Small(3), b = Small(3);
  b.remedies = 5;
  b.disclosures = 10;
  EXPECT_EQ(Folder(a).at("applications.jsonl"), Folder(b).at("applications.jsonl"));
}

TEST(GenDeterminism, BinaryAndJsonHoldTheSameRecords) {
  const GenOptions o = Small(5);
  const auto json = Folder(o, messages::Encoding::kJson);
  const auto binary = Folder(o, messages::Encoding::kBinary);
  v1::Application a;
  std::string again;
  ASSERT_TRUE(messages::ForEachInStream(
                  messages::Encoding::kBinary, binary.at("applications.binpb"), &a,
                  [&](size_t, const google::protobuf::Message& m) {
                    return messages::AppendToStream(messages::Encoding::kJson, m, &again);
                  })
                  .ok());
  EXPECT_EQ(again, json.at("applications.jsonl"));
  EXPECT_EQ(json.at("agency.json"), binary.at("agency.json"));
}

TEST(GenCounts, EveryCountIsHonoured) {
  for (bool scenarios : {false, true}) {
    for (int64_t n : {0, 1, 5, 37, 400}) {
      GenOptions o = Small(11);
      o.scenarios = scenarios;
      o.disclosures = n;
      o.applications = n + 3;
      o.remedies = n / 2;
      const testing::Records r = Collect(o);
      EXPECT_EQ(static_cast<int64_t>(r.disclosures.size()), n);
      EXPECT_EQ(static_cast<int64_t>(r.applications.size()), n + 3);
      EXPECT_EQ(static_cast<int64_t>(r.remedies.size()), n / 2);
      int64_t with_slip = 0;
      for (const v1::Disclosure& d : r.disclosures) with_slip += !d.slip_id().empty();
      EXPECT_EQ(static_cast<int64_t>(r.slips.size()), with_slip);
    }
  }
}

TEST(GenCounts, StreamFilesHaveOneLinePerRecord) {
  const GenOptions o = Small(2);
  const auto files = Folder(o);
  EXPECT_EQ(
      std::count(files.at("disclosures.jsonl").begin(), files.at("disclosures.jsonl").end(), '\n'),
      o.disclosures);
  EXPECT_EQ(std::count(files.at("applications.jsonl").begin(), files.at("applications.jsonl").end(),
                       '\n'),
            o.applications);
  EXPECT_EQ(std::count(files.at("remedies.jsonl").begin(), files.at("remedies.jsonl").end(), '\n'),
            o.remedies);
  EXPECT_EQ(files.size(), 6u);
}

TEST(GenIds, IndexNumbersAndIdsAreUniqueAndFollowTheDefaultScheme) {
  GenOptions o = Small(4);
  o.disclosures = 6000;
  o.scenarios = true;
  const testing::Records r = Collect(o);
  const std::regex scheme("11110105MB0000000X/(20[0-9]{2})-[0-9]{5,}");
  std::set<std::string> index_numbers, ids, slip_ids, application_ids, remedy_ids;
  for (const v1::Disclosure& d : r.disclosures) {
    std::smatch m;
    ASSERT_TRUE(std::regex_match(d.index_number(), m, scheme)) << d.index_number();
    EXPECT_EQ(std::stoi(m[1]), d.generated().year()) << d.index_number();
    EXPECT_TRUE(index_numbers.insert(d.index_number()).second) << d.index_number();
    EXPECT_TRUE(ids.insert(d.id()).second) << d.id();
  }
  for (const v1::IssuanceSlip& s : r.slips) EXPECT_TRUE(slip_ids.insert(s.id()).second) << s.id();
  for (const v1::Application& a : r.applications) {
    EXPECT_TRUE(application_ids.insert(a.id()).second) << a.id();
  }
  for (const v1::Remedy& x : r.remedies) EXPECT_TRUE(remedy_ids.insert(x.id()).second) << x.id();
}

// Every personal field of an application (proto/gongkai/v1/application.proto).
std::vector<std::string> PersonalFields(const v1::Application& a) {
  const v1::Applicant& p = a.applicant();
  return {p.name(),  p.id_number(),    p.address(), p.phone(),
          p.email(), p.organisation(), a.request()};
}

TEST(GenMarker, EveryPersonalFieldContainsTheMarker) {
  GenOptions o = Small(9);
  o.scenarios = true;
  o.marker = "ZQ-LEAK-7731";
  for (const v1::Application& a : testing::Applications(o)) {
    for (const std::string& field : PersonalFields(a)) {
      EXPECT_THAT(field, HasSubstr(o.marker)) << a.id();
    }
  }
}

TEST(GenMarker, TheMarkerIsNowhereElse) {
  GenOptions o = Small(9);
  o.marker = "ZQ-LEAK-7731";
  testing::Records r = Collect(o);
  for (v1::Application& a : r.applications) {
    a.clear_applicant();
    a.clear_request();
    EXPECT_THAT(a.DebugString(), Not(HasSubstr(o.marker)));
  }
  for (const auto& [name, content] : Folder(o)) {
    if (name != "applications.jsonl") {
      EXPECT_THAT(content, Not(HasSubstr(o.marker))) << name;
    }
  }
}

TEST(GenMarker, WithoutMarkerFieldsAreObviouslyFake) {
  for (const v1::Application& a : testing::Applications(Small(9))) {
    EXPECT_THAT(a.applicant().name(), HasSubstr("（虚构）"));
    EXPECT_TRUE(absl::StartsWith(a.applicant().id_number(), "000000")) << a.id();
    EXPECT_TRUE(absl::StartsWith(a.applicant().phone(), "000")) << a.id();
    EXPECT_TRUE(absl::EndsWith(a.applicant().email(), "@example.com") ||
                absl::EndsWith(a.applicant().email(), "@example.org"));
    EXPECT_THAT(a.applicant().address(), HasSubstr("虚构地址"));
    if (a.applicant().category() == v1::APPLICANT_CATEGORY_NATURAL_PERSON) {
      EXPECT_EQ(a.applicant().organisation(), "");
    } else {
      EXPECT_THAT(a.applicant().organisation(), HasSubstr("（虚构）"));
    }
  }
}

TEST(GenOptionsCheck, BadOptionsAreRefusedNamingTheOption) {
  struct Case {
    void (*change)(GenOptions&);
    const char* names;
  };
  const Case cases[] = {
      {[](GenOptions& o) { o.year = 2018; }, "year"},
      {[](GenOptions& o) { o.year = 2100; }, "year"},
      {[](GenOptions& o) { o.disclosures = -1; }, "disclosures"},
      {[](GenOptions& o) { o.applications = -1; }, "applications"},
      {[](GenOptions& o) { o.remedies = -5; }, "remedies"},
      {[](GenOptions& o) { o.agency_id = ""; }, "agency_id"},
      {[](GenOptions& o) { o.agency_name = ""; }, "agency_name"},
      {[](GenOptions& o) { o.as_of = absl::CivilDay(2025, 6, 1); }, "as_of"},
      {[](GenOptions& o) { o.as_of = absl::CivilDay(2027, 1, 1); }, "as_of"},
  };
  for (const Case& c : cases) {
    GenOptions o = Small(1);
    c.change(o);
    const absl::Status s = CheckOptions(o);
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << c.names;
    EXPECT_THAT(std::string(s.message()), HasSubstr(c.names));
    EXPECT_EQ(GenerateApplications(o, [](const v1::Application&) {}).code(),
              absl::StatusCode::kInvalidArgument);
    EXPECT_FALSE(GenerateEntered(o).ok());
  }
}

TEST(GenOptionsCheck, AsOfAfterTheYearKeepsLaterEvents) {
  GenOptions o = Small(6);
  o.as_of = absl::CivilDay(2026, 1, 31);
  bool later = false;
  for (const v1::Application& a : testing::Applications(o)) {
    for (const v1::Event& e : a.events()) {
      const absl::CivilDay day = testing::Day(e.date());
      EXPECT_LE(day, *o.as_of) << a.id();
      later = later || day > absl::CivilDay(2025, 12, 31);
    }
  }
  EXPECT_TRUE(later);
}

}  // namespace
}  // namespace gongkai::gen
