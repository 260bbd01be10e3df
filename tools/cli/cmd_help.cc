// gongkai help [COMMAND]: the overview, or one command's usage, on stdout.
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
  PrintCommandHelp(*command, *in.out);
  return kExitOk;
}

const RegisterCommand kRegistration({
    .name = "help",
    .summary = "Show the list of commands, or how to use one (also: gongkai --help)",
    .usage = "gongkai help [COMMAND]\n\n"
             "Without COMMAND, lists the commands; with it, shows that command's usage and\n"
             "flags, as 'gongkai COMMAND --help' does.",
    .max_args = 1,
    .run = &Run,
});

}  // namespace
}  // namespace gongkai::cli
