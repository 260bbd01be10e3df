#include "common/coding.h"

namespace gongkai {

uint8_t* EncodeVarint64(uint8_t* dst, uint64_t value) {
  while (value >= 0x80) {
    *dst++ = static_cast<uint8_t>(value | 0x80);
    value >>= 7;
  }
  *dst++ = static_cast<uint8_t>(value);
  return dst;
}

void PutVarint64(std::string* dst, uint64_t value) {
  uint8_t buf[kMaxVarint64Length];
  const uint8_t* end = EncodeVarint64(buf, value);
  dst->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(end - buf));
}

const uint8_t* GetVarint64PtrFallback(const uint8_t* p, const uint8_t* limit, uint64_t* value) {
  uint64_t v = 0;
  for (int i = 0; i < kMaxVarint64Length; ++i) {
    if (p + i == limit) return nullptr;
    const uint64_t byte = p[i];
    v |= (byte & 0x7f) << (7 * i);
    if (byte < 0x80) {
      *value = v;
      return p + i + 1;
    }
  }
  return nullptr;
}

}  // namespace gongkai
