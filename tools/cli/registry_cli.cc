#include "registry_cli.h"

#include <cstdlib>

#include "absl/flags/flag.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "exit_codes.h"
#include "flags.h"
#include "text.h"

namespace gongkai::cli {

absl::StatusOr<std::unique_ptr<registry::Registry>> OpenRegistry(bool create) {
  const std::string path = absl::GetFlag(FLAGS_db);
  if (path.empty()) return absl::InvalidArgumentError("--db: give the registry's file");
  registry::OpenOptions options;
  options.create = create;
  auto opened = registry::Registry::Open(path, options);
  if (opened.ok()) return opened;
  if (opened.status().code() == absl::StatusCode::kNotFound) {
    return absl::NotFoundError(absl::StrCat("--db ", Printable(path),
                                            ": no such registry; create it with "
                                            "'gongkai registry --db FILE init'"));
  }
  return absl::Status(opened.status().code(),
                      absl::StrCat("--db ", Printable(path), ": ", opened.status().message()));
}

registry::Actor ActorFromFlags() {
  std::string name = absl::GetFlag(FLAGS_by);
  if (name.empty()) {
    const char* user = std::getenv("USER");
    name = user != nullptr && *user != '\0' ? user : "unknown";
  }
  return registry::Actor{name};
}

absl::StatusOr<int> YearFromFlag() {
  const int year = absl::GetFlag(FLAGS_year);
  if (year < 2019 || year > 2100) {
    return absl::InvalidArgumentError(absl::StrCat("--year: ", year, " is outside 2019..2100"));
  }
  return year;
}

absl::StatusOr<VersionRef> VersionFromFlags() {
  VersionRef ref;
  ref.agency = absl::GetFlag(FLAGS_agency);
  if (ref.agency.empty()) return absl::InvalidArgumentError("--agency: give the agency's id");
  auto year = YearFromFlag();
  if (!year.ok()) return year.status();
  ref.year = *year;
  ref.number = absl::GetFlag(FLAGS_version);
  if (ref.number < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("--version: ", ref.number, " is negative (0 means the latest)"));
  }
  return ref;
}

absl::StatusOr<int> VersionNumber(absl::string_view flag, absl::string_view value) {
  int number = 0;
  if (!absl::SimpleAtoi(value, &number) || number < 1) {
    return absl::InvalidArgumentError(
        absl::StrCat("--", flag, ": ", Quote(value), " is not a version number (1, 2, ...)"));
  }
  return number;
}

absl::StatusOr<std::string> OutputFromFlag(std::initializer_list<absl::string_view> allowed) {
  const std::string output = absl::GetFlag(FLAGS_output);
  if (output.empty()) return std::string(*allowed.begin());
  for (absl::string_view a : allowed) {
    if (a == output) return output;
  }
  return absl::InvalidArgumentError(
      absl::StrCat("--output: ", Quote(output), " is not one of ", absl::StrJoin(allowed, ", ")));
}

int FailRegistry(const Invocation& in, const absl::Status& status, absl::StatusCode refusal) {
  Fail(in, status);
  return status.code() == refusal ? kExitFindings : kExitUnusable;
}

}  // namespace gongkai::cli
