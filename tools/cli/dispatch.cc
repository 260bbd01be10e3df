#include "dispatch.h"

#include "command.h"
#include "exit_codes.h"
#include "parse.h"
#include "text.h"
#include "usage.h"

namespace gongkai::cli {
namespace {

// Options in front of any command are aliases for commands.
std::string CommandName(const std::string& word) {
  if (word == "--version" || word == "-version") return "version";
  if (word == "--help" || word == "-help" || word == "-h") return "help";
  return word;
}

int RunCommand(const Command& command, const std::vector<std::string>& rest, std::ostream& out,
               std::ostream& err) {
  if (WantsHelp(rest)) {
    PrintCommandHelp(command, out);
    return kExitOk;
  }
  Invocation in;
  in.command = std::string(command.name);
  in.out = &out;
  in.err = &err;
  if (absl::Status s = ParseArgs(command, rest, &in); !s.ok()) {
    err << "gongkai " << command.name << ": " << s.message() << "\n"
        << "Run 'gongkai " << command.name << " --help' for usage.\n";
    return kExitUnusable;
  }
  return command.run(in);
}

}  // namespace

int Dispatch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.empty()) {
    PrintOverview(err);  // not asked for, so not a result: stderr, and a failing status
    return kExitUnusable;
  }
  const std::string name = CommandName(args[0]);
  const Command* command = FindCommand(name);
  if (command == nullptr) {
    err << "gongkai: unknown " << (name.starts_with("-") ? "flag" : "command") << " " << Quote(name)
        << "\n"
        << "Run 'gongkai help' for the list of commands.\n";
    return kExitUnusable;
  }
  int code = RunCommand(*command, {args.begin() + 1, args.end()}, out, err);
  // A full disk or a closed pipe must not pass for success.
  if (!out.flush()) {
    err << "gongkai " << command->name << ": cannot write to standard output\n";
    return kExitUnusable;
  }
  return code;
}

}  // namespace gongkai::cli
