// Grids that keep the label columns, written as people paste them from published web pages:
// title and header lines, merged cells left blank, half-width brackets and known misprints.
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "report/import/grid.h"

namespace gongkai::report {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

const Layout& L(const char* id) { return **FindLayout(id); }

int64_t Units(const ImportResult& r, const std::string& key) {
  return r.figures.values[*r.figures.layout->FindCell(key)].units;
}

std::vector<std::string> Explanations(const ImportResult& r) {
  std::vector<std::string> out;
  for (const v1::Finding& f : r.warnings) out.push_back(f.explanation_en());
  return out;
}

// Table 三 of a 2021 report copied from a web page into a spreadsheet and saved as CSV: the
// title, three header lines under the corner note, three label columns with merged cells
// blank, and the misprints and half-width punctuation such copies carry.
constexpr char kTable3Of2021[] = R"grid(三、收到和处理政府信息公开申请情况,,,,,,,,,
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）,,,申请人情况,,,,,,
,,,自然人,法人或其他组织,,,,,总计
,,,,商业企业,科研机构,社会公益组织,法律服务机构,其他,
一、本年新收政府信息公开申请数量,,,120,15,2,1,3,4,145
二、上年结转政府信息公开申请数量,,,5,1,0,0,0,0,6
三、本年度办理结果,(一)予以公开,,60,8,1,0,1,2,72
,"(二)部分公开(区分处理的,只计这一情况,不计其他情形)",,10,2,0,0,0,0,12
,（三）不予公开,1.属于国家秘密,0,0,0,0,0,0,0
,,2.其他法律行政法规禁止公开,1,0,0,0,0,0,1
,,3.危及"三安全一稳定",0,0,0,0,0,0,0
,,4.保护第三方合法权益,2,0,0,0,0,0,2
,,5.属于三类内容事务信息,1,0,0,0,0,0,1
,,6.属于四类过程性信息,3,1,0,0,0,0,4
,,7.属于行政执法案卷,0,0,0,0,0,0,0
,,8.属于行政查询事项,4,0,0,0,0,0,4
,（四）无法提供,1、本机关不掌握相关政府信息,20,2,0,1,0,1,24
,,2、没有现成信息需要另行制作,3,0,0,0,0,0,3
,,3、补正后申请内容仍不明确,1,0,0,0,0,0,1
,（五）不予处理,1.信访举报投诉类申请,5,0,0,0,0,0,5
,,2.重复申请,2,1,0,0,1,0,4
,,3.要求提供公开出版物,0,0,0,0,0,0,0
,,4.无正当理由大量反复申请,1,0,0,0,0,0,1
,,5.要求行政机关确认或重新出具已获取信息,0,0,0,0,0,0,0
,（六）其他处理,1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请,2,0,0,0,0,0,2
,,2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请,0,0,0,0,0,0,0
,,3.其他,1,0,0,0,0,0,1
,（七）总计,,116,14,1,1,2,3,137
四、结转下年度继续办理,,,9,2,1,0,1,1,14
)grid";

TEST(ImportLabelled, Table3CopiedFromAWebPage) {
  auto r = ImportGrid(L("2021"), "t3", kTable3Of2021, "web.csv");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Units(*r, "t3.new.total"), 145);
  EXPECT_EQ(Units(*r, "t3.partial.natural_person"), 10);
  EXPECT_EQ(Units(*r, "t3.unable_not_held.legal_services"), 0);
  EXPECT_EQ(Units(*r, "t3.unable_not_held.other"), 1);
  EXPECT_EQ(Units(*r, "t3.carried_forward.total"), 14);
  EXPECT_THAT(
      Explanations(*r),
      ElementsAre(
          "half-width brackets in labels: 2 cells, first on line 7 of web.csv (“(一)予以公开”)",
          "label punctuation differs from the statutory text: 5 cells, first on line 8 of "
          "web.csv (“(二)部分公开(区分处理的,只计这一情况,不计其他情形)”)",
          "the misprint “只计这一情况” for “只计这一情形” in labels: 1 cell, first on line 8 of "
          "web.csv (“(二)部分公开(区分处理的,只计这一情况,不计其他情形)”)",
          "the misprint “三类内容事务信息” for “三类内部事务信息” in labels: 1 cell, first on "
          "line 13 of web.csv (“5.属于三类内容事务信息”)"));
  // A label warning names the first cell of the row whose label was printed differently.
  EXPECT_EQ(r->warnings[0].cells(0).key(), "t3.granted.natural_person");
  EXPECT_EQ(r->warnings[0].cells(0).value(), "60");
}

