// ReadPdf on the report PDFs of tests/data/documents/pdf (README.md there says what each one
// shows), the whole import of each against the CSV grids it was printed from, and hostile
// bytes.
#include "document/pdf.h"

#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "common/utf8.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "report/import/document.h"
#include "report/import/grid.h"

namespace gongkai::document {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << path;
  std::stringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string Fixture(absl::string_view name) {
  return ReadFile(absl::StrCat(GONGKAI_PDF_DIR, "/", name));
}

Document Read(absl::string_view name) {
  absl::StatusOr<Document> doc = ReadPdf(Fixture(name), Limits{});
  EXPECT_TRUE(doc.ok()) << name << ": " << doc.status();
  return doc.ok() ? *std::move(doc) : Document{};
}

std::vector<std::string> Texts(const std::vector<Cell>& row) {
  std::vector<std::string> texts;
  for (const Cell& c : row) texts.push_back(c.text);
  return texts;
}

// A table row as the reader made it.
struct Row {
  std::string where;
  int printed = 0;
  std::vector<std::string> cells;
};

// The first row of `doc` with a cell `text`.
std::optional<Row> RowWith(const Document& doc, absl::string_view text) {
  for (const Table& table : doc.tables) {
    for (size_t r = 0; r < table.rows.size(); ++r) {
      for (const Cell& cell : table.rows[r]) {
        if (cell.text == text) return Row{table.where, table.printed_rows[r], Texts(table.rows[r])};
      }
    }
  }
  return std::nullopt;
}

bool HasParagraph(const Document& doc, absl::string_view text) {
  for (const Block& b : doc.blocks) {
    if (b.table < 0 && b.text == text) return true;
  }
  return false;
}

// What every document must be, whatever it holds: valid, normalised text; a printed row for
// each row, growing within a table; every table in one block.
void ExpectWellFormed(const Document& doc) {
  EXPECT_EQ(doc.format, Format::kPdf);
  std::vector<int> blocks_of(doc.tables.size(), 0);
  for (const Block& b : doc.blocks) {
    if (b.table >= 0) {
      ASSERT_LT(b.table, static_cast<int>(doc.tables.size()));
      ++blocks_of[b.table];
      continue;
    }
    EXPECT_FALSE(FindInvalidUtf8(b.text).has_value());
    EXPECT_EQ(NormalizeSpace(b.text), b.text);
    EXPECT_FALSE(b.text.empty());
  }
  for (int n : blocks_of) EXPECT_EQ(n, 1);
  for (const Table& t : doc.tables) {
    EXPECT_THAT(t.where, HasSubstr("page "));
    ASSERT_EQ(t.rows.size(), t.printed_rows.size());
    for (size_t r = 0; r < t.rows.size(); ++r) {
      if (r > 0) {
        EXPECT_LT(t.printed_rows[r - 1], t.printed_rows[r]);
      }
      EXPECT_FALSE(t.rows[r].empty());
      for (const Cell& c : t.rows[r]) {
        EXPECT_FALSE(c.text.empty());
        EXPECT_FALSE(FindInvalidUtf8(c.text).has_value());
        EXPECT_EQ(NormalizeSpace(c.text), c.text);
      }
    }
  }
}

const std::vector<std::string> kZeros(7, "0");

std::vector<std::string> Cat(std::vector<std::string> labels,
                             const std::vector<std::string>& numbers) {
  labels.insert(labels.end(), numbers.begin(), numbers.end());
  return labels;
}

TEST(ReadPdf, WidePagesGiveOneLineARowAndOneCellAPiece) {
  const Document doc = Read("wide.pdf");
  ExpectWellFormed(doc);
  EXPECT_EQ(doc.title, "示例区人民政府2023年政府信息公开工作年度报告");
  // The title's CJK and digits are separate words of two fonts: joined without spaces.
  EXPECT_TRUE(HasParagraph(doc, "示例区人民政府2023年政府信息公开工作年度报告"));
  EXPECT_TRUE(HasParagraph(doc, "一、总体情况"));
  EXPECT_TRUE(HasParagraph(doc, "三、收到和处理政府信息公开申请情况"));
  EXPECT_TRUE(HasParagraph(doc, "六、其他需要报告的事项"));
  std::optional<Row> row = RowWith(doc, "行政规范性文件");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->where, "page 1");
  EXPECT_EQ(row->printed, 7);
  EXPECT_THAT(row->cells, ElementsAre("行政规范性文件", "12", "3", "87"));
  row = RowWith(doc, "行政事业性收费");
  ASSERT_TRUE(row);
  EXPECT_THAT(row->cells, ElementsAre("行政事业性收费", "312.4500"));
  row = RowWith(doc, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
  ASSERT_TRUE(row);
  EXPECT_THAT(row->cells, ElementsAre("（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                                      "8", "2", "0", "1", "1", "0", "12"));
  // Header rows stay in the table as text.
  row = RowWith(doc, "商业企业");
  ASSERT_TRUE(row);
  EXPECT_THAT(row->cells,
              ElementsAre("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"));
  // Table 三 goes on to page 2, a Table of its own; table 四 is whole there.
  row = RowWith(doc, "6.属于四类过程性信息");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->where, "page 2");
  EXPECT_EQ(row->printed, 1);
  const Table& t4 = doc.tables.back();
  EXPECT_EQ(t4.where, "page 2");
  EXPECT_THAT(Texts(t4.rows.back()), ElementsAre("3", "1", "1", "0", "5", "2", "0", "1", "1", "4",
                                                 "1", "0", "0", "0", "1"));
  EXPECT_THAT(Texts(t4.rows.front()), ElementsAre("行政复议", "行政诉讼"));
}

TEST(ReadPdf, LabelsWrappedInCentredCellsJoinTheirRows) {
  const Document doc = Read("letter.pdf");
  ExpectWellFormed(doc);
  // Numbers beside the middle of two lines (between them).
  std::optional<Row> row = RowWith(doc, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->where, "page 1");
  EXPECT_EQ(row->printed, 34);
  EXPECT_THAT(row->cells, ElementsAre("（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                                      "8", "2", "0", "1", "1", "0", "12"));
  row = RowWith(doc, "2.其他法律行政法规禁止公开");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->where, "page 2");
  EXPECT_EQ(row->cells, Cat({"2.其他法律行政法规禁止公开"}, kZeros));
  // Beside the middle one of three lines, and between the second and third of four.
  row = RowWith(doc, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->cells, Cat({"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
                            {"0", "1", "0", "0", "0", "0", "1"}));
  // A group label wrapped beside one of its rows goes there, before the row's own label.
  row = RowWith(doc, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->cells,
            Cat({"（六）其他处理",
                 "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
                kZeros));
  row = RowWith(doc, "4.保护第三方合法权益");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->cells, Cat({"（三）不予公开", "4.保护第三方合法权益"}, kZeros));
  // "三、本年" / "度办理结" / "果" beside rows （一） and （二）: the group's label, on the first.
  row = RowWith(doc, "（一）予以公开");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->printed, 31);
  EXPECT_EQ(row->cells,
            Cat({"三、本年度办理结果", "（一）予以公开"}, {"16", "9", "1", "1", "4", "1", "32"}));
  // A group label beside no row's numbers stays a row of its own, whole.
  row = RowWith(doc, "（五）不予处理");
  ASSERT_TRUE(row);
  EXPECT_THAT(row->cells, ElementsAre("（五）不予处理"));
  // Header text printed one character a line is joined too.
  row = RowWith(doc, "自然人");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->where, "page 1");
  // Table 四: its header on page 2 is not a table (no numbers follow on that page); its numbers
  // are on page 3, under the rest of its header.
  const Table& t4 = doc.tables.back();
  EXPECT_EQ(t4.where, "page 3");
  EXPECT_EQ(t4.rows.back().size(), 15u);
  EXPECT_TRUE(HasParagraph(doc, "四、政府信息公开行政复议、行政诉讼情况"));
  EXPECT_TRUE(HasParagraph(doc, "五、存在的主要问题及改进情况"));
}

TEST(ReadPdf, LabelsWrappedInTopAlignedCellsAndAcrossPageBreaks) {
  const Document doc = Read("narrow.pdf");
  ExpectWellFormed(doc);
  std::optional<Row> row =
      RowWith(doc, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->where, "page 3");
  EXPECT_EQ(
      row->cells,
      Cat({"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"}, kZeros));
  row = RowWith(doc, "（四）无法提供");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->cells, Cat({"（四）无法提供", "1.本机关不掌握相关政府信息"}, kZeros));
  // The row broken by the page break: its label ends at the top of page 2.
  row = RowWith(doc, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->where, "page 1");
  EXPECT_EQ(row->cells, Cat({"（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
                            {"6", "2", "1", "0", "1", "0", "10"}));
  row = RowWith(doc, "1.信访举报投诉类申请");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->where, "page 2");
  for (const Table& t : doc.tables) {
    for (const auto& r : t.rows) {
      for (const Cell& c : r) {
        EXPECT_NE(c.text, "计这一情形，不计其他情形）");
        EXPECT_NE(c.text, "诉类申请");
      }
    }
  }
}

TEST(ReadPdf, SmallPagesSignedNumbersAndUnits) {
  const Document doc = Read("split.pdf");
  ExpectWellFormed(doc);
  EXPECT_EQ(doc.title, "平潭综合实验区2020年政府信息公开工作年度报告");
  std::optional<Row> row = RowWith(doc, "行政处罚");
  ASSERT_TRUE(row);
  EXPECT_THAT(row->cells, ElementsAre("行政处罚", "2648", "-18", "538"));
  row = RowWith(doc, "政府集中采购");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->where, "page 2");
  EXPECT_THAT(row->cells, ElementsAre("政府集中采购", "395", "73802895.90元"));
  row = RowWith(doc, "5.属于三类内部事务信息");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->where, "page 2");
}

