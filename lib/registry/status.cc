// Registry::Status: every expected agency's filing state for a year, depth-first from the
// roots, in three queries whatever the size of the tree.
#include <string>
#include <unordered_map>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "registry/agencies.h"
#include "registry/impl.h"

namespace gongkai::registry {
namespace {

// The latest version of an agency for the year, with its open findings.
struct Latest {
  int number = 0;
  bool locked = false;
  bool accepted = false;
  int open_errors = 0;
  int open_warnings = 0;
};

absl::Status LoadLatest(const Db& db, int year, std::unordered_map<std::string, Latest>* out) {
  ASSIGN_OR_RETURN(Stmt versions, db.Prepare("SELECT agency_id, number, locked_at IS NOT NULL, "
                                             "accepted_at IS NOT NULL FROM versions WHERE year = ?",
                                             "reading the status"));
  versions.Bind(1, year);
  for (;;) {
    ASSIGN_OR_RETURN(const bool row, versions.Step());
    if (!row) break;
    Latest& latest = (*out)[versions.Text(0)];
    const int number = static_cast<int>(versions.Int(1));
    if (number < latest.number) continue;
    latest = Latest{number, versions.Int(2) != 0, versions.Int(3) != 0, 0, 0};
  }
  // Open: an error not explained; a warning without any disposition.
  ASSIGN_OR_RETURN(Stmt findings,
                   db.Prepare("SELECT f.agency_id, f.number, f.severity, d.disposition "
                              "FROM versions v JOIN findings f ON f.agency_id = v.agency_id "
                              "AND f.year = v.year AND f.number = v.number "
                              "LEFT JOIN dispositions d ON d.agency_id = f.agency_id AND "
                              "d.year = f.year AND d.fingerprint = f.fingerprint "
                              "WHERE v.year = ?",
                              "reading the status"));
  findings.Bind(1, year);
  for (;;) {
    ASSIGN_OR_RETURN(const bool row, findings.Step());
    if (!row) return absl::OkStatus();
    auto it = out->find(findings.Text(0));
    if (it == out->end() || it->second.number != findings.Int(1)) continue;
    const bool disposed = !findings.IsNull(3);
    if (findings.Int(2) == v1::SEVERITY_ERROR) {
      if (!disposed || findings.Int(3) != v1::DISPOSITION_EXPLAINED) ++it->second.open_errors;
    } else if (!disposed) {
      ++it->second.open_warnings;
    }
  }
}

}  // namespace

absl::StatusOr<v1::RegistryStatus> Registry::Status(int year, absl::string_view under) const {
  const Db& db = *impl_->db;
  v1::RegistryAgencyList agencies;
  std::unordered_map<std::string, Latest> latest;
  RETURN_IF_ERROR(db.Read("reading the status", [&]() -> absl::Status {
    ASSIGN_OR_RETURN(agencies, LoadAgencies(db));
    return LoadLatest(db, year, &latest);
  }));
  // Children by parent, in id order (the agencies come sorted by id).
  std::unordered_map<std::string, std::vector<int>> children;
  std::vector<int> roots;
  bool found = under.empty();
  for (int i = 0; i < agencies.agencies_size(); ++i) {
    const v1::Agency& a = agencies.agencies(i).agency();
    if (a.id() == under) {
      roots.push_back(i);
      found = true;
    }
    if (a.parent_id().empty()) {
      if (under.empty()) roots.push_back(i);
    } else {
      children[a.parent_id()].push_back(i);
    }
  }
  if (!found) return absl::NotFoundError(absl::StrCat("agency ", under, " is not known"));

  v1::RegistryStatus status;
  status.set_year(year);
  status.set_under(std::string(under));
  // Depth-first without recursion: a province is deep enough to make recursion a risk.
  std::vector<std::pair<int, int>> stack;  // (agency index, depth)
  for (auto it = roots.rbegin(); it != roots.rend(); ++it) stack.emplace_back(*it, 0);
  while (!stack.empty()) {
    const auto [i, depth] = stack.back();
    stack.pop_back();
    const v1::RegistryAgency& a = agencies.agencies(i);
    if (auto it = children.find(a.agency().id()); it != children.end()) {
      for (auto c = it->second.rbegin(); c != it->second.rend(); ++c) {
        stack.emplace_back(*c, depth + 1);
      }
    }
    if (!Expected(a, year)) continue;
    v1::AgencyStatus* s = status.add_agencies();
    s->set_agency_id(a.agency().id());
    s->set_name(a.agency().name());
    s->set_parent_id(a.agency().parent_id());
    s->set_depth(depth);
    status.set_expected(status.expected() + 1);
    auto l = latest.find(a.agency().id());
    if (l == latest.end()) {
      s->set_state(v1::AgencyStatus::STATE_MISSING);
      status.set_missing(status.missing() + 1);
      continue;
    }
    s->set_latest_number(l->second.number);
    s->set_open_errors(l->second.open_errors);
    s->set_open_warnings(l->second.open_warnings);
    if (l->second.accepted) {
      s->set_state(v1::AgencyStatus::STATE_ACCEPTED);
      status.set_accepted(status.accepted() + 1);
    } else if (l->second.locked) {
      s->set_state(v1::AgencyStatus::STATE_LOCKED);
      status.set_locked(status.locked() + 1);
    } else {
      s->set_state(v1::AgencyStatus::STATE_FILED);
      status.set_filed(status.filed() + 1);
    }
  }
  status.set_complete(status.accepted() == status.expected());
  return status;
}

}  // namespace gongkai::registry
