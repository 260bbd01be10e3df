// RenderDocx: a zip the project's own DOCX reader reads back as the text rendering, line for
// line, and the same bytes for the same notice.
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "document/document.h"
#include "document/read.h"
#include "document/zip.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "notice/lines.h"
#include "notice/notice.h"
#include "notice/notice_testing.h"

namespace gongkai::notice {
namespace {

using testing::Case;
using ::testing::ElementsAreArray;
using testing::National;
using testing::Request;
using ::testing::StartsWith;

std::string Write(v1::NoticeRequest request, v1::NoticeFormat format) {
  request.set_format(format);
  absl::StatusOr<std::string> out = WriteNotice(request, National());
  EXPECT_TRUE(out.ok()) << out.status();
  return out.ok() ? *out : "";
}

std::vector<std::string> NonEmptyLines(absl::string_view text) {
  return absl::StrSplit(text, '\n', absl::SkipEmpty());
}

// The texts of the w:t elements of word/document.xml, unescaped: exactly what was written,
// before the reader's white-space normalisation.
std::vector<std::string> RunTexts(const std::string& docx) {
  absl::StatusOr<document::ZipArchive> zip = document::ZipArchive::Open(docx, "docx", {});
  EXPECT_TRUE(zip.ok()) << zip.status();
  if (!zip.ok()) return {};
  absl::StatusOr<std::string> xml = zip->Read("word/document.xml");
  EXPECT_TRUE(xml.ok()) << xml.status();
  if (!xml.ok()) return {};
  std::vector<std::string> texts;
  const std::string kOpen = "<w:t xml:space=\"preserve\">";
  for (size_t at = xml->find(kOpen); at != std::string::npos; at = xml->find(kOpen, at)) {
    at += kOpen.size();
    const size_t end = xml->find("</w:t>", at);
    texts.push_back(
        absl::StrReplaceAll(xml->substr(at, end - at),
                            {{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&amp;", "&"}}));
  }
  return texts;
}

// The reader's paragraphs equal the text rendering's non-empty lines (as the reader normalises
// white space), and the runs hold those lines exactly.
void ExpectReadsBackAsText(const v1::NoticeRequest& request) {
  const std::string text = Write(request, v1::NOTICE_FORMAT_TEXT);
  const std::string docx = Write(request, v1::NOTICE_FORMAT_DOCX);
  ASSERT_THAT(docx, StartsWith("PK\x03\x04"));
  const std::vector<std::string> lines = NonEmptyLines(text);
  ASSERT_GT(lines.size(), 5u);
  EXPECT_THAT(RunTexts(docx), ElementsAreArray(lines));

  absl::StatusOr<document::Document> doc = document::Read(docx, document::Format::kDocx);
  ASSERT_TRUE(doc.ok()) << doc.status();
  std::vector<std::string> paragraphs, expected;
  for (const document::Block& block : doc->blocks) paragraphs.push_back(block.text);
  for (const std::string& line : lines) expected.push_back(document::NormalizeSpace(line));
  EXPECT_THAT(paragraphs, ElementsAreArray(expected));
  absl::StatusOr<v1::Notice> notice = ComposeNotice(request, National());
  ASSERT_TRUE(notice.ok()) << notice.status();
  EXPECT_EQ(doc->title, notice->title());  // docProps/core.xml
  EXPECT_EQ(document::Sniff(docx), document::Format::kDocx);
}

TEST(DocxTest, ReplyReadsBackAsItsText) {
  v1::Application a = Case(
      "2019-05-20", {"REGISTERED 2019-05-20", "DECIDED 2019-06-03 outcome=REFUSED_STATE_SECRET"});
  v1::NoticeRequest r = Request(v1::NOTICE_KIND_REPLY, a);
  r.set_serial(12);
  ExpectReadsBackAsText(r);
}

TEST(DocxTest, CorrectionReadsBackAsItsText) {
  v1::Application a =
      Case("2019-05-20",
           {"REGISTERED 2019-05-20", "CORRECTION_REQUESTED 2019-05-22 correction_period_days=10"});
  ExpectReadsBackAsText(Request(v1::NOTICE_KIND_CORRECTION, a));
}

TEST(DocxTest, SameNoticeSameBytes) {
  v1::Application a =
      Case("2019-05-20",
           {"REGISTERED 2019-05-20", "CORRECTION_REQUESTED 2019-05-22 correction_period_days=10"});
  const v1::NoticeRequest r = Request(v1::NOTICE_KIND_CORRECTION, a);
  const std::string first = Write(r, v1::NOTICE_FORMAT_DOCX);
  EXPECT_FALSE(first.empty());
  EXPECT_EQ(first, Write(r, v1::NOTICE_FORMAT_DOCX));
}

TEST(DocxTest, MarkupCharactersAreEscaped) {
  const std::vector<Line> lines = {{Role::kTitle, "告知书 <A&B>"},
                                   {Role::kAddressee, "\"张三\" & 李四："},
                                   {Role::kParagraph, "\u3000\u3000a < b > c && d"},
                                   {Role::kSignature, "机关"},
                                   {Role::kDate, "2019年5月22日"}};
  absl::StatusOr<std::string> docx = RenderDocx(lines);
  ASSERT_TRUE(docx.ok()) << docx.status();
  std::vector<std::string> texts;
  for (const Line& line : lines) texts.push_back(line.text);
  EXPECT_THAT(RunTexts(*docx), ElementsAreArray(texts));
  absl::StatusOr<document::Document> doc = document::Read(*docx, document::Format::kDocx);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->title, "告知书 <A&B>");
  ASSERT_EQ(doc->blocks.size(), 5u);
  EXPECT_EQ(doc->blocks[2].text, "a < b > c && d");
}

}  // namespace
}  // namespace gongkai::notice
