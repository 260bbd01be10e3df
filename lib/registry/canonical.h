// A report as the registry stores it: the canonical form (cells in statutory order, the layout
// named), its bytes and digest, and its figures for the compact cells.
#ifndef GONGKAI_LIB_REGISTRY_CANONICAL_H_
#define GONGKAI_LIB_REGISTRY_CANONICAL_H_

#include <string>

#include "absl/status/statusor.h"
#include "gongkai/v1/report.pb.h"
#include "report/figures.h"

namespace gongkai::registry {

struct CanonicalReport {
  v1::AnnualReport report;
  std::string bytes;   // CanonicalBytes
  std::string digest;  // SHA-256 of bytes, hex
  report::Figures figures;
};

// ReadFigures' errors for a report that cannot be read.
absl::StatusOr<CanonicalReport> Canonicalize(const v1::AnnualReport& report);

}  // namespace gongkai::registry

#endif  // GONGKAI_LIB_REGISTRY_CANONICAL_H_
