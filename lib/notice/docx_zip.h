// The zip container of RenderDocx, written in memory with libzip.
#ifndef GONGKAI_LIB_NOTICE_DOCX_ZIP_H_
#define GONGKAI_LIB_NOTICE_DOCX_ZIP_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"

namespace gongkai::notice {

// A zip of `parts` (name, content), deflated, in the order given, every member dated
// 1980-01-01 00:00 so that the same parts give the same bytes. InternalError with libzip's
// message when libzip fails.
absl::StatusOr<std::string> ZipParts(const std::vector<std::pair<std::string, std::string>>& parts);

}  // namespace gongkai::notice

#endif  // GONGKAI_LIB_NOTICE_DOCX_ZIP_H_
