// Reading tables exported as CSV/TSV and reports saved as plain text, in UTF-8 (with or
// without a byte order mark), GB18030/GBK or UTF-16 with a byte order mark (charset.h).
#ifndef GONGKAI_LIB_DOCUMENT_TEXT_H_
#define GONGKAI_LIB_DOCUMENT_TEXT_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "document/document.h"

namespace gongkai::document {

// The whole input is one Table ("csv"; printed_rows are physical line numbers), RFC 4180 with
// ',' or, when the first line has a tab and no comma, tab as the separator. Lines starting
// with '#' are comments.
absl::StatusOr<Document> ReadCsv(absl::string_view bytes, const Limits& limits);

// Lines containing a tab are table rows (consecutive ones form one Table, "lines A-B"), other
// non-empty lines paragraph Blocks; the first paragraph is the title.
absl::StatusOr<Document> ReadText(absl::string_view bytes, const Limits& limits);

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_TEXT_H_