// The import of each fixture reads exactly the cells of the grids it was printed from.
struct Printed {
  const char* pdf;
  const char* grids;  // path of the CSV grids, less ".t2.csv"
  const char* agency;
  int year;
  const char* layout;
};

class ImportPdf : public ::testing::TestWithParam<Printed> {};

TEST_P(ImportPdf, ReadsEveryCellOfTheGridsItWasPrintedFrom) {
  const Printed& p = GetParam();
  const std::string t2 = ReadFile(absl::StrCat(p.grids, ".t2.csv"));
  const std::string t3 = ReadFile(absl::StrCat(p.grids, ".t3.csv"));
  const std::string t4 = ReadFile(absl::StrCat(p.grids, ".t4.csv"));
  const report::TableGrid grids[] = {{"t2", t2, "t2"}, {"t3", t3, "t3"}, {"t4", t4, "t4"}};
  v1::Agency agency;
  agency.set_name(p.agency);
  absl::StatusOr<report::ImportedReport> expected = report::ImportReport(agency, p.year, "", grids);
  ASSERT_TRUE(expected.ok()) << expected.status();

  report::DocumentImportOptions options;
  options.source_name = p.pdf;
  absl::StatusOr<v1::ImportResult> got = report::ImportDocument(Fixture(p.pdf), options);
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->document_format(), "pdf");
  EXPECT_EQ(got->report().agency().name(), p.agency);  // from the title
  EXPECT_EQ(got->report().year(), p.year);
  EXPECT_EQ(got->report().layout(), p.layout);
  EXPECT_EQ(got->warnings_size(), 0) << got->warnings(0).explanation_en();
  ASSERT_EQ(got->report().cells_size(), expected->report.cells_size());
  for (int i = 0; i < expected->report.cells_size(); ++i) {
    v1::Cell want = expected->report.cells(i);
    v1::Cell cell = got->report().cells(i);
    EXPECT_THAT(cell.provenance().detail(),
                testing::MatchesRegex(absl::StrCat(p.pdf, " page [0-9]+ row [0-9]+ column [0-9]+")))
        << cell.key();
    want.clear_provenance();
    cell.clear_provenance();
    EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(want, cell))
        << want.ShortDebugString() << " != " << cell.ShortDebugString();
  }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, ImportPdf,
                         ::testing::Values(Printed{"wide.pdf", GONGKAI_EXAMPLES_DIR "/district-a",
                                                   "示例区人民政府", 2023, "2021"},
                                           Printed{"letter.pdf", GONGKAI_EXAMPLES_DIR "/district-a",
                                                   "示例区人民政府", 2023, "2021"},
                                           Printed{"narrow.pdf", GONGKAI_EXAMPLES_DIR "/district-b",
                                                   "示例市乙区人民政府", 2023, "2021"},
                                           Printed{"split.pdf",
                                                   GONGKAI_PUBLISHED_DIR "/pingtan-2020",
                                                   "平潭综合实验区", 2020, "2019"}),
                         [](const ::testing::TestParamInfo<Printed>& info) {
                           std::string name = info.param.pdf;
                           return name.substr(0, name.find('.'));
                         });

