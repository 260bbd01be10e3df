#include "dispatch.h"

#include "absl/strings/str_cat.h"
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

// `name` is how messages call the command: "merge", or "registry file" for a subcommand.
int RunCommand(const Command& command, const std::string& name,
               const std::vector<std::string>& rest, std::ostream& out, std::ostream& err) {
  if (WantsHelp(rest)) {
    PrintCommandHelp(command, out);
    return kExitOk;
  }
  Invocation in;
  in.command = name;
  in.out = &out;
  in.err = &err;
  if (absl::Status s = ParseArgs(command, rest, &in); !s.ok()) {
    err << "gongkai " << name << ": " << s.message() << "\n"
        << "Run 'gongkai " << name << " --help' for usage.\n";
    return kExitUnusable;
  }
  return command.run(in);
}

// A command with subcommands: the first positional word picks the subcommand, which parses
// every other word (flags may come before or after its name: "registry --db F file ...").
int RunGroup(const Command& group, const std::vector<std::string>& rest, std::ostream& out,
             std::ostream& err) {
  const auto& subcommands = Subcommands(group.name);
  const int at = FirstArgument(rest);
  const auto sub = at < 0 ? subcommands.end() : subcommands.find(rest[at]);
  if (sub == subcommands.end()) {
    if (WantsHelp(rest)) {
      PrintCommandHelp(group, out);
      return kExitOk;
    }
    err << "gongkai " << group.name << ": "
        << (at < 0 ? "give a subcommand" : "unknown subcommand " + Quote(rest[at])) << "\n"
        << "Run 'gongkai " << group.name << " --help' for the list of subcommands.\n";
    return kExitUnusable;
  }
  std::vector<std::string> words = rest;
  words.erase(words.begin() + at);
  return RunCommand(sub->second, absl::StrCat(group.name, " ", sub->first), words, out, err);
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
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  int code = Subcommands(name).empty() ? RunCommand(*command, name, rest, out, err)
                                       : RunGroup(*command, rest, out, err);
  // A full disk or a closed pipe must not pass for success.
  if (!out.flush()) {
    err << "gongkai " << command->name << ": cannot write to standard output\n";
    return kExitUnusable;
  }
  return code;
}

}  // namespace gongkai::cli
