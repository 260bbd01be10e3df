// ReadDocx (lib/document/ooxml.h) on .docx files made in memory.
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "document/ooxml.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ooxml_maker.h"

namespace gongkai::document {
namespace {

using ::testing::ElementsAre;
using testing::Grid;
using ::testing::HasSubstr;
using testing::MakeDocx;
using Rows = std::vector<std::vector<std::string>>;

std::string P(const std::string& text) {
  return absl::StrCat("<w:p><w:r><w:t>", text, "</w:t></w:r></w:p>");
}
// A cell with `props` in its w:tcPr and `content` (paragraphs, tables).
std::string Tc(const std::string& content, const std::string& props = "") {
  return absl::StrCat("<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/>", props, "</w:tcPr>",
                      content.empty() ? "<w:p/>" : content, "</w:tc>");
}
std::string Tr(const std::string& cells) { return absl::StrCat("<w:tr>", cells, "</w:tr>"); }
std::string Tbl(const std::string& rows) {
  return absl::StrCat("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>", rows,
                      "</w:tbl>");
}

// A block as {text, table}, to compare.
using B = std::pair<std::string, int>;
std::vector<B> Blocks(const Document& doc) {
  std::vector<B> blocks;
  for (const Block& b : doc.blocks) blocks.emplace_back(b.text, b.table);
  return blocks;
}

Document Read(const std::string& body, const std::string& title = "") {
  absl::StatusOr<Document> doc = ReadDocx(MakeDocx(body, title), Limits());
  EXPECT_TRUE(doc.ok()) << doc.status();
  return doc.ok() ? *doc : Document();
}

TEST(Docx, ParagraphsAndTablesInReadingOrder) {
  const Document doc = Read(P("标题") + Tbl(Tr(Tc(P("甲")) + Tc(P("乙")))) + P("中间") + "<w:p/>" +
                            Tbl(Tr(Tc(P("丙")))) + P("结尾"));
  EXPECT_EQ(doc.format, Format::kDocx);
  EXPECT_THAT(Blocks(doc),
              ElementsAre(B{"标题", -1}, B{"", 0}, B{"中间", -1}, B{"", 1}, B{"结尾", -1}));
  ASSERT_EQ(doc.tables.size(), 2u);
  EXPECT_EQ(doc.tables[0].where, "table 1");
  EXPECT_EQ(Grid(doc.tables[0]), (Rows{{"甲", "乙"}}));
  EXPECT_THAT(doc.tables[0].printed_rows, ElementsAre(1));
  EXPECT_EQ(doc.tables[0].first_column, 1);
  EXPECT_EQ(doc.tables[1].where, "table 2");
}

TEST(Docx, RunsTabsAndBreaks) {
  const Document doc = Read(
      "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
      "<w:r><w:t xml:space=\"preserve\">一、 </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>总体</w:t>"
      "</w:r><w:r><w:t>情况</w:t><w:tab/><w:t>甲</w:t><w:br/><w:t>乙&amp;丙</w:t><w:cr/>"
      "<w:t>丁</w:t><w:noBreakHyphen/><w:t>戊</w:t></w:r></w:p>");
  EXPECT_THAT(Blocks(doc), ElementsAre(B{"一、 总体情况 甲 乙&丙 丁-戊", -1}));
}

TEST(Docx, GridSpanAndVMergeSpreadOut) {
  // | A (2 columns)  | B (2 rows) |
  // | C     | D      |            |
  // | E     | F      | G          |
  const Document doc = Read(Tbl(
      Tr(Tc(P("A"), "<w:gridSpan w:val=\"2\"/>") + Tc(P("B"), "<w:vMerge w:val=\"restart\"/>")) +
      Tr(Tc(P("C")) + Tc(P("D")) + Tc("", "<w:vMerge/>")) +
      Tr(Tc(P("E")) + Tc(P("F")) + Tc(P("G")))));
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(Grid(doc.tables[0]), (Rows{{"A", "^", "B"}, {"C", "D", "^"}, {"E", "F", "G"}}));
  EXPECT_THAT(doc.tables[0].printed_rows, ElementsAre(1, 2, 3));
}

TEST(Docx, MergedBlockAndContinuationText) {
  // A 2×2 merged corner (gridSpan with vMerge), w:vMerge w:val="continue", and text Word would
  // not show in a continuation cell.
  const Document doc = Read(
      Tbl(Tr(Tc(P("角"), "<w:gridSpan w:val=\"2\"/><w:vMerge w:val=\"restart\"/>") + Tc(P("X"))) +
          Tr(Tc(P("旧"), "<w:gridSpan w:val=\"2\"/><w:vMerge w:val=\"continue\"/>") + Tc(P("Y")))));
  EXPECT_EQ(Grid(doc.tables[0]), (Rows{{"角", "^", "X"}, {"^", "^", "Y"}}));
}

TEST(Docx, VMergeContinuationInFirstRowIsAPlainCell) {
  const Document doc = Read(Tbl(Tr(Tc(P("A"), "<w:vMerge/>") + Tc(P("B")))));
  EXPECT_EQ(Grid(doc.tables[0]), (Rows{{"A", "B"}}));
}

TEST(Docx, GridBeforeLeavesEmptyCells) {
  const Document doc =
      Read(Tbl(Tr(Tc(P("A")) + Tc(P("B"))) + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" +
               Tc(P("C")) + "</w:tr>"));
  EXPECT_EQ(Grid(doc.tables[0]), (Rows{{"A", "B"}, {"", "C"}}));
}

TEST(Docx, CellParagraphsJoinWithASpace) {
  const Document doc =
      Read(Tbl(Tr(Tc(P("（二）部分公开") + "<w:p/>" + P("（区分处理的） ")) + Tc(""))));
  EXPECT_EQ(Grid(doc.tables[0]), (Rows{{"（二）部分公开 （区分处理的）", ""}}));
}

TEST(Docx, NestedTablesAreTablesOfTheirOwn) {
  const std::string inner = Tbl(Tr(Tc(P("内1")) + Tc(P("内2"))));
  const Document doc =
      Read(Tbl(Tr(Tc(P("外") + inner + P("尾")) + Tc(P("x"))) + Tr(Tc(P("y")) + Tc(P("z")))) +
           P("之后") + Tbl(Tr(Tc(P("三")))));
  ASSERT_EQ(doc.tables.size(), 3u);
  EXPECT_EQ(doc.tables[0].where, "table 1");
  EXPECT_EQ(Grid(doc.tables[0]), (Rows{{"外 尾", "x"}, {"y", "z"}}));
  EXPECT_EQ(doc.tables[1].where, "table 2");
  EXPECT_EQ(Grid(doc.tables[1]), (Rows{{"内1", "内2"}}));
  EXPECT_EQ(doc.tables[2].where, "table 3");
  // Tables in the order they start: a nested table's block right after its outer table's.
  EXPECT_THAT(Blocks(doc), ElementsAre(B{"", 0}, B{"", 1}, B{"之后", -1}, B{"", 2}));
}

TEST(Docx, TitleFromCoreProperties) {
  EXPECT_EQ(Read(P("正文"), " 某局2021年 政府信息公开工作年度报告 ").title,
            "某局2021年 政府信息公开工作年度报告");
  EXPECT_EQ(Read(P("正文")).title, "");  // no docProps/core.xml: not the first paragraph
}

TEST(Docx, RevisionsContentControlsAndAlternateContent) {
  const Document doc = Read(
      "<w:p><w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>新增</w:t></w:r></w:ins>"
      "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>删除</w:delText></w:r></w:del>"
      "<w:moveFrom w:id=\"3\" w:author=\"a\"><w:r><w:t>移走</w:t></w:r></w:moveFrom>"
      "<w:hyperlink r:id=\"rId9\"><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p>"
      "<w:sdt><w:sdtPr><w:alias w:val=\"表\"/><w:placeholder><w:docPart w:val=\"x\"/>"
      "</w:placeholder></w:sdtPr><w:sdtContent>" +
      Tbl(Tr(Tc("<w:sdt><w:sdtContent>" + P("控件") + "</w:sdtContent></w:sdt>"))) +
      "</w:sdtContent></w:sdt>"
      "<w:p><w:r><mc:AlternateContent "
      "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><mc:Choice "
      "Requires=\"wps\"><w:drawing><w:txbxContent>" +
      P("文本框") + "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>" +
      P("文本框") + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>" +
      "<w:r><w:t>锚</w:t></w:r></w:p>");
  EXPECT_THAT(Blocks(doc), ElementsAre(B{"新增链接", -1}, B{"", 0}, B{"文本框 锚", -1}));
  EXPECT_EQ(Grid(doc.tables[0]), (Rows{{"控件"}}));
}

TEST(Docx, TrackedPropertyChangesKeepTheCurrentProperties) {
  // The cell spanned 3 columns before a tracked change; it spans 1 now.
  const Document doc = Read(Tbl(Tr(Tc(P("A"),
                                      "<w:tcPrChange w:id=\"1\" w:author=\"a\"><w:tcPr>"
                                      "<w:gridSpan w:val=\"3\"/></w:tcPr></w:tcPrChange>") +
                                   Tc(P("B")))));
  EXPECT_EQ(Grid(doc.tables[0]), (Rows{{"A", "B"}}));
}

TEST(Docx, StrictNamespaceAndMainPartFromRelationships) {
  // ISO 29500 strict, and a main part that is not word/document.xml (Word Online writes
  // word/document2.xml).
  std::vector<testing::Member> members = testing::DocxMembers("");
  members = testing::Without(members, "word/document.xml");
  members = testing::With(
      members, "word/document2.xml",
      "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body>"
      "<w:p><w:r><w:t>严格</w:t></w:r></w:p></w:body></w:document>");
  members = testing::With(
      members, "_rels/.rels",
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/"
      "officeDocument\" Target=\"/word/document2.xml\"/></Relationships>");
  absl::StatusOr<Document> doc = ReadDocx(testing::MakeZip(members), Limits());
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_THAT(Blocks(*doc), ElementsAre(B{"严格", -1}));
}

TEST(Docx, WithoutPackageRelationshipsReadsWordDocumentXml) {
  absl::StatusOr<Document> doc = ReadDocx(
      testing::MakeZip(testing::Without(testing::DocxMembers(P("好")), "_rels/.rels")), Limits());
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_THAT(Blocks(*doc), ElementsAre(B{"好", -1}));
}

TEST(Docx, SpanBeyondTheLimit) {
  absl::StatusOr<Document> doc =
      ReadDocx(MakeDocx(Tbl(Tr(Tc(P("A"), "<w:gridSpan w:val=\"5000\"/>")))), Limits());
  EXPECT_EQ(doc.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(doc.status().message(),
              HasSubstr("docx: word/document.xml line 2: table 1 row 1: a span of 5000 columns "
                        "(w:gridSpan), more than the limit of 1000"));
}

TEST(Docx, CellsBeyondTheLimit) {
  Limits limits;
  limits.max_cells = 5;
  const std::string row = Tr(Tc(P("A"), "<w:gridSpan w:val=\"2\"/>") + Tc(P("B")));
  EXPECT_TRUE(ReadDocx(MakeDocx(Tbl(row)), limits).ok());
  absl::StatusOr<Document> doc = ReadDocx(MakeDocx(Tbl(row) + Tbl(row)), limits);
  EXPECT_THAT(doc.status().message(),
              HasSubstr("table 2 row 1: the tables have more than the limit of 5 cells"));
}

TEST(Docx, CellBeyondMaxCellBytes) {
  const std::string big(2 << 20, 'x');
  absl::StatusOr<Document> doc = ReadDocx(MakeDocx(Tbl(Tr(Tc(P(big))))), Limits());
  EXPECT_EQ(doc.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(doc.status().message(),
              HasSubstr("docx: word/document.xml line 2: table 1 row 1: a cell longer than the "
                        "limit of 1048576 bytes"));
  // Many small paragraphs add up the same way.
  Limits limits;
  limits.max_cell_bytes = 100;
  std::string paragraphs;
  for (int i = 0; i < 30; ++i) paragraphs += P("一二三");
  EXPECT_THAT(ReadDocx(MakeDocx(Tbl(Tr(Tc(paragraphs)))), limits).status().message(),
              HasSubstr("a cell longer than the limit of 100 bytes"));
  // Paragraphs outside tables are not cells.
  EXPECT_TRUE(ReadDocx(MakeDocx(paragraphs), limits).ok());
}

TEST(Docx, NotAWordDocument) {
  absl::StatusOr<Document> doc = ReadDocx(testing::MakeXlsx({{"表", "<sheetData/>"}}), Limits());
  EXPECT_EQ(doc.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(doc.status().message(),
            "docx: xl/workbook.xml line 2: the root element is workbook, not w:document");
}

TEST(Docx, MalformedTableStructure) {
  EXPECT_THAT(ReadDocx(MakeDocx(Tc(P("A"))), Limits()).status().message(),
              HasSubstr("line 2: a w:tc outside a w:tr"));
}

}  // namespace
}  // namespace gongkai::document
