// Choosing and running the subcommand a command line names.
#ifndef GONGKAI_TOOLS_CLI_DISPATCH_H_
#define GONGKAI_TOOLS_CLI_DISPATCH_H_

#include <ostream>
#include <string>
#include <vector>

namespace gongkai::cli {

// Runs the command line `args` (argv without argv[0]), writing results to `out` and messages to
// `err`, and returns the process's exit status (exit_codes.h).
int Dispatch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace gongkai::cli

#endif  // GONGKAI_TOOLS_CLI_DISPATCH_H_