TEST(ImportLabelled, RowsWithOnlyTheirOwnLabelAndBlankValues) {
  // 2021 table 二 as a web page prints it: section titles and column headers between the rows,
  // one label column, blanks for zero, and padding up to the widest section.
  const char grid[] = R"grid(第二十条第（一）项,,,
信息内容,本年制发件数,本年废止件数,现行有效件数
规章,0,0,5
规范性文件,3,1,20
第二十条第（五）项,,,
信息内容,本年处理决定数量,,
行政许可,,,
第二十条第（六）项,,,
信息内容,本年处理决定数量,,
行政处罚,"1,234",,
行政强制,—,,
第二十条第（八）项,,,
信息内容,本年收费金额（单位：万元）,,
行政事业性收费,12.5,,
)grid";
  auto r = ImportGrid(L("2021"), "t2", grid, "t2.csv");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Units(*r, "t2.item1.normative_documents.in_force"), 20);
  EXPECT_EQ(Units(*r, "t2.item5.licensing.decisions"), 0);
  EXPECT_EQ(Units(*r, "t2.item6.penalty.decisions"), 1234);
  EXPECT_EQ(Units(*r, "t2.item8.fees.amount"), 125);
  EXPECT_THAT(
      Explanations(*r),
      ElementsAre(HasSubstr("“规范性文件” for “行政规范性文件” in labels: 1 cell, first on line 4"),
                  HasSubstr("blank cells read as 0: 1 cell, first on line 7"),
                  HasSubstr("empty cells after the last number ignored: 6 cells, first on line 10"),
                  HasSubstr("thousands separators in numbers: 1 cell, first on line 10"),
                  HasSubstr("dashes read as 0: 1 cell, first on line 11")));
}

TEST(ImportLabelled, TheStatutoryLabelOf2019IsNoMisprint) {
  const char grid[] =
      "第二十条第（一）项,规章,1,2,3\n第二十条第（一）项,规范性文件,4,5,6\n"
      "第二十条第（五）项,行政许可,1,0,1\n,其他对外管理服务事项,1,0,1\n"
      "第二十条第（六）项,行政处罚,1,0,1\n,行政强制,1,0,1\n"
      "第二十条第（八）项,行政事业性收费,1,-1\n第二十条第（九）项,政府集中采购,2,10.5\n";
  auto r = ImportGrid(L("2019"), "t2", grid, "t2.csv");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(r->warnings, IsEmpty());
  EXPECT_EQ(Units(*r, "t2.item8.fees.delta"), -1);
}

TEST(ImportLabelled, LabelsMayKeepOnlySomeLevelsOfTheRowPath) {
  std::string grid;
  for (const Section& s : L("2019").sections()) {
    if (s.table->key() != "t3") continue;
    for (int r = 0; r < s.rows(); ++r) grid += s.row(r).label() + ",1,0,0,0,0,0,1\n";
  }
  auto r = ImportGrid(L("2019"), "t3", grid, "t3.csv");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(r->warnings, IsEmpty());
  EXPECT_EQ(Units(*r, "t3.other_processing.total"), 1);
}

TEST(ImportLabelled, SpacesAndFullWidthDigitsInLabels) {
  std::string grid = "一、 本年新收政府信息公开申请数量,1,0,0,0,0,0,1\n";
  for (int i = 1; i < 25; ++i) grid += "1,0,0,0,0,0,1\n";
  auto r = ImportGrid(L("2021"), "t3", grid, "t3.csv");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Explanations(*r),
              ElementsAre(HasSubstr("spaces in labels: 1 cell, first on line 1")));
}

TEST(ImportLabelled, ARowsLabelInTheWrongPlaceIsAnError) {
  std::string grid(kTable3Of2021);
  const std::string secret = "1.属于国家秘密", prohibited = "2.其他法律行政法规禁止公开";
  grid.replace(grid.find(secret), secret.size(), prohibited);
  auto r = ImportGrid(L("2021"), "t3", grid, "web.csv");
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(r.status().message(),
            "t3 grid line 9, cell 3: label “2.其他法律行政法规禁止公开” does not name the row "
            "“三、本年度办理结果 （三）不予公开 1.属于国家秘密”");
}

}  // namespace
}  // namespace gongkai::report
