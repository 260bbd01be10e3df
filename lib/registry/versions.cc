// GetVersion, ListVersions, GetReport and Lock: the stored versions.
#include "registry/versions.h"

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "registry/chain.h"
#include "registry/impl.h"

namespace gongkai::registry {
namespace {

constexpr absl::string_view kColumns =
    "SELECT v.agency_id, v.year, v.number, v.digest, v.filed_by, v.filed_at, v.reason, "
    "v.error_count, v.warning_count, v.locked_at, v.accepted_at, v.accepted_by, v.sequence, "
    "c.hash FROM versions v LEFT JOIN chain c ON c.sequence = v.sequence ";

v1::FiledVersion RowToVersion(const Stmt& s) {
  v1::FiledVersion v;
  v.set_agency_id(s.Text(0));
  v.set_year(static_cast<int>(s.Int(1)));
  v.set_number(static_cast<int>(s.Int(2)));
  v.set_digest(s.Text(3));
  v.set_filed_by(s.Text(4));
  v.set_filed_at(s.Text(5));
  v.set_reason(s.Text(6));
  v.set_error_count(static_cast<int>(s.Int(7)));
  v.set_warning_count(static_cast<int>(s.Int(8)));
  v.set_locked_at(s.Text(9));
  v.set_accepted_at(s.Text(10));
  v.set_accepted_by(s.Text(11));
  v.mutable_receipt()->set_sequence(s.Int(12));
  v.mutable_receipt()->set_hash(s.Text(13));
  return v;
}

absl::Status NoVersion(absl::string_view agency_id, int year, int number) {
  if (number == 0) {
    return absl::NotFoundError(
        absl::StrCat("agency ", agency_id, " has filed no version for ", year));
  }
  return absl::NotFoundError(absl::StrCat(VersionName(agency_id, year, number), " does not exist"));
}

}  // namespace

std::string VersionName(absl::string_view agency_id, int year, int number) {
  return absl::StrCat("version ", number, " of agency ", agency_id, " for ", year);
}

absl::StatusOr<v1::FiledVersion> LoadVersion(const Db& db, absl::string_view agency_id, int year,
                                             int number) {
  const std::string sql =
      number == 0
          ? absl::StrCat(kColumns,
                         "WHERE v.agency_id = ?1 AND v.year = ?2 ORDER BY v.number DESC "
                         "LIMIT 1")
          : absl::StrCat(kColumns, "WHERE v.agency_id = ?1 AND v.year = ?2 AND v.number = ?3");
  ASSIGN_OR_RETURN(Stmt stmt, db.Prepare(sql, "reading a version"));
  stmt.Bind(1, agency_id).Bind(2, year);
  if (number != 0) stmt.Bind(3, number);
  ASSIGN_OR_RETURN(const bool row, stmt.Step());
  if (!row) return NoVersion(agency_id, year, number);
  return RowToVersion(stmt);
}

absl::StatusOr<std::vector<v1::FiledVersion>> LoadVersions(const Db& db,
                                                           absl::string_view agency_id, int year) {
  ASSIGN_OR_RETURN(Stmt stmt, db.Prepare(absl::StrCat(kColumns,
                                                      "WHERE v.agency_id = ? AND v.year = ? "
                                                      "ORDER BY v.number"),
                                         "reading versions"));
  stmt.Bind(1, agency_id).Bind(2, year);
  std::vector<v1::FiledVersion> versions;
  for (;;) {
    ASSIGN_OR_RETURN(const bool row, stmt.Step());
    if (!row) return versions;
    versions.push_back(RowToVersion(stmt));
  }
}

absl::StatusOr<std::string> LoadBlob(const Db& db, absl::string_view column,
                                     absl::string_view agency_id, int year, int number) {
  ASSIGN_OR_RETURN(Stmt stmt, db.Prepare(absl::StrCat("SELECT ", column,
                                                      " FROM contents WHERE agency_id = ? AND "
                                                      "year = ? AND number = ?"),
                                         "reading a version"));
  stmt.Bind(1, agency_id).Bind(2, year).Bind(3, number);
  ASSIGN_OR_RETURN(const bool row, stmt.Step());
  if (!row) return NoVersion(agency_id, year, number);
  return std::string(stmt.Blob(0));
}

absl::StatusOr<v1::FiledVersion> Registry::GetVersion(absl::string_view agency_id, int year,
                                                      int number) const {
  v1::FiledVersion v;
  RETURN_IF_ERROR(impl_->db->Read("reading a version", [&]() -> absl::Status {
    ASSIGN_OR_RETURN(v, LoadVersion(*impl_->db, agency_id, year, number));
    return absl::OkStatus();
  }));
  return v;
}

absl::StatusOr<std::vector<v1::FiledVersion>> Registry::ListVersions(absl::string_view agency_id,
                                                                     int year) const {
  std::vector<v1::FiledVersion> versions;
  RETURN_IF_ERROR(impl_->db->Read("reading versions", [&]() -> absl::Status {
    ASSIGN_OR_RETURN(versions, LoadVersions(*impl_->db, agency_id, year));
    return absl::OkStatus();
  }));
  return versions;
}

absl::StatusOr<v1::AnnualReport> Registry::GetReport(absl::string_view agency_id, int year,
                                                     int number) const {
  std::string bytes;
  std::string name;
  RETURN_IF_ERROR(impl_->db->Read("reading a report", [&]() -> absl::Status {
    ASSIGN_OR_RETURN(const v1::FiledVersion v, LoadVersion(*impl_->db, agency_id, year, number));
    name = VersionName(agency_id, year, v.number());
    ASSIGN_OR_RETURN(bytes, LoadBlob(*impl_->db, "report", agency_id, year, v.number()));
    return absl::OkStatus();
  }));
  v1::AnnualReport report;
  if (!report.ParseFromString(bytes)) {
    return absl::DataLossError(absl::StrCat(name, ": the stored report does not parse"));
  }
  return report;
}

absl::Status MarkVersion(const Db& db, absl::string_view kind, absl::string_view state,
                         std::string at, absl::string_view actor, v1::FiledVersion* v) {
  ASSIGN_OR_RETURN(Stmt update,
                   db.Prepare(absl::StrCat("UPDATE versions SET ", state, "_at = ?, ", state,
                                           "_by = ? WHERE agency_id = ? AND year = ? AND "
                                           "number = ?"),
                              state == "locked" ? "locking a version" : "accepting a version"));
  update.Bind(1, at).Bind(2, actor).Bind(3, v->agency_id()).Bind(4, v->year()).Bind(5, v->number());
  RETURN_IF_ERROR(update.Run());
  ChainEntry entry;
  entry.kind = std::string(kind);
  entry.agency_id = v->agency_id();
  entry.year = v->year();
  entry.number = v->number();
  entry.payload = v->digest();
  entry.at = std::move(at);
  entry.actor = std::string(actor);
  RETURN_IF_ERROR(AppendEntry(db, std::move(entry)).status());
  ASSIGN_OR_RETURN(*v, LoadVersion(db, v->agency_id(), v->year(), v->number()));
  return absl::OkStatus();
}

absl::StatusOr<v1::FiledVersion> Registry::Lock(absl::string_view agency_id, int year, int number,
                                                const Actor& actor) {
  const Db& db = *impl_->db;
  v1::FiledVersion v;
  RETURN_IF_ERROR(db.Write("locking a version", [&]() -> absl::Status {
    ASSIGN_OR_RETURN(v, LoadVersion(db, agency_id, year, number));
    if (!v.locked_at().empty()) {
      return absl::FailedPreconditionError(absl::StrCat(VersionName(agency_id, year, v.number()),
                                                        " is already locked (since ", v.locked_at(),
                                                        ")"));
    }
    return MarkVersion(db, kLocked, "locked", impl_->Now(), actor.name, &v);
  }));
  return v;
}

}  // namespace gongkai::registry
