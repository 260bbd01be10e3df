// gongkai help [COMMAND [SUBCOMMAND]]: the overview, or one command's usage, on stdout.
#include "command.h"
#include "exit_codes.h"
#include "text.h"
#include "usage.h"

namespace gongkai::cli {
namespace {

int Run(const Invocation& in) {
  if (in.args.empty()) {
    PrintOverview(*in.out);
    return kExitOk;
  }
  const Command* command = FindCommand(in.args[0]);
  if (command == nullptr) {
    return Fail(in, "unknown command " + Quote(in.args[0]) + "; 'gongkai help' lists them");
  }
  if (in.args.size() > 1) {
    const auto& subcommands = Subcommands(command->name);
    auto sub = subcommands.find(in.args[1]);
    if (sub == subcommands.end()) {
      return Fail(in, "unknown subcommand " + Quote(in.args[1]) + " of " + Quote(in.args[0]) +
                          "; 'gongkai help " + in.args[0] + "' lists them");
    }
    command = &sub->second;
  }
  PrintCommandHelp(*command, *in.out);
  return kExitOk;
}

const RegisterCommand kRegistration({
    .name = "help",
    .summary = "Show the list of commands, or how to use one (also: gongkai --help)",
    .usage = "gongkai help [COMMAND [SUBCOMMAND]]\n\n"
             "Without COMMAND, lists the commands; with it, shows that command's usage and\n"
             "flags, as 'gongkai COMMAND --help' does (a subcommand's: 'gongkai COMMAND\n"
             "SUBCOMMAND --help').",
    .max_args = 2,
    .run = &Run,
});

}  // namespace
}  // namespace gongkai::cli
