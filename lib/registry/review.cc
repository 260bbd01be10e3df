// Review: a version's findings with their dispositions, recording a disposition, and the
// filing gate of Accept.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/status_macros.h"
#include "registry/chain.h"
#include "registry/impl.h"
#include "registry/review.h"
#include "registry/versions.h"

namespace gongkai::registry {

bool Blocks(const v1::RegistryFinding& f) {
  return f.disposition() == v1::DISPOSITION_MUST_CORRECT ||
         (f.finding().severity() == v1::SEVERITY_ERROR &&
          f.disposition() != v1::DISPOSITION_EXPLAINED);
}

absl::StatusOr<std::vector<v1::RegistryFinding>> LoadFindings(const Db& db,
                                                              absl::string_view agency_id, int year,
                                                              int number) {
  ASSIGN_OR_RETURN(Stmt stmt, db.Prepare("SELECT f.fingerprint, f.finding, d.disposition, "
                                         "d.explanation, d.reviewer, d.decided_at "
                                         "FROM findings f LEFT JOIN dispositions d "
                                         "ON d.agency_id = f.agency_id AND d.year = f.year "
                                         "AND d.fingerprint = f.fingerprint "
                                         "WHERE f.agency_id = ? AND f.year = ? AND f.number = ? "
                                         "ORDER BY f.position",
                                         "reading findings"));
  stmt.Bind(1, agency_id).Bind(2, year).Bind(3, number);
  std::vector<v1::RegistryFinding> findings;
  for (;;) {
    ASSIGN_OR_RETURN(const bool row, stmt.Step());
    if (!row) return findings;
    v1::RegistryFinding& f = findings.emplace_back();
    f.set_fingerprint(stmt.Text(0));
    if (!f.mutable_finding()->ParseFromString(std::string(stmt.Blob(1)))) {
      return absl::DataLossError(
          absl::StrCat(VersionName(agency_id, year, number), ": a stored finding does not parse"));
    }
    f.set_disposition(static_cast<v1::Disposition>(stmt.Int(2)));
    f.set_explanation(stmt.Text(3));
    f.set_reviewer(stmt.Text(4));
    f.set_decided_at(stmt.Text(5));
  }
}

absl::StatusOr<v1::RegistryFindingList> Registry::Findings(absl::string_view agency_id, int year,
                                                           int number) const {
  const Db& db = *impl_->db;
  v1::RegistryFindingList list;
  RETURN_IF_ERROR(db.Read("reading findings", [&]() -> absl::Status {
    ASSIGN_OR_RETURN(*list.mutable_version(), LoadVersion(db, agency_id, year, number));
    ASSIGN_OR_RETURN(std::vector<v1::RegistryFinding> findings,
                     LoadFindings(db, agency_id, year, list.version().number()));
    for (v1::RegistryFinding& f : findings) *list.add_findings() = std::move(f);
    return absl::OkStatus();
  }));
  return list;
}

absl::Status Registry::Dispose(absl::string_view agency_id, int year, absl::string_view fingerprint,
                               v1::Disposition disposition, absl::string_view explanation,
                               const Actor& actor) {
  if (disposition != v1::DISPOSITION_EXPLAINED && disposition != v1::DISPOSITION_MUST_CORRECT) {
    return absl::InvalidArgumentError(
        absl::StrCat("disposition: ", static_cast<int>(disposition),
                     " is neither DISPOSITION_EXPLAINED nor DISPOSITION_MUST_CORRECT"));
  }
  if (disposition == v1::DISPOSITION_EXPLAINED && explanation.empty()) {
    return absl::InvalidArgumentError("explanation: DISPOSITION_EXPLAINED needs an explanation");
  }
  const Db& db = *impl_->db;
  return db.Write("recording a disposition", [&]() -> absl::Status {
    ASSIGN_OR_RETURN(Stmt find, db.Prepare("SELECT 1 FROM findings WHERE agency_id = ? AND "
                                           "year = ? AND fingerprint = ? LIMIT 1",
                                           "recording a disposition"));
    find.Bind(1, agency_id).Bind(2, year).Bind(3, fingerprint);
    ASSIGN_OR_RETURN(const bool found, find.Step());
    if (!found) {
      return absl::NotFoundError(absl::StrCat("no version of agency ", agency_id, " for ", year,
                                              " has a finding with fingerprint ", fingerprint));
    }
    ChainEntry entry;
    entry.kind = std::string(kDisposed);
    entry.agency_id = std::string(agency_id);
    entry.year = year;
    entry.subject = std::string(fingerprint);
    entry.payload = DisposedPayload(fingerprint, disposition, explanation);
    entry.at = impl_->Now();
    entry.actor = actor.name;
    ASSIGN_OR_RETURN(Stmt put,
                     db.Prepare("INSERT OR REPLACE INTO dispositions (agency_id, year, "
                                "fingerprint, disposition, explanation, reviewer, decided_at, "
                                "sequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                "recording a disposition"));
    const std::string at = entry.at;
    ASSIGN_OR_RETURN(const v1::RegistryReceipt receipt, AppendEntry(db, std::move(entry)));
    put.Bind(1, agency_id)
        .Bind(2, year)
        .Bind(3, fingerprint)
        .Bind(4, static_cast<int>(disposition))
        .Bind(5, explanation)
        .Bind(6, actor.name)
        .Bind(7, at)
        .Bind(8, receipt.sequence());
    return put.Run();
  });
}

absl::StatusOr<v1::FiledVersion> Registry::Accept(absl::string_view agency_id, int year, int number,
                                                  const Actor& actor) {
  const Db& db = *impl_->db;
  v1::FiledVersion v;
  RETURN_IF_ERROR(db.Write("accepting a version", [&]() -> absl::Status {
    ASSIGN_OR_RETURN(v, LoadVersion(db, agency_id, year, number));
    if (!v.accepted_at().empty()) {
      return absl::FailedPreconditionError(absl::StrCat(VersionName(agency_id, year, v.number()),
                                                        " is already accepted (since ",
                                                        v.accepted_at(), ")"));
    }
    ASSIGN_OR_RETURN(const std::vector<v1::RegistryFinding> findings,
                     LoadFindings(db, agency_id, year, v.number()));
    std::vector<std::string> blocking;
    for (const v1::RegistryFinding& f : findings) {
      if (!Blocks(f)) continue;
      blocking.push_back(absl::StrCat(
          f.finding().rule(), " (fingerprint ", f.fingerprint(),
          f.disposition() == v1::DISPOSITION_MUST_CORRECT ? ", must be corrected" : "", ")"));
    }
    if (!blocking.empty()) {
      return absl::FailedPreconditionError(
          absl::StrCat("version ", v.number(), " has ", blocking.size(),
                       blocking.size() == 1 ? " finding that blocks" : " findings that block",
                       " acceptance: ", absl::StrJoin(blocking, ", ")));
    }
    return MarkVersion(db, kAccepted, "accepted", impl_->Now(), actor.name, &v);
  }));
  return v;
}

}  // namespace gongkai::registry
