#include "document/html.h"

namespace gongkai::document {

absl::StatusOr<Document> ReadHtml(absl::string_view, const Limits&) {
  return absl::UnimplementedError("html: not yet");
}

}  // namespace gongkai::document
