#include "document/pdf.h"

namespace gongkai::document {

absl::StatusOr<Document> ReadPdf(absl::string_view, const Limits&) {
  return absl::UnimplementedError("pdf: not yet");
}

}  // namespace gongkai::document
