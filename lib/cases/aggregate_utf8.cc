#include "cases/aggregate_utf8.h"

#include <cstring>

namespace gongkai::cases {

bool IsWellFormedUtf8Scalar(const uint8_t* s, size_t n) {
  size_t i = 0;
  while (i < n) {
    if (n - i >= 8) {  // eight ASCII bytes at once
      uint64_t word;
      std::memcpy(&word, s + i, 8);
      if ((word & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    const uint8_t c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    uint8_t lo = 0x80, hi = 0xBF;  // the second byte's range (RFC 3629, table 3-7)
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;  // overlong
      if (c == 0xED) hi = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;  // overlong
      if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
    } else {
      return false;
    }
    if (n - i < len || s[i + 1] < lo || s[i + 1] > hi) return false;
    for (size_t k = 2; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

bool HaveSsse3() {
#if GONGKAI_X86
  static const bool have = __builtin_cpu_supports("ssse3");
  return have;
#else
  return false;
#endif
}

}  // namespace gongkai::cases

#if GONGKAI_X86
GONGKAI_SSSE3_BEGIN
#include "cases/aggregate_utf8_ssse3.h"
namespace gongkai::cases {
namespace {
bool Vectorised(const uint8_t* text, size_t size, const uint8_t* readable_end) {
  return ssse3::IsWellFormedUtf8(text, size, readable_end);
}
}  // namespace
}  // namespace gongkai::cases
GONGKAI_SSSE3_END
#endif

namespace gongkai::cases {

bool IsWellFormedUtf8(const uint8_t* text, size_t size, const uint8_t* readable_end) {
#if GONGKAI_X86
  if (HaveSsse3()) return Vectorised(text, size, readable_end);
#endif
  (void)readable_end;
  return IsWellFormedUtf8Scalar(text, size);
}

}  // namespace gongkai::cases
