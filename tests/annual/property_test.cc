// Properties over generated years (tools/gen): the derived report validates clean, every traced
// cell lists as many records as it counts, and shards merged give exactly one builder's result.
#include <random>

#include "annual/builder.h"
#include "gen/generate.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gongkai::annual {
namespace {

struct Year {
  v1::AnnualRequest request;
  std::vector<v1::Disclosure> disclosures;
  std::vector<v1::IssuanceSlip> slips;
  std::vector<v1::Application> applications;
  std::vector<v1::Remedy> remedies;
};

Year Generate(uint64_t seed, int year) {
  gen::GenOptions o;
  o.seed = seed;
  o.year = year;
  o.disclosures = 400;
  o.applications = 300;
  o.remedies = 30;
  o.scenarios = seed % 2 == 0;
  Year y;
  *y.request.mutable_agency() = *gen::GenerateAgency(o);
  y.request.set_year(year);
  *y.request.mutable_entered() = *gen::GenerateEntered(o);
  EXPECT_TRUE(gen::GenerateDisclosuresAndSlips(
                  o, [&](const v1::Disclosure& d) { y.disclosures.push_back(d); },
                  [&](const v1::IssuanceSlip& s) { y.slips.push_back(s); })
                  .ok());
  EXPECT_TRUE(gen::GenerateApplications(o, [&](const v1::Application& a) {
                y.applications.push_back(a);
              }).ok());
  EXPECT_TRUE(gen::GenerateRemedies(o, [&](const v1::Remedy& r) { y.remedies.push_back(r); }).ok());
  return y;
}

// Adds record i of every kind when i % shards == shard.
void AddShard(const Year& y, AnnualBuilder* b, int shard, int shards) {
  for (size_t i = shard; i < y.slips.size(); i += shards) b->AddSlip(y.slips[i]);
  for (size_t i = shard; i < y.disclosures.size(); i += shards) b->AddDisclosure(y.disclosures[i]);
  for (size_t i = shard; i < y.applications.size(); i += shards)
    b->AddApplication(y.applications[i]);
  for (size_t i = shard; i < y.remedies.size(); i += shards) b->AddRemedy(y.remedies[i]);
}

class GeneratedYears : public ::testing::TestWithParam<std::pair<uint64_t, int>> {};

TEST_P(GeneratedYears, ValidateCleanTraceAndMergeShards) {
  const auto [seed, year] = GetParam();
  Year y = Generate(seed, year);
  std::mt19937 rng(static_cast<uint32_t>(seed));
  const report::Layout& layout = **report::LayoutFor("", year);
  // A derived cell to trace, chosen at random among tables 三 and 四.
  std::vector<std::string> keys;
  for (const report::CellInfo& c : layout.cells()) {
    if (c.key.rfind("t3.", 0) == 0 || c.key.rfind("t4.", 0) == 0) keys.push_back(c.key);
  }
  const std::string traced = keys[rng() % keys.size()];
  y.request.mutable_options()->set_trace_cell(traced);

  AnnualBuilder whole = *AnnualBuilder::Create(y.request);
  AddShard(y, &whole, 0, 1);
  const v1::AnnualResult result = *whole.Finish();
  EXPECT_EQ(result.validation().error_count(), 0) << result.validation().DebugString();
  for (const v1::RecordProblem& p : result.problems()) {
    EXPECT_EQ(p.severity(), v1::SEVERITY_WARNING) << p.DebugString();
  }
  for (const v1::Cell& c : result.report().cells()) {
    if (c.key() == traced) {
      EXPECT_EQ(c.count(), result.trace_size()) << traced;
    }
  }

  const int shards = 2 + static_cast<int>(rng() % 4);
  AnnualBuilder merged = *AnnualBuilder::Create(y.request);
  for (int s = 0; s < shards; ++s) {
    AnnualBuilder part = *AnnualBuilder::Create(y.request);
    AddShard(y, &part, s, shards);
    ASSERT_TRUE(merged.Merge(part).ok());
  }
  v1::AnnualResult from_shards = *merged.Finish();
  // The trace and problems come in shard order; everything else is identical.
  EXPECT_EQ(from_shards.trace_size(), result.trace_size());
  EXPECT_EQ(from_shards.problems_size(), result.problems_size());
  v1::AnnualResult a = result, b = from_shards;
  for (v1::AnnualResult* r : {&a, &b}) {
    r->clear_trace();
    r->clear_problems();
  }
  EXPECT_EQ(a.SerializeAsString(), b.SerializeAsString());
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, GeneratedYears,
    ::testing::Values(std::pair<uint64_t, int>{1, 2025}, std::pair<uint64_t, int>{2, 2025},
                      std::pair<uint64_t, int>{3, 2024}, std::pair<uint64_t, int>{4, 2022},
                      std::pair<uint64_t, int>{5, 2021}, std::pair<uint64_t, int>{6, 2020},
                      std::pair<uint64_t, int>{7, 2019}));

}  // namespace
}  // namespace gongkai::annual
