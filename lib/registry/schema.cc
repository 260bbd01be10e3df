#include "registry/schema.h"

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"

namespace gongkai::registry {
namespace {

constexpr const char* kSchemaTexts[] = {
#include "schema.inc"
};

// A migration takes a store of schema `from` to from + 1. A version 2 adds {1, "ALTER ..."}
// here, a frozen tests/registry/schemas/v2.sql, and nothing else: a new store is made as
// version 1 and migrated, so every store has come the same way.
struct Migration {
  int from;
  const char* sql;
};
constexpr Migration kMigrations[] = {
    {0, nullptr},  // placeholder: no migration yet (schema 1 is the first)
};

absl::StatusOr<int64_t> PragmaInt(const Db& db, absl::string_view pragma) {
  ASSIGN_OR_RETURN(Stmt stmt, db.Prepare(absl::StrCat("PRAGMA ", pragma), "reading the header"));
  ASSIGN_OR_RETURN(bool row, stmt.Step());
  return row ? stmt.Int(0) : 0;
}

absl::Status Migrate(const Db& db, int from) {
  for (int v = from; v < kSchemaVersion; ++v) {
    bool found = false;
    for (const Migration& m : kMigrations) {
      if (m.from != v || m.sql == nullptr) continue;
      RETURN_IF_ERROR(db.Exec(m.sql, "migrating the schema"));
      found = true;
    }
    if (!found) {
      return absl::InternalError(absl::StrCat("no migration from schema ", v));
    }
  }
  return db.Exec(absl::StrCat("PRAGMA user_version = ", kSchemaVersion), "migrating the schema");
}

}  // namespace

absl::string_view SchemaV1() { return kSchemaTexts[0]; }

absl::StatusOr<int> PrepareSchema(const Db& db, bool may_create, bool migrate) {
  int found = 0;
  // Looks at the header and, when `writing`, creates or migrates. A store that is ready is
  // only read, so opening never waits for a writer; one that needs work is looked at again
  // inside the write transaction, since another process may have done it meanwhile.
  bool needs_work = false;
  auto look = [&](bool writing) -> absl::Status {
    ASSIGN_OR_RETURN(const int64_t app, PragmaInt(db, "application_id"));
    ASSIGN_OR_RETURN(const int64_t version, PragmaInt(db, "user_version"));
    ASSIGN_OR_RETURN(const int64_t tables, PragmaInt(db, "schema_version"));
    found = static_cast<int>(version);
    if (app == 0 && version == 0 && tables == 0) {  // an empty database: nothing in it yet
      if (!may_create) {
        return absl::FailedPreconditionError(
            absl::StrCat("registry ", db.path(), " is empty, not a Gongkai registry"));
      }
      if (!writing) return needs_work = true, absl::OkStatus();
      RETURN_IF_ERROR(db.Exec(SchemaV1(), "creating the schema"));
      RETURN_IF_ERROR(db.Exec(
          absl::StrCat("PRAGMA application_id = ", kApplicationId, "; PRAGMA user_version = 1"),
          "creating the schema"));
      return Migrate(db, 1);
    }
    if (app != kApplicationId) {
      return absl::FailedPreconditionError(
          absl::StrCat(db.path(), " is an SQLite database but not a Gongkai registry"));
    }
    if (version > kSchemaVersion) {
      return absl::FailedPreconditionError(absl::StrCat("registry ", db.path(), ": schema ",
                                                        version, " is newer than this library's ",
                                                        kSchemaVersion));
    }
    if (version < 1) {
      return absl::DataLossError(
          absl::StrCat("registry ", db.path(), " is damaged: schema version ", version));
    }
    if (version == kSchemaVersion) return absl::OkStatus();
    if (!migrate) {
      return absl::FailedPreconditionError(absl::StrCat(
          "registry ", db.path(), ": schema ", version, " is older than this library's ",
          kSchemaVersion, " and migration was not allowed"));
    }
    if (!writing) return needs_work = true, absl::OkStatus();
    return Migrate(db, static_cast<int>(version));
  };
  RETURN_IF_ERROR(db.Read("opening", [&] { return look(false); }));
  if (needs_work) RETURN_IF_ERROR(db.Write("opening", [&] { return look(true); }));
  return found;
}

}  // namespace gongkai::registry
