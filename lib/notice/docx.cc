// RenderDocx: placeholder until the writer lands.
#include "notice/lines.h"

namespace gongkai::notice {

absl::StatusOr<std::string> RenderDocx(const std::vector<Line>& lines) {
  (void)lines;
  return absl::UnimplementedError("DOCX output is not written yet");
}

}  // namespace gongkai::notice
