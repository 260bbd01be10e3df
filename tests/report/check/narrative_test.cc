// The narrative's figures against the tables: each rule fires on a wrong figure in its own
// words, stays silent on the right one, and never reads a hedged clause.
#include "report/check/narrative.h"

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gongkai::report::check {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

v1::AnnualReport Report(const std::string& overview) {
  v1::AnnualReport r;
  r.mutable_agency()->set_name("示例区");
  r.set_year(2023);
  r.set_layout("2021");
  auto cell = [&](const char* key, int64_t value) {
    v1::Cell* c = r.add_cells();
    c->set_key(key);
    c->set_count(value);
  };
  cell("t3.new.total", 2493);
  cell("t3.carried_over.total", 12);
  cell("t3.total.total", 2400);
  cell("t3.carried_forward.total", 105);
  cell("t3.granted.total", 1000);
  cell("t3.partial.total", 200);
  cell("t4.cases.reconsideration_total", 7);
  cell("t4.cases.direct_total", 4);
  cell("t4.cases.after_reconsideration_total", 5);
  cell("t2.item1.normative_documents.issued", 3);
  r.set_overview(overview);
  return r;
}

std::vector<std::string> Rules(const std::string& overview) {
  absl::StatusOr<std::vector<v1::Finding>> f = CheckNarrative(Report(overview));
  EXPECT_TRUE(f.ok()) << f.status();
  std::vector<std::string> out;
  for (const v1::Finding& x : *f)
    out.push_back(absl::StrCat(x.rule(), " ", x.actual(), "/", x.expected()));
  return out;
}

TEST(CheckNarrative, AgreeingFiguresGiveNothing) {
  EXPECT_THAT(
      Rules("全年共收到政府信息公开申请2,493件，上年结转12件，办结2400件，结转下年度继续办理105件。"
            "予以公开和部分公开1200件。发生政府信息公开行政复议7件，行政诉讼9件。"
            "制发行政规范性文件3件。"),
      IsEmpty());
}

TEST(CheckNarrative, EachRuleFiresOnAWrongFigure) {
  EXPECT_THAT(Rules("全年共收到政府信息公开申请2500件。"), ElementsAre("N-new 2500/2493"));
  EXPECT_THAT(Rules("受理公民、法人或其他组织提出的政府信息公开申请二千四百九十件。"),
              ElementsAre("N-new 2490/2493"));
  EXPECT_THAT(Rules("上年结转申请10件。"), ElementsAre("N-carried-over 10/12"));
  EXPECT_THAT(Rules("办结2399件。"), ElementsAre("N-concluded 2399/2400"));
  EXPECT_THAT(Rules("结转下年度办理100件。"), ElementsAre("N-carried-forward 100/105"));
  EXPECT_THAT(Rules("予以公开及部分公开258件。"), ElementsAre("N-granted-and-partial 258/1200"));
  EXPECT_THAT(Rules("引发行政复议8件。"), ElementsAre("N-reconsideration 8/7"));
  EXPECT_THAT(Rules("被提起行政诉讼10起。"), ElementsAre("N-litigation 10/9"));
  EXPECT_THAT(Rules("全年制发行政规范性文件4件。"), ElementsAre("N-normative 4/3"));
}

TEST(CheckNarrative, HedgedClausesAreNotRead) {
  EXPECT_THAT(Rules("收到政府信息公开申请同比增长15件。"), IsEmpty());
  EXPECT_THAT(Rules("其中收到政府信息公开申请100件。"), IsEmpty());
  EXPECT_THAT(Rules("政府信息公开申请占比20%。"), IsEmpty());
  EXPECT_THAT(Rules("2023年收到政府信息公开申请。"), IsEmpty());  // a year, not a count
}

TEST(CheckNarrative, TheFindingQuotesTheSentenceAndNamesTheCells) {
  absl::StatusOr<std::vector<v1::Finding>> f =
      CheckNarrative(Report("依申请公开方面，全年共收到政府信息公开申请2500件；其余略。"));
  ASSERT_TRUE(f.ok());
  ASSERT_EQ(f->size(), 1u);
  const v1::Finding& x = (*f)[0];
  EXPECT_EQ(x.severity(), v1::SEVERITY_WARNING);
  ASSERT_EQ(x.cells_size(), 1);
  EXPECT_EQ(x.cells(0).key(), "t3.new.total");
  EXPECT_EQ(x.cells(0).value(), "2493");
  EXPECT_THAT(x.explanation_zh(),
              ::testing::HasSubstr("依申请公开方面，全年共收到政府信息公开申请2500件"));
  EXPECT_THAT(x.explanation_en(), ::testing::HasSubstr("2500"));
}

TEST(CheckNarrative, AMalformedReportIsAnError) {
  v1::AnnualReport r = Report("");
  r.set_layout("1999");
  EXPECT_FALSE(CheckNarrative(r).ok());
}

}  // namespace
}  // namespace gongkai::report::check
