// The shared body of the document fuzz targets (import_html, import_docx, import_xlsx,
// import_pdf, import_text): gongkai_report_import_document on the input's bytes as one format,
// with the year given so that every import goes on to find and read the tables.
//
// Input: the document's bytes, whole (no selector: the seeds are real documents).
// Promises checked beyond fuzz_support.h: an imported report validates, and renders.
#ifndef GONGKAI_FUZZ_IMPORT_DOCUMENT_FUZZ_H_
#define GONGKAI_FUZZ_IMPORT_DOCUMENT_FUZZ_H_

#include <string>

#include "fuzz_support.h"
#include "gongkai/v1/report.pb.h"

namespace gongkai::fuzz {

inline int FuzzImportDocument(const uint8_t* data, size_t size, const char* format) {
  v1::ImportOptions options;
  options.set_source_name("fuzz");
  options.set_document_format(format);
  options.set_year(2023);
  const std::string encoded = options.SerializeAsString();
  std::string result;
  if (CallForBuffer(
          "gongkai_report_import_document",
          [&](gongkai_buffer** out) {
            return gongkai_report_import_document(out, GONGKAI_FORMAT_BINARY, Bytes(encoded),
                                                  encoded.size(), data, size);
          },
          &result) != GONGKAI_OK) {
    return 0;
  }
  v1::ImportResult parsed;
  if (!parsed.ParseFromString(result)) Fail("import result", "not an ImportResult");
  const std::string report = parsed.report().SerializeAsString();
  if (CallForBuffer(
          "gongkai_report_validate",
          [&](gongkai_buffer** out) {
            return gongkai_report_validate(out, nullptr, nullptr, GONGKAI_FORMAT_BINARY,
                                           Bytes(report), report.size());
          },
          nullptr) != GONGKAI_OK) {
    Fail("validate of an imported report", gongkai_last_error_message());
  }
  if (CallForBuffer(
          "gongkai_report_render",
          [&](gongkai_buffer** out) {
            return gongkai_report_render(out, GONGKAI_FORMAT_BINARY, GONGKAI_RENDER_HTML,
                                         Bytes(report), report.size());
          },
          nullptr) != GONGKAI_OK) {
    Fail("render of an imported report", gongkai_last_error_message());
  }
  if (CallForBuffer(
          "gongkai_report_check_narrative",
          [&](gongkai_buffer** out) {
            return gongkai_report_check_narrative(out, GONGKAI_FORMAT_BINARY, Bytes(report),
                                                  report.size());
          },
          nullptr) != GONGKAI_OK) {
    Fail("narrative check of an imported report", gongkai_last_error_message());
  }
  return 0;
}

}  // namespace gongkai::fuzz

#endif  // GONGKAI_FUZZ_IMPORT_DOCUMENT_FUZZ_H_
