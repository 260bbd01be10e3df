// Words from the command line made safe to print in a message.
#ifndef GONGKAI_TOOLS_CLI_TEXT_H_
#define GONGKAI_TOOLS_CLI_TEXT_H_

#include <string>

#include "absl/strings/string_view.h"

namespace gongkai::cli {

// `text` with backslashes, control characters (C0, DEL, C1) and bytes that are not well-formed
// UTF-8 escaped (\\, \xNN), so a stray escape sequence cannot reach the terminal and a GBK name
// cannot garble it. Well-formed UTF-8 passes unchanged: a Chinese file name or date stays readable.
std::string Printable(absl::string_view text);

// Printable(text) in double quotes.
std::string Quote(absl::string_view text);

}  // namespace gongkai::cli

#endif  // GONGKAI_TOOLS_CLI_TEXT_H_
