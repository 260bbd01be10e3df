// gongkai_report_import_document and gongkai_report_check_narrative (include/gongkai/report.h).
#include "capi/buffer.h"
#include "capi/guard.h"
#include "common/status_macros.h"
#include "gongkai/report.h"
#include "gongkai/v1/report.pb.h"
#include "report/check/narrative.h"
#include "report/import/document.h"

namespace {

namespace capi = gongkai::capi;
namespace report = gongkai::report;
namespace v1 = gongkai::v1;

absl::StatusOr<report::DocumentImportOptions> ToOptions(const v1::ImportOptions& given) {
  report::DocumentImportOptions options;
  options.source_name = given.source_name();
  if (!given.document_format().empty() &&
      !gongkai::document::ParseFormat(given.document_format(), &options.format)) {
    return absl::InvalidArgumentError(
        "options.document_format: not auto, html, docx, xlsx, pdf, csv or text");
  }
  options.agency = given.agency();
  options.year = given.year();
  options.layout = given.layout();
  return options;
}

}  // namespace

gongkai_code gongkai_report_import_document(gongkai_buffer** out, gongkai_format format,
                                            const uint8_t* options, size_t options_size,
                                            const uint8_t* document, size_t document_size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    v1::ImportOptions given;
    if (options != nullptr || options_size != 0) {
      RETURN_IF_ERROR(capi::ParseArg(format, options, options_size, "options", &given));
    }
    ASSIGN_OR_RETURN(report::DocumentImportOptions parsed, ToOptions(given));
    absl::string_view bytes;
    RETURN_IF_ERROR(capi::ViewBytes(document, document_size, "document", &bytes));
    ASSIGN_OR_RETURN(v1::ImportResult result, report::ImportDocument(bytes, parsed));
    return capi::Output(format, result, out);
  });
}

gongkai_code gongkai_report_check_narrative(gongkai_buffer** out, gongkai_format format,
                                            const uint8_t* data, size_t size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    v1::AnnualReport parsed;
    RETURN_IF_ERROR(capi::ParseArg(format, data, size, "report", &parsed));
    ASSIGN_OR_RETURN(std::vector<v1::Finding> findings, report::check::CheckNarrative(parsed));
    v1::ValidationResult result;
    for (v1::Finding& f : findings) *result.add_findings() = std::move(f);
    result.set_warning_count(result.findings_size());
    return capi::Output(format, result, out);
  });
}
