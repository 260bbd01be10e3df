#include "capi/buffer.h"

extern "C" {

const uint8_t* gongkai_buffer_data(const gongkai_buffer* buffer) {
  return buffer == nullptr ? nullptr : reinterpret_cast<const uint8_t*>(buffer->bytes.data());
}

size_t gongkai_buffer_size(const gongkai_buffer* buffer) {
  return buffer == nullptr ? 0 : buffer->bytes.size();
}

void gongkai_buffer_free(gongkai_buffer* buffer) { delete buffer; }

}  // extern "C"
