// Parsing a subcommand's arguments into absl flags, with the exit-2 errors absl's own
// ParseCommandLine cannot give (it exits with 1, which gongkai reserves for findings).
#ifndef GONGKAI_TOOLS_CLI_PARSE_H_
#define GONGKAI_TOOLS_CLI_PARSE_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "command.h"

namespace gongkai::cli {

// True if `args` ask for help (--help, -h) before any "--".
bool WantsHelp(const std::vector<std::string>& args);

// The index in `args` of the first positional argument (a word that is neither a flag nor the
// value of one: "--db F file" gives 2), or -1 when there is none. A value flag's next word is its
// value unless the flag word holds "="; a word naming no flag is read as a boolean.
int FirstArgument(const std::vector<std::string>& args);

// Parses `args`, the words after the command's name, for `command`: sets each flag they name and
// fills in->args and in->flags_given. Accepts --name=value, --name value, boolean --name,
// --noname and --name=true|false, and "--" to end the flags; "-" is a positional argument.
// InvalidArgument, naming the flag, for a flag that is unknown, not accepted by `command`, given
// a bad value or none, or required and missing; also for too many positional arguments.
absl::Status ParseArgs(const Command& command, const std::vector<std::string>& args,
                       Invocation* in);

}  // namespace gongkai::cli

#endif  // GONGKAI_TOOLS_CLI_PARSE_H_
