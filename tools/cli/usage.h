// The help texts: the overview of all commands, and one command's usage with its flags.
#ifndef GONGKAI_TOOLS_CLI_USAGE_H_
#define GONGKAI_TOOLS_CLI_USAGE_H_

#include <ostream>

#include "command.h"

namespace gongkai::cli {

// The synopsis, every command with its summary, and the exit codes.
void PrintOverview(std::ostream& os);

// The command's usage text, its flags with their help text, and the exit codes.
void PrintCommandHelp(const Command& command, std::ostream& os);

}  // namespace gongkai::cli

#endif  // GONGKAI_TOOLS_CLI_USAGE_H_
