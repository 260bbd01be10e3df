// The OOXML readers (lib/document/ooxml.h) against hostile and broken containers and XML: each
// must fail fast with a message naming what failed and where.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "document/ooxml.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ooxml_maker.h"

namespace gongkai::document {
namespace {

using testing::DocxMembers;
using ::testing::HasSubstr;
using testing::MakeDocx;
using testing::MakeZip;
using testing::Member;
using ::testing::Not;
using testing::With;

constexpr char kHead[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

std::string DocumentXml(const std::string& body) {
  return absl::StrCat(kHead, "<w:document xmlns:w=\"", testing::kW, "\"><w:body>", body,
                      "</w:body></w:document>");
}

absl::Status DocxError(const std::vector<Member>& members, const Limits& limits = Limits()) {
  return ReadDocx(MakeZip(members), limits).status();
}

TEST(Ooxml, NotAZip) {
  for (auto read : {&ReadDocx, &ReadXlsx}) {
    const absl::Status status = read("这不是压缩文件, just text", Limits()).status();
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(status.message(), HasSubstr(": not a zip file (Not a zip archive)"));
  }
  EXPECT_EQ(ReadDocx("", Limits()).status().message(), "docx: not a zip file (empty input)");
  EXPECT_THAT(ReadXlsx(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0'),
                       Limits())
                  .status()
                  .message(),
              HasSubstr("xlsx: not a zip file (an OLE compound file: a password-protected"));
}

TEST(Ooxml, TruncatedZip) {
  const std::string docx = MakeDocx("<w:p><w:r><w:t>正文</w:t></w:r></w:p>");
  for (size_t keep : {docx.size() / 2, docx.size() - 10, size_t{30}}) {
    const absl::Status status = ReadDocx(docx.substr(0, keep), Limits()).status();
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << keep;
    EXPECT_THAT(status.message(), HasSubstr("docx: not a zip file (")) << keep;
  }
}

TEST(Ooxml, InputBeyondMaxInputBytes) {
  Limits limits;
  limits.max_input_bytes = 100;
  EXPECT_THAT(ReadDocx(MakeDocx(""), limits).status().message(),
              HasSubstr("bytes, more than the limit of 100"));
}

TEST(Ooxml, MissingDocumentXml) {
  const absl::Status status =
      DocxError(testing::Without(DocxMembers("<w:p/>"), "word/document.xml"));
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "docx: the file has no word/document.xml");
}

TEST(Ooxml, BillionLaughs) {
  std::string dtd = "<!DOCTYPE w:document [<!ENTITY lol \"lol\">";
  for (int i = 1; i <= 9; ++i) {
    absl::StrAppend(&dtd, "<!ENTITY lol", i, " \"");
    for (int j = 0; j < 10; ++j)
      absl::StrAppend(&dtd, "&lol", i == 1 ? "" : absl::StrCat(i - 1), ";");
    absl::StrAppend(&dtd, "\">");
  }
  dtd += "]>\n";
  const std::string xml = absl::StrCat(kHead, dtd, "<w:document xmlns:w=\"", testing::kW,
                                       "\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>"
                                       "</w:body></w:document>");
  const absl::Status status = DocxError(With(DocxMembers(""), "word/document.xml", xml));
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status.message(),
              HasSubstr("docx: word/document.xml has a DTD, which OOXML never has"));
}

TEST(Ooxml, ExternalEntity) {
  const std::string xml =
      absl::StrCat(kHead, "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n",
                   "<w:document xmlns:w=\"", testing::kW,
                   "\"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>");
  const absl::Status status = DocxError(With(DocxMembers(""), "word/document.xml", xml));
  EXPECT_THAT(status.message(), HasSubstr("has a DTD, which OOXML never has"));
  EXPECT_THAT(status.message(), Not(HasSubstr("root:")));
  // Every part is parsed the same way: the sheets, shared strings and relationships too.
  std::vector<Member> xlsx = testing::XlsxMembers({{"表", "<sheetData/>"}}, "<si><t>x</t></si>");
  xlsx = With(
      xlsx, "xl/sharedStrings.xml",
      absl::StrCat(kHead, "<!DOCTYPE sst SYSTEM \"http://example.invalid/sst.dtd\">", "<sst/>"));
  EXPECT_EQ(ReadXlsx(MakeZip(xlsx), Limits()).status().message(),
            "xlsx: xl/sharedStrings.xml has a DTD, which OOXML never has (refused: entity "
            "expansion, external entities)");
}

TEST(Ooxml, DeepNesting) {
  std::string deep;
  for (int i = 0; i < 10000; ++i) deep += "<w:sdt><w:sdtContent>";
  for (int i = 0; i < 10000; ++i) deep += "</w:sdtContent></w:sdt>";
  const std::vector<Member> members = With(DocxMembers(""), "word/document.xml", DocumentXml(deep));
  // libxml2's own bound (256 without XML_PARSE_HUGE) comes first...
  absl::Status status = DocxError(members);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status.message(), HasSubstr("docx: word/document.xml line 2: not well-formed XML "
                                          "(Excessive depth in document: 256"));
  // ...unless Limits asks for less.
  Limits limits;
  limits.max_depth = 50;
  status = DocxError(members, limits);
  EXPECT_EQ(status.message(), "docx: word/document.xml line 2: elements nested more than 50 deep");
}

