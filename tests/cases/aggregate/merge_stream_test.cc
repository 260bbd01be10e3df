// Shards merge into the whole; a stream adds what adding one by one adds; a malformed stream
// is refused naming the message, and adds nothing.
#include <random>
#include <string>
#include <vector>

#include "cases/aggregate/aggregate.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "records.h"

namespace gongkai::cases::testing {
namespace {

using ::testing::HasSubstr;

// Random valid records plus a few unplaceable ones, so problems merge too.
std::vector<v1::Application> Records(int n, std::mt19937& rng) {
  std::vector<v1::Application> records;
  for (int i = 0; i < n; ++i) {
    records.push_back(RandomRecord(i, rng));
    if (i % 50 == 0) records.back().mutable_applicant()->clear_category();
  }
  return records;
}

TEST(Table3MergeTest, ShardsMergeIntoTheWholeForAnySplit) {
  std::mt19937 rng(31);
  const std::vector<v1::Application> records = Records(2000, rng);
  for (int year : {2020, 2022}) {
    const report::Layout& layout = *report::LayoutFor("", year).value();
    Table3Aggregator whole = MustCreate(year, layout);
    whole.AddAll(records);
    for (int trial = 0; trial < 20; ++trial) {
      const int shards = std::uniform_int_distribution<int>(1, 7)(rng);
      std::vector<Table3Aggregator> parts(shards, MustCreate(year, layout));
      for (const v1::Application& r : records) {
        parts[std::uniform_int_distribution<int>(0, shards - 1)(rng)].Add(r);
      }
      Table3Aggregator merged = MustCreate(year, layout);
      for (const Table3Aggregator& part : parts) ASSERT_TRUE(merged.Merge(part).ok());
      EXPECT_EQ(Snapshot(merged), Snapshot(whole)) << "year " << year << " trial " << trial;
      EXPECT_EQ(merged.problems().samples().size(), whole.problems().samples().size());
    }
  }
}

TEST(Table3MergeTest, MergingWithItselfDoubles) {
  std::mt19937 rng(5);
  Table3Aggregator a = MustCreate(2021, Layout2021());
  a.AddAll(Records(300, rng));
  const int64_t counted = a.records_counted();
  const int64_t problems = a.problems().total();
  ASSERT_TRUE(a.Merge(a).ok());
  EXPECT_EQ(a.records_counted(), 2 * counted);
  EXPECT_EQ(a.problems().total(), 2 * problems);
}

TEST(Table3MergeTest, OnlyTheSameYearLayoutAndMappingMerge) {
  Table3Aggregator a = MustCreate(2021, Layout2021());
  EXPECT_EQ(a.Merge(MustCreate(2022, Layout2021())).code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(a.Merge(MustCreate(2021, Layout2019())).code(), absl::StatusCode::kInvalidArgument);
  v1::OutcomeMapping m = DefaultOutcomeMapping("2021").value();
  m.mutable_rows(0)->set_row("other_other");
  absl::StatusOr<Table3Aggregator> b = Table3Aggregator::Create(2021, Layout2021(), &m);
  ASSERT_TRUE(b.ok()) << b.status();
  absl::Status s = a.Merge(*b);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(s.message()), HasSubstr("mapping"));
}

TEST(Table3StreamTest, StreamEqualsAddingOneByOne) {
  std::mt19937 rng(7);
  const std::vector<v1::Application> records = Records(500, rng);
  for (messages::Encoding encoding : {messages::Encoding::kBinary, messages::Encoding::kJson}) {
    std::string stream;
    for (const v1::Application& r : records) {
      ASSERT_TRUE(messages::AppendToStream(encoding, r, &stream).ok());
    }
    Table3Aggregator one_by_one = MustCreate(2021, Layout2021());
    for (const v1::Application& r : records) one_by_one.Add(r);
    Table3Aggregator streamed = MustCreate(2021, Layout2021());
    ASSERT_TRUE(streamed.AddStream(encoding, stream).ok());
    EXPECT_EQ(Snapshot(streamed), Snapshot(one_by_one));
    // Streams in pieces add up as well.
    Table3Aggregator pieces = MustCreate(2021, Layout2021());
    ASSERT_TRUE(pieces.AddStream(encoding, stream).ok());
    ASSERT_TRUE(pieces.AddStream(encoding, "").ok());
    EXPECT_EQ(pieces.records_seen(), 500);
  }
}

TEST(Table3StreamTest, MalformedStreamNamesTheMessageAndAddsNothing) {
  std::string stream;
  v1::Application r = Received("S-1", absl::CivilDay(2021, 3, 1));
  for (int i = 0; i < 3; ++i)
    ASSERT_TRUE(messages::AppendToStream(messages::Encoding::kBinary, r, &stream).ok());
  stream += std::string("\x05\xff\xff", 3);  // a length running past the end
  Table3Aggregator a = MustCreate(2021, Layout2021());
  a.Add(r);
  const std::string before = Snapshot(a);
  absl::Status s = a.AddStream(messages::Encoding::kBinary, stream);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(s.message()), HasSubstr("message 3"));
  EXPECT_EQ(Snapshot(a), before);

  std::string bad_bytes;
  ASSERT_TRUE(messages::AppendToStream(messages::Encoding::kBinary, r, &bad_bytes).ok());
  bad_bytes += std::string("\x02\x0a\xff", 3);  // field 1 (id) claims 255 bytes
  s = a.AddStream(messages::Encoding::kBinary, bad_bytes);
  EXPECT_THAT(std::string(s.message()), HasSubstr("message 1"));

  s = a.AddStream(messages::Encoding::kJson, "{\"id\": \"J-1\"}\n{not json\n");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(s.message()), HasSubstr("message 1 (line 2)"));
  EXPECT_EQ(Snapshot(a), before);
}

}  // namespace
}  // namespace gongkai::cases::testing
