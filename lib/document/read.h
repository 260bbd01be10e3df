// Reading a published document of any supported format.
#ifndef GONGKAI_LIB_DOCUMENT_READ_H_
#define GONGKAI_LIB_DOCUMENT_READ_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "document/document.h"

namespace gongkai::document {

// The format of `bytes` from their content: "%PDF-" is PDF; a zip whose members include
// word/document.xml is DOCX, xl/workbook.xml XLSX; text whose first tag-like content is
// <!DOCTYPE html>, <html>, <head>, <body>, <meta> or <table> is HTML; other text with a comma,
// tab or semicolon on its first non-comment line is CSV; the rest is text.
Format Sniff(absl::string_view bytes);

// Reads `bytes` as `format` (kAuto: Sniff). InvalidArgument, naming the format and where in the
// input (byte offset, zip member, page), for input that is not what it claims or exceeds
// `limits` (the message names the limit).
absl::StatusOr<Document> Read(absl::string_view bytes, Format format, const Limits& limits = {});

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_READ_H_
