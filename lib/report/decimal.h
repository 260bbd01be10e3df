// Exact decimal numbers for report figures: counts are decimals of scale 0, money carries the
// scale the agency printed. Arithmetic fails instead of wrapping.
#ifndef GONGKAI_LIB_REPORT_DECIMAL_H_
#define GONGKAI_LIB_REPORT_DECIMAL_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace gongkai::report {

// units × 10^-scale.
struct Dec {
  int64_t units = 0;
  int scale = 0;
};

// The largest scale a figure may have: 万元 to the 分.
inline constexpr int kMaxScale = 6;

namespace internal {
absl::StatusOr<Dec> AddScaled(Dec a, Dec b);  // Add through 128 bits
}  // namespace internal

// a + b at the larger of the two scales; OutOfRange if it does not fit in 64 bits. Inline for
// the common case, two whole numbers whose sum fits, which sums and merges meet on every cell.
inline absl::StatusOr<Dec> Add(Dec a, Dec b) {
  int64_t sum;
  if (a.scale == 0 && b.scale == 0 && !__builtin_add_overflow(a.units, b.units, &sum)) {
    return Dec{sum, 0};
  }
  return internal::AddScaled(a, b);
}
// a - b, likewise.
absl::StatusOr<Dec> Subtract(Dec a, Dec b);
// -1, 0 or 1. Exact for any two values (no overflow).
int Compare(Dec a, Dec b);
// "12", "-3", "12.50" (the scale is kept: trailing zeros are the agency's precision).
std::string Format(Dec d);
// Parses "12", "-3", "3021.4567", "+4"; InvalidArgument for anything else or more than
// kMaxScale decimals, OutOfRange for a value beyond 64 bits.
absl::StatusOr<Dec> Parse(absl::string_view text);

}  // namespace gongkai::report

#endif  // GONGKAI_LIB_REPORT_DECIMAL_H_
