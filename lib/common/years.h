// The span of years the library works in, shared by every domain that checks a year.
#ifndef GONGKAI_LIB_COMMON_YEARS_H_
#define GONGKAI_LIB_COMMON_YEARS_H_

namespace gongkai {

// The last calendar year the library computes with: the working-day calendar
// (calendar::kLastYear) and the annual reports (report::kLastYear) both end with it. Each domain
// has its own first year (the calendar's data starts in 2008, the report forms in 2019).
inline constexpr int kLastYear = 2100;

}  // namespace gongkai

#endif  // GONGKAI_LIB_COMMON_YEARS_H_