TEST(Ooxml, MalformedXml) {
  const absl::Status status = DocxError(
      With(DocxMembers(""), "word/document.xml", DocumentXml("<w:p>\n<w:r><w:t>x</w:r></w:p>")));
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(),
            "docx: word/document.xml line 3: not well-formed XML (Opening and ending tag "
            "mismatch: t line 3 and r)");
}

TEST(Ooxml, ZipBomb) {
  // 20 MB of zeros deflate about 1030 times: more than the default max_zip_ratio of 1000.
  const std::string zeros(20 << 20, '\0');
  absl::Status status = DocxError(With(DocxMembers(""), "word/document.xml", zeros));
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status.message(), HasSubstr("docx: word/document.xml expands "));
  EXPECT_THAT(status.message(), HasSubstr(" times, more than the limit of 1000 (a zip bomb?)"));
  // Text compresses less; a stored member not at all: both within the ratio, but over
  // max_unzipped_bytes.
  Limits limits;
  limits.max_unzipped_bytes = 1000;
  std::vector<Member> members = DocxMembers("");
  for (Member& m : members) {
    if (m.name != "word/document.xml") continue;
    m.data = DocumentXml(std::string(2000, ' '));
    m.stored = true;
  }
  status = DocxError(members, limits);
  EXPECT_THAT(status.message(), HasSubstr("docx: word/document.xml unzips to 2"));
  EXPECT_THAT(status.message(), HasSubstr("left of the limit of unzipped bytes"));
}

TEST(Ooxml, UnzippedBytesCountAcrossMembers) {
  // The document fits; the core properties read after it do not.
  const std::vector<Member> members = DocxMembers("<w:p><w:r><w:t>正文</w:t></w:r></w:p>", "标题");
  size_t document = 0, rels = 0;
  for (const Member& m : members) {
    if (m.name == "word/document.xml") document = m.data.size();
    if (m.name == "_rels/.rels") rels = m.data.size();
  }
  Limits limits;
  limits.max_unzipped_bytes = rels + document + 10;
  const absl::Status status = DocxError(members, limits);
  EXPECT_THAT(status.message(), HasSubstr("docx: docProps/core.xml unzips to "));
  EXPECT_THAT(status.message(), HasSubstr("more than the 10 left of the limit"));
}

TEST(Ooxml, DeclaredSizeIsNotTrusted) {
  // A member that declares 100 bytes but inflates to 1 MB: the central directory's and the
  // local header's uncompressed sizes are rewritten after zipping.
  const std::string big = DocumentXml(std::string(1 << 20, ' '));
  std::string zip = MakeZip({{"word/document.xml", big}});
  const std::string size(reinterpret_cast<const char*>("\x64\x00\x00\x00"), 4);
  ASSERT_EQ(zip.compare(0, 4, "PK\x03\x04"), 0);
  zip.replace(22, 4, size);
  const size_t central = zip.find("PK\x01\x02");
  ASSERT_NE(central, std::string::npos);
  zip.replace(central + 24, 4, size);
  const absl::Status status = ReadDocx(zip, Limits()).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status.message(), HasSubstr("docx: word/document.xml"));
  EXPECT_THAT(status.message(), Not(HasSubstr("w:body")));
}

TEST(Ooxml, EncryptedMember) {
  std::vector<Member> members = DocxMembers("<w:p/>");
  for (Member& m : members) {
    if (m.name == "word/document.xml") m.password = "secret";
  }
  EXPECT_EQ(DocxError(members).message(), "docx: word/document.xml is encrypted");
}

}  // namespace
}  // namespace gongkai::document
