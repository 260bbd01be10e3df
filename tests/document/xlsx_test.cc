// ReadXlsx (lib/document/ooxml.h) on .xlsx files made in memory, and the number and cell
// reference conversions it rests on (lib/document/xlsx_sheet.h).
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "document/ooxml.h"
#include "document/xlsx_sheet.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ooxml_maker.h"

namespace gongkai::document {
namespace {

using ::testing::ElementsAre;
using testing::Grid;
using ::testing::HasSubstr;
using testing::MakeXlsx;
using testing::Sheet;
using Rows = std::vector<std::vector<std::string>>;

std::string SheetData(const std::string& rows) { return "<sheetData>" + rows + "</sheetData>"; }
std::string Merges(const std::vector<std::string>& refs) {
  std::string xml = "<mergeCells>";
  for (const std::string& ref : refs) absl::StrAppend(&xml, "<mergeCell ref=\"", ref, "\"/>");
  return xml + "</mergeCells>";
}

Document Read(const std::vector<Sheet>& sheets, const std::string& shared = "") {
  absl::StatusOr<Document> doc = ReadXlsx(MakeXlsx(sheets, shared), Limits());
  EXPECT_TRUE(doc.ok()) << doc.status();
  return doc.ok() ? *doc : Document();
}

absl::Status ReadError(const std::vector<Sheet>& sheets, const std::string& shared = "",
                       const Limits& limits = Limits()) {
  return ReadXlsx(MakeXlsx(sheets, shared), limits).status();
}

TEST(FormatNumber, ShortestPlainDecimal) {
  EXPECT_EQ(FormatNumber("1234"), "1234");
  EXPECT_EQ(FormatNumber("12.5"), "12.5");
  EXPECT_EQ(FormatNumber("1.2345E3"), "1234.5");
  EXPECT_EQ(FormatNumber("3021.4567"), "3021.4567");
  EXPECT_EQ(FormatNumber("0.30000000000000004"), "0.30000000000000004");
  EXPECT_EQ(FormatNumber("0.1"), "0.1");
  EXPECT_EQ(FormatNumber("1E+20"), "100000000000000000000");
  EXPECT_EQ(FormatNumber("1.5E-7"), "0.00000015");
  EXPECT_EQ(FormatNumber("-42"), "-42");
  EXPECT_EQ(FormatNumber("-0"), "0");
  EXPECT_EQ(FormatNumber("12.50"), "12.5");
  EXPECT_EQ(FormatNumber("1.7976931348623157E308").size(), 309u);
  EXPECT_EQ(FormatNumber("not a number"), "not a number");
}

TEST(ParseCellRef, ExcelGrid) {
  int row = 0, column = 0;
  EXPECT_TRUE(ParseCellRef("C7", &row, &column));
  EXPECT_EQ(row, 7);
  EXPECT_EQ(column, 3);
  EXPECT_TRUE(ParseCellRef("XFD1048576", &row, &column));
  EXPECT_EQ(column, 16384);
  EXPECT_TRUE(ParseCellRef("AA10", &row, &column));
  EXPECT_EQ(column, 27);
  for (const char* bad : {"", "A", "7", "A0", "A01", "XFE1", "ZZZZ9", "A1048577", "A1B", "$A$1"}) {
    EXPECT_FALSE(ParseCellRef(bad, &row, &column)) << bad;
  }
}

TEST(Xlsx, SharedInlineAndRichStrings) {
  const Document doc = Read(
      {{"表", SheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v>"
                        "</c><c r=\"C1\" t=\"inlineStr\"><is><t>内联</t></is></c>"
                        "<c r=\"D1\" t=\"inlineStr\"><is><r><t>富</t></r><r><rPr><b/></rPr>"
                        "<t xml:space=\"preserve\"> 文本</t></r></is></c>"
                        "<c r=\"E1\" t=\"s\"><v>2</v></c></row>")}},
      "<si><t>自然人</t></si><si><r><t>商业</t></r><r><rPr><b/></rPr><t>企业</t></r></si>"
      "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh>"
      "<phoneticPr fontId=\"1\" type=\"noConversion\"/></si>");
  EXPECT_EQ(doc.format, Format::kXlsx);
  EXPECT_EQ(doc.title, "");
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_EQ(Grid(doc.tables[0]), (Rows{{"自然人", "商业企业", "内联", "富 文本", "漢字"}}));
}

TEST(Xlsx, ValuesOfEveryType) {
  const Document doc = Read(
      {{"表", SheetData("<row r=\"1\"><c r=\"A1\"><v>1234</v></c><c r=\"B1\" t=\"n\"><v>12.5</v>"
                        "</c><c r=\"C1\"><v>1.2345E3</v></c><c r=\"D1\"><v>0.30000000000000004</v>"
                        "</c><c r=\"E1\" t=\"b\"><v>1</v></c><c r=\"F1\" t=\"b\"><v>0</v></c>"
                        "<c r=\"G1\" t=\"e\"><v>#DIV/0!</v></c><c r=\"H1\" t=\"str\"><v>12</v>"
                        "</c><c r=\"I1\" t=\"s\"><v>0</v></c><c r=\"J1\" t=\"d\">"
                        "<v>2021-12-31</v></c></row>")}},
      "<si><t> 12 </t></si>");
  EXPECT_EQ(Grid(doc.tables[0]), (Rows{{"1234", "12.5", "1234.5", "0.30000000000000004", "TRUE",
                                        "FALSE", "#DIV/0!", "12", "12", "2021-12-31"}}));
}

TEST(Xlsx, RowsAndColumnsAsTheSheetNumbersThem) {
  // Row 8 is absent, row 10 has only styled blank cells; the table starts at column C.
  const Document doc =
      Read({{"表", SheetData("<row r=\"7\"><c r=\"A7\" s=\"1\"/><c r=\"C7\"><v>1</v></c>"
                             "<c r=\"D7\"><v>2</v></c><c r=\"F7\" s=\"1\"/></row>"
                             "<row r=\"9\"><c r=\"E9\"><v>3</v></c></row>"
                             "<row r=\"10\"><c r=\"C10\" s=\"1\"/></row>")}});
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.where, "sheet 表");
  EXPECT_EQ(t.first_column, 3);
  EXPECT_THAT(t.printed_rows, ElementsAre(7, 9));
  EXPECT_EQ(Grid(t), (Rows{{"1", "2"}, {"", "", "3"}}));
}

