#include "report/layout.h"

#include <set>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gongkai::report {
namespace {

using ::testing::HasSubstr;

const Layout& Get(absl::string_view id) { return **FindLayout(id); }

int DataRows(const Layout& layout, absl::string_view table) {
  int rows = 0;
  for (const Section& s : layout.sections()) {
    if (s.table->key() == table) rows += s.rows();
  }
  return rows;
}

TEST(Layout, BuiltinsAreThe2019And2021Formats) {
  ASSERT_EQ(BuiltinLayouts().size(), 2u);
  EXPECT_EQ(BuiltinLayouts()[0]->id(), "2019");
  EXPECT_EQ(BuiltinLayouts()[1]->id(), "2021");
  EXPECT_EQ(Get("2021").spec().document(), "国办公开办函〔2021〕30号");
  EXPECT_EQ(Get("2019").spec().document(), "国办公开办函〔2019〕60号");
}

TEST(Layout, TableShapesMatchTheStatutoryFormats) {
  // tables.md: table 三 has 25 data rows (2021) or 23 (2019) of 7 columns; table 四 one row of 15.
  EXPECT_EQ(DataRows(Get("2021"), "t3"), 25);
  EXPECT_EQ(DataRows(Get("2019"), "t3"), 23);
  for (const char* id : {"2019", "2021"}) {
    const Layout& layout = Get(id);
    EXPECT_EQ(layout.sections()[*layout.FindSection("t3", "")].columns(), 7) << id;
    EXPECT_EQ(layout.sections()[*layout.FindSection("t4", "")].columns(), 15) << id;
    EXPECT_EQ(DataRows(layout, "t4"), 1) << id;
  }
  EXPECT_EQ(DataRows(Get("2021"), "t2"), 6);
  EXPECT_EQ(DataRows(Get("2019"), "t2"), 8);
  EXPECT_EQ(Get("2021").cells().size(), 3u + 3 + 1 + 1 + 1 + 1 + 25 * 7 + 15);
}

TEST(Layout, ReproducesStatutoryLabelsExactly) {
  const Layout& l21 = Get("2021");
  const Section& t3 = l21.sections()[*l21.FindSection("t3", "")];
  EXPECT_EQ(t3.spec->corner(),
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
  EXPECT_EQ(t3.row(t3.RowIndex("partial")).label(),
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
  EXPECT_EQ(t3.row(t3.RowIndex("refused_security")).label(), "3.危及“三安全一稳定”");
  EXPECT_EQ(t3.row(t3.RowIndex("refused_internal")).label(), "5.属于三类内部事务信息");
  const auto& cell = l21.cells()[*l21.FindCell("t3.refused_state_secret.commercial")];
  EXPECT_EQ(
      cell.label,
      "三、本年度办理结果 （三）不予公开 1.属于国家秘密 / 申请人情况 法人或其他组织 商业企业");
  EXPECT_EQ(l21.cells()[*l21.FindCell("t2.item1.normative_documents.in_force")].label,
            "第二十条第（一）项 行政规范性文件 / 现行有效件数");
  const Layout& l19 = Get("2019");
  EXPECT_EQ(l19.cells()[*l19.FindCell("t2.item1.normative_documents.made")].label,
            "第二十条第（一）项 规范性文件 / 本年新制作数量");
  EXPECT_EQ(l19.cells()[*l19.FindCell("t2.item5.licensing.delta")].kind,
            v1::VALUE_KIND_SIGNED_COUNT);
  EXPECT_TRUE(l19.FindCell("t3.other_processing.total").has_value());
  EXPECT_FALSE(l19.FindCell("t3.other_other.total").has_value());
  EXPECT_TRUE(l21.FindCell("t3.other_unpaid_fee.total").has_value());
}

TEST(Layout, KeysAreUniqueAndInStatutoryOrder) {
  for (const Layout* layout : BuiltinLayouts()) {
    std::set<std::string> keys;
    for (size_t i = 0; i < layout->cells().size(); ++i) {
      const CellInfo& cell = layout->cells()[i];
      EXPECT_TRUE(keys.insert(cell.key).second) << cell.key;
      EXPECT_EQ(*layout->FindCell(cell.key), static_cast<int>(i));
      const Section& s = layout->sections()[cell.section];
      EXPECT_EQ(s.CellAt(cell.row, cell.column), static_cast<int>(i));
    }
  }
}

TEST(Layout, YearDecidesTheDefault) {
  EXPECT_EQ((*LayoutFor("", 2019))->id(), "2019");
  EXPECT_EQ((*LayoutFor("", 2020))->id(), "2019");
  EXPECT_EQ((*LayoutFor("", 2021))->id(), "2021");
  EXPECT_EQ((*LayoutFor("", 2026))->id(), "2021");
  EXPECT_EQ((*LayoutFor("2019", 2023))->id(), "2019");  // named explicitly
  EXPECT_EQ(LayoutFor("", 2018).status().code(), absl::StatusCode::kNotFound);
  auto unknown = LayoutFor("2008", 2021);
  EXPECT_EQ(unknown.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(unknown.status().message()), HasSubstr("known: 2019, 2021"));
}

TEST(Layout, RejectsBrokenSpecsNamingTheKey) {
  v1::LayoutSpec spec = Get("2021").spec();
  spec.mutable_sum_rules(0)->add_rhs("no_such_row");
  auto bad = Layout::FromSpec(spec);
  EXPECT_EQ(bad.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(bad.status().message()), HasSubstr("no_such_row"));

  spec = Get("2021").spec();
  spec.mutable_tables(1)->mutable_sections(0)->mutable_rows(0)->set_key("carried_over");
  EXPECT_THAT(std::string(Layout::FromSpec(spec).status().message()), HasSubstr("repeated"));

  spec = Get("2021").spec();
  spec.mutable_report_sections(1)->set_table("t9");
  EXPECT_THAT(std::string(Layout::FromSpec(spec).status().message()),
              HasSubstr("report section 二"));

  spec = Get("2021").spec();
  spec.mutable_tables(0)->mutable_sections(0)->mutable_columns(0)->clear_kind();
  EXPECT_THAT(std::string(Layout::FromSpec(spec).status().message()), HasSubstr("has no kind"));
}

}  // namespace
}  // namespace gongkai::report
