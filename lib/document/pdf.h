// Reading the text layer of a PDF with poppler-cpp.
#ifndef GONGKAI_LIB_DOCUMENT_PDF_H_
#define GONGKAI_LIB_DOCUMENT_PDF_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "document/document.h"

namespace gongkai::document {

// Each page's words are grouped into lines by their position, and each line into pieces at
// gaps wider than about half an em (pdf_layout.h says how, and what it assumes). A run of
// lines with numbers (at least two pieces, one a number), with the header lines above it and
// the lines between, becomes a Table: where is "page N" for every table on page N, and
// printed_rows are the lines' numbers on the page (counting every line of text from the top,
// 1-based), so that "page N row L" finds any row. A label that wraps inside its cell is joined
// into the row whose numbers stand beside it, and the rest of a label that a page break cut
// off into the row it continues; a wrapped label that stands beside several rows is left as
// printed unless it is their group's label (every one of them has its own label to its right).
// A table printed over several pages is one Table per page. The other lines are paragraph
// Blocks in reading order, a line joined to the one before when that one is full and does not
// end a sentence. The title is the PDF's Title, or empty.
//
// Cells printed closer together than about half an em read as one cell; an empty cell is not
// seen at all (a PDF prints nothing there).
//
// A PDF encrypted only against printing or copying (an owner's password, no password to open
// it) is read, with a note. Errors (InvalidArgument unless said): more bytes than
// limits.max_input_bytes; not a PDF; a file poppler cannot open (damaged, truncated); one that
// needs a password to open; no pages, or more than limits.max_pages; a declared cross-reference
// table of more than limits.max_pdf_objects entries, checked before poppler sees the bytes, or
// one that would be copied, once a page, more than limits.max_pdf_xref_copies entries in all
// (pdf_xref.h: poppler allocates and copies what a file declares); a page poppler cannot
// read ("pdf page 3: ..."); no text on any page (a scan); a cell or paragraph longer than
// limits.max_cell_bytes or more table cells than limits.max_cells; ResourceExhausted when
// memory runs out. poppler's own messages are silenced (process-wide: poppler has one
// setting) and no exception escapes.
absl::StatusOr<Document> ReadPdf(absl::string_view bytes, const Limits& limits);

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_PDF_H_
