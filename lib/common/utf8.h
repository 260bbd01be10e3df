// UTF-8 validation for text that crosses the API (protobuf's own check is not public API).
#ifndef GONGKAI_LIB_COMMON_UTF8_H_
#define GONGKAI_LIB_COMMON_UTF8_H_

#include <cstddef>
#include <optional>

#include "absl/strings/string_view.h"

namespace gongkai {

// The byte offset of the first byte that is not part of a well-formed UTF-8 sequence
// (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF), or nullopt if `text` is valid.
std::optional<size_t> FindInvalidUtf8(absl::string_view text);

}  // namespace gongkai

#endif  // GONGKAI_LIB_COMMON_UTF8_H_
