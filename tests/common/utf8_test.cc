#include "common/utf8.h"

#include <string>

#include "gtest/gtest.h"

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
  EXPECT_EQ(FindInvalidUtf8("政\x80"), 3u);          // lone continuation byte
  EXPECT_EQ(FindInvalidUtf8("x\xE6\x94"), 1u);       // truncated 3-byte sequence
  EXPECT_EQ(FindInvalidUtf8("\xC0\xAF"), 0u);        // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("\xE0\x80\xAF"), 0u);    // overlong 3-byte
  EXPECT_EQ(FindInvalidUtf8("\xED\xA0\x80"), 0u);    // UTF-16 surrogate
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("\xF5\x80\x80\x80"), 0u);
  EXPECT_EQ(FindInvalidUtf8("\xE6\x94\x41"), 0u);    // bad continuation
}

}  // namespace
}  // namespace gongkai
