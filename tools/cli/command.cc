#include "command.h"

#include <cstdlib>
#include <iostream>
#include <utility>

#include "exit_codes.h"

namespace gongkai::cli {
namespace {

// Function-local so registrations from other files' static initializers find it constructed.
std::map<std::string, Command, std::less<>>& Table() {
  static auto* table = new std::map<std::string, Command, std::less<>>();
  return *table;
}

using CommandTable = std::map<std::string, Command, std::less<>>;

std::map<std::string, CommandTable, std::less<>>& Groups() {
  static auto* groups = new std::map<std::string, CommandTable, std::less<>>();
  return *groups;
}

}  // namespace

RegisterCommand::RegisterCommand(Command command) {
  std::string name(command.name);
  if (!Table().emplace(name, std::move(command)).second) {
    // Two files claiming one name is a build mistake; fail loudly before main runs.
    std::cerr << "gongkai: command \"" << name << "\" is registered twice\n";
    std::abort();
  }
}

RegisterSubcommand::RegisterSubcommand(absl::string_view group, Command command) {
  std::string name(command.name);
  if (!Groups()[std::string(group)].emplace(name, std::move(command)).second) {
    std::cerr << "gongkai: subcommand \"" << group << " " << name << "\" is registered twice\n";
    std::abort();
  }
}

const std::map<std::string, Command, std::less<>>& Commands() { return Table(); }

const std::map<std::string, Command, std::less<>>& Subcommands(absl::string_view group) {
  static const auto* none = new std::map<std::string, Command, std::less<>>();
  auto it = Groups().find(group);
  return it == Groups().end() ? *none : it->second;
}

const Command* FindCommand(absl::string_view name) {
  auto it = Table().find(name);
  return it == Table().end() ? nullptr : &it->second;
}

int Fail(const Invocation& in, absl::string_view message) {
  *in.err << "gongkai " << in.command << ": " << message << "\n";
  return kExitUnusable;
}

int Fail(const Invocation& in, const absl::Status& status) { return Fail(in, status.message()); }

}  // namespace gongkai::cli
