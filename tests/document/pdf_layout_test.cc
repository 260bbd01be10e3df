// The layout rules of the PDF reader (document/pdf_layout.h) on words placed by hand: the
// cases the fixtures cannot show, ambiguity above all. Words are 12 points high, CJK
// characters 12 wide; rows of a table are 22 apart (padding), lines of one cell 14 (none).
#include "document/pdf_layout.h"

#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gongkai::document::pdf {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

Word W(double left, double top, double right, std::string text, bool space_after = false) {
  return Word{left, top, right, top + 12, std::move(text), space_after};
}

// A table row at `top`: its label from x = 0 (12 a character), its numbers at 200, 240, ...
void AddRow(double top, const std::string& label, int chars, std::vector<std::string> numbers,
            std::vector<Word>* words) {
  if (!label.empty()) words->push_back(W(0, top, 12.0 * chars, label));
  double x = 200;
  for (std::string& n : numbers) {
    words->push_back(W(x, top, x + 6.0 * n.size(), std::move(n)));
    x += 40;
  }
}

std::vector<std::vector<std::string>> Rows(const Table& table) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& row : table.rows) {
    rows.emplace_back();
    for (const Cell& c : row) rows.back().push_back(c.text);
  }
  return rows;
}

Document LayOut(std::vector<Word> words) {
  Document doc;
  Carry carry;
  EXPECT_TRUE(AddPage(1, std::move(words), Limits{}, &doc, &carry).ok());
  return doc;
}

TEST(PdfLines, CjkJoinsWithoutSpacesLatinWithThemAndGapsSplitPieces) {
  std::vector<Word> words = {
      W(0, 0, 24, "示例"),
      Word{24, 0.5, 48, 11.5, "2023", false},  // another font, a little lower
      W(0, 20, 30, "Hello", true),
      W(33, 20, 60, "world"),
      W(0, 40, 24, "规章"),
      W(40, 40, 46, "0"),  // 16 points off: another cell
  };
  const std::vector<Line> lines = GroupLines(words);
  ASSERT_EQ(lines.size(), 3u);
  ASSERT_EQ(lines[0].pieces.size(), 1u);
  EXPECT_EQ(lines[0].pieces[0].text, "示例2023");
  ASSERT_EQ(lines[1].pieces.size(), 1u);
  EXPECT_EQ(lines[1].pieces[0].text, "Hello world");
  ASSERT_EQ(lines[2].pieces.size(), 2u);
  EXPECT_EQ(lines[2].pieces[0].text, "规章");
  EXPECT_TRUE(lines[2].pieces[1].number);
  EXPECT_EQ(lines[2].number, 3);
}

TEST(PdfLines, WordsThatAreNoBoxesAreDropped) {
  const double nan = std::nan(""), inf = std::numeric_limits<double>::infinity();
  std::vector<Word> words = {
      Word{nan, 0, 10, 12, "甲", false},
      Word{0, inf, 10, 12, "乙", false},
      Word{10, 0, 0, 12, "丙", false},
      Word{0, 12, 10, 0, "丁", false},
      W(0, 0, 10, ""),
      W(0, 0, 10, " \u3000 "),
      W(0, 30, 12, "戊"),
  };
  const std::vector<Line> lines = GroupLines(words);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].pieces[0].text, "戊");
}

TEST(PdfLines, IsNumber) {
  for (const char* yes : {"0", "12", "-18", "−3", "1,234.5", "312.4500", "73802895.90元",
                          "12.5万元", "３", "45%", "+7"}) {
    EXPECT_TRUE(IsNumber(yes)) << yes;
  }
  for (const char* no : {"", "-", "—", "元", "第1项", "1.属于国家秘密", "2023年", "12a"}) {
    EXPECT_FALSE(IsNumber(no)) << no;
  }
}

