// The definition behind the opaque gongkai_buffer, for the entry points that return one.
#ifndef GONGKAI_LIB_CAPI_BUFFER_H_
#define GONGKAI_LIB_CAPI_BUFFER_H_

#include <string>

#include "gongkai/buffer.h"

struct gongkai_buffer {
  std::string bytes;  // std::string keeps the trailing NUL the header promises
};

namespace gongkai::capi {

// Moves `bytes` into a new buffer for the caller. Call it last in a body: it cannot fail
// after the allocation, so no half-made output is ever left behind.
inline gongkai_buffer* NewBuffer(std::string bytes) { return new gongkai_buffer{std::move(bytes)}; }

}  // namespace gongkai::capi

#endif  // GONGKAI_LIB_CAPI_BUFFER_H_
