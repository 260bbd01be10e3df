// Comparing short byte strings without a call: two 16-byte loads and compares (SSE2, which
// every x86-64 CPU has), memcmp elsewhere.
#ifndef GONGKAI_LIB_PORT_EQUAL_BYTES_H_
#define GONGKAI_LIB_PORT_EQUAL_BYTES_H_

#include <cstdint>
#include <cstring>

#include "port/cpu.h"

#if GONGKAI_X86
#include <emmintrin.h>
#endif

namespace gongkai::port {

// Whether the `size` bytes at `a` and at `b` are the same. The 32 bytes from `a` and from `b`
// may be read when `a` has at least 32 readable bytes before `readable_end` and `b` lies
// before `a` in the same buffer; bytes past `size` do not count.
inline bool EqualBytes(const uint8_t* a, const uint8_t* b, uint32_t size,
                       const uint8_t* readable_end) {
#if GONGKAI_X86
  if (size <= 32 && readable_end - a >= 32) {
    const __m128i a0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(a));
    const __m128i b0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b));
    const __m128i a1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(a + 16));
    const __m128i b1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + 16));
    const uint32_t equal = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(a0, b0))) |
                           static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(a1, b1))) << 16;
    const uint32_t wanted = size == 32 ? 0xffffffffu : (1u << size) - 1;
    return (equal & wanted) == wanted;
  }
#endif
  (void)readable_end;
  return std::memcmp(a, b, size) == 0;
}

}  // namespace gongkai::port

#endif  // GONGKAI_LIB_PORT_EQUAL_BYTES_H_