TEST(PdfLines, AppendJoined) {
  std::string text = "第一行";
  AppendJoined("第二行", true, &text);
  EXPECT_EQ(text, "第一行第二行");
  AppendJoined("PDF", true, &text);
  EXPECT_EQ(text, "第一行第二行PDF");
  AppendJoined("file", true, &text);
  EXPECT_EQ(text, "第一行第二行PDF file");
  AppendJoined("s", false, &text);
  EXPECT_EQ(text, "第一行第二行PDF files");
}

TEST(PdfTables, HeadingsAndProseAroundATableStayParagraphs) {
  std::vector<Word> words = {W(0, 0, 144, "二、主动公开政府信息情况")};
  words.push_back(W(0, 40, 48, "信息内容"));
  words.push_back(W(200, 40, 272, "本年制发件数"));
  AddRow(62, "规章", 2, {"0", "0"}, &words);
  AddRow(84, "行政规范性文件", 7, {"12", "3"}, &words);
  words.push_back(W(0, 140, 180, "三、收到和处理政府信息公开申请情况"));
  const Document doc = LayOut(words);
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[0].text, "二、主动公开政府信息情况");
  ASSERT_EQ(doc.blocks[1].table, 0);
  EXPECT_EQ(doc.blocks[2].text, "三、收到和处理政府信息公开申请情况");
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.where, "page 1");
  EXPECT_THAT(Rows(t),
              ElementsAre(ElementsAre("信息内容", "本年制发件数"), ElementsAre("规章", "0", "0"),
                          ElementsAre("行政规范性文件", "12", "3")));
  EXPECT_THAT(t.printed_rows, ElementsAre(2, 3, 4));
}

TEST(PdfLabels, NumbersBetweenTwoLinesOfALabel) {
  std::vector<Word> words;
  AddRow(0, "一、甲", 3, {"1", "2"}, &words);
  words.push_back(W(0, 22, 84, "（二）部分公开"));
  words.push_back(W(0, 36, 72, "只计这一情形"));
  AddRow(29, "", 0, {"3", "4"}, &words);  // centred: halfway between the label's lines
  AddRow(58, "三、丙", 3, {"5", "6"}, &words);
  const Document doc = LayOut(words);
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_THAT(Rows(doc.tables[0]), ElementsAre(ElementsAre("一、甲", "1", "2"),
                                               ElementsAre("（二）部分公开只计这一情形", "3", "4"),
                                               ElementsAre("三、丙", "5", "6")));
  // Lines: 一、甲; （二）…; the numbers; 只计…; 三、丙.
  EXPECT_THAT(doc.tables[0].printed_rows, ElementsAre(1, 3, 5));
}

TEST(PdfLabels, AFragmentTightAgainstOneRowJoinsIt) {
  std::vector<Word> words;
  AddRow(0, "甲乙丙", 3, {"1", "2"}, &words);
  words.push_back(W(0, 14, 24, "丁戊"));  // 2 below 甲乙丙, 10 above 己庚
  AddRow(36, "己庚", 2, {"3", "4"}, &words);
  const Document doc = LayOut(words);
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_THAT(Rows(doc.tables[0]),
              ElementsAre(ElementsAre("甲乙丙丁戊", "1", "2"), ElementsAre("己庚", "3", "4")));
}

// Set as tightly against the row above as against the row below: which label it ends is a
// guess, so it stays a row of its own, and the rows keep their labels as printed.
TEST(PdfLabels, AFragmentTightAgainstTwoRowsIsLeftAlone) {
  std::vector<Word> words;
  AddRow(0, "甲乙丙", 3, {"1", "2"}, &words);
  words.push_back(W(0, 14, 24, "丁戊"));
  AddRow(28, "己庚", 2, {"3", "4"}, &words);
  const Document doc = LayOut(words);
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_THAT(Rows(doc.tables[0]), ElementsAre(ElementsAre("甲乙丙", "1", "2"), ElementsAre("丁戊"),
                                               ElementsAre("己庚", "3", "4")));
  EXPECT_THAT(doc.tables[0].printed_rows, ElementsAre(1, 2, 3));
}

