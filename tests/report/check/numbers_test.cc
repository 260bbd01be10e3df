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

TEST(FindNumbers, UnitIsTheNextCharacter) {
  const std::vector<ProseNumber> n = FindNumbers(U"2023年收到12件");
  ASSERT_EQ(n.size(), 2u);
  EXPECT_EQ(n[0].unit, U'年');
  EXPECT_EQ(n[1].unit, U'件');
  EXPECT_EQ(n[1].begin, 7u);
}

}  // namespace
}  // namespace gongkai::report::check
