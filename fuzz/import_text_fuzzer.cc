// gongkai_report_import_document on CSV/TSV and text exports, UTF-8, GB18030 or UTF-16: see
// import_document_fuzz.h.
#include "import_document_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return gongkai::fuzz::FuzzImportDocument(data, size, "text");
}
