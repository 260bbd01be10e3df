#include "document/ooxml.h"

namespace gongkai::document {

absl::StatusOr<Document> ReadDocx(absl::string_view, const Limits&) {
  return absl::UnimplementedError("docx: not yet");
}
absl::StatusOr<Document> ReadXlsx(absl::string_view, const Limits&) {
  return absl::UnimplementedError("xlsx: not yet");
}

}  // namespace gongkai::document