TEST(Xlsx, RowsAndCellsWithoutReferencesFollowOn) {
  const Document doc =
      Read({{"表", SheetData("<row><c><v>1</v></c><c><v>2</v></c></row>"
                             "<row r=\"4\"><c><v>3</v></c></row>"
                             "<row><c r=\"B5\"><v>4</v></c><c><v>5</v></c></row>")}});
  EXPECT_THAT(doc.tables[0].printed_rows, ElementsAre(1, 4, 5));
  EXPECT_EQ(Grid(doc.tables[0]), (Rows{{"1", "2"}, {"3"}, {"", "4", "5"}}));
}

TEST(Xlsx, MergedRangesSpreadOut) {
  // A1:C1 across; A2:A3 down; B3:C4 a block whose lower row is otherwise empty.
  const Document doc = Read(
      {{"表",
        SheetData("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>标题</t></is></c>"
                  "<c r=\"B1\" s=\"1\"/><c r=\"C1\" t=\"inlineStr\"><is><t>藏</t></is></c></row>"
                  "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\"><v>2</v></c></row>"
                  "<row r=\"3\"><c r=\"B3\"><v>3</v></c></row>") +
            Merges({"A1:C1", "A2:A3", "B3:C4"})}});
  EXPECT_THAT(doc.tables[0].printed_rows, ElementsAre(1, 2, 3, 4));
  EXPECT_EQ(Grid(doc.tables[0]),
            (Rows{{"标题", "^", "^"}, {"1", "2"}, {"^", "3", "^"}, {"", "^", "^"}}));
}

TEST(Xlsx, SheetsInWorkbookOrderWithTheirNames) {
  const Document doc =
      Read({{"表二", SheetData("<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>")},
            {"表三", SheetData("<row r=\"1\"><c r=\"A1\"><v>3</v></c></row>")},
            {"空", "<sheetData/>"},
            {"R&amp;D", SheetData("<row r=\"1\"><c r=\"A1\"><v>4</v></c></row>")}});
  ASSERT_EQ(doc.tables.size(), 4u);
  EXPECT_EQ(doc.tables[0].where, "sheet 表二");
  EXPECT_EQ(doc.tables[1].where, "sheet 表三");
  EXPECT_EQ(doc.tables[2].where, "sheet 空");
  EXPECT_TRUE(doc.tables[2].rows.empty());
  EXPECT_EQ(doc.tables[3].where, "sheet R&D");
  ASSERT_EQ(doc.blocks.size(), 4u);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(doc.blocks[i].table, i);
}

TEST(Xlsx, FormulasUseTheirSavedValue) {
  const Document doc =
      Read({{"表三", SheetData("<row r=\"9\"><c r=\"G9\"><v>1</v></c><c r=\"H9\"><f>SUM(A9:G9)</f>"
                               "</c><c r=\"I9\"><f>SUM(A9:G9)</f><v>3</v></c>"
                               "<c r=\"J9\" t=\"str\"><f>\"\"</f><v></v></c></row>")}});
  EXPECT_EQ(Grid(doc.tables[0]), (Rows{{"1", "", "3"}}));
  EXPECT_THAT(doc.notes, ElementsAre("sheet 表三 cell H9: a formula without a saved value"));
}

