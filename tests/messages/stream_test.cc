// ForEachInReader against ForEachInStream: the same visits and the same final status, byte for
// byte, whatever the block size and however short the reads, on valid and mutated streams.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "common/coding.h"
#include "gmock/gmock.h"
#include "gongkai/v1/application.pb.h"
#include "gongkai/v1/disclosure.pb.h"
#include "google/protobuf/stubs/logging.h"
#include "gtest/gtest.h"
#include "messages/stream.h"

namespace gongkai::messages {
namespace {

namespace pb = google::protobuf;

struct Walk {
  std::vector<std::pair<size_t, std::string>> visits;  // index, serialized message
  absl::Status status;
};

// Stops (with this error) at message `stop_at`, to check that a visit's error ends the walk.
absl::Status Record(Walk* walk, size_t index, const pb::Message& message, size_t stop_at) {
  walk->visits.emplace_back(index, message.SerializeAsString());
  if (index == stop_at) return absl::CancelledError(absl::StrCat("stop at ", index));
  return absl::OkStatus();
}

Walk Whole(Encoding encoding, const std::string& stream, pb::Message* scratch,
           size_t stop_at = SIZE_MAX) {
  Walk walk;
  walk.status = ForEachInStream(encoding, stream, scratch, [&](size_t i, const pb::Message& m) {
    return Record(&walk, i, m, stop_at);
  });
  return walk;
}

// Serves `stream` to ForEachInReader: reads of at most `max_read` bytes (random lengths from 1
// when `rng` is given; short reads are normal), then 0; or `error` once `error_at` bytes are out.
struct Source {
  explicit Source(const std::string& stream, std::mt19937* rng = nullptr)
      : stream(stream), rng(rng) {}

  const std::string& stream;
  std::mt19937* rng;
  size_t max_read = SIZE_MAX;
  size_t error_at = SIZE_MAX;
  absl::Status error;
  size_t pos = 0;
  size_t calls = 0;
  std::vector<size_t> asked;  // the size of each call

