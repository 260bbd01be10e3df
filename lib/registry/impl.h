// What a Registry holds: the connection and the clock. Shared by the files that implement its
// methods (one file per part of registry.h).
#ifndef GONGKAI_LIB_REGISTRY_IMPL_H_
#define GONGKAI_LIB_REGISTRY_IMPL_H_

#include <functional>
#include <memory>
#include <string>

#include "absl/time/time.h"
#include "registry/registry.h"
#include "registry/store.h"

namespace gongkai::registry {

struct Registry::Impl {
  std::unique_ptr<Db> db;
  std::function<absl::Time()> now;
  int schema = kSchemaVersion;

  // The clock's time as RFC 3339 UTC, to the second ("2026-02-03T09:15:00Z").
  std::string Now() const;
};

// RFC 3339 UTC, to the second.
std::string Rfc3339(absl::Time t);

}  // namespace gongkai::registry

#endif  // GONGKAI_LIB_REGISTRY_IMPL_H_