// Two pieces below a label, side by side and as near: neither is its next line.
TEST(PdfLabels, TwoPiecesAsNearAreNoContinuation) {
  std::vector<Word> words;
  AddRow(0, "甲乙丙丁戊己", 6, {"1", "2"}, &words);
  words.push_back(W(0, 14, 24, "庚辛"));
  words.push_back(W(40, 14, 64, "壬癸"));
  AddRow(36, "子丑", 2, {"3", "4"}, &words);
  const Document doc = LayOut(words);
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_THAT(Rows(doc.tables[0]),
              ElementsAre(ElementsAre("甲乙丙丁戊己", "1", "2"), ElementsAre("庚辛", "壬癸"),
                          ElementsAre("子丑", "3", "4")));
}

// A group's label wrapped beside the first two of its rows, each with its own label: the
// group's, on the first.
TEST(PdfLabels, AGroupLabelBesideSeveralRows) {
  std::vector<Word> words;
  words.push_back(W(0, 0, 48, "三、本年"));
  words.push_back(W(0, 14, 36, "度办理"));
  words.push_back(W(0, 28, 24, "结果"));
  words.push_back(W(60, 0, 144, "（一）予以公开"));
  AddRow(0, "", 0, {"1", "2"}, &words);
  words.push_back(W(60, 22, 144, "（二）部分公开"));
  AddRow(22, "", 0, {"3", "4"}, &words);
  const Document doc = LayOut(words);
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_THAT(Rows(doc.tables[0]),
              ElementsAre(ElementsAre("三、本年度办理结果", "（一）予以公开", "1", "2"),
                          ElementsAre("（二）部分公开", "3", "4")));
}

// The same block beside two rows that have no labels of their own: it would be the label of
// either, so it is left as printed.
TEST(PdfLabels, ALabelBesideTwoRowsWithoutLabelsIsLeftAlone) {
  std::vector<Word> words;
  words.push_back(W(0, 0, 48, "甲乙丙丁"));
  words.push_back(W(0, 14, 36, "戊己庚"));
  words.push_back(W(0, 28, 24, "辛壬"));
  AddRow(0, "", 0, {"1", "2"}, &words);
  AddRow(22, "", 0, {"3", "4"}, &words);
  const Document doc = LayOut(words);
  ASSERT_EQ(doc.tables.size(), 1u);
  EXPECT_THAT(Rows(doc.tables[0]),
              ElementsAre(ElementsAre("甲乙丙丁", "1", "2"), ElementsAre("戊己庚"),
                          ElementsAre("3", "4"), ElementsAre("辛壬")));
}

TEST(PdfPage, ParagraphsGoOnOverFullLines) {
  std::vector<Word> words = {
      W(0, 0, 72, "一、总体情况"),
      W(0, 18, 500, "本机关认真贯彻落实"),
      W(0, 36, 500, "政府信息公开条例。"),
      W(0, 54, 100, "下一段"),
      W(0, 72, 500, "This line is full", true),
      W(0, 90, 200, "and goes on."),
  };
  const Document doc = LayOut(words);
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[0].text, "一、总体情况");
  EXPECT_EQ(doc.blocks[1].text, "本机关认真贯彻落实政府信息公开条例。");
  EXPECT_EQ(doc.blocks[2].text, "下一段");
  EXPECT_EQ(doc.blocks[3].text, "This line is full and goes on.");
}

// Page 1 ends with a row whose label the page break cut; page 2 starts with the rest.
std::vector<Word> PageOne() {
  std::vector<Word> words;
  AddRow(680, "一、甲", 3, {"1", "2"}, &words);
  AddRow(702, "（二）部分公开（区分", 10, {"3", "4"}, &words);
  return words;
}

