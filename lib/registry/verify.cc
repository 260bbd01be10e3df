#include "registry/impl.h"
namespace gongkai::registry {}  // namespace gongkai::registry
namespace gongkai::registry {
absl::StatusOr<v1::RegistryFindingList> Registry::Findings(absl::string_view, int, int) const {
  return absl::UnimplementedError("Findings");
}
absl::Status Registry::Dispose(absl::string_view, int, absl::string_view, v1::Disposition,
                               absl::string_view, const Actor&) {
  return absl::UnimplementedError("Dispose");
}
absl::StatusOr<v1::FiledVersion> Registry::Accept(absl::string_view, int, int, const Actor&) {
  return absl::UnimplementedError("Accept");
}
absl::StatusOr<v1::VersionDiff> Registry::Diff(absl::string_view, int, int, int) const {
  return absl::UnimplementedError("Diff");
}
absl::StatusOr<v1::RollupResult> Registry::Rollup(absl::string_view, int) const {
  return absl::UnimplementedError("Rollup");
}
absl::StatusOr<v1::RegistryStatus> Registry::Status(int, absl::string_view) const {
  return absl::UnimplementedError("Status");
}
absl::StatusOr<v1::RegistryVerification> Registry::Verify() const {
  return absl::UnimplementedError("Verify");
}
}  // namespace gongkai::registry
