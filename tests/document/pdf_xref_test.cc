// The cross-reference declarations of a PDF, read as poppler reads them (lib/document/pdf_xref.h).
#include "document/pdf_xref.h"

#include <fstream>
#include <sstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gongkai::document::pdf {
namespace {

using ::testing::HasSubstr;

XrefClaim Largest(absl::string_view bytes) {
  absl::StatusOr<XrefClaim> claim = LargestXrefClaim(bytes);
  EXPECT_TRUE(claim.ok()) << claim.status();
  return claim.ok() ? *claim : XrefClaim{-1, 0, ""};
}

int64_t Entries(absl::string_view bytes) { return Largest(bytes).entries; }

std::string Describe(absl::string_view bytes) {
  const XrefClaim claim = Largest(bytes);
  return absl::StrCat(claim.entries, " at ", claim.offset, ": ", claim.text);
}

// What poppler does not resize for.
TEST(LargestXrefClaim, NoneWherePopplerDoesNotResize) {
  for (absl::string_view bytes :
       {"", "%PDF-1.7\nBT (14205129) Tj ET 5 0 R 7000000 0 R [1 2 3]",
        "startxref\n9000000\n%%EOF\n",  // an offset, not a subsection header
        // Not an int: a real, a 64-bit number, a larger one, a negative, an array (a
        // sampled function's /Size); another name.
        "/Size 7000000.0", "/Size 3000000000", "/Size 99999999999999999999999", "/Size -7000000",
        "/Size [7000000 2]", "/Sizes 7000000",
        // /Index past INT_MAX (poppler refuses it), or not an array.
        "/Index [2147483000 1000]", "/Index 5000000",
        // Not the keyword xref.
        "xrefs 0 9000000",
        // Not an object header, a number 0, or past INT_MAX by poppler's own check.
        "7000000 obj", "7000000 0 R", "0 0 obj", "2147483647 0 obj"}) {
    EXPECT_EQ(Entries(bytes), 0) << bytes;
  }
}

TEST(LargestXrefClaim, TrailerOrStreamSize) {
  EXPECT_EQ(Describe("trailer\n<< /Root 1 0 R /Size 14205130 >>"),
            "14205130 at 23: /Size 14205130");
  // As poppler's lexer reads a name and a number: escapes, comments, a sign, leading zeros.
  EXPECT_EQ(Entries("/S#69ze 7000000"), 7000000);
  EXPECT_EQ(Entries("/#53ize 7000000"), 7000000);
  EXPECT_EQ(Entries("/I#6edex [0 7000000]"), 7000000);
  EXPECT_EQ(Entries("/Size%a comment\r 7000000"), 7000000);
  EXPECT_EQ(Entries("/Size +0007000000"), 7000000);
  EXPECT_EQ(Largest("/S#69ze 7000000").text, "/Size 7000000");
}

TEST(LargestXrefClaim, StreamIndexPairs) {
  EXPECT_EQ(Describe("<< /Type /XRef /Index [0 10 5000000 7] /W [1 2 1] >>"),
            "5000007 at 15: /Index [5000000 7]");
  EXPECT_EQ(Entries("/Index [0 10 -1 5000000]"), 10);  // a negative pair ends the array
}

TEST(LargestXrefClaim, TableSubsections) {
  const std::string table =
      "xref\n0 3\n0000000000 65535 f \n0000000010 00000 n \n0000000020 00000 n \n"
      "7000000 2\n0000000030 00000 n \n0000000040 00000 n \ntrailer\n";
  EXPECT_EQ(Describe(table), "7000002 at 0: xref subsection 7000000 2");
  // A subsection after a broken entry is never read; one after trailer neither.
  EXPECT_EQ(Entries("xref\n0 2\n0000000000 65535 f \ngarbage\n7000000 2\n"), 2);
  EXPECT_EQ(Entries("xref\n0 1\n0000000000 65535 f \ntrailer\n7000000 2\n"), 1);
  // A count is claimed before its entries are read.
  EXPECT_EQ(Entries("xref\n0 9000000\n0000000000 65535 f \n"), 9000000);
}

// Inside startxref the keyword is there too, and poppler reads a table there when an offset
// (startxref's, /Prev, /XRefStm; counted from the header) sends it there.
TEST(LargestXrefClaim, TheXrefInsideStartxref) {
  // A file updated in place: the next update's first object follows the old offset.
  EXPECT_EQ(Entries("startxref\n1057546\n%%EOF\n585 0 obj\n"), 768);
  EXPECT_EQ(Entries("startxref 7000000 2"), 0);
  EXPECT_EQ(Describe("startxref 5 9000000"), "9000005 at 5: xref subsection 5 9000000");
  EXPECT_EQ(Entries("junk%PDF-1.7\nstartxref 14 9000000"), 9000014);
  EXPECT_EQ(Entries("junk%PDF-1.7\nstartxref 18 9000000"), 0);
  EXPECT_EQ(Entries("startxref 7000000 2 /Prev 5"), 7000002);
  EXPECT_EQ(Entries("startxref 7000000 2 /XRef#53tm 5"), 7000002);
}

TEST(LargestXrefClaim, ObjectHeadersThatARebuildReads) {
  // A rebuilt table grows to the next multiple of 256 past the number.
  EXPECT_EQ(Describe("junk\n14205129 0 obj\n<< >>\nendobj\n"), "14205184 at 5: 14205129 0 obj");
  EXPECT_EQ(Entries("7000000\n0\r\nobj"), 7000064);
  EXPECT_EQ(Entries("12 0 objection"), 256);  // poppler compares three bytes
  // atoi wraps past 32 bits: 5000000000 is read as 705032704.
  EXPECT_EQ(Describe("5000000000 0 obj"), "705032960 at 0: 5000000000 0 obj (read as 705032704)");
  // Past 2^31 by itself, and too large by poppler's own check: nothing.
  EXPECT_EQ(Entries("2147414205129 0 obj"), 0);
}

// poppler reads a long line 255 bytes at a time from the header on, so a run of digits that
// spans such a step is also read from the step.
TEST(LargestXrefClaim, ObjectHeadersSplitByALongLine) {
  // atoi reads -69442871; from its sixth digit on, 14205129.
  const std::string split = "2147414205129 0 obj";
  EXPECT_EQ(Describe(std::string(250, 'a') + split), "14205184 at 255: 14205129 0 obj");
  EXPECT_EQ(Entries(std::string(200, 'a') + split), 0);
  EXPECT_EQ(Largest(std::string(300, 'a') + "\n" + std::string(250, 'a') + split).offset, 556u);
  // A carriage return alone ends a line too.
  EXPECT_EQ(Largest(std::string(300, 'a') + "\r" + std::string(250, 'a') + split).offset, 556u);
  EXPECT_EQ(Largest("xx%PDF-" + std::string(245, 'a') + split).offset, 257u);
  // Leading zeros do not make a number large.
  EXPECT_EQ(Entries(std::string(250, 'a') + std::string(1000, '0') + "7000000 0 obj"), 7000064);
}

TEST(LargestXrefClaim, TheLargestOfAll) {
  EXPECT_EQ(Entries("/Size 600 xref\n0 700\n/Index [0 800] 899 0 obj"), 1024);
  EXPECT_EQ(Entries("/Size 600 xref\n0 7000\n/Index [0 800] 899 0 obj"), 7000);
}

std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(GONGKAI_PDF_DIR) + "/" + name, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// A real file claims about what it has: letter.pdf's trailer says /Size 796, and poppler
// would round a rebuilt table of its 795 objects up to 1024.
TEST(LargestXrefClaim, RealFiles) {
  EXPECT_EQ(Entries(Fixture("letter.pdf")), 1024);
  EXPECT_EQ(Entries(Fixture("restricted.pdf")), 256);
}

// Comments that hide the keyword inside a table make every hidden one start a scan of the
// rest: the work is bounded, and the input refused, rather than quadratic.
TEST(LargestXrefClaim, OverlappingScansAreRefused) {
  std::string bytes = "xref\n0 0\n";
  for (int i = 0; i < 2000; ++i) bytes += "%xref\n";
  bytes += std::string(20000, 'A');
  const absl::StatusOr<XrefClaim> claim = LargestXrefClaim(bytes);
  ASSERT_FALSE(claim.ok());
  EXPECT_EQ(claim.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(claim.status().message()),
              HasSubstr(absl::StrCat("pdf: checking its cross-reference declarations read more "
                                     "than ",
                                     4 * bytes.size() + 65536,
                                     " bytes (tables or "
                                     "arrays that overlap: a damaged or hostile file)")));
}

}  // namespace
}  // namespace gongkai::document::pdf