TEST(ImportPdf, ProvenanceNamesPageAndLine) {
  report::DocumentImportOptions options;
  options.source_name = "letter.pdf";
  absl::StatusOr<v1::ImportResult> got = report::ImportDocument(Fixture("letter.pdf"), options);
  ASSERT_TRUE(got.ok()) << got.status();
  int seen = 0;
  for (const v1::Cell& cell : got->report().cells()) {
    if (cell.key() == "t3.partial.total") {
      EXPECT_EQ(cell.provenance().detail(), "letter.pdf page 1 row 34 column 8");
      ++seen;
    }
    if (cell.key() == "t4.cases.reconsideration_upheld") {
      EXPECT_EQ(cell.provenance().detail(), "letter.pdf page 3 row 5 column 1");
      ++seen;
    }
  }
  EXPECT_EQ(seen, 2);
}

// Hostile and unreadable input: an error that says what is wrong, nothing on stderr.
absl::Status ReadQuietly(absl::string_view bytes, const Limits& limits = Limits{}) {
  testing::internal::CaptureStderr();
  absl::Status status = ReadPdf(bytes, limits).status();
  const std::string err = testing::internal::GetCapturedStderr();
  EXPECT_EQ(err, "") << "poppler printed";
  return status;
}

void ExpectInvalid(const absl::Status& status, absl::string_view message) {
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << status;
  EXPECT_THAT(std::string(status.message()), HasSubstr(std::string(message)));
}

