// Reading stored versions: their metadata as FiledVersion, their report and compact cells.
#ifndef GONGKAI_LIB_REGISTRY_VERSIONS_H_
#define GONGKAI_LIB_REGISTRY_VERSIONS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "gongkai/v1/registry.pb.h"
#include "registry/store.h"

namespace gongkai::registry {

// Version `number` of (agency, year); 0: the latest. NotFound naming agency, year and number.
absl::StatusOr<v1::FiledVersion> LoadVersion(const Db& db, absl::string_view agency_id, int year,
                                             int number);

// Every version of (agency, year), oldest first (empty when none).
absl::StatusOr<std::vector<v1::FiledVersion>> LoadVersions(const Db& db,
                                                           absl::string_view agency_id, int year);

// A stored column of a version: "report" (canonical bytes) or "cells" (compact cells).
absl::StatusOr<std::string> LoadBlob(const Db& db, absl::string_view column,
                                     absl::string_view agency_id, int year, int number);

// Marks version `v` locked or accepted: sets its `state`_at ("locked" or "accepted") to `at` and
// `state`_by to `actor`, and appends the chain entry of `kind` (kLocked, kAccepted) that
// records it; then rereads v. Inside the caller's write transaction.
absl::Status MarkVersion(const Db& db, absl::string_view kind, absl::string_view state,
                         std::string at, absl::string_view actor, v1::FiledVersion* v);

// "version 2 of agency X for 2025": how messages name a version.
std::string VersionName(absl::string_view agency_id, int year, int number);

}  // namespace gongkai::registry

#endif  // GONGKAI_LIB_REGISTRY_VERSIONS_H_
