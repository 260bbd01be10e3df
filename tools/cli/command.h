// The table of gongkai subcommands. Each subcommand is one file that adds one row to it.
#ifndef GONGKAI_TOOLS_CLI_COMMAND_H_
#define GONGKAI_TOOLS_CLI_COMMAND_H_

#include <map>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace gongkai::cli {

// A flag a command accepts, by the name it was defined with in flags.cc.
struct FlagUse {
  absl::string_view name;
  bool required = false;
  // What `gongkai COMMAND --help` says of the flag when its ABSL_FLAG help text, shared by every
  // command, would not fit this one (--output's values differ by command). Empty: that text.
  absl::string_view help = {};
};
inline FlagUse Optional(absl::string_view name, absl::string_view help = {}) {
  return {name, false, help};
}
inline FlagUse Required(absl::string_view name, absl::string_view help = {}) {
  return {name, true, help};
}

// One run of a command: what the command line gave it, and where to write. Flag values are read
// with absl::GetFlag; the dispatcher has already checked them against the command's row.
struct Invocation {
  std::string command;
  std::vector<std::string> args;                   // positional arguments, in order
  std::set<std::string, std::less<>> flags_given;  // names of the flags the command line set
  std::ostream* out = nullptr;                     // results
  std::ostream* err = nullptr;                     // diagnostics
};

// The largest Command::max_args; stands for "any number".
inline constexpr int kAnyNumberOfArgs = 1 << 30;

// A subcommand: one row of the table.
struct Command {
  absl::string_view name;
  // One line without a final period, shown in the list of commands.
  absl::string_view summary;
  // The synopsis ("gongkai NAME ..."), a blank line, then what the command does. The flags are
  // listed after it from their ABSL_FLAG help text, so it need not repeat them.
  absl::string_view usage;
  // The only flags the command accepts.
  std::vector<FlagUse> flags = {};
  // How many positional arguments it accepts at most.
  int max_args = 0;
  // Does the work; returns one of the codes in exit_codes.h.
  int (*run)(const Invocation&) = nullptr;
};

// Adds a row to the table during static initialization. A command file defines one:
//   const RegisterCommand kRegistration({.name = "types", ...});
class RegisterCommand {
 public:
  explicit RegisterCommand(Command command);
};

// Adds a subcommand to the command `group` ("gongkai registry file ..."): a row of its own, with
// its usage, flags and --help. The dispatcher takes the first positional word after the group's
// name as the subcommand's, and parses every other word with the subcommand's row. A group's own
// row has no run function; its usage introduces the subcommands, which its --help lists.
class RegisterSubcommand {
 public:
  RegisterSubcommand(absl::string_view group, Command command);
};

// Every registered command, by name.
const std::map<std::string, Command, std::less<>>& Commands();

// The subcommands of `group`, by name; empty for a command that has none.
const std::map<std::string, Command, std::less<>>& Subcommands(absl::string_view group);

// The command named `name`, or nullptr.
const Command* FindCommand(absl::string_view name);

// Prints "gongkai COMMAND: MESSAGE" on in.err and returns kExitUnusable. For run functions.
int Fail(const Invocation& in, absl::string_view message);
int Fail(const Invocation& in, const absl::Status& status);

}  // namespace gongkai::cli

#endif  // GONGKAI_TOOLS_CLI_COMMAND_H_
