// Reading Office Open XML files: Word (.docx) and Excel (.xlsx), with libzip for the container
// (zip.h) and libxml2 for the XML (xml.h: no DTDs, no entity expansion, no network). Both
// readers refuse, with InvalidArgument naming the part and, where there is one, the line
// ("docx: word/document.xml line 12: ..."): input that is not a zip ("docx: not a zip file
// (...)"), a missing main part, an encrypted member, a member beyond limits.max_unzipped_bytes
// or limits.max_zip_ratio, a DTD, XML that is not well-formed or nests too deep, and tables
// beyond limits.max_cells, max_cell_bytes or the span limits. Each call is independent; calls
// may run on several threads at once.
#ifndef GONGKAI_LIB_DOCUMENT_OOXML_H_
#define GONGKAI_LIB_DOCUMENT_OOXML_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "document/document.h"

namespace gongkai::document {

// The main part (the package relationship's officeDocument, else word/document.xml): every
// w:tbl is a Table ("table N", N counting every w:tbl as it starts, nested ones included), with
// w:gridSpan, w:vMerge (and the legacy w:hMerge) spread out and w:gridBefore as empty cells;
// printed_rows are 1, 2, .... A cell's paragraphs are joined with a space; a table nested in a
// cell is a Table of its own, whose text is not the cell's, and whose block follows its outer
// table's (blocks of tables are in the order the tables start). Paragraphs (w:p) outside
// tables are paragraph Blocks, empty ones left out; w:tab, w:br and w:cr are spaces. Content
// controls (w:sdt), insertions (w:ins), hyperlinks and fields are read through; deletions
// (w:del, w:moveFrom), the old properties of tracked changes and mc:Fallback copies are not.
// A text box's paragraphs join the paragraph they are anchored in. The title is
// docProps/core.xml's dc:title, or else empty.
absl::StatusOr<Document> ReadDocx(absl::string_view bytes, const Limits& limits);

// Every worksheet, in the workbook's order, is one Table ("sheet NAME"): the rows that have a
// value or lie in a merged range, printed_rows their sheet numbers; columns from the leftmost
// used one (first_column; "C7" is column 3). Merged ranges are spread out, shared strings
// (rich-text runs joined, phonetic readings left out) and inline strings resolved, booleans
// TRUE/FALSE, errors as written (#DIV/0!), numbers as the shortest text that reads back the
// same value (1234, 12.5, 0.30000000000000004; never 1.2345E3), as stored, not as the cell's
// number format would show them. A formula gives its saved value; one without a saved value
// is an empty cell and a note ("sheet 表三 cell H9: a formula without a saved value"). Chart
// sheets are skipped with a note. No paragraphs; the title is empty.
absl::StatusOr<Document> ReadXlsx(absl::string_view bytes, const Limits& limits);

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_OOXML_H_
