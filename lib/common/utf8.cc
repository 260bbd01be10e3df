#include "common/utf8.h"

#include <cstdint>
#include <cstring>

#include "port/cpu.h"

namespace gongkai {

std::optional<size_t> FindInvalidUtf8(absl::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
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
    uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte (RFC 3629 table)
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
      return i;
    }
    if (n - i < len) return i;
    if (s[i + 1] < lo || s[i + 1] > hi) return i;
    for (size_t k = 2; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
    }
    i += len;
  }
  return std::nullopt;
}

bool IsWellFormedUtf8Scalar(const uint8_t* text, size_t size) {
  return !FindInvalidUtf8(absl::string_view(reinterpret_cast<const char*>(text), size)).has_value();
}

}  // namespace gongkai

#if GONGKAI_X86
GONGKAI_SSSE3_BEGIN
#include "port/utf8_ssse3.h"
namespace gongkai {
namespace {
bool Vectorised(const uint8_t* text, size_t size, const uint8_t* readable_end) {
  return port::ssse3::IsWellFormedUtf8(text, size, readable_end);
}
}  // namespace
}  // namespace gongkai
GONGKAI_SSSE3_END
#endif

namespace gongkai {

bool IsWellFormedUtf8(const uint8_t* text, size_t size, const uint8_t* readable_end) {
#if GONGKAI_X86
  if (port::HaveSsse3()) return Vectorised(text, size, readable_end);
#endif
  (void)readable_end;
  return IsWellFormedUtf8Scalar(text, size);
}

}  // namespace gongkai
