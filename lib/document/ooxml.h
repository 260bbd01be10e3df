// Reading Office Open XML files: Word (.docx) and Excel (.xlsx), with libzip for the container
// and libxml2 for the XML (no DTDs, no entity expansion, no network).
#ifndef GONGKAI_LIB_DOCUMENT_OOXML_H_
#define GONGKAI_LIB_DOCUMENT_OOXML_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "document/document.h"

namespace gongkai::document {

// word/document.xml: every w:tbl is a Table ("table N"), with w:gridSpan and w:vMerge spread
// out; nested tables are their own Tables. Paragraphs (w:p) outside tables are paragraph
// Blocks. The title is docProps/core.xml's dc:title, or else empty.
absl::StatusOr<Document> ReadDocx(absl::string_view bytes, const Limits& limits);

// Every worksheet is one Table ("sheet NAME"), rows as the sheet numbers them, merged ranges
// spread out, shared strings resolved, numbers as the shortest text that reads back the same
// value (1234, 12.5; never 1.2345E3). No paragraphs; the title is empty.
absl::StatusOr<Document> ReadXlsx(absl::string_view bytes, const Limits& limits);

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_OOXML_H_
