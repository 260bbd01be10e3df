// The exit status of every gongkai command. Scripts branch on these values, so they never change.
#ifndef GONGKAI_TOOLS_CLI_EXIT_CODES_H_
#define GONGKAI_TOOLS_CLI_EXIT_CODES_H_

namespace gongkai::cli {

// The command did its work; for a check, the input passed.
inline constexpr int kExitOk = 0;
// The input was read and checked, and the check found it wanting (the findings are on stdout).
inline constexpr int kExitFindings = 1;
// Nothing was checked: the command line, a file, or the input's format is unusable.
inline constexpr int kExitUnusable = 2;

}  // namespace gongkai::cli

#endif  // GONGKAI_TOOLS_CLI_EXIT_CODES_H_
