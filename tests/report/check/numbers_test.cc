#include "report/check/numbers.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gongkai::report::check {
namespace {

std::vector<int64_t> Values(std::u32string_view text) {
  std::vector<int64_t> out;
  for (const ProseNumber& n : FindNumbers(text)) out.push_back(n.value);
  return out;
}

TEST(FindNumbers, DigitsSeparatorsAndFullWidth) {
  EXPECT_THAT(Values(U"受理申请2493件"), ::testing::ElementsAre(2493));
  EXPECT_THAT(Values(U"受理申请2,493件"), ::testing::ElementsAre(2493));
  EXPECT_THAT(Values(U"受理申请２４９３件"), ::testing::ElementsAre(2493));
  EXPECT_THAT(Values(U"收费12.5万元，共3件"), ::testing::ElementsAre(3));
  EXPECT_THAT(Values(U"1,23件"), ::testing::ElementsAre(1, 23));
}

TEST(FindNumbers, ChineseNumerals) {
  EXPECT_THAT(Values(U"二千四百九十三件"), ::testing::ElementsAre(2493));
  EXPECT_THAT(Values(U"十二件"), ::testing::ElementsAre(12));
  EXPECT_THAT(Values(U"一万零五件"), ::testing::ElementsAre(10005));
  EXPECT_THAT(Values(U"两千件"), ::testing::ElementsAre(2000));
  EXPECT_THAT(Values(U"三三"), ::testing::IsEmpty());
  EXPECT_THAT(Values(U"千方百计"), ::testing::IsEmpty());
}

// Numbers past any count are dropped, not wrapped (UBSan found the overflow: fuzz/regressions/
// import_html).
TEST(FindNumbers, TooLargeToBeACountIsDropped) {
  EXPECT_THAT(Values(U"共" + std::u32string(40, U'3') + U"件，另2件"), ::testing::ElementsAre(2));
  std::u32string groups = U"1";
  for (int i = 0; i < 12; ++i) groups += U",000";
  EXPECT_THAT(Values(groups + U"件"), ::testing::IsEmpty());
  std::u32string wan;
  for (int i = 0; i < 8; ++i) wan += U"一万";
  EXPECT_THAT(Values(wan + U"件"), ::testing::IsEmpty());
  EXPECT_THAT(Values(U"999,999,999,999,999件"), ::testing::ElementsAre(999'999'999'999'999));
}

TEST(FindNumbers, UnitIsTheNextCharacter) {
  const std::vector<ProseNumber> n = FindNumbers(U"2023年收到12件");
  ASSERT_EQ(n.size(), 2u);
  EXPECT_EQ(n[0].unit, U'年');
  EXPECT_EQ(n[1].unit, U'件');
  EXPECT_EQ(n[1].begin, 7u);
}

}  // namespace
}  // namespace gongkai::report::check
