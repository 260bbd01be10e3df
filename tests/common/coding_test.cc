// Varints (common/coding.h) against protobuf's own encoder and parser.
#include "common/coding.h"

#include <cstdint>
#include <random>
#include <string>

#include "absl/strings/escaping.h"
#include "google/protobuf/io/coded_stream.h"
#include "gtest/gtest.h"

namespace gongkai {
namespace {

namespace io = google::protobuf::io;

std::string ProtobufVarint(uint64_t value) {
  uint8_t buf[kMaxVarint64Length];
  const uint8_t* end = io::CodedOutputStream::WriteVarint64ToArray(value, buf);
  return std::string(reinterpret_cast<const char*>(buf), static_cast<size_t>(end - buf));
}

// Reads `bytes` with GetVarint64Ptr and with protobuf's CodedInputStream, which must agree on
// whether it is a varint, its value and its length.
void ExpectReadLikeProtobuf(const std::string& bytes) {
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  uint64_t got = 0;
  const uint8_t* end = GetVarint64Ptr(p, p + bytes.size(), &got);
  io::CodedInputStream in(p, static_cast<int>(bytes.size()));
  uint64_t want = 0;
  const bool ok = in.ReadVarint64(&want);
  ASSERT_EQ(end != nullptr, ok) << absl::CHexEscape(bytes);
  if (!ok) return;
  EXPECT_EQ(got, want) << absl::CHexEscape(bytes);
  EXPECT_EQ(end - p, in.CurrentPosition()) << absl::CHexEscape(bytes);
}

TEST(Coding, EncodesAsProtobuf) {
  std::mt19937_64 rng(7);
  for (int shift = 0; shift < 64; ++shift) {
    for (uint64_t v : {uint64_t{1} << shift, (uint64_t{1} << shift) - 1, rng() >> shift}) {
      std::string put;
      PutVarint64(&put, v);
      EXPECT_EQ(put, ProtobufVarint(v)) << v;
      uint64_t back = 0;
      const auto* p = reinterpret_cast<const uint8_t*>(put.data());
      EXPECT_EQ(GetVarint64Ptr(p, p + put.size(), &back), p + put.size()) << v;
      EXPECT_EQ(back, v);
    }
  }
  std::string max;
  PutVarint64(&max, UINT64_MAX);
  EXPECT_EQ(max.size(), static_cast<size_t>(kMaxVarint64Length));
}

TEST(Coding, DecodesAsProtobuf) {
  ExpectReadLikeProtobuf("");
  ExpectReadLikeProtobuf(std::string(1, '\0'));
  ExpectReadLikeProtobuf("\x80");  // cut short
  ExpectReadLikeProtobuf("\xff\x01");
  ExpectReadLikeProtobuf("\x80\x80\x80\x80\x80\x80\x80\x80\x80\x01");      // ten bytes
  ExpectReadLikeProtobuf("\xff\xff\xff\xff\xff\xff\xff\xff\xff\x7f");      // bits past 64 dropped
  ExpectReadLikeProtobuf("\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x01");  // eleven: refused
  ExpectReadLikeProtobuf(std::string("\x80\x00", 2) + "tail");             // redundant continuation
  std::mt19937 rng(11);
  for (int trial = 0; trial < 100000; ++trial) {
    std::string bytes(std::uniform_int_distribution<int>(1, 12)(rng), '\0');
    for (char& c : bytes) {
      c = static_cast<char>(std::uniform_int_distribution<int>(0, 9)(rng) < 8 ? 0x80 | rng()
                                                                              : rng());
    }
    ExpectReadLikeProtobuf(bytes);
    if (HasFailure()) return;
  }
}

TEST(Coding, LimitCapsTheLength) {
  const std::string five = "\x80\x80\x80\x80\x01";
  const auto* p = reinterpret_cast<const uint8_t*>(five.data());
  uint64_t v = 0;
  EXPECT_EQ(GetVarint64Ptr(p, p + 5, &v), p + 5);
  EXPECT_EQ(v, uint64_t{1} << 28);
  EXPECT_EQ(GetVarint64Ptr(p, p + 4, &v), nullptr);
  EXPECT_EQ(GetVarint64Ptr(p, p, &v), nullptr);
}

}  // namespace
}  // namespace gongkai
