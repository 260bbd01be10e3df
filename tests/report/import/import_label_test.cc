// MatchLabel: which printed forms of a statutory label are that label, and which variants they
// are reported as (report/import_label.h).
#include "report/import/label.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gongkai::report::importer {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using std::string_literals::operator""s;

TEST(MatchLabel, TheStatutoryTextMatchesWithoutVariants) {
  const auto m = MatchLabel("（一）予以公开", "（一）予以公开");
  ASSERT_TRUE(m.has_value());
  EXPECT_THAT(m->variants, IsEmpty());
  EXPECT_EQ(m->typo, -1);
}

TEST(MatchLabel, PrintedFormsMatchAndNameTheirVariants) {
  struct Case {
    const char* cell;
    const char* statutory;
    std::vector<Variant> variants;
  };
  const Case cases[] = {
      {"(一)予以公开", "（一）予以公开", {Variant::kLabelBrackets}},
      {" （一） 予以\u3000公开\u00A0", "（一）予以公开", {Variant::kLabelSpaces}},
      {"1、本机关不掌握相关政府信息", "1.本机关不掌握相关政府信息", {Variant::kLabelPunctuation}},
      {"１．本机关不掌握相关政府信息", "1.本机关不掌握相关政府信息", {Variant::kLabelPunctuation}},
      {"危及\"三安全一稳定\"", "危及“三安全一稳定”", {Variant::kLabelPunctuation}},
      {"危及”三安全一稳定“", "危及“三安全一稳定”", {Variant::kLabelPunctuation}},
      {"(二)部分公开(区分处理的, 只计这一情形)",
       "（二）部分公开（区分处理的，只计这一情形）",
       {Variant::kLabelBrackets, Variant::kLabelPunctuation, Variant::kLabelSpaces}},
  };
  for (const Case& c : cases) {
    const auto m = MatchLabel(c.cell, c.statutory);
    ASSERT_TRUE(m.has_value()) << c.cell;
    EXPECT_EQ(m->variants, c.variants) << c.cell;
    EXPECT_EQ(m->typo, -1) << c.cell;
  }
}

TEST(MatchLabel, AKnownMisprintMatchesAndNamesTheMisprint) {
  const auto m = MatchLabel("(二)部分公开(区分处理的,只计这一情况,不计其他情形)",
                            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
  ASSERT_TRUE(m.has_value());
  ASSERT_GE(m->typo, 0);
  EXPECT_EQ(KnownLabelTypos()[m->typo].printed, "只计这一情况");
  EXPECT_THAT(m->variants, ElementsAre(Variant::kLabelBrackets, Variant::kLabelPunctuation));
}

TEST(MatchLabel, OtherTextDoesNotMatch) {
  const char* const statutory = "（一）予以公开";
  for (const std::string& cell :
       {"（二）予以公开"s, "（一）予以公"s, "（一）予以公开。"s, "（一）予以公开公开"s, ""s,
        "一予以公开"s, "（一）予以公开\0"s, "（1）予以公开"s, "、（一）予以公开"s}) {
    EXPECT_FALSE(MatchLabel(cell, statutory).has_value()) << cell;
  }
  // "、" is read as "." only after a digit.
  EXPECT_FALSE(MatchLabel("本机关、不掌握", "本机关.不掌握").has_value());
  // A misprint counts only where the statute has the text it stands for.
  EXPECT_FALSE(MatchLabel("只计这一情况", "只计这一情景").has_value());
}

TEST(MatchLabel, SpacesAloneAreNotALabel) {
  EXPECT_FALSE(MatchLabel(" \u3000", "（一）予以公开").has_value());
  EXPECT_TRUE(MatchLabel(" \u3000", "").has_value());
}

}  // namespace
}  // namespace gongkai::report::importer
