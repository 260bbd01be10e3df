// Registry::Rollup: the sum of the children's latest accepted versions, read from their compact
// cells and added with report::FiguresSum (the arithmetic of `gongkai merge`), and the agency's
// own latest version compared with it by the validator's roll-up rule (report::CheckRollUp).
#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "registry/agencies.h"
#include "registry/cells.h"
#include "registry/impl.h"
#include "registry/versions.h"
#include "report/merge.h"
#include "report/validate.h"

namespace gongkai::registry {
namespace {

absl::StatusOr<std::vector<v1::RegistryAgency>> Children(const Db& db,
                                                         absl::string_view parent_id) {
  ASSIGN_OR_RETURN(Stmt stmt, db.Prepare("SELECT id, name, first_year, last_year FROM agencies "
                                         "WHERE parent_id = ? ORDER BY id",
                                         "reading the agencies"));
  stmt.Bind(1, parent_id);
  std::vector<v1::RegistryAgency> children;
  for (;;) {
    ASSIGN_OR_RETURN(const bool row, stmt.Step());
    if (!row) return children;
    v1::RegistryAgency& a = children.emplace_back();
    a.mutable_agency()->set_id(stmt.Text(0));
    a.mutable_agency()->set_name(stmt.Text(1));
    a.set_first_year(static_cast<int>(stmt.Int(2)));
    a.set_last_year(static_cast<int>(stmt.Int(3)));
  }
}

}  // namespace

absl::StatusOr<v1::RollupResult> Registry::Rollup(absl::string_view agency_id, int year) const {
  const Db& db = *impl_->db;
  v1::RollupResult result;
  RETURN_IF_ERROR(db.Read("rolling up", [&]() -> absl::Status {
    ASSIGN_OR_RETURN(const v1::RegistryAgency parent, FindAgency(db, agency_id));
    ASSIGN_OR_RETURN(const std::vector<v1::RegistryAgency> children, Children(db, agency_id));
    ASSIGN_OR_RETURN(Stmt accepted,
                     db.Prepare("SELECT v.number, c.cells FROM versions v JOIN contents c USING "
                                "(agency_id, year, number) WHERE v.agency_id = ? AND "
                                "v.year = ? AND v.accepted_at IS NOT NULL ORDER BY v.number "
                                "DESC LIMIT 1",
                                "rolling up"));
    ASSIGN_OR_RETURN(Stmt any, db.Prepare("SELECT 1 FROM versions WHERE agency_id = ? AND "
                                          "year = ? LIMIT 1",
                                          "rolling up"));
    report::FiguresSum sum("members");
    report::Figures figures;
    std::vector<std::string> ids, member_ids;
    const report::Layout* first_layout = nullptr;
    result.set_complete(true);
    for (const v1::RegistryAgency& child : children) {
      if (!Expected(child, year)) continue;
      const std::string& id = child.agency().id();
      v1::RollupMember* member = result.add_members();
      member->set_agency_id(id);
      member->set_name(child.agency().name());
      accepted.Reset();
      accepted.Bind(1, id).Bind(2, year);
      ASSIGN_OR_RETURN(const bool found, accepted.Step());
      if (!found) {
        any.Reset();
        any.Bind(1, id).Bind(2, year);
        ASSIGN_OR_RETURN(const bool filed, any.Step());
        member->set_state(filed ? v1::RollupMember::STATE_NOT_ACCEPTED
                                : v1::RollupMember::STATE_MISSING);
        result.set_complete(false);
        continue;
      }
      member->set_state(v1::RollupMember::STATE_ACCEPTED);
      member->set_number(static_cast<int>(accepted.Int(0)));
      const std::string name = VersionName(id, year, member->number());
      if (absl::Status s = DecodeCells(accepted.Blob(1), &figures, &ids); !s.ok()) {
        return absl::Status(s.code(), absl::StrCat(name, ": ", s.message()));
      }
      if (first_layout == nullptr) first_layout = figures.layout;
      if (!sum.Add(figures).ok()) {
        return absl::InvalidArgumentError(absl::StrCat(
            "roll-up of agency ", agency_id, " for ", year, ": ", name, " uses layout ",
            figures.layout->id(), ", but an earlier child uses ", first_layout->id()));
      }
      // As Merge lists them: a consolidated member's own members, else the member.
      if (ids.empty()) ids.push_back(id);
      member_ids.insert(member_ids.end(), ids.begin(), ids.end());
    }

    v1::AnnualReport& report = *result.mutable_report();
    *report.mutable_agency() = parent.agency();
    report.set_year(year);
    if (sum.count() == 0) return absl::OkStatus();
    ASSIGN_OR_RETURN(const report::Figures total, sum.Finish());
    report::WriteFigures(total, &report);
    report::WriteMemberIds({member_ids.begin(), member_ids.end()}, &report);

    absl::StatusOr<v1::FiledVersion> own = LoadVersion(db, agency_id, year, 0);
    if (absl::IsNotFound(own.status())) return absl::OkStatus();
    if (!own.ok()) return own.status();
    result.set_own_number(own->number());
    ASSIGN_OR_RETURN(const std::string cells,
                     LoadBlob(db, "cells", agency_id, year, own->number()));
    report::Figures mine;
    RETURN_IF_ERROR(DecodeCells(cells, &mine));
    absl::StatusOr<v1::ValidationResult> compared = report::CheckRollUp(mine, total, sum.count());
    if (!compared.ok()) {
      return absl::InvalidArgumentError(absl::StrCat(VersionName(agency_id, year, own->number()),
                                                     ": ", compared.status().message()));
    }
    for (v1::Finding& f : *compared->mutable_findings()) *result.add_comparison() = std::move(f);
    return absl::OkStatus();
  }));
  return result;
}

}  // namespace gongkai::registry