TEST(PdfPage, ARowBrokenAcrossPagesIsJoined) {
  Document doc;
  Carry carry;
  ASSERT_TRUE(AddPage(1, PageOne(), Limits{}, &doc, &carry).ok());
  std::vector<Word> two = {W(10, 20, 58, "处理的）")};
  AddRow(42, "1.属于国家秘密", 8, {"5", "6"}, &two);
  ASSERT_TRUE(AddPage(2, two, Limits{}, &doc, &carry).ok());
  ASSERT_EQ(doc.tables.size(), 2u);
  EXPECT_THAT(Rows(doc.tables[0]),
              ElementsAre(ElementsAre("一、甲", "1", "2"),
                          ElementsAre("（二）部分公开（区分处理的）", "3", "4")));
  EXPECT_EQ(doc.tables[1].where, "page 2");
  EXPECT_THAT(Rows(doc.tables[1]), ElementsAre(ElementsAre("1.属于国家秘密", "5", "6")));
  EXPECT_THAT(doc.tables[1].printed_rows, ElementsAre(2));
}

TEST(PdfPage, WhatIsNotTheRestOfARowIsNotJoined) {
  // A repeated header: more than one piece above the first row.
  std::vector<Word> header = {W(0, 20, 36, "自然人"), W(200, 20, 224, "总计")};
  // One piece, but over the numbers' columns.
  std::vector<Word> aside = {W(200, 20, 224, "续表")};
  // A paragraph first: the table did not go on.
  std::vector<Word> prose = {W(0, 0, 300, "续上页的说明文字"), W(10, 20, 58, "处理的）")};
  for (std::vector<Word> two : {header, aside, prose}) {
    AddRow(42, "1.属于国家秘密", 8, {"5", "6"}, &two);
    Document doc;
    Carry carry;
    ASSERT_TRUE(AddPage(1, PageOne(), Limits{}, &doc, &carry).ok());
    ASSERT_TRUE(AddPage(2, two, Limits{}, &doc, &carry).ok());
    EXPECT_EQ(doc.tables[0].rows.back()[0].text, "（二）部分公开（区分");
  }
}

TEST(PdfPage, Limits) {
  Limits limits;
  limits.max_cell_bytes = 8;
  Document doc;
  Carry carry;
  absl::Status s = AddPage(4, PageOne(), limits, &doc, &carry);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(s.message()), HasSubstr("pdf page 4 line 1: a cell of 9 bytes"));
  limits = Limits{};
  limits.max_cells = 5;
  doc = Document{};
  carry = Carry{};
  s = AddPage(4, PageOne(), limits, &doc, &carry);
  EXPECT_THAT(std::string(s.message()), HasSubstr("pdf page 4: more table cells than the limit"));
}

// Words anywhere, of any size, overlapping or not: a document, whatever it says.
TEST(PdfPage, RandomWords) {
  std::mt19937 random(3);
  const std::vector<std::string> texts = {"甲", "乙丙", "12", "0", "-3", "x", "（三）不予公开"};
  for (int round = 0; round < 200; ++round) {
    std::vector<Word> words;
    const int n = static_cast<int>(random() % 200);
    const double scale = round % 2 == 0 ? 800 : 60;  // sparse pages and crowded ones
    for (int i = 0; i < n; ++i) {
      const double x = scale * (random() % 1000) / 1000, y = scale * (random() % 1000) / 1000;
      const double w = (random() % 400) / 10.0, h = (random() % 300) / 10.0;
      words.push_back(Word{x, y, x + w, y + h, texts[random() % texts.size()], random() % 2 == 0});
    }
    Document doc;
    Carry carry;
    ASSERT_TRUE(AddPage(1, words, Limits{}, &doc, &carry).ok());
    for (const Table& t : doc.tables) {
      ASSERT_EQ(t.rows.size(), t.printed_rows.size());
      for (const auto& row : t.rows) {
        EXPECT_FALSE(row.empty());
        for (const Cell& c : row) EXPECT_FALSE(c.text.empty());
      }
    }
  }
}

}  // namespace
}  // namespace gongkai::document::pdf
