// The registry's schema: how a file is recognised as ours, the DDL of version 1 (data:
// schema/v1.sql) and the migrations that bring a store from each earlier version to
// kSchemaVersion.
#ifndef GONGKAI_LIB_REGISTRY_SCHEMA_H_
#define GONGKAI_LIB_REGISTRY_SCHEMA_H_

#include <cstdint>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "registry/registry.h"
#include "registry/store.h"

namespace gongkai::registry {

// PRAGMA application_id of every registry: "GKRG" in ASCII. Another SQLite file has 0 or its
// own number there.
inline constexpr int32_t kApplicationId = 0x474B5247;

// The DDL of schema version 1, as it was frozen (tests/registry/schemas/v1.sql).
absl::string_view SchemaV1();

// Makes the file at db ready for kSchemaVersion and returns the version it had: creates the
// schema in an empty file when `may_create`, migrates an older one when options.migrate, and
// refuses (FailedPrecondition) a file that is not ours, newer, or older without migrate. One
// transaction: a failure leaves the file as it was.
absl::StatusOr<int> PrepareSchema(const Db& db, bool may_create, bool migrate);

}  // namespace gongkai::registry

#endif  // GONGKAI_LIB_REGISTRY_SCHEMA_H_
