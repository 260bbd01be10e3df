// Section 一's sentences: every template is filled from the headline, in print order.
#include "annual/narrative.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gongkai::annual {
namespace {

v1::Headline Sample() {
  v1::Headline h;
  h.set_items_published(12);
  h.set_documents_published(9);
  h.set_interpretations_published(3);
  v1::ChannelCount* portal = h.add_channels();
  portal->set_channel(v1::PUBLICATION_CHANNEL_PORTAL);
  portal->set_publications(12);
  v1::ChannelCount* gazette = h.add_channels();
  gazette->set_channel(v1::PUBLICATION_CHANNEL_GAZETTE);
  gazette->set_publications(2);
  h.set_late_publications(1);
  h.set_overdue_at_year_end(4);
  h.set_applications_received(30);
  h.set_applications_carried_over(5);
  h.set_applications_concluded(31);
  h.set_remedies_filed(2);
  return h;
}

TEST(Narrative, FillsEverySentenceInOrder) {
  const v1::Narrative n = NarrativeOf(Sample());
  EXPECT_EQ(n.title(), "总体情况：由记录得出的数字");
  std::vector<std::pair<int, std::string>> lines;
  for (const v1::NarrativeLine& line : n.lines()) lines.emplace_back(line.depth(), line.text());
  EXPECT_THAT(lines,
              testing::ElementsAre(
                  testing::Pair(0, "主动公开信息 12 条（文件 9 条，政策解读等 3 条）"),
                  testing::Pair(1, "政府网站：12 次"), testing::Pair(1, "政府公报：2 次"),
                  testing::Pair(0, "超过第二十六条期限公开 1 条；截至12月31日逾期未公开 4 条"),
                  testing::Pair(0, "新收政府信息公开申请 30 件，上年结转 5 件，本年办结 31 件"),
                  testing::Pair(0, "新发生行政复议、行政诉讼 2 件")));
}

TEST(Narrative, NoPlaceholderLeft) {
  const v1::Narrative n = NarrativeOf(Sample());
  for (const v1::NarrativeLine& line : n.lines()) {
    EXPECT_EQ(line.text().find('{'), std::string::npos) << line.text();
  }
}

TEST(Narrative, TextAndMarkdown) {
  v1::Headline h;
  h.add_channels()->set_channel(v1::PUBLICATION_CHANNEL_PORTAL);
  const v1::Narrative n = NarrativeOf(h);
  EXPECT_EQ(NarrativeText(n, false),
            "总体情况：由记录得出的数字\n"
            "  主动公开信息 0 条（文件 0 条，政策解读等 0 条）\n"
            "    政府网站：0 次\n"
            "  超过第二十六条期限公开 0 条；截至12月31日逾期未公开 0 条\n"
            "  新收政府信息公开申请 0 件，上年结转 0 件，本年办结 0 件\n"
            "  新发生行政复议、行政诉讼 0 件\n");
  EXPECT_THAT(NarrativeText(n, true),
              testing::StartsWith("## 总体情况：由记录得出的数字\n\n- 主动公开信息 0 条"));
  EXPECT_THAT(NarrativeText(n, true), testing::HasSubstr("\n-   政府网站：0 次\n"));
}

}  // namespace
}  // namespace gongkai::annual
