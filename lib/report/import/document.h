// Import of a whole published annual report: a web page, a Word or Excel file, a PDF, or a
// CSV/text export (document/read.h), into the report with tables 二, 三 and 四, the narrative
// sections, the agency and the year, every cell saying where in the document it was read.
#ifndef GONGKAI_LIB_REPORT_IMPORT_DOCUMENT_H_
#define GONGKAI_LIB_REPORT_IMPORT_DOCUMENT_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "document/document.h"
#include "gongkai/v1/common.pb.h"
#include "gongkai/v1/report.pb.h"

namespace gongkai::report {

struct DocumentImportOptions {
  // Names the document in provenance and messages ("report.html"); "document" if empty.
  std::string source_name;
  // Override what the title says: an agency name or id that is not empty, a year that is not 0.
  v1::Agency agency;
  int year = 0;
  // The layout's id; empty: the layout whose tables the document's tables are.
  std::string layout;
  document::Format format = document::Format::kAuto;
  document::Limits limits;
};

// Reads the document (document::Read), then finds each statutory table in it (segment.h) and
// reads it as the grid importer reads a grid (rows.h), trying each built-in layout (the one in
// force for the year first) and keeping the one that explains all three tables. The narrative
// sections 一, 五 and 六 are the paragraphs after their headings ("一、总体情况"). The agency and
// year come from the title (title.h) unless `options` set them.
//
// Warnings: every variant accepted (as the grid importer reports them), the document's
// encoding when it is not UTF-8, a layout not in force for the year, a title without agency.
// Errors (InvalidArgument unless said): the reader's (unreadable bytes, limits); a year
// neither given nor in the title; OutOfRange for a year outside the library's range; NotFound
// for an unknown layout; and, when no layout explains the tables, one message that says for
// each layout which table was not found or which row or cell did not read, and why.
absl::StatusOr<v1::ImportResult> ImportDocument(absl::string_view bytes,
                                                const DocumentImportOptions& options);

// The same, from a document already read.
absl::StatusOr<v1::ImportResult> ImportDocument(const document::Document& doc,
                                                const DocumentImportOptions& options);

}  // namespace gongkai::report

#endif  // GONGKAI_LIB_REPORT_IMPORT_DOCUMENT_H_
