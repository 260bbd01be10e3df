// Every path into table 三 against the reference model (model.h). The wire reader
// (aggregate/wire.h) must accept exactly the bytes protobuf accepts and read the same facts from
// them; Add, AddStreamByMessages and AddStream must give what the model gives on the parsed
// messages: the same counts, the same problems (kinds, sampled ids and messages), the same
// errors. Checked on generated data, on records with every kind of problem, and on random and
// corrupted bytes.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "cases/aggregate/aggregate.h"
#include "cases/aggregate/wire.h"
#include "gen/generate.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/stubs/logging.h"
#include "gtest/gtest.h"
#include "messages/stream.h"
#include "model.h"
#include "records.h"
#include "wire_random.h"

namespace gongkai::cases::testing {
namespace {

using messages::Encoding;

std::string Facts(const ApplicationFacts& f) {
  return absl::StrCat("received ", f.received, " concluded ", f.concluded, " at ", f.concluded_at,
                      " decisive ", f.decisive, " at ", f.decisive_at, " bad ", f.bad_conclusion_at,
                      " category ", f.category, " partial ", f.partial);
}

// The reader and protobuf agree on `bytes`: both refuse them, or both accept them and the
// reader's facts and id are those of the parsed message.
void ExpectReadLikeProtobuf(const std::string& bytes) {
  v1::Application parsed;
  const bool accepted = parsed.ParseFromString(bytes);
  // Bytes after the record may be read ahead but never count: fill them with a lead byte.
  std::string buffer = bytes + std::string(40, '\xE4');
  ApplicationFacts facts;
  absl::string_view id;
  const bool read =
      ApplicationReader(buffer).Read(absl::string_view(buffer.data(), bytes.size()), &facts, &id);
  ASSERT_EQ(read, accepted) << "bytes: \"" << absl::CHexEscape(bytes) << "\"";
  if (!read) return;
  EXPECT_EQ(Facts(facts), Facts(FactsOf(parsed))) << absl::CHexEscape(bytes);
  EXPECT_EQ(id, parsed.id());
  // And with nothing readable past the end.
  ApplicationFacts exact;
  absl::string_view exact_id;
  ASSERT_TRUE(ReadApplicationFacts(bytes, &exact, &exact_id));
  EXPECT_EQ(Facts(exact), Facts(facts));
}

// `tag` (one byte), a two-byte length, then `body` (under 16 KiB).
std::string Field(char tag, const std::string& body) {
  std::string out(1, tag);
  out += static_cast<char>(0x80 | (body.size() & 0x7f));
  out += static_cast<char>(body.size() >> 7);
  out += body;
  return out;
}

std::vector<v1::Application> Generated(int64_t n, int year, bool scenarios) {
  gen::GenOptions options;
  options.seed = 7;
  options.year = year;
  options.applications = n;
  options.scenarios = scenarios;
  std::vector<v1::Application> out;
  EXPECT_TRUE(
      gen::GenerateApplications(options, [&](const v1::Application& a) { out.push_back(a); }).ok());
  return out;
}

// Records with every kind of placement problem, and ordinary ones in between.
std::vector<v1::Application> WithProblems(int n, std::mt19937& rng) {
  std::vector<v1::Application> records;
  for (int i = 0; i < n; ++i) {
    v1::Application a = RandomRecord(i, rng);
    switch (std::uniform_int_distribution<int>(0, 14)(rng)) {
      case 0:
        a.clear_received();
        break;
      case 1:
        a.mutable_received()->set_month(2);
        a.mutable_received()->set_day(30);
        break;
      case 2:
        Decide(&a, absl::CivilDay(2018, 1, 1), v1::OUTCOME_GRANTED);  // before receipt
        break;
      case 3: {
        v1::Event* e = a.add_events();
        e->set_type(v1::EVENT_TYPE_DECIDED);  // no date
        e->set_outcome(v1::OUTCOME_GRANTED);
        break;
      }
      case 4:
        a.mutable_applicant()->set_category(v1::APPLICANT_CATEGORY_UNSPECIFIED);
        break;
      case 5:
        a.mutable_applicant()->set_category(
            static_cast<v1::ApplicantCategory>(std::uniform_int_distribution<int>(-3, 300)(rng)));
        break;
      case 6:
        Decide(&a, absl::CivilDay(2021, 6, 1),
               static_cast<v1::Outcome>(std::uniform_int_distribution<int>(-2, 40)(rng)));
        break;
      case 7:
        Decide(&a, absl::CivilDay(2022, 3, 3), v1::OUTCOME_PARTIAL);
        Decide(&a, absl::CivilDay(2022, 3, 1), v1::OUTCOME_GRANTED);
        break;
      case 8:
        Withdraw(&a, absl::CivilDay(2020, 2, 29));
        break;
      case 9:
        a.set_id("");
        break;
      default:
        break;
    }
    records.push_back(std::move(a));
  }
  return records;
}

std::string StreamOf(const std::vector<v1::Application>& records) {
  std::string stream;
  for (const v1::Application& a : records) {
    EXPECT_TRUE(messages::AppendToStream(Encoding::kBinary, a, &stream).ok());
  }
  return stream;
}

// A mapping that leaves some outcomes out, so that records meet kUnmappedOutcome.
v1::OutcomeMapping PartialMapping(const report::Layout& layout) {
  v1::OutcomeMapping mapping = DefaultOutcomeMapping(layout.id()).value();
  v1::OutcomeMapping partial;
  partial.set_layout(mapping.layout());
  for (int i = 0; i < mapping.rows_size(); i += 2) *partial.add_rows() = mapping.rows(i);
  return partial;
}

// Adds `records` to fresh aggregators every way there is and expects the model's answer.
void ExpectEveryPathAgrees(const std::vector<v1::Application>& records, int year,
                           const report::Layout& layout, const v1::OutcomeMapping* mapping) {
  const std::string stream = StreamOf(records);
  auto fresh = [&] { return Table3Aggregator::Create(year, layout, mapping).value(); };
  Table3Model model(year, layout, mapping);
  model.AddAll(records);
  const std::string expected = model.Describe();

  Table3Aggregator added = fresh();
  added.AddAll(records);
  EXPECT_EQ(Describe(added), expected) << "Add, year " << year << " layout " << layout.id();

  Table3Aggregator by_messages = fresh();
  ASSERT_TRUE(by_messages.AddStreamByMessages(Encoding::kBinary, stream).ok());
  EXPECT_EQ(Describe(by_messages), expected);

  Table3Aggregator wire = fresh();
  ASSERT_TRUE(wire.AddStream(Encoding::kBinary, stream).ok());
  EXPECT_EQ(Describe(wire), expected) << "wire reader, year " << year << " layout " << layout.id();

  // Shards merge into the same.
  Table3Aggregator shards = fresh();
  const size_t half = records.size() / 2;
  ASSERT_TRUE(
      shards.AddStream(Encoding::kBinary, StreamOf({records.begin(), records.begin() + half}))
          .ok());
  Table3Aggregator rest = fresh();
  ASSERT_TRUE(
      rest.AddStream(Encoding::kBinary, StreamOf({records.begin() + half, records.end()})).ok());
  ASSERT_TRUE(shards.Merge(rest).ok());
  EXPECT_EQ(Describe(shards), expected) << "shards, year " << year << " layout " << layout.id();
}

TEST(Table3WireTest, GeneratedRecordsEveryPathAgrees) {
  for (int year : {2024, 2025}) {
    const std::vector<v1::Application> records = Generated(3000, year, /*scenarios=*/true);
    for (int report_year : {year - 1, year, year + 1}) {
      const report::Layout& layout = *report::LayoutFor("", report_year).value();
      ExpectEveryPathAgrees(records, report_year, layout, nullptr);
    }
  }
}

TEST(Table3WireTest, RecordsWithProblemsEveryPathAgrees) {
  std::mt19937 rng(20261129);
  // 2,000 records: far more problems than the 100 sampled, so counting by kind is covered.
  const std::vector<v1::Application> records = WithProblems(2000, rng);
  for (int year : {2019, 2020, 2022, 2024}) {
    const report::Layout& layout = *report::LayoutFor("", year).value();
    ExpectEveryPathAgrees(records, year, layout, nullptr);
    const v1::OutcomeMapping partial = PartialMapping(layout);
    ExpectEveryPathAgrees(records, year, layout, &partial);
  }
  // And a few, all sampled.
  const std::vector<v1::Application> few(records.begin(), records.begin() + 60);
  ExpectEveryPathAgrees(few, 2021, Layout2021(), nullptr);
}

TEST(Table3WireTest, GeneratedRecordsReadLikeProtobuf) {
  std::mt19937 rng(3);
  for (const v1::Application& a : Generated(500, 2025, true))
    ExpectReadLikeProtobuf(a.SerializeAsString());
  for (const v1::Application& a : WithProblems(500, rng))
    ExpectReadLikeProtobuf(a.SerializeAsString());
}

TEST(Table3WireTest, MutatedRecordsReadLikeProtobuf) {
  google::protobuf::LogSilencer quiet;  // protobuf logs every string that is not UTF-8
  std::mt19937 rng(11);
  const std::vector<v1::Application> records = Generated(200, 2025, true);
  for (int trial = 0; trial < 20000; ++trial) {
    std::string bytes = records[trial % records.size()].SerializeAsString();
    Mutate(rng, &bytes);
    ExpectReadLikeProtobuf(bytes);
    if (HasFailure()) return;
  }
}

TEST(Table3WireTest, RandomWireReadsLikeProtobuf) {
  google::protobuf::LogSilencer quiet;
  std::mt19937 rng(12);
  for (int trial = 0; trial < 30000; ++trial) {
    std::string bytes = RandomApplicationWire(rng);
    if (trial % 3 == 0) Mutate(rng, &bytes);
    ExpectReadLikeProtobuf(bytes);
    if (HasFailure()) return;
  }
}

// Streams of random wire records (odd categories, outcomes, dates, merged messages), added by
// every path; now and then a record protobuf refuses, which must fail the stream alike.
TEST(Table3WireTest, RandomWireStreamsEveryPathAgrees) {
  google::protobuf::LogSilencer quiet;
  std::mt19937 rng(14);
  for (int trial = 0; trial < 60; ++trial) {
    std::string stream;
    const int records = std::uniform_int_distribution<int>(0, 300)(rng);
    for (int i = 0; i < records; ++i) {
      std::string record = RandomApplicationWire(rng);
      v1::Application parsed;
      if (!parsed.ParseFromString(record) && trial % 4 != 0) continue;  // keep streams mostly good
      uint8_t prefix[10];
      const size_t n =
          google::protobuf::io::CodedOutputStream::WriteVarint64ToArray(record.size(), prefix) -
          prefix;
      stream.append(reinterpret_cast<const char*>(prefix), n);
      stream += record;
    }
    const int year = 2024 + trial % 3;
    const report::Layout& layout = *report::LayoutFor("", year).value();
    const v1::OutcomeMapping partial = PartialMapping(layout);
    for (const v1::OutcomeMapping* mapping :
         {static_cast<const v1::OutcomeMapping*>(nullptr), &partial}) {
      Table3Aggregator reference = Table3Aggregator::Create(year, layout, mapping).value();
      Table3Aggregator wire = reference;
      const absl::Status want = reference.AddStreamByMessages(Encoding::kBinary, stream);
      ASSERT_EQ(wire.AddStream(Encoding::kBinary, stream), want) << "trial " << trial;
      ASSERT_EQ(Describe(wire), Describe(reference)) << "trial " << trial;
      if (want.ok()) {
        Table3Model model(year, layout, mapping);
        v1::Application scratch;
        ASSERT_TRUE(messages::ForEachInStream(Encoding::kBinary, stream, &scratch,
                                              [&](size_t, const google::protobuf::Message&) {
                                                model.Add(scratch);
                                                return absl::OkStatus();
                                              })
                        .ok());
        ASSERT_EQ(Describe(wire), model.Describe()) << "trial " << trial;
      }
    }
  }
}

// One reader over many records remembers strings it found well-formed (an event's actor, the
// agency id): the same bytes pass, different bytes of the same length are checked.
TEST(Table3WireTest, OneReaderOverManyRecordsReadsEachLikeProtobuf) {
  google::protobuf::LogSilencer quiet;
  std::mt19937 rng(15);
  std::vector<std::string> records;
  const std::string office = "临江区政务公开办公室";
  for (int i = 0; i < 3000; ++i) {
    v1::Application a = Received(absl::StrCat("R-", i), absl::CivilDay(2024, 5, 1));
    a.set_agency_id(i % 7 == 3 ? std::string("agency\xff") : std::string("agency\x7f"));
    for (int e = 0; e < 3; ++e) {
      std::string actor = office;
      if (std::uniform_int_distribution<int>(0, 9)(rng) == 0) {
        actor[std::uniform_int_distribution<size_t>(0, actor.size() - 1)(rng)] ^=
            static_cast<char>(1 << std::uniform_int_distribution<int>(0, 7)(rng));
      }
      a.mutable_events(0)->set_actor(actor);
      Decide(&a, absl::CivilDay(2024, 6, 1 + e), v1::OUTCOME_GRANTED);
      a.mutable_events(a.events_size() - 1)->set_actor(actor);
      a.mutable_events(a.events_size() - 1)->set_approver(actor + "负责人");
    }
    std::string bytes;
    // Serialize without protobuf's own UTF-8 check in the way (it only logs).
    a.SerializeToString(&bytes);
    if (i % 11 == 5) Mutate(rng, &bytes);
    records.push_back(std::move(bytes));
  }
  std::string buffer;
  for (const std::string& r : records) buffer += r;
  buffer += std::string(40, '\xE4');
  ApplicationReader reader(buffer);
  size_t offset = 0;
  for (const std::string& r : records) {
    v1::Application parsed;
    const bool accepted = parsed.ParseFromString(r);
    ApplicationFacts facts;
    absl::string_view id;
    ASSERT_EQ(reader.Read(absl::string_view(buffer.data() + offset, r.size()), &facts, &id),
              accepted)
        << absl::CHexEscape(r);
    if (accepted) {
      EXPECT_EQ(Facts(facts), Facts(FactsOf(parsed)));
    }
    offset += r.size();
  }
}

TEST(Table3WireTest, RandomBytesReadLikeProtobuf) {
  google::protobuf::LogSilencer quiet;
  std::mt19937 rng(13);
  for (int trial = 0; trial < 30000; ++trial) {
    std::string bytes(std::uniform_int_distribution<int>(0, 40)(rng), '\0');
    for (char& c : bytes) c = static_cast<char>(rng());
    ExpectReadLikeProtobuf(bytes);
    if (HasFailure()) return;
  }
}

TEST(Table3WireTest, EdgesOfTheWireFormat) {
  google::protobuf::LogSilencer quiet;
  const std::vector<std::string> cases = {
      "",
      std::string("\x00", 1),                              // tag 0
      "\x0c",                                              // end group at the top
      "\x08\x01",                                          // id as a varint: unknown
      "\x20\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01",      // channel: ten bytes
      "\x20\xff\xff\xff\xff\xff\xff\xff\xff\xff\x7f",      // tenth byte with high bits
      "\x20\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01",  // eleven bytes
      "\x88\x80\x80\x80\x10\x01",                          // a tag that wraps to 8
      "\x8a\x80\x80\x80\x10\x00",                          // ... to 10 (id), empty
      "\x0a\x80\x80\x80\x80\x00",                          // a length of five bytes
      "\x0a\x80\x80\x80\x80\x08",                          // fifth byte 8: refused
      "\x0a\x80\x00",                                      // a length of two bytes, zero
      "\x0a\x02\xc3\xa9",                                  // é
      "\x0a\x02\xc0\x80",                                  // overlong
      "\x0a\x03\xed\xa0\x80",                              // surrogate
      "\x0a\x04\xf4\x90\x80\x80",                          // above U+10FFFF
      "\x2a\x00",                                          // received, empty
      "\x2a\x07\x08\xe9\x0f\x10\x02\x18\x1d",              // 2025-02-29
      "\x2a\x03\x08\xe9\x0f\x2a\x04\x10\x01\x18\x01",      // received merged from two
      "\x42\x02\x08\x09",                                  // DECIDED without a date
      "\x42\x04\x08\x0c\x12\x00",                          // WITHDRAWN, empty date
      "\x42\x02\x08\x09\x42\x02\x08\x0c",                  // two events
      "\x09\x01\x02\x03\x04\x05\x06\x07\x08",              // fixed64
      "\x09\x01\x02",                                      // fixed64 cut short
      "\x0d\x01\x02\x03\x04",                              // fixed32
      "\x0e",                                              // wire type 6
      "\x0f",                                              // wire type 7
      "\x0b\x0c",                                          // empty group 1
      "\x0b\x14",                                          // group 1 ended as 2
      "\x0b",                                              // group never ended
      "\x1a\x02\x0b\x0c",                                  // group in the applicant
      "\x1a\x03\x08\x01\x0c",                              // end group in the applicant
      "\x42\x04\x12\x02\x0b\x0c",                          // group in an event's date
      "\x42\x03\x12\x02\x08",                              // date cut inside the event
      "\x42\x02\x12\x05",                                  // date longer than the event
      "\x1a\x02\x08",                                      // applicant cut short
      "\x1a\x0a\x08\xff\xff\xff\xff\xff\xff\xff\xff\x01",  // category -1
  };
  for (const std::string& bytes : cases) ExpectReadLikeProtobuf(bytes);
  // Groups nested 99, 100 and 101 deep: at the top, and two levels down (event, date).
  for (int depth : {98, 99, 100, 101, 102}) {
    std::string group;
    for (int i = 0; i < depth; ++i) group += "\x0b";
    for (int i = 0; i < depth; ++i) group += "\x0c";
    ExpectReadLikeProtobuf(group);
    ExpectReadLikeProtobuf(Field(0x42, Field(0x12, group)));  // events[0].date
  }
}

TEST(Table3WireTest, MalformedStreamsFailAsTheReferenceDoesAndAddNothing) {
  google::protobuf::LogSilencer quiet;
  std::mt19937 rng(17);
  const std::vector<v1::Application> records = WithProblems(300, rng);
  const std::string good = StreamOf(records);
  for (int trial = 0; trial < 400; ++trial) {
    std::string stream = good;
    Mutate(rng, &stream);
    for (int year : {2020, 2023}) {
      const report::Layout& layout = *report::LayoutFor("", year).value();
      // Start from a non-empty aggregator, so that "nothing added" shows.
      Table3Aggregator reference = MustCreate(year, layout);
      reference.AddAll(std::vector<v1::Application>(records.begin(), records.begin() + 20));
      Table3Aggregator wire = reference;
      const absl::Status want = reference.AddStreamByMessages(Encoding::kBinary, stream);
      const absl::Status got = wire.AddStream(Encoding::kBinary, stream);
      ASSERT_EQ(got, want) << "trial " << trial;
      ASSERT_EQ(Describe(wire), Describe(reference)) << "trial " << trial;
    }
  }
  // A record longer than the stream, a bad length prefix, a stream cut in a record.
  for (const std::string& bad :
       {std::string("\x05\x0a\x01"), std::string("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01"),
        good.substr(0, good.size() - 3)}) {
    Table3Aggregator reference = MustCreate(2021, Layout2021());
    Table3Aggregator wire = MustCreate(2021, Layout2021());
    const absl::Status want = reference.AddStreamByMessages(Encoding::kBinary, bad);
    EXPECT_FALSE(want.ok());
    EXPECT_EQ(wire.AddStream(Encoding::kBinary, bad), want);
    EXPECT_EQ(Describe(wire), Describe(reference));
  }
}

}  // namespace
}  // namespace gongkai::cases::testing