// A PDF of one page whose content stream is `content`, with Helvetica as /F1, and a correct
// cross-reference table.
std::string MinimalPdf(absl::string_view content) {
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >>",
      absl::StrCat("<< /Length ", content.size(), " >>\nstream\n", content, "\nendstream"),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    absl::StrAppend(&pdf, i + 1, " 0 obj\n", objects[i], "\nendobj\n");
  }
  const size_t xref = pdf.size();
  absl::StrAppend(&pdf, "xref\n0 ", objects.size() + 1, "\n0000000000 65535 f \n");
  for (size_t o : offsets) absl::StrAppend(&pdf, absl::StrFormat("%010d 00000 n \n", o));
  absl::StrAppend(&pdf, "trailer\n<< /Size ", objects.size() + 1, " /Root 1 0 R >>\nstartxref\n",
                  xref, "\n%%EOF\n");
  return pdf;
}

TEST(ReadPdf, AHandWrittenPdf) {
  absl::StatusOr<Document> doc =
      ReadPdf(MinimalPdf("BT /F1 12 Tf 72 700 Td (Hello world) Tj ET"), Limits{});
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->title, "");  // no Title: none is made up
  ASSERT_EQ(doc->blocks.size(), 1u);
  EXPECT_EQ(doc->blocks[0].text, "Hello world");
  EXPECT_TRUE(doc->tables.empty());
}

TEST(ReadPdf, NoTextLayer) {
  ExpectInvalid(ReadQuietly(Fixture("no-text.pdf")),
                "pdf: no text layer on its one page (a scan?)");
  ExpectInvalid(ReadQuietly(MinimalPdf("")), "pdf: no text layer on its one page");
  ExpectInvalid(ReadQuietly(MinimalPdf("0 0 1 rg 10 10 100 100 re f")), "no text layer");
}

TEST(ReadPdf, NotAPdfOrDamaged) {
  ExpectInvalid(ReadQuietly(""), "pdf: not a PDF (no %PDF- header)");
  ExpectInvalid(ReadQuietly("<html><body>表三</body></html>"), "pdf: not a PDF");
  ExpectInvalid(ReadQuietly("%PDF-"), "pdf: damaged: poppler cannot open it");
  const std::string letter = Fixture("letter.pdf");
  ExpectInvalid(ReadQuietly(letter.substr(0, letter.size() / 2)), "pdf: damaged");
  std::mt19937 random(7);
  for (int i = 0; i < 20; ++i) {
    std::string bytes = "%PDF-1.7\n";
    for (int k = 0; k < 4000; ++k) bytes.push_back(static_cast<char>(random()));
    ExpectInvalid(ReadQuietly(bytes), "pdf: ");
  }
}

TEST(ReadPdf, Encrypted) {
  ExpectInvalid(ReadQuietly(Fixture("locked.pdf")),
                "pdf: encrypted, and opening it needs a password");
  // Only an owner's password: read, with a note.
  absl::StatusOr<Document> doc = ReadPdf(Fixture("restricted.pdf"), Limits{});
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->title, "加密示例");
  EXPECT_TRUE(HasParagraph(*doc, "本文件设有权限密码。"));
  EXPECT_THAT(doc->notes, ElementsAre(HasSubstr("encrypted without a password to open it")));
}

