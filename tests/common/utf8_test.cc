// The UTF-8 checks of common/utf8.h: FindInvalidUtf8's offsets, and IsWellFormedUtf8 (the
// SSSE3 kernel where the CPU has it, the portable check under GONGKAI_PORTABLE: ctest runs this
// file both ways, core.* and core.portable.*) against protobuf's own check.
#include "common/utf8.h"

#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/stubs/common.h"
#include "gtest/gtest.h"
#include "port/cpu.h"
#include "random_text.h"

namespace gongkai {
namespace {

TEST(Utf8, AcceptsAsciiChineseAndSupplementaryPlanes) {
  EXPECT_EQ(FindInvalidUtf8(""), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8("plain"), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8("政府信息公开（一）“三安全一稳定”"), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8("\xF0\x9F\x98\x80"), std::nullopt);      // U+1F600
  EXPECT_EQ(FindInvalidUtf8("\xF4\x8F\xBF\xBF"), std::nullopt);      // U+10FFFF
  EXPECT_EQ(FindInvalidUtf8(std::string("a\0b", 3)), std::nullopt);  // NUL is valid UTF-8
}

TEST(Utf8, ReportsTheOffsetOfTheFirstBadByte) {
  EXPECT_EQ(FindInvalidUtf8("ab\xFF"), 2u);
  EXPECT_EQ(FindInvalidUtf8("政\x80"), 3u);            // lone continuation byte
  EXPECT_EQ(FindInvalidUtf8("x\xE6\x94"), 1u);         // truncated 3-byte sequence
  EXPECT_EQ(FindInvalidUtf8("\xC0\xAF"), 0u);          // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("\xE0\x80\xAF"), 0u);      // overlong 3-byte
  EXPECT_EQ(FindInvalidUtf8("\xED\xA0\x80"), 0u);      // UTF-16 surrogate
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("\xF5\x80\x80\x80"), 0u);
  EXPECT_EQ(FindInvalidUtf8("\xE6\x94\x41"), 0u);  // bad continuation
}

TEST(Utf8, CodePointsRoundTrip) {
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string text;
    AppendUtf8(c, &text);
    ASSERT_EQ(FindInvalidUtf8(text), std::nullopt) << static_cast<uint32_t>(c);
    size_t i = 0;
    ASSERT_EQ(NextCodePoint(text, &i), c);
    ASSERT_EQ(i, text.size());
  }
}

TEST(Utf8, NextCodePointSkipsABadByteAlone) {
  const std::string text = "a\x80\xE6\x94\xBF\xE6\x94";  // a, stray continuation, 政, cut short
  size_t i = 0;
  EXPECT_EQ(NextCodePoint(text, &i), U'a');
  EXPECT_EQ(NextCodePoint(text, &i), kNotUtf8);
  EXPECT_EQ(i, 2u);
  EXPECT_EQ(NextCodePoint(text, &i), U'政');
  EXPECT_EQ(NextCodePoint(text, &i), kNotUtf8);
  EXPECT_EQ(NextCodePoint(text, &i), kNotUtf8);
  EXPECT_EQ(i, text.size());
}

TEST(Utf8, QuoteForMessageKeepsUtf8AndEscapesTheRest) {
  EXPECT_EQ(QuoteForMessage("2025年1月24日"), "\"2025年1月24日\"");
  EXPECT_EQ(QuoteForMessage("a\"b\\c'd"), "\"a\\\"b\\\\c\\'d\"");
  EXPECT_EQ(QuoteForMessage("1\n2\t3\r"), "\"1\\n2\\t3\\r\"");
  // Controls (C0, DEL, C1 as UTF-8), stray bytes, a cut sequence, an overlong and a surrogate.
  EXPECT_EQ(QuoteForMessage("\x1b[\x7f\xc2\x9b"), "\"\\x1b[\\x7f\\xc2\\x9b\"");
  EXPECT_EQ(QuoteForMessage("\xff\xfe"), "\"\\xff\\xfe\"");
  EXPECT_EQ(QuoteForMessage("\xe5\xb9"), "\"\\xe5\\xb9\"");
  EXPECT_EQ(QuoteForMessage("\xc0\xaf"), "\"\\xc0\\xaf\"");
  EXPECT_EQ(QuoteForMessage("\xed\xa0\x80"), "\"\\xed\\xa0\\x80\"");
  // ASCII text is quoted exactly as absl::CHexEscape escapes it.
  const std::string ascii = "x\"y'z\\\n\x01~";
  EXPECT_EQ(QuoteForMessage(ascii), absl::StrCat("\"", absl::CHexEscape(ascii), "\""));
}

// The environment chose the path: under GONGKAI_PORTABLE no SSSE3 code runs.
TEST(Utf8, PortableSwitchChoosesTheFallback) {
  const char* portable = std::getenv("GONGKAI_PORTABLE");
  if (portable != nullptr && std::string(portable) != "" && std::string(portable) != "0") {
    EXPECT_FALSE(port::HaveSsse3());
  }
}

TEST(Utf8, WellFormedIsProtobufsCheck) {
  using google::protobuf::internal::IsStructurallyValidUTF8;
  auto expect_same = [](const std::string& s) {
    const bool want = IsStructurallyValidUTF8(s.data(), static_cast<int>(s.size()));
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    ASSERT_EQ(IsWellFormedUtf8Scalar(p, s.size()), want) << absl::CHexEscape(s);
    ASSERT_EQ(IsWellFormedUtf8(p, s.size(), p + s.size()), want) << absl::CHexEscape(s);
    const std::string padded = s + std::string(20, '\xF0');
    const auto* q = reinterpret_cast<const uint8_t*>(padded.data());
    ASSERT_EQ(IsWellFormedUtf8(q, s.size(), q + padded.size()), want) << absl::CHexEscape(s);
  };
  // Every string of one and two bytes, and every three-byte one that starts with a lead byte.
  for (int a = 0; a < 256; ++a) {
    expect_same(std::string(1, static_cast<char>(a)));
    for (int b = 0; b < 256; ++b) {
      expect_same(std::string{static_cast<char>(a), static_cast<char>(b)});
      if (a < 0xC0) continue;
      for (int c = 0; c < 256; c += (a >= 0xE0 ? 1 : 37)) {
        expect_same(std::string{static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)});
        if (HasFailure()) return;
      }
    }
  }
  // Longer text of every kind, cut and spliced at every block boundary.
  std::mt19937 rng(19);
  for (int trial = 0; trial < 200000; ++trial) {
    expect_same(gongkai::testing::RandomText(rng, std::uniform_int_distribution<int>(0, 70)(rng)));
    if (HasFailure()) return;
  }
}

}  // namespace
}  // namespace gongkai
