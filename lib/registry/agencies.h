// The agencies table, for the methods that need agencies (filing, roll-up, status, verify).
#ifndef GONGKAI_LIB_REGISTRY_AGENCIES_H_
#define GONGKAI_LIB_REGISTRY_AGENCIES_H_

#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "gongkai/v1/registry.pb.h"
#include "registry/store.h"

namespace gongkai::registry {

// Every agency, in id order.
absl::StatusOr<v1::RegistryAgencyList> LoadAgencies(const Db& db);

// The agency `id`; NotFound ("agency X is not known").
absl::StatusOr<v1::RegistryAgency> FindAgency(const Db& db, absl::string_view id);

// Whether `agency` is expected to file for `year` (first_year..last_year, 0: no bound).
bool Expected(const v1::RegistryAgency& agency, int year);

// SHA-256 over every agency's fields in id order: the payload of an "agencies" chain entry.
std::string AgenciesDigest(const v1::RegistryAgencyList& agencies);

}  // namespace gongkai::registry

#endif  // GONGKAI_LIB_REGISTRY_AGENCIES_H_
