// Findings with their dispositions, for review, status and verify.
#ifndef GONGKAI_LIB_REGISTRY_REVIEW_H_
#define GONGKAI_LIB_REGISTRY_REVIEW_H_

#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "gongkai/v1/registry.pb.h"
#include "registry/store.h"

namespace gongkai::registry {

// The findings of version `number` (not 0) of (agency, year) in their stored order, each with
// the disposition recorded for its fingerprint that year.
absl::StatusOr<std::vector<v1::RegistryFinding>> LoadFindings(const Db& db,
                                                              absl::string_view agency_id, int year,
                                                              int number);

// Whether a finding blocks acceptance: an error not explained, or anything to be corrected.
bool Blocks(const v1::RegistryFinding& finding);

}  // namespace gongkai::registry

#endif  // GONGKAI_LIB_REGISTRY_REVIEW_H_
