#include "data_dir.h"

#include <filesystem>
#include <system_error>

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "input.h"
#include "messages/registry.h"

namespace gongkai::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::pair<annual::RecordKind, absl::string_view> kFiles[] = {
    {annual::RecordKind::kDisclosure, "disclosures"},
    {annual::RecordKind::kSlip, "slips"},
    {annual::RecordKind::kApplication, "applications"},
    {annual::RecordKind::kRemedy, "remedies"},
};

bool Exists(const fs::path& path) {
  std::error_code ignored;
  return fs::is_regular_file(path, ignored);
}

// Parses the JSON file `path` into `message` when it exists; NotFound if `required`.
absl::Status ReadJsonFile(const fs::path& path, bool required, google::protobuf::Message* message) {
  if (!Exists(path)) {
    if (!required) return absl::OkStatus();
    return absl::NotFoundError(absl::StrCat(path.string(), ": no such file"));
  }
  ASSIGN_OR_RETURN(std::string text, ReadInput(path.string()));
  absl::Status parsed = messages::ParseJson(text, /*ignore_unknown_fields=*/false, message);
  if (!parsed.ok()) {
    return absl::Status(parsed.code(), absl::StrCat(path.string(), ": ", parsed.message()));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<DataDir> ReadDataDir(absl::string_view dir_name) {
  const fs::path dir{std::string(dir_name)};
  std::error_code error;
  if (!fs::is_directory(dir, error)) {
    return absl::NotFoundError(absl::StrCat("--data: ", dir.string(), " is not a folder"));
  }
  DataDir data;
  RETURN_IF_ERROR(ReadJsonFile(dir / "agency.json", true, data.request.mutable_agency()));
  RETURN_IF_ERROR(ReadJsonFile(dir / "entered.json", false, data.request.mutable_entered()));
  RETURN_IF_ERROR(ReadJsonFile(dir / "options.json", false, data.request.mutable_options()));
  for (const auto& [kind, name] : kFiles) {
    const fs::path json = dir / absl::StrCat(name, ".jsonl");
    const fs::path binary = dir / absl::StrCat(name, ".binpb");
    if (Exists(json) && Exists(binary)) {
      return absl::InvalidArgumentError(absl::StrCat(dir.string(), ": both ", name, ".jsonl and ",
                                                     name, ".binpb exist; keep one"));
    }
    if (Exists(json)) data.records.push_back({kind, messages::Encoding::kJson, json.string()});
    if (Exists(binary))
      data.records.push_back({kind, messages::Encoding::kBinary, binary.string()});
  }
  return data;
}

}  // namespace gongkai::cli
