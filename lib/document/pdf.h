// Reading the text layer of a PDF with poppler-cpp.
#ifndef GONGKAI_LIB_DOCUMENT_PDF_H_
#define GONGKAI_LIB_DOCUMENT_PDF_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "document/document.h"

namespace gongkai::document {

// Each page's words are grouped into lines by their position. A run of lines that holds
// numbers in aligned columns becomes a Table ("page N"; printed_rows are lines on the page),
// the other lines paragraph Blocks. InvalidArgument for a file poppler cannot open, an
// encrypted file, or one with no text layer at all (a scan), naming which.
absl::StatusOr<Document> ReadPdf(absl::string_view bytes, const Limits& limits);

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_PDF_H_
