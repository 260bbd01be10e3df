// gongkai_report_import_document on Excel files (libzip, libxml2): see import_document_fuzz.h.
#include "import_document_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return gongkai::fuzz::FuzzImportDocument(data, size, "xlsx");
}
