// Registry::Open: the connection's settings, then the schema (schema.cc).
#include <sqlite3.h>
#include <sys/stat.h>

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "registry/impl.h"
#include "registry/registry.h"
#include "registry/schema.h"

namespace gongkai::registry {

std::string Rfc3339(absl::Time t) {
  return absl::FormatTime("%Y-%m-%dT%H:%M:%SZ", t, absl::UTCTimeZone());
}

std::string Registry::Impl::Now() const { return Rfc3339(now ? now() : absl::Now()); }

Registry::Registry(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Registry::~Registry() = default;

int Registry::schema_version() const { return impl_->schema; }

absl::StatusOr<std::unique_ptr<Registry>> Registry::Open(const std::string& path,
                                                         const OpenOptions& options) {
  struct stat st;
  const bool exists = stat(path.c_str(), &st) == 0;
  if (!exists && !options.create) {
    return absl::NotFoundError(absl::StrCat("registry ", path, " does not exist"));
  }
  sqlite3* handle = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0);
  const int rc = sqlite3_open_v2(path.c_str(), &handle, flags, nullptr);
  // The Db owns the handle even when opening failed (SQLite then still allocates one).
  auto db = std::make_unique<Db>(handle, path, options.busy_timeout);
  if (rc != SQLITE_OK) return db->Error(rc, "opening");
  sqlite3_busy_timeout(handle, static_cast<int>(absl::ToInt64Milliseconds(options.busy_timeout)));
  sqlite3_extended_result_codes(handle, 1);
  // Ours (or empty) before anything is changed: another program's database stays untouched.
  ASSIGN_OR_RETURN(const int found,
                   PrepareSchema(*db, /*may_create=*/!exists || options.create, options.migrate));
  (void)found;
  // WAL: readers never block the writer nor it them. FULL: a commit reported is on disk.
  RETURN_IF_ERROR(db->Exec("PRAGMA journal_mode = WAL", "opening"));
  RETURN_IF_ERROR(db->Exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON", "opening"));
  auto impl = std::make_unique<Impl>();
  impl->db = std::move(db);
  impl->now = options.now;
  impl->schema = kSchemaVersion;
  return std::unique_ptr<Registry>(new Registry(std::move(impl)));
}

}  // namespace gongkai::registry
