#include "usage.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/flags/commandlineflag.h"
#include "absl/flags/reflection.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "exit_codes.h"
#include "gongkai/version.h"

namespace gongkai::cli {
namespace {

// Written from the constants so the text cannot drift from the codes the commands return.
void PrintExitCodes(std::ostream& os) {
  os << "Exit status:\n"
     << "  " << kExitOk << "  success (for a check: the input passed)\n"
     << "  " << kExitFindings << "  the input was checked and found wanting (findings on stdout)\n"
     << "  " << kExitUnusable
     << "  the input or the command line is unusable (bad flag, unreadable file, malformed input)\n"
     << "Results go to stdout, errors to stderr.\n";
}

// Two columns, the left as wide as its widest entry.
void PrintTable(const std::vector<std::pair<std::string, std::string>>& rows, std::ostream& os) {
  size_t width = 0;
  for (const auto& [left, right] : rows) width = std::max(width, left.size());
  for (const auto& [left, right] : rows) {
    os << absl::StrFormat("  %-*s  %s\n", static_cast<int>(width), left, right);
  }
}

}  // namespace

void PrintOverview(std::ostream& os) {
  os << "gongkai " GONGKAI_VERSION_STRING
        ": tools for government information disclosure (政府信息公开) records\n\n"
     << "Usage: gongkai COMMAND [FLAGS] [ARGS]\n"
     << "       gongkai help COMMAND   (or: gongkai COMMAND --help)\n"
     << "       gongkai --version\n\n"
     << "Commands:\n";
  std::vector<std::pair<std::string, std::string>> rows;
  for (const auto& [name, command] : Commands()) rows.emplace_back(name, command.summary);
  PrintTable(rows, os);
  os << "\n";
  PrintExitCodes(os);
}

void PrintCommandHelp(const Command& command, std::ostream& os) {
  os << "Usage: " << command.usage << "\n\n";
  if (const auto& subcommands = Subcommands(command.name); !subcommands.empty()) {
    std::vector<std::pair<std::string, std::string>> rows;
    for (const auto& [name, sub] : subcommands) rows.emplace_back(name, sub.summary);
    os << "Subcommands (each with its own --help):\n";
    PrintTable(rows, os);
    os << "\n";
  }
  if (!command.flags.empty()) {
    std::vector<std::pair<std::string, std::string>> rows;
    for (const FlagUse& use : command.flags) {
      const absl::CommandLineFlag* flag = absl::FindCommandLineFlag(use.name);
      if (flag == nullptr) continue;  // ParseArgs reports the bug when the command runs
      const bool is_bool = flag->IsOfType<bool>();
      rows.emplace_back(absl::StrCat("--", use.name, is_bool ? "" : "=VALUE"),
                        absl::StrCat(use.required ? "(required) " : "",
                                     use.help.empty() ? flag->Help() : std::string(use.help)));
    }
    os << "Flags (boolean ones also as --noNAME or --NAME=false):\n";
    PrintTable(rows, os);
    os << "\n";
  }
  PrintExitCodes(os);
}

}  // namespace gongkai::cli
