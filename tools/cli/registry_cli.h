// What the gongkai registry subcommands (cmd_registry*.cc) share: opening --db, reading the
// flags that name an agency's year and a version, and turning the registry's errors into exit
// codes.
#ifndef GONGKAI_TOOLS_CLI_REGISTRY_CLI_H_
#define GONGKAI_TOOLS_CLI_REGISTRY_CLI_H_

#include <initializer_list>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "command.h"
#include "registry/registry.h"

namespace gongkai::cli {

// The command group's name: "gongkai registry --db F SUBCOMMAND ...".
inline constexpr absl::string_view kRegistryGroup = "registry";

// The registry --db names; `create` makes a new one where there is none. Errors name the file.
absl::StatusOr<std::unique_ptr<registry::Registry>> OpenRegistry(bool create = false);

// Who acts: --by, else the login name ($USER), else "unknown".
registry::Actor ActorFromFlags();

// An agency's year and one of its versions, from --agency, --year and --version (0: the
// latest). InvalidArgument naming the flag for an empty id, a year outside 2019..2100 or a
// negative version.
struct VersionRef {
  std::string agency;
  int year = 0;
  int number = 0;
};
absl::StatusOr<VersionRef> VersionFromFlags();

// --year alone, checked as VersionFromFlags checks it.
absl::StatusOr<int> YearFromFlag();

// A version number given in a string flag (--from, --to): a positive integer.
absl::StatusOr<int> VersionNumber(absl::string_view flag, absl::string_view value);

// --output, one of `allowed`; empty gives the first.
absl::StatusOr<std::string> OutputFromFlag(std::initializer_list<absl::string_view> allowed);

// Prints the error as Fail does and returns its exit code: kExitFindings when the status' code
// is `refusal` (an answer about the filing, e.g. the filing gate's FailedPrecondition),
// kExitUnusable otherwise.
int FailRegistry(const Invocation& in, const absl::Status& status,
                 absl::StatusCode refusal = absl::StatusCode::kOk);

}  // namespace gongkai::cli

#endif  // GONGKAI_TOOLS_CLI_REGISTRY_CLI_H_
