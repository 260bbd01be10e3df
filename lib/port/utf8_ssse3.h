// The vectorised UTF-8 check behind common/utf8.h's IsWellFormedUtf8, as inline code for files
// compiled for SSSE3: include it only between GONGKAI_SSSE3_BEGIN and _END (port/cpu.h), as
// common/utf8.cc and the wire reader (cases/aggregate/wire.cc) do, and call it only where
// port::HaveSsse3(). Well-formed is RFC 3629 (no overlongs, no surrogates, nothing above
// U+10FFFF); tests/common/utf8_test.cc compares it with the portable check and with protobuf's.
#ifndef GONGKAI_LIB_PORT_UTF8_SSSE3_H_
#define GONGKAI_LIB_PORT_UTF8_SSSE3_H_

#include <immintrin.h>

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace gongkai::port::ssse3 {

// The lookup algorithm of Keiser and Lemire, "Validating UTF-8 in less than one instruction per
// byte" (2021): each byte pair (previous, current) is classified by three 16-entry tables of
// error bits, whose AND is non-zero exactly for an illegal pair; a third or fourth byte must be
// a continuation where a three- or four-byte lead stands two or three bytes back.
static constexpr uint8_t kTooShort = 1 << 0;      // lead then no continuation
static constexpr uint8_t kTooLong = 1 << 1;       // ASCII then continuation
static constexpr uint8_t kOverlong3 = 1 << 2;     // E0 80..9F
static constexpr uint8_t kTooLarge = 1 << 3;      // F4 90..BF, F5..
static constexpr uint8_t kSurrogate = 1 << 4;     // ED A0..BF
static constexpr uint8_t kOverlong2 = 1 << 5;     // C0, C1
static constexpr uint8_t kTooLarge1000 = 1 << 6;  // F5.. 80..8F (shares its bit)
static constexpr uint8_t kOverlong4 = 1 << 6;     // F0 80..8F
static constexpr uint8_t kTwoConts = 1 << 7;  // continuation then continuation (the length check)
static constexpr uint8_t kCarry = kTooShort | kTooLong | kTwoConts;

alignas(16) static constexpr uint8_t kByte1High[16] = {
    kTooLong,
    kTooLong,
    kTooLong,
    kTooLong,
    kTooLong,
    kTooLong,
    kTooLong,
    kTooLong,
    kTwoConts,
    kTwoConts,
    kTwoConts,
    kTwoConts,
    kTooShort | kOverlong2,
    kTooShort,
    kTooShort | kOverlong3 | kSurrogate,
    kTooShort | kTooLarge | kTooLarge1000 | kOverlong4};
alignas(16) static constexpr uint8_t kByte1Low[16] = {
    kCarry | kOverlong3 | kOverlong2 | kOverlong4,
    kCarry | kOverlong2,
    kCarry,
    kCarry,
    kCarry | kTooLarge,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000 | kSurrogate,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000};
alignas(16) static constexpr uint8_t kByte2High[16] = {
    kTooShort,
    kTooShort,
    kTooShort,
    kTooShort,
    kTooShort,
    kTooShort,
    kTooShort,
    kTooShort,
    kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge1000 | kOverlong4,
    kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge,
    kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,
    kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,
    kTooShort,
    kTooShort,
    kTooShort,
    kTooShort};
// A block whose last three bytes exceed these ends inside a sequence.
alignas(16) static constexpr uint8_t kIncomplete[16] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xEF, 0xDF, 0xBF};
alignas(16) static constexpr int8_t kIota[16] = {0, 1, 2,  3,  4,  5,  6,  7,
                                                 8, 9, 10, 11, 12, 13, 14, 15};

inline __m128i Load(const void* p) { return _mm_loadu_si128(static_cast<const __m128i*>(p)); }

// The error bits of the 16 bytes `input`, `previous` being the 16 before them.
inline __m128i Errors(__m128i input, __m128i previous) {
  const __m128i nibble = _mm_set1_epi8(0x0F);
  const __m128i prev1 = _mm_alignr_epi8(input, previous, 15);
  const __m128i prev1_high = _mm_and_si128(_mm_srli_epi16(prev1, 4), nibble);
  const __m128i input_high = _mm_and_si128(_mm_srli_epi16(input, 4), nibble);
  const __m128i b1h = _mm_shuffle_epi8(Load(kByte1High), prev1_high);
  const __m128i b1l = _mm_shuffle_epi8(Load(kByte1Low), _mm_and_si128(prev1, nibble));
  const __m128i b2h = _mm_shuffle_epi8(Load(kByte2High), input_high);
  const __m128i special = _mm_and_si128(_mm_and_si128(b1h, b1l), b2h);
  const __m128i prev2 = _mm_alignr_epi8(input, previous, 14);
  const __m128i prev3 = _mm_alignr_epi8(input, previous, 13);
  const __m128i third = _mm_subs_epu8(prev2, _mm_set1_epi8(static_cast<char>(0xE0 - 0x80)));
  const __m128i fourth = _mm_subs_epu8(prev3, _mm_set1_epi8(static_cast<char>(0xF0 - 0x80)));
  const __m128i must23 =
      _mm_and_si128(_mm_or_si128(third, fourth), _mm_set1_epi8(static_cast<char>(0x80)));
  return _mm_xor_si128(must23, special);
}

// The error bits of `input` after `previous`; an ASCII block only checks that `previous` did
// not end inside a sequence.
inline __m128i BlockErrors(__m128i input, __m128i previous) {
  if (_mm_movemask_epi8(input) == 0) return _mm_subs_epu8(previous, Load(kIncomplete));
  return Errors(input, previous);
}

// Whether the `n` bytes at `s` are well-formed UTF-8; bytes up to `readable_end` may be read.
inline bool IsWellFormedUtf8(const uint8_t* s, size_t n, const uint8_t* readable_end) {
  __m128i previous = _mm_setzero_si128();
  __m128i errors = _mm_setzero_si128();
  size_t i = 0;
  for (; n - i >= 16; i += 16) {
    const __m128i input = Load(s + i);
    errors = _mm_or_si128(errors, BlockErrors(input, previous));
    previous = input;
  }
  const size_t rest = n - i;
  if (rest == 0) {
    errors = _mm_or_si128(errors, _mm_subs_epu8(previous, Load(kIncomplete)));
  } else {
    // The last bytes, padded with zeros (ASCII): a sequence cut short shows as an error.
    __m128i input;
    if (readable_end - (s + i) >= 16) {
      const __m128i keep = _mm_cmpgt_epi8(_mm_set1_epi8(static_cast<char>(rest)), Load(kIota));
      input = _mm_and_si128(Load(s + i), keep);
    } else {
      alignas(16) uint8_t block[16] = {};
      std::memcpy(block, s + i, rest);
      input = Load(block);
    }
    errors = _mm_or_si128(errors, BlockErrors(input, previous));
  }
  return _mm_movemask_epi8(_mm_cmpeq_epi8(errors, _mm_setzero_si128())) == 0xFFFF;
}

}  // namespace gongkai::port::ssse3

#endif  // GONGKAI_LIB_PORT_UTF8_SSSE3_H_