  absl::StatusOr<size_t> Read(char* buffer, size_t size) {
    ++calls;
    asked.push_back(size);
    if (pos >= error_at) return error;
    size_t n = std::min({size, stream.size() - pos, max_read, error_at - pos});
    if (rng != nullptr && n > 1 && (*rng)() % 2 == 0) n = 1 + (*rng)() % n;
    std::memcpy(buffer, stream.data() + pos, n);
    pos += n;
    return n;
  }
};

// ForEachInReader, or with `threads` > 1 ForEachInReaderParallel (scratch as the prototype).
Walk Blocks(Encoding encoding, Source& source, pb::Message* scratch, size_t block_size,
            size_t stop_at = SIZE_MAX, int threads = 1) {
  Walk walk;
  auto read = [&](char* buffer, size_t size) { return source.Read(buffer, size); };
  auto visit = [&](size_t i, const pb::Message& m) { return Record(&walk, i, m, stop_at); };
  walk.status = threads == 1
                    ? ForEachInReader(encoding, read, scratch, visit, block_size)
                    : ForEachInReaderParallel(encoding, read, *scratch, visit, threads, block_size);
  return walk;
}

Walk Blocks(Encoding encoding, const std::string& stream, pb::Message* scratch, size_t block_size,
            std::mt19937* rng = nullptr, size_t stop_at = SIZE_MAX, int threads = 1) {
  Source source{stream, rng};
  return Blocks(encoding, source, scratch, block_size, stop_at, threads);
}

void ExpectSame(const Walk& whole, const Walk& blocks) {
  EXPECT_EQ(blocks.status, whole.status);
  EXPECT_EQ(blocks.visits, whole.visits);
}

std::string RandomText(std::mt19937& rng, size_t max_length) {
  static const std::vector<std::string> kPieces = {"a",    "Z",    "7",        " ",        "\"",
                                                   "\\",   "\n",   "\t",       "{",        "}",
                                                   "申请", "公开", "政府信息", "第十二条", "é"};
  std::string text;
  for (size_t n = rng() % (max_length + 1); n > 0; --n) text += kPieces[rng() % kPieces.size()];
  return text;
}

void RandomDate(std::mt19937& rng, v1::Date* date) {
  date->set_year(2000 + rng() % 30);
  date->set_month(1 + rng() % 12);
  date->set_day(1 + rng() % 28);
}

v1::Application RandomApplication(std::mt19937& rng) {
  v1::Application a;
  a.set_id(absl::StrCat("2023-", rng() % 10000));
  if (rng() % 2) a.set_agency_id(RandomText(rng, 4));
  if (rng() % 2) a.mutable_applicant()->set_name(RandomText(rng, 6));
  if (rng() % 2) RandomDate(rng, a.mutable_received());
  // Now and then a request longer than a small block, and long enough for a 2-byte prefix.
  a.set_request(RandomText(rng, rng() % 8 == 0 ? 400 : 20));
  if (rng() % 2) a.set_item_count(rng() % 5);
  return a;
}

v1::Disclosure RandomDisclosure(std::mt19937& rng) {
  v1::Disclosure d;
  d.set_id(absl::StrCat("D", rng() % 1000));
  d.set_title(RandomText(rng, rng() % 8 == 0 ? 300 : 10));
  if (rng() % 2) d.set_summary(RandomText(rng, 10));
  if (rng() % 2) RandomDate(rng, d.mutable_written());
  for (int k = rng() % 3; k > 0; --k) d.add_keywords(RandomText(rng, 3));
  if (rng() % 2) d.set_article20_item(1 + rng() % 15);
  return d;
}

std::string HugeLengthPrefix(std::mt19937& rng) {
  std::string prefix;
  PutVarint64(&prefix, rng() % 2 ? (uint64_t{1} << 62) + rng() : 1000000 + rng() % 1000);
  return prefix;
}

// One random change to a stream: the ways record files go bad.
void Mutate(std::mt19937& rng, Encoding encoding, std::string* stream) {
  const size_t at = stream->empty() ? 0 : rng() % (stream->size() + 1);
  switch (rng() % 9) {
    case 0:  // truncated
      stream->resize(at);
      break;
    case 1:  // a byte flipped
      if (!stream->empty()) (*stream)[at % stream->size()] ^= static_cast<char>(1 + rng() % 255);
      break;
    case 2:  // bytes inserted
      for (int n = 1 + rng() % 4; n > 0; --n) stream->insert(at, 1, static_cast<char>(rng()));
      break;
    case 3:  // a huge length prefix
      stream->insert(at, HugeLengthPrefix(rng));
      break;
    case 4:  // a malformed varint: ten bytes, each with the continuation bit
      stream->insert(at, std::string(10 + rng() % 3, '\xff'));
      break;
    case 5:  // an unfinished varint
      stream->insert(at, std::string(1 + rng() % 9, '\x80'));
      break;
    case 6:  // blank lines, CRLF, whitespace-only lines
      stream->insert(at, std::vector<std::string>{"\n", "\r\n", "  \t\n", "\n\n"}[rng() % 4]);
      break;
    case 7:  // no final newline
      if (!stream->empty() && stream->back() == '\n') stream->pop_back();
      break;
    case 8:  // every line ended by CRLF
      if (encoding == Encoding::kJson) {
        std::string crlf;
        for (char c : *stream) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
        *stream = crlf;
      }
      break;
  }
}

std::string BuildStream(std::mt19937& rng, Encoding encoding, bool disclosures) {
  std::string stream;
  for (int n = rng() % 12; n > 0; --n) {
    const absl::Status s = disclosures ? AppendToStream(encoding, RandomDisclosure(rng), &stream)
                                       : AppendToStream(encoding, RandomApplication(rng), &stream);
    EXPECT_TRUE(s.ok()) << s;
  }
  return stream;
}

TEST(ForEachInReaderTest, SameAsWholeStreamOnRandomAndMutatedStreams) {
  google::protobuf::LogSilencer quiet;  // protobuf logs every string that is not UTF-8
  size_t errors = 0, walks = 0;
  for (uint32_t seed = 0; seed < 1000; ++seed) {
    std::mt19937 rng(seed);
    const Encoding encoding = seed % 2 ? Encoding::kJson : Encoding::kBinary;
    const bool disclosures = seed % 4 >= 2;
    std::string stream = BuildStream(rng, encoding, disclosures);
    for (int m = rng() % 4; m > 0; --m) Mutate(rng, encoding, &stream);
    v1::Application application;
    v1::Disclosure disclosure;
    pb::Message* scratch = disclosures ? static_cast<pb::Message*>(&disclosure) : &application;
    const Walk whole = Whole(encoding, stream, scratch);
    errors += !whole.status.ok();
    for (size_t block_size : {size_t{1}, size_t{2}, size_t{3}, size_t{7}, size_t{64}, size_t{4096},
                              size_t{1 + rng() % 300}}) {
      for (bool short_reads : {false, true}) {
        SCOPED_TRACE(absl::StrCat("seed ", seed, ", block_size ", block_size, ", short reads ",
                                  short_reads, ", stream of ", stream.size(), " bytes"));
        for (const int threads : {1, 2, 3}) {
          SCOPED_TRACE(absl::StrCat("threads ", threads));
          std::mt19937 read_rng(seed * 7919 + block_size);
          ExpectSame(whole, Blocks(encoding, stream, scratch, block_size,
                                   short_reads ? &read_rng : nullptr, SIZE_MAX, threads));
          ++walks;
        }
      }
    }
    if (HasFailure()) return;  // the first failing seed is enough to read
  }
  // The mutations reach the error paths often enough, and valid streams stay common.
  EXPECT_GT(errors, 250u);
  EXPECT_LT(errors, 850u);
  EXPECT_EQ(walks, 1000u * 14 * 3);
}

// Each `stream` through every block size from 1 to its length + 1, with and without short reads.
void ExpectSameAtEveryBlockSize(Encoding encoding, const std::string& stream,
                                pb::Message* scratch) {
  const Walk whole = Whole(encoding, stream, scratch);
  for (size_t block_size = 1; block_size <= stream.size() + 1; ++block_size) {
    SCOPED_TRACE(absl::StrCat("block_size ", block_size));
    ExpectSame(whole, Blocks(encoding, stream, scratch, block_size));
    std::mt19937 rng(block_size);
    ExpectSame(whole, Blocks(encoding, stream, scratch, block_size, &rng));
  }
}

v1::Application App(const std::string& id, size_t request_length = 0) {
  v1::Application a;
  a.set_id(id);
  a.set_request(std::string(request_length, 'r'));
  return a;
}

std::string Binary(const std::vector<v1::Application>& applications) {
  std::string stream;
  for (const auto& a : applications)
    EXPECT_TRUE(AppendToStream(Encoding::kBinary, a, &stream).ok());
  return stream;
}

TEST(ForEachInReaderTest, EmptyStream) {
  v1::Application scratch;
  for (Encoding encoding : {Encoding::kBinary, Encoding::kJson}) {
    const Walk walk = Blocks(encoding, "", &scratch, 16);
    EXPECT_TRUE(walk.status.ok()) << walk.status;
    EXPECT_TRUE(walk.visits.empty());
  }
}

TEST(ForEachInReaderTest, BlockSizeZeroIsInvalidArgument) {
  v1::Application scratch;
  const std::string stream = Binary({App("1")});
  Source source{stream};
  const Walk walk = Blocks(Encoding::kBinary, source, &scratch, 0);
  EXPECT_EQ(walk.status.code(), absl::StatusCode::kInvalidArgument);
  // So big that the buffer's size would wrap around.
  EXPECT_EQ(Blocks(Encoding::kBinary, source, &scratch, SIZE_MAX).status.code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(source.calls, 0u);
}

TEST(ForEachInReaderTest, VarintPrefixSplitAcrossBlocks) {
  // Prefixes of one, two and three bytes, cut everywhere by the block sizes.
  v1::Application scratch;
  const std::string stream = Binary({App("a", 10), App("b", 200), App("c", 20000), App("d")});
  const Walk whole = Whole(Encoding::kBinary, stream, &scratch);
  ASSERT_TRUE(whole.status.ok());
  ASSERT_EQ(whole.visits.size(), 4u);
  for (size_t block_size : {1, 2, 3, 4, 5, 7, 13, 211, 212, 213, 214}) {
    ExpectSame(whole, Blocks(Encoding::kBinary, stream, &scratch, block_size));
  }
}

TEST(ForEachInReaderTest, MalformedVarintIsAnErrorAtOnce) {
  // Ten bytes with the continuation bit are malformed however the stream goes on: reported as
  // soon as they are read, before the read error that follows them.
  v1::Application scratch;
  const std::string valid = Binary({App("1")});
  const std::string stream = valid + std::string(10, '\xff') + "more";
  const std::string expected =
      absl::StrCat("message 1 (byte ", valid.size(), "): bad length prefix");
  EXPECT_EQ(Whole(Encoding::kBinary, stream, &scratch).status,
            absl::InvalidArgumentError(expected));
  for (size_t block_size : {1, 3, 10, 64}) {
    Source source{stream};
    source.error_at = valid.size() + 10;
    source.error = absl::DataLossError("disk");
    const Walk walk = Blocks(Encoding::kBinary, source, &scratch, block_size);
    EXPECT_EQ(walk.status, absl::InvalidArgumentError(expected)) << block_size;
    EXPECT_EQ(walk.visits.size(), 1u);
  }
  // Fewer than ten, then the end: the same error, at the end.
  const std::string unfinished = valid + std::string(9, '\x80');
  ExpectSameAtEveryBlockSize(Encoding::kBinary, unfinished, &scratch);
  EXPECT_EQ(Whole(Encoding::kBinary, unfinished, &scratch).status,
            absl::InvalidArgumentError(expected));
}

TEST(ForEachInReaderTest, LengthPastTheEndOnlyAtTheEnd) {
  v1::Application scratch;
  const std::string valid = Binary({App("1")});
  std::string huge;
  PutVarint64(&huge, uint64_t{1} << 62);  // never allocated: the buffer grows with the bytes
  const std::string stream = valid + huge + "12345";
  const std::string expected =
      absl::StrCat("message 1 (byte ", valid.size() + huge.size(), "): length ", uint64_t{1} << 62,
                   " runs past the end of the stream (5 bytes left)");
  EXPECT_EQ(Whole(Encoding::kBinary, stream, &scratch).status,
            absl::InvalidArgumentError(expected));
  ExpectSameAtEveryBlockSize(Encoding::kBinary, stream, &scratch);
  // Before the end it is only a record still arriving: a read error then wins.
  Source source{stream};
  source.error_at = stream.size();
  source.error = absl::DataLossError("disk");
  EXPECT_EQ(Blocks(Encoding::kBinary, source, &scratch, 4).status, absl::DataLossError("disk"));
}

TEST(ForEachInReaderTest, RecordLongerThanABlockIsGathered) {
  v1::Application scratch;
  const std::string stream = Binary({App("1", 100000), App("2"), App("3", 5000)});
  const Walk whole = Whole(Encoding::kBinary, stream, &scratch);
  ASSERT_EQ(whole.visits.size(), 3u);
  for (size_t block_size : {1, 7, 4096}) {
    std::mt19937 rng(block_size);
    ExpectSame(whole, Blocks(Encoding::kBinary, stream, &scratch, block_size, &rng));
  }
  std::string json;
  for (const auto& a : {App("1", 100000), App("2"), App("3", 5000)}) {
    ASSERT_TRUE(AppendToStream(Encoding::kJson, a, &json).ok());
  }
  const Walk whole_json = Whole(Encoding::kJson, json, &scratch);
  ASSERT_EQ(whole_json.visits.size(), 3u);
  for (size_t block_size : {1, 7, 4096}) {
    ExpectSame(whole_json, Blocks(Encoding::kJson, json, &scratch, block_size));
  }
}

TEST(ForEachInReaderTest, RecordExactlyAtABlockBoundary) {
  v1::Application scratch;
  const std::string first = Binary({App("1", 30)});
  const std::string stream = first + Binary({App("2", 30)}) + Binary({App("3")});
  const Walk whole = Whole(Encoding::kBinary, stream, &scratch);
  ASSERT_EQ(whole.visits.size(), 3u);
  ExpectSame(whole, Blocks(Encoding::kBinary, stream, &scratch, first.size()));
  const std::string json = "{\"id\":\"1\"}\n{\"id\":\"2\"}\n";
  const Walk whole_json = Whole(Encoding::kJson, json, &scratch);
  ASSERT_EQ(whole_json.visits.size(), 2u);
  ExpectSame(whole_json, Blocks(Encoding::kJson, json, &scratch, 11));  // each block one line
  ExpectSame(whole_json, Blocks(Encoding::kJson, json, &scratch, 10));  // each '\n' a block later
}

TEST(ForEachInReaderTest, JsonLinesAcrossBlocks) {
  v1::Application scratch;
  // Blank and whitespace-only lines, CRLF, a last line without '\n'.
  const std::string stream =
      "{\"id\":\"1\",\"request\":\"政府信息\"}\r\n\n  \t\r\n{\"id\":\"2\"}\n\n{\"id\":\"3\"}";
  const Walk whole = Whole(Encoding::kJson, stream, &scratch);
  ASSERT_TRUE(whole.status.ok()) << whole.status;
  ASSERT_EQ(whole.visits.size(), 3u);
  ExpectSameAtEveryBlockSize(Encoding::kJson, stream, &scratch);
  // A bad line: its line number counts every line before it, blank ones too, in every block.
  const std::string bad = "{\"id\":\"1\"}\n\n \n{\"id\":\n{\"id\":\"2\"}\n";
  const Walk whole_bad = Whole(Encoding::kJson, bad, &scratch);
  EXPECT_THAT(std::string(whole_bad.status.message()), testing::StartsWith("message 1 (line 4): "));
  ExpectSameAtEveryBlockSize(Encoding::kJson, bad, &scratch);
  // Whitespace only, and no final newline.
  ExpectSameAtEveryBlockSize(Encoding::kJson, "\n \r\n\t", &scratch);
}

TEST(ForEachInReaderTest, ParseErrorsNameTheSameByte) {
  google::protobuf::LogSilencer quiet;
  v1::Application scratch;
  std::string stream = Binary({App("1"), App("2", 40)});
  stream += "\x03\xff\xff\xff";  // a record that does not parse
  stream += Binary({App("4")});
  const Walk whole = Whole(Encoding::kBinary, stream, &scratch);
  EXPECT_THAT(std::string(whole.status.message()), testing::StartsWith("message 2 (byte "));
  ExpectSameAtEveryBlockSize(Encoding::kBinary, stream, &scratch);
}

TEST(ForEachInReaderTest, VisitErrorStopsThere) {
  v1::Application scratch;
  const std::vector<v1::Application> apps = {App("1"), App("2", 300), App("3"), App("4")};
  std::string json;
  for (const auto& a : apps) ASSERT_TRUE(AppendToStream(Encoding::kJson, a, &json).ok());
  for (Encoding encoding : {Encoding::kBinary, Encoding::kJson}) {
    const std::string stream = encoding == Encoding::kJson ? json : Binary(apps);
    const Walk whole = Whole(encoding, stream, &scratch, /*stop_at=*/1);
    EXPECT_EQ(whole.status, absl::CancelledError("stop at 1"));
    EXPECT_EQ(whole.visits.size(), 2u);
    for (size_t block_size : {1, 5, 4096}) {
      for (const int threads : {1, 2, 4}) {
        ExpectSame(whole,
                   Blocks(encoding, stream, &scratch, block_size, nullptr, /*stop_at=*/1, threads));
      }
    }
  }
}

TEST(ForEachInReaderTest, ReadErrorIsReturnedUnchangedAfterTheVisitsBeforeIt) {
  v1::Application scratch;
  const std::string two = Binary({App("1"), App("2", 50)});
  const std::string stream = two + Binary({App("3")});
  for (size_t block_size : {1, 4, 4096}) {
    for (const int threads : {1, 2}) {
      Source source{stream};
      source.error_at = two.size() + 1;  // in the middle of the third record's prefix
      source.error = absl::UnavailableError("the disk went away");
      const Walk walk = Blocks(Encoding::kBinary, source, &scratch, block_size, SIZE_MAX, threads);
      EXPECT_EQ(walk.status, absl::UnavailableError("the disk went away"));
      EXPECT_EQ(walk.visits, Whole(Encoding::kBinary, two, &scratch).visits);
    }
  }
}

TEST(ForEachInReaderTest, ShortReadsAreNotTheEnd) {
  v1::Application scratch;
  const std::string stream = Binary({App("1", 1000), App("2"), App("3", 10)});
  const Walk whole = Whole(Encoding::kBinary, stream, &scratch);
  for (size_t max_read : {1, 2, 3, 100}) {
    Source source{stream};
    source.max_read = max_read;
    ExpectSame(whole, Blocks(Encoding::kBinary, source, &scratch, 4096));
    EXPECT_EQ(source.calls, (stream.size() + max_read - 1) / max_read + 1);  // the last says 0
  }
}

// A short stream is not given a whole block: the first read asks for 64 KiB, and each read that
// fills what it was asked doubles the next, up to the block size. Reads that come back short
// keep the size; a block smaller than 64 KiB is asked for whole from the start.
TEST(ForEachInReaderTest, ReadsAskForLittleFirstThenDoubleUpToTheBlock) {
  v1::Application scratch;
  std::vector<v1::Application> apps;
  for (int i = 0; i < 80; ++i) apps.push_back(App(absl::StrCat(i), 9000 + i));
  const std::string stream = Binary(apps);  // about 720 KiB
  const Walk whole = Whole(Encoding::kBinary, stream, &scratch);
  constexpr size_t K = 1024;
  for (const int threads : {1, 2}) {
    SCOPED_TRACE(absl::StrCat("threads ", threads));
    for (const auto& [block_size, first] : std::vector<std::pair<size_t, std::vector<size_t>>>{
             {kDefaultBlockSize, {64 * K, 128 * K, 256 * K, 512 * K}},
             {200 * K, {64 * K, 128 * K, 200 * K, 200 * K, 200 * K}},
             {64 * K + 1, {64 * K, 64 * K + 1, 64 * K + 1}},
             {4096, {4096, 4096, 4096}}}) {
      SCOPED_TRACE(absl::StrCat("block_size ", block_size));
      Source full{stream};
      ExpectSame(whole, Blocks(Encoding::kBinary, full, &scratch, block_size, SIZE_MAX, threads));
      ASSERT_GE(full.asked.size(), first.size());
      EXPECT_EQ(std::vector<size_t>(full.asked.begin(), full.asked.begin() + first.size()), first);
      for (const size_t ask : full.asked) EXPECT_LE(ask, block_size);

      Source short_reads{stream};
      short_reads.max_read = 1000;
      ExpectSame(whole,
                 Blocks(Encoding::kBinary, short_reads, &scratch, block_size, SIZE_MAX, threads));
      for (const size_t ask : short_reads.asked) EXPECT_EQ(ask, std::min(block_size, 64 * K));
    }
  }
}

// Block sizes above the first read, where the reads grow: the same walks as the whole stream,
// with random short reads and mutations, on one thread and on three.
TEST(ForEachInReaderTest, SameAsWholeStreamWhileReadsGrow) {
  std::mt19937 rng(2026);
  for (int round = 0; round < 12; ++round) {
    const Encoding encoding = round % 2 ? Encoding::kJson : Encoding::kBinary;
    std::string stream;
    for (int i = 0, n = 20 + rng() % 200; i < n; ++i) {
      ASSERT_TRUE(AppendToStream(encoding,
                                 App(absl::StrCat(i), rng() % 6000 + (i == 7 ? 70000 : 0)), &stream)
                      .ok());
    }
    if (round % 3 == 2) Mutate(rng, encoding, &stream);
    v1::Application scratch;
    const Walk whole = Whole(encoding, stream, &scratch);
    for (const size_t block_size : {size_t{64 << 10}, size_t{100000}, kDefaultBlockSize}) {
      for (const int threads : {1, 3}) {
        SCOPED_TRACE(
            absl::StrCat("round ", round, ", block_size ", block_size, ", threads ", threads));
        std::mt19937 read_rng(round);
        ExpectSame(whole,
                   Blocks(encoding, stream, &scratch, block_size, nullptr, SIZE_MAX, threads));
        ExpectSame(whole,
                   Blocks(encoding, stream, &scratch, block_size, &read_rng, SIZE_MAX, threads));
      }
    }
  }
}

TEST(ForEachInReaderTest, ReadOfMoreThanAskedIsAnError) {
  v1::Application scratch;
  const Walk walk = [&] {
    Walk w;
    w.status = ForEachInReader(
        Encoding::kBinary, [](char*, size_t size) -> absl::StatusOr<size_t> { return size + 1; },
        &scratch, [](size_t, const pb::Message&) { return absl::OkStatus(); }, 8);
    return w;
  }();
  EXPECT_EQ(walk.status.code(), absl::StatusCode::kInternal);
}

}  // namespace
}  // namespace gongkai::messages

namespace gongkai::messages {
namespace {

TEST(ForEachInReaderParallelTest, ThreadsOutsideTheRangeAreRefused) {
  v1::Application scratch;
  const std::string stream;
  for (const int threads : {0, -1, kMaxStreamThreads + 1}) {
    EXPECT_EQ(Blocks(Encoding::kBinary, stream, &scratch, 16, nullptr, SIZE_MAX, threads).status,
              absl::InvalidArgumentError(
                  absl::StrCat("threads: ", threads, " is outside 1..", kMaxStreamThreads)));
  }
}

// Many blocks in flight, more threads than cores: the order of visits is the stream's.
TEST(ForEachInReaderParallelTest, LongStreamOnManyThreadsVisitsInOrder) {
  v1::Application scratch;
  std::vector<v1::Application> apps;
  for (int i = 0; i < 5000; ++i) apps.push_back(App(absl::StrCat(i), i % 97));
  const std::string stream = Binary(apps);
  const Walk whole = Whole(Encoding::kBinary, stream, &scratch);
  for (const int threads : {2, 8, kMaxStreamThreads}) {
    ExpectSame(whole, Blocks(Encoding::kBinary, stream, &scratch, 512, nullptr, SIZE_MAX, threads));
  }
}

}  // namespace
}  // namespace gongkai::messages
