// Dates typed on the command line.
#ifndef GONGKAI_TOOLS_CLI_DATES_H_
#define GONGKAI_TOOLS_CLI_DATES_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"

namespace gongkai::cli {

// The day written in `text` as 2025-01-24, 2025/01/24, 2025.01.24 (month and day of one or two
// digits), 20250124, or 2025年1月24日 (also 2025年01月24日). Each spelling is turned into
// YYYY-MM-DD and read by calendar::ParseDay, so the days that exist and the range (2008-2100)
// are the library's. InvalidArgument naming `flag` for anything else, quoting the input as UTF-8.
//
// Why here and not in calendar::ParseDay: the library and its C API read the one unambiguous
// form that records and JSON carry; accepting more there would change what every binding
// accepts (an API change), while a person at a terminal types what is on the paper in front of
// them.
absl::StatusOr<absl::CivilDay> ParseDateFlag(absl::string_view text, absl::string_view flag);

}  // namespace gongkai::cli

#endif  // GONGKAI_TOOLS_CLI_DATES_H_
