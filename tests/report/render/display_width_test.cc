// DisplayWidth: terminal columns of UTF-8 text, East Asian wide characters counting two.
#include <string>

#include "gtest/gtest.h"
#include "report/render/common.h"

namespace gongkai::report {
namespace {

TEST(DisplayWidth, AsciiIsOneColumnPerCharacter) {
  EXPECT_EQ(DisplayWidth(""), 0);
  EXPECT_EQ(DisplayWidth("abc 123"), 7);
  EXPECT_EQ(DisplayWidth("-3021.45"), 8);
}

TEST(DisplayWidth, CjkIdeographsAreTwoColumns) {
  EXPECT_EQ(DisplayWidth("自然人"), 6);
  EXPECT_EQ(DisplayWidth("1.属于国家秘密"), 2 + 12);
  EXPECT_EQ(DisplayWidth("𠀀"), 2);  // U+20000, CJK Extension B
  EXPECT_EQ(DisplayWidth("豈"), 2);  // U+F900, compatibility ideograph
}

TEST(DisplayWidth, CjkPunctuationAndFullWidthFormsAreTwoColumns) {
  EXPECT_EQ(DisplayWidth("、。〔〕"), 8);  // U+3001, U+3002, U+3014, U+3015
  EXPECT_EQ(DisplayWidth("（一）"), 6);    // U+FF08, U+FF09
  EXPECT_EQ(DisplayWidth("１２，："), 8);  // full-width digits and punctuation
  EXPECT_EQ(DisplayWidth("￥"), 2);        // U+FFE5
  EXPECT_EQ(DisplayWidth("　"), 2);        // U+3000 ideographic space
}

TEST(DisplayWidth, KanaAndHangulAreTwoColumnsHalfWidthFormsOne) {
  EXPECT_EQ(DisplayWidth("かな"), 4);
  EXPECT_EQ(DisplayWidth("한국어"), 6);
  EXPECT_EQ(DisplayWidth("ｱｲ"), 2);  // U+FF71, U+FF72 half-width katakana
}

TEST(DisplayWidth, AmbiguousCharactersAreOneColumn) {
  EXPECT_EQ(DisplayWidth("“三安全一稳定”"), 1 + 12 + 1);  // U+201C, U+201D
  EXPECT_EQ(DisplayWidth("·"), 1);                        // U+00B7
}

TEST(DisplayWidth, CombiningAndControlCharactersTakeNoColumn) {
  EXPECT_EQ(DisplayWidth("e\xCC\x81"), 1);                         // e + U+0301
  EXPECT_EQ(DisplayWidth(std::string("a\xE2\x80\x8B") + "b"), 2);  // U+200B zero-width space
  EXPECT_EQ(DisplayWidth("\t\n"), 0);
}

TEST(DisplayWidth, EmojiAreTwoColumns) { EXPECT_EQ(DisplayWidth("\xF0\x9F\x98\x80"), 2); }

TEST(DisplayWidth, InvalidBytesCountOneEach) {
  EXPECT_EQ(DisplayWidth("\xFF"), 1);
  EXPECT_EQ(DisplayWidth("a\xE4\xB8"), 3);  // a truncated sequence: two stray bytes
  EXPECT_EQ(DisplayWidth(std::string("\xE4\xB8") + "a"), 3);
  EXPECT_EQ(DisplayWidth("\x80\xE4\xB8\xAD"), 1 + 2);  // a stray continuation, then 中
}

}  // namespace
}  // namespace gongkai::report
