// How large a cross-reference table a PDF can make poppler build, read from the bytes before
// poppler is given them: poppler cannot be stopped once it has started.
//
// poppler sizes its table from what the file declares, and allocates an entry (about 40 bytes)
// for every object number below that size before it reads a page; poppler-cpp then copies the
// whole table before it reads each page's text. A 28 KB file that fuzzing found, whose damaged
// table poppler rebuilt from a header "14205129 0 obj", costs poppler-cpp 1.1 GB and over 10 s, and
// a valid 16 KB file of 100 pages whose trailer says /Size 1000000 takes over 10 s to read
// (bench/pdf-cost.sh, docs/performance.md).
//
// The declarations (read from poppler's XRef.cc; the trailer's /Size, a table and a rebuilt
// header were measured allocating with Debian's poppler 22.12) are: /Size in a trailer or a
// cross-reference stream; a table's subsection header "first count" after the keyword xref; the
// pairs of a stream's /Index; and, when poppler rebuilds a damaged file's table, the largest "N G
// obj" it finds where it starts reading a line. The scan reads tokens as poppler's lexer does
// (whitespace, comments, signs, #xx escapes in names, numbers beyond 32 bits that are not
// ints, atoi's wrap-around in object headers, lines read 255 bytes at a time), and it looks at
// every offset rather than only those poppler visits, so it never sees less than poppler can
// and may see more (a "/Size 5" inside a string). One exception keeps real files readable: the
// "xref" inside "startxref" counts only where an offset (after startxref, /Prev or /XRefStm)
// points at it, since a file updated in place has "startxref 1057546 %%EOF 585 0 obj", which
// read from that "xref" claims a table of 1058131.
#ifndef GONGKAI_LIB_DOCUMENT_PDF_XREF_H_
#define GONGKAI_LIB_DOCUMENT_PDF_XREF_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace gongkai::document::pdf {

struct XrefClaim {
  // The table size poppler would make for the declaration; 0 when the file declares none.
  int64_t entries = 0;
  size_t offset = 0;  // where the declaration starts
  std::string text;   // the declaration, ASCII: "/Size 1000000", "14205129 0 obj"
};

// The declaration that claims the largest table (the first of equals). InvalidArgument when
// checking looks at more than four times the bytes, plus 64 KiB: tables or arrays that overlap
// through comments, made to slow the scan down. A real file is looked at about once.
absl::StatusOr<XrefClaim> LargestXrefClaim(absl::string_view bytes);

}  // namespace gongkai::document::pdf

#endif  // GONGKAI_LIB_DOCUMENT_PDF_XREF_H_
