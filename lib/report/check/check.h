// A reviewer's check of published reports: each document read (import/document.h), validated
// (validate.h), its narrative compared with its tables (narrative.h), and documents of the same
// agency in consecutive years checked across years.
#ifndef GONGKAI_LIB_REPORT_CHECK_CHECK_H_
#define GONGKAI_LIB_REPORT_CHECK_CHECK_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "gongkai/v1/report.pb.h"
#include "report/import/document.h"

namespace gongkai::report::check {

struct NamedDocument {
  std::string source;  // the name used in messages and provenance
  absl::string_view bytes;
};

// Checks every document; never fails as a whole: a document that cannot be read is reported
// as unreadable with the reason. `options` apply to every document, with source_name set to
// each document's source. Documents whose reports name the same agency (by id, else by name)
// and whose years are N-1 and N are checked across years (the layout's carry rules).
v1::CheckResult CheckDocuments(absl::Span<const NamedDocument> documents,
                               const DocumentImportOptions& options);

}  // namespace gongkai::report::check

#endif  // GONGKAI_LIB_REPORT_CHECK_CHECK_H_
