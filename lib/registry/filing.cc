// Registry::File: a report stored as the next version of (agency, year), validated, with its
// findings, on the chain.
#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "registry/agencies.h"
#include "registry/canonical.h"
#include "registry/cells.h"
#include "registry/chain.h"
#include "registry/impl.h"
#include "registry/versions.h"
#include "report/validate.h"

namespace gongkai::registry {
namespace {

std::string YearsText(const v1::RegistryAgency& a) {
  return absl::StrCat(a.first_year() == 0 ? std::string("…") : absl::StrCat(a.first_year()), "..",
                      a.last_year() == 0 ? std::string("…") : absl::StrCat(a.last_year()));
}

// The agency's latest report for year - 1, if it filed one.
absl::StatusOr<std::optional<v1::AnnualReport>> PreviousYear(const Db& db,
                                                             absl::string_view agency_id,
                                                             int year) {
  absl::StatusOr<v1::FiledVersion> v = LoadVersion(db, agency_id, year - 1, 0);
  if (absl::IsNotFound(v.status())) return std::nullopt;
  if (!v.ok()) return v.status();
  ASSIGN_OR_RETURN(const std::string bytes,
                   LoadBlob(db, "report", agency_id, year - 1, v->number()));
  v1::AnnualReport report;
  if (!report.ParseFromString(bytes)) {
    return absl::DataLossError(absl::StrCat(VersionName(agency_id, year - 1, v->number()),
                                            ": the stored report does not parse"));
  }
  return report;
}

absl::Status StoreFindings(const Db& db, const v1::FiledVersion& v,
                           const v1::ValidationResult& result) {
  ASSIGN_OR_RETURN(Stmt stmt, db.Prepare("INSERT INTO findings (agency_id, year, number, "
                                         "position, fingerprint, severity, finding) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)",
                                         "storing findings"));
  for (int i = 0; i < result.findings_size(); ++i) {
    const v1::Finding& f = result.findings(i);
    stmt.Bind(1, v.agency_id())
        .Bind(2, v.year())
        .Bind(3, v.number())
        .Bind(4, i)
        .Bind(5, Fingerprint(f))
        .Bind(6, static_cast<int>(f.severity()))
        .BindBlob(7, f.SerializeAsString());
    RETURN_IF_ERROR(stmt.Run());
    stmt.Reset();
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<v1::FiledVersion> Registry::File(const v1::AnnualReport& report, const Actor& actor,
                                                absl::string_view reason) {
  const std::string& agency_id = report.agency().id();
  if (agency_id.empty()) return absl::InvalidArgumentError("report.agency.id: empty");
  ASSIGN_OR_RETURN(const CanonicalReport canonical, Canonicalize(report));
  const int year = report.year();
  const Db& db = *impl_->db;
  v1::FiledVersion filed;
  RETURN_IF_ERROR(db.Write("filing a version", [&]() -> absl::Status {
    ASSIGN_OR_RETURN(const v1::RegistryAgency agency, FindAgency(db, agency_id));
    if (!Expected(agency, year)) {
      return absl::InvalidArgumentError(absl::StrCat("agency ", agency_id,
                                                     " is not expected to file for ", year,
                                                     " (it files for ", YearsText(agency), ")"));
    }
    ASSIGN_OR_RETURN(const std::vector<v1::FiledVersion> versions,
                     LoadVersions(db, agency_id, year));
    const int number = versions.empty() ? 1 : versions.back().number() + 1;
    if (number > 1 && reason.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(VersionName(agency_id, year, number),
                                                     " is a correction and needs a reason"));
    }
    ASSIGN_OR_RETURN(const std::optional<v1::AnnualReport> previous,
                     PreviousYear(db, agency_id, year));
    report::ValidationContext context;
    if (previous) context.previous = &*previous;
    ASSIGN_OR_RETURN(const v1::ValidationResult result,
                     report::Validate(canonical.report, context));

    ChainEntry entry;
    entry.kind = std::string(kFiled);
    entry.agency_id = agency_id;
    entry.year = year;
    entry.number = number;
    entry.payload = FiledPayload(canonical.digest, reason);
    entry.at = impl_->Now();
    entry.actor = actor.name;
    const std::string at = entry.at;
    ASSIGN_OR_RETURN(const v1::RegistryReceipt receipt, AppendEntry(db, std::move(entry)));
    ASSIGN_OR_RETURN(Stmt insert,
                     db.Prepare("INSERT INTO versions (agency_id, year, number, digest, filed_by, "
                                "filed_at, reason, error_count, warning_count, sequence) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                "filing a version"));
    insert.Bind(1, agency_id)
        .Bind(2, year)
        .Bind(3, number)
        .Bind(4, canonical.digest)
        .Bind(5, actor.name)
        .Bind(6, at)
        .Bind(7, reason)
        .Bind(8, result.error_count())
        .Bind(9, result.warning_count())
        .Bind(10, receipt.sequence());
    RETURN_IF_ERROR(insert.Run());
    // The blobs in a table of their own: a versions row stays small, so that status reads a
    // year's states without paging through every report (docs/performance.md, "The registry").
    ASSIGN_OR_RETURN(Stmt content,
                     db.Prepare("INSERT INTO contents (agency_id, year, number, report, cells) "
                                "VALUES (?, ?, ?, ?, ?)",
                                "filing a version"));
    content.Bind(1, agency_id)
        .Bind(2, year)
        .Bind(3, number)
        .BindBlob(4, canonical.bytes)
        .BindBlob(5, EncodeCells(canonical.figures, canonical.report.member_ids()));
    RETURN_IF_ERROR(content.Run());
    ASSIGN_OR_RETURN(filed, LoadVersion(db, agency_id, year, number));
    return StoreFindings(db, filed, result);
  }));
  return filed;
}

}  // namespace gongkai::registry