TEST(Xlsx, AbsoluteTargetsAndChartSheets) {
  std::vector<testing::Member> members =
      testing::XlsxMembers({{"数据", SheetData("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")}});
  members = testing::With(
      members, "xl/_rels/workbook.xml.rels",
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/worksheet\" Target=\"/xl/worksheets/sheet1.xml\"/>"
      "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/chartsheet\" Target=\"chartsheets/../chartsheets/sheet1.xml\"/>"
      "</Relationships>");
  members = testing::With(
      members, "xl/workbook.xml",
      "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
      "<sheet name=\"图\" sheetId=\"2\" r:id=\"rId2\"/><sheet name=\"数据\" sheetId=\"1\" "
      "r:id=\"rId1\"/></sheets></workbook>");
  absl::StatusOr<Document> doc = ReadXlsx(testing::MakeZip(members), Limits());
  ASSERT_TRUE(doc.ok()) << doc.status();
  ASSERT_EQ(doc->tables.size(), 1u);
  EXPECT_EQ(doc->tables[0].where, "sheet 数据");
  EXPECT_THAT(doc->notes, ElementsAre("sheet 图 is not a worksheet (chartsheet): skipped"));
}

TEST(Xlsx, MalformedMergeRange) {
  const absl::Status status = ReadError({{"表", SheetData("") + "\n" + Merges({"A1:ZZZZ9"})}});
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(),
            "xlsx: xl/worksheets/sheet1.xml line 3: merge range \"A1:ZZZZ9\" is not a cell range");
}

TEST(Xlsx, OverlargeMergeRange) {
  // The whole sheet: 17 billion positions, refused before anything is allocated.
  const absl::Status status = ReadError({{"表", SheetData("") + Merges({"A1:XFD1048576"})}});
  EXPECT_THAT(status.message(),
              HasSubstr("merge range \"A1:XFD1048576\" spans 1048576 rows and 16384 columns, "
                        "more than the limits of 65534 and 1000"));
  // Within the span limits, but together more positions than max_cells.
  Limits limits;
  limits.max_cells = 10000;
  EXPECT_THAT(
      ReadError({{"表", SheetData("") + Merges({"A1:J600", "K1:T600"})}}, "", limits).message(),
      HasSubstr("merged ranges cover more than the limit of 10000 cells"));
}

TEST(Xlsx, GridBeyondMaxCells) {
  // Two cells far apart make a wide row.
  Limits limits;
  limits.max_cells = 1000;
  const absl::Status status = ReadError(
      {{"表", SheetData("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"XFD1\"><v>2</v></c></row>")}},
      "", limits);
  EXPECT_EQ(status.message(),
            "xlsx: xl/worksheets/sheet1.xml: 16384 cells, more than the 1000 left of the limit "
            "of 1000");
}

TEST(Xlsx, CellBeyondMaxCellBytes) {
  const std::string big(2 << 20, 'x');
  EXPECT_THAT(ReadError({{"表", SheetData("<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>" + big +
                                          "</t></is></c></row>")}})
                  .message(),
              HasSubstr("xlsx: xl/worksheets/sheet1.xml line 2: cell B2: longer than the limit of "
                        "1048576 bytes"));
  EXPECT_THAT(ReadError({{"表", SheetData("<row r=\"2\"><c r=\"C2\" t=\"s\"><v>0</v></c></row>")}},
                        "<si><t>" + big + "</t></si>")
                  .message(),
              HasSubstr("cell C2: longer than the limit of 1048576 bytes"));
}

TEST(Xlsx, BadReferences) {
  EXPECT_THAT(ReadError({{"表", SheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c></row>")}},
                        "<si><t>甲</t></si>")
                  .message(),
              HasSubstr("cell A1: shared string \"3\" is not one of the 1"));
  EXPECT_THAT(
      ReadError({{"表", SheetData("<row r=\"1\"><c r=\"1A\"><v>3</v></c></row>")}}).message(),
      HasSubstr("cell reference \"1A\" is not a cell"));
  EXPECT_THAT(ReadError({{"表", SheetData("<row r=\"0\"></row>")}}).message(),
              HasSubstr("row number \"0\" is not a row"));
  EXPECT_THAT(ReadError({{"表", SheetData("<row r=\"1\"><c r=\"A1\"><v>1</v></c>"
                                          "<c r=\"A1\"><v>2</v></c></row>")}})
                  .message(),
              HasSubstr("cell A1 is given twice"));
}

TEST(Xlsx, MissingParts) {
  std::vector<testing::Member> members = testing::XlsxMembers({{"表", "<sheetData/>"}});
  EXPECT_EQ(ReadXlsx(testing::MakeZip(testing::Without(members, "xl/workbook.xml")), Limits())
                .status()
                .message(),
            "xlsx: the file has no xl/workbook.xml");
  EXPECT_EQ(
      ReadXlsx(testing::MakeZip(testing::Without(members, "xl/worksheets/sheet1.xml")), Limits())
          .status()
          .message(),
      "xlsx: the file has no xl/worksheets/sheet1.xml");
  EXPECT_EQ(ReadXlsx(testing::MakeZip(testing::With(members, "xl/_rels/workbook.xml.rels",
                                                    "<Relationships xmlns=\"http://schemas."
                                                    "openxmlformats.org/package/2006/"
                                                    "relationships\"/>")),
                     Limits())
                .status()
                .message(),
            "xlsx: xl/workbook.xml: sheet 表 names relationship \"rId1\", which the workbook "
            "does not have");
}

}  // namespace
}  // namespace gongkai::document
