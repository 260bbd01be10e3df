// Varints: the base-128 integers of protobuf's wire format and of length-delimited streams
// (each byte holds seven bits, least significant first; the high bit says another byte
// follows). The one home of varint encoding and decoding, as LevelDB's util/coding.h.
#ifndef GONGKAI_LIB_COMMON_CODING_H_
#define GONGKAI_LIB_COMMON_CODING_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/base/optimization.h"

namespace gongkai {

// The longest varint of a 64-bit value.
inline constexpr int kMaxVarint64Length = 10;

// Writes `value` as a varint at `dst`, which has room for kMaxVarint64Length bytes; returns the
// position after it.
uint8_t* EncodeVarint64(uint8_t* dst, uint64_t value);

// Appends `value` as a varint to *dst.
void PutVarint64(std::string* dst, uint64_t value);

// GetVarint64Ptr's loop, out of line.
const uint8_t* GetVarint64PtrFallback(const uint8_t* p, const uint8_t* limit, uint64_t* value);

// Reads the varint at [p, limit) into *value and returns the position after it; nullptr when
// it does not end (a byte below 0x80) within the first kMaxVarint64Length bytes or before
// `limit`. Of a ten-byte varint the low 64 bits are kept, as protobuf's parser keeps them. A
// shorter `limit` caps the length: p + 5 reads protobuf's 32-bit tags and sizes. One- and
// two-byte varints (field tags, small lengths, years) are read inline.
inline const uint8_t* GetVarint64Ptr(const uint8_t* p, const uint8_t* limit, uint64_t* value) {
  if (ABSL_PREDICT_TRUE(p < limit && *p < 0x80)) {
    *value = *p;
    return p + 1;
  }
  if (ABSL_PREDICT_TRUE(limit - p >= 2 && p[1] < 0x80)) {
    *value = (p[0] & 0x7fu) | static_cast<uint64_t>(p[1]) << 7;
    return p + 2;
  }
  return GetVarint64PtrFallback(p, limit, value);
}

}  // namespace gongkai

#endif  // GONGKAI_LIB_COMMON_CODING_H_
