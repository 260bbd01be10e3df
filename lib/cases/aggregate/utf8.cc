#include "cases/aggregate/utf8.h"

#include "absl/strings/string_view.h"
#include "common/utf8.h"

namespace gongkai::cases {

bool IsWellFormedUtf8Scalar(const uint8_t* s, size_t n) {
  return !FindInvalidUtf8(absl::string_view(reinterpret_cast<const char*>(s), n)).has_value();
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
#include "cases/aggregate/utf8_ssse3.h"
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
