// lib/document/pdf_xref.h against poppler itself: for real PDFs and damaged copies of them, the
// cross-reference table poppler has after opening the file and reading every page's text is
// never larger than the largest declaration the scan finds. poppler's internal headers
// (libpoppler-private-dev) give the table's size; the library itself uses only poppler-cpp.
//
// The oracle sees the table as it ends, not its peak: a table sized by a trailer and then
// rebuilt smaller is not seen at its first size (pdf_xref_test.cc covers /Size directly).
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <XRef.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "document/pdf_xref.h"
#include "gtest/gtest.h"

namespace gongkai::document::pdf {
namespace {

void Quiet(ErrorCategory, Goffset, const char*) {}
void Discard(void*, const char*, int) {}

// The size of poppler's table once the file is open and each page's text read, as
// poppler-cpp's text_list reads it; -1 when poppler made no table.
int PopplerTableSize(const std::string& bytes) {
  auto* stream =
      new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  PDFDoc doc(stream);  // owns the stream
  if (doc.getXRef() == nullptr) return -1;
  if (doc.isOk()) {
    const int pages = std::min(doc.getNumPages(), 20);
    for (int p = 1; p <= pages; ++p) {
      TextOutputDev text(&Discard, nullptr, false, 0, false, false);
      doc.displayPageSlice(&text, p, 72, 72, 0, false, false, false, -1, -1, -1, -1);
    }
  }
  return doc.getXRef()->getNumObjects();
}

std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(GONGKAI_PDF_DIR) + "/" + name, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Damaged copies that make poppler size its table differently: renumbered object headers with
// the table broken (a rebuild), changed /Size and subsection counts, a long line whose digits
// cross a 255-byte step, truncations, and bytes overwritten at random.
std::vector<std::string> DamagedCopies(const std::string& pdf, std::mt19937* random) {
  std::vector<std::string> copies = {pdf};
  auto number = [&](int most) { return static_cast<int>((*random)() % most) + 1; };
  auto at = [&](const std::string& s) { return static_cast<size_t>((*random)() % s.size()); };
  const size_t startxref = pdf.rfind("startxref");
  const std::string broken =
      startxref == std::string::npos ? pdf : pdf.substr(0, startxref) + "startxref\n9\n%%EOF\n";
  for (int i = 0; i < 12; ++i) {
    std::string copy = broken;
    const size_t header = copy.find(" 0 obj", at(copy));
    if (header == std::string::npos) continue;
    size_t digits = header;
    while (digits > 0 && copy[digits - 1] >= '0' && copy[digits - 1] <= '9') --digits;
    copy.replace(digits, header - digits, std::to_string(number(900000)));
    copies.push_back(copy);
  }
  for (const std::string key : {"/Size ", "xref\n0 "}) {
    const size_t found = pdf.rfind(key);
    if (found == std::string::npos) continue;
    const size_t digits = found + key.size();
    const size_t end = pdf.find_first_not_of("0123456789", digits);
    for (int i = 0; i < 6; ++i) {
      std::string copy = pdf;
      copy.replace(digits, end - digits, std::to_string(number(900000)));
      copies.push_back(copy);
    }
  }
  for (int i = 0; i < 6; ++i) {
    std::string copy = broken;
    const size_t line = copy.find('\n', at(copy));
    if (line == std::string::npos) continue;
    const int pad = 240 + number(14);
    copy.insert(line + 1, "%" + std::string(pad, 'a') + "21474" + std::to_string(number(900000)) +
                              " 0 obj\n");
    copies.push_back(copy);
  }
  for (int i = 0; i < 12; ++i) copies.push_back(pdf.substr(0, at(pdf)));
  for (int i = 0; i < 24; ++i) {
    std::string copy = pdf;
    for (int k = number(20); k > 0; --k) copy[at(copy)] = static_cast<char>((*random)());
    copies.push_back(copy);
  }
  return copies;
}

// docs/import.md and pdf_xref.h say an entry is about 40 bytes, which is why a million is the
// limit.
TEST(PdfXrefOracle, AnEntryOfPopplersTableIsAbout40Bytes) {
  EXPECT_GE(sizeof(XRefEntry), 32u);
  EXPECT_LE(sizeof(XRefEntry), 48u);
}

TEST(PdfXrefOracle, PopplerNeverBuildsMoreThanTheScanClaims) {
  globalParams = std::make_unique<GlobalParams>();
  setErrorCallback(&Quiet);
  std::mt19937 random(2026);
  int compared = 0;
  int grown = 0;  // copies whose table poppler grew past the original's
  for (const char* name :
       {"wide.pdf", "letter.pdf", "narrow.pdf", "split.pdf", "restricted.pdf", "no-text.pdf"}) {
    const std::string pdf = Fixture(name);
    ASSERT_FALSE(pdf.empty()) << name;
    const int original = PopplerTableSize(pdf);
    const std::vector<std::string> copies = DamagedCopies(pdf, &random);
    for (size_t i = 0; i < copies.size(); ++i) {
      absl::StatusOr<XrefClaim> claim = LargestXrefClaim(copies[i]);
      ASSERT_TRUE(claim.ok()) << name << " copy " << i << ": " << claim.status();
      // What the reader refuses never reaches poppler.
      if (claim->entries > 1000000) continue;
      const int size = PopplerTableSize(copies[i]);
      EXPECT_LE(size, claim->entries) << name << " copy " << i << ": claimed " << claim->text;
      ++compared;
      if (size > original) ++grown;
    }
  }
  // The copies did make poppler build larger tables, or the comparison would prove little.
  // Without the scan's object headers, its /Size, or its reading of long lines in 255-byte
  // steps, this test fails.
  std::printf("%d damaged copies compared, %d of them grew poppler's table\n", compared, grown);
  EXPECT_GT(compared, 300);
  EXPECT_GT(grown, 200);
  globalParams.reset();
}

}  // namespace
}  // namespace gongkai::document::pdf
