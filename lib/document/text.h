// Reading tables exported as CSV/TSV and reports saved as plain text, in UTF-8 (with or
// without a byte order mark), GB18030/GBK or UTF-16 with a byte order mark (charset.h).
#ifndef GONGKAI_LIB_DOCUMENT_TEXT_H_
#define GONGKAI_LIB_DOCUMENT_TEXT_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "document/document.h"

namespace gongkai::document {

// RFC 4180 with ',' or, when the first line has a tab and no comma, tab as the separator.
// printed_rows are physical line numbers; Table::where is empty. Lines starting with '#' are
// paragraphs (without the '#') that split the rows into Tables: exports put each table's title
// there.
absl::StatusOr<Document> ReadCsv(absl::string_view bytes, const Limits& limits);

// Lines containing a tab are table rows (consecutive ones form one Table), other
// non-empty lines paragraph Blocks; the first paragraph is the title.
absl::StatusOr<Document> ReadText(absl::string_view bytes, const Limits& limits);

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_TEXT_H_