TEST(ReadPdf, Limits) {
  const std::string letter = Fixture("letter.pdf");
  Limits limits;
  limits.max_pages = 2;
  ExpectInvalid(ReadQuietly(letter, limits), "pdf: 3 pages, more than the limit of 2");
  limits = Limits{};
  limits.max_input_bytes = 1000;
  ExpectInvalid(ReadQuietly(letter, limits), "more than the limit of 1000");
  limits = Limits{};
  limits.max_cells = 50;
  ExpectInvalid(ReadQuietly(letter, limits), "pdf page 1: more table cells than the limit of 50");
  limits = Limits{};
  limits.max_cell_bytes = 30;
  ExpectInvalid(ReadQuietly(letter, limits), "pdf page 1 line 1: a paragraph of ");
}

// poppler allocates the cross-reference table a file declares, and poppler-cpp copies it for
// every page: both are refused before they cost seconds and gigabytes.
TEST(ReadPdf, CrossReferenceTablesTooLargeToBuild) {
  ExpectInvalid(ReadQuietly(Fixture("../hostile/xref-object-number.pdf")),
                "pdf: byte 141581: \"14205129 0 obj\" makes a cross-reference table of 14205184 "
                "entries, more than the limit of 1000000 (a damaged or hostile file)");
  ExpectInvalid(ReadQuietly(Fixture("../hostile/xref-many-pages.pdf")),
                "pdf: 100 pages and a cross-reference table of 1000000 entries (\"/Size 1000000\" "
                "at byte 15789): reading copies the table for every page, 100000000 entries, "
                "more than the limit of 40000000");
  // Two more that poppler was seen to allocate for (1.1 GB, 370 MB): an object header split by
  // poppler's 255-byte reading of a long line, and a startxref that points at its own "xref".
  const std::string wide = Fixture("wide.pdf");
  const size_t last = wide.rfind("startxref\n");
  const std::string damaged = wide.substr(0, last) + "startxref\n9\n%%EOF\n";
  const size_t object = damaged.find("\n646 0 obj") + 1;
  ExpectInvalid(ReadQuietly(damaged.substr(0, object) + "%" + std::string(249, 'a') +
                            "2147414205129 0 obj\n" + damaged.substr(object)),
                absl::StrCat("pdf: byte ", object + 255, ": \"14205129 0 obj\" makes"));
  ExpectInvalid(
      ReadQuietly(absl::StrCat(wide.substr(0, last), "startxref\n", last + 5, " 9000000\n%%EOF\n")),
      absl::StrCat("pdf: byte ", last + 5, ": \"xref subsection ", last + 5, " 9000000\" makes"));
  // letter.pdf: 3 pages; its objects 768 to 795 claim 1024 entries (a rebuilt table rounds up).
  const std::string letter = Fixture("letter.pdf");
  Limits limits;
  limits.max_pdf_objects = 1023;
  ExpectInvalid(ReadQuietly(letter, limits),
                "makes a cross-reference table of 1024 entries, more than the limit of 1023");
  limits = Limits{};
  limits.max_pdf_xref_copies = 3071;
  ExpectInvalid(ReadQuietly(letter, limits),
                "pdf: 3 pages and a cross-reference table of 1024 entries (\"768 0 obj\" at byte "
                "260381): reading copies the table for every page, 3072 entries, more than the "
                "limit of 3071");
  limits.max_pdf_xref_copies = 3072;
  EXPECT_TRUE(ReadPdf(letter, limits).ok());
}

// Damage anywhere in a real file: a clean error or a document, never a crash or a message.
TEST(ReadPdf, DamagedCopiesOfAFixture) {
  const std::string wide = Fixture("wide.pdf");
  std::mt19937 random(11);
  for (int i = 0; i < 60; ++i) {
    std::string bytes = wide;
    const int hits = 1 + static_cast<int>(random() % 20);
    for (int k = 0; k < hits; ++k) bytes[random() % bytes.size()] = static_cast<char>(random());
    testing::internal::CaptureStderr();
    absl::StatusOr<Document> doc = ReadPdf(bytes, Limits{});
    EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
    if (doc.ok()) {
      ExpectWellFormed(*doc);
    } else {
      EXPECT_EQ(doc.status().code(), absl::StatusCode::kInvalidArgument) << doc.status();
    }
  }
  for (size_t cut = 1000; cut < wide.size(); cut += wide.size() / 9) {
    const absl::Status status = ReadQuietly(wide.substr(0, cut));
    if (!status.ok()) {
      EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << status;
    }
  }
}

}  // namespace
}  // namespace gongkai::document
