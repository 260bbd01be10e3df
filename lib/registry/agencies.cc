// PutAgencies and ListAgencies: the hierarchy, checked whole before anything is stored.
#include "registry/agencies.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/status_macros.h"
#include "common/utf8.h"
#include "common/years.h"
#include "registry/chain.h"
#include "registry/hash.h"
#include "registry/impl.h"
#include "report/figures.h"

namespace gongkai::registry {

absl::StatusOr<v1::RegistryAgencyList> LoadAgencies(const Db& db) {
  ASSIGN_OR_RETURN(Stmt stmt, db.Prepare("SELECT id, name, level, parent_id, first_year, "
                                         "last_year FROM agencies ORDER BY id",
                                         "reading the agencies"));
  v1::RegistryAgencyList list;
  for (;;) {
    ASSIGN_OR_RETURN(const bool row, stmt.Step());
    if (!row) return list;
    v1::RegistryAgency* a = list.add_agencies();
    a->mutable_agency()->set_id(stmt.Text(0));
    a->mutable_agency()->set_name(stmt.Text(1));
    a->mutable_agency()->set_level(static_cast<v1::AgencyLevel>(stmt.Int(2)));
    a->mutable_agency()->set_parent_id(stmt.Text(3));
    a->set_first_year(static_cast<int>(stmt.Int(4)));
    a->set_last_year(static_cast<int>(stmt.Int(5)));
  }
}

absl::StatusOr<v1::RegistryAgency> FindAgency(const Db& db, absl::string_view id) {
  ASSIGN_OR_RETURN(Stmt stmt, db.Prepare("SELECT id, name, level, parent_id, first_year, "
                                         "last_year FROM agencies WHERE id = ?",
                                         "reading an agency"));
  stmt.Bind(1, id);
  ASSIGN_OR_RETURN(const bool row, stmt.Step());
  if (!row) return absl::NotFoundError(absl::StrCat("agency ", id, " is not known"));
  v1::RegistryAgency a;
  a.mutable_agency()->set_id(stmt.Text(0));
  a.mutable_agency()->set_name(stmt.Text(1));
  a.mutable_agency()->set_level(static_cast<v1::AgencyLevel>(stmt.Int(2)));
  a.mutable_agency()->set_parent_id(stmt.Text(3));
  a.set_first_year(static_cast<int>(stmt.Int(4)));
  a.set_last_year(static_cast<int>(stmt.Int(5)));
  return a;
}

bool Expected(const v1::RegistryAgency& a, int year) {
  return (a.first_year() == 0 || year >= a.first_year()) &&
         (a.last_year() == 0 || year <= a.last_year());
}

std::string AgenciesDigest(const v1::RegistryAgencyList& agencies) {
  Canonical c;
  for (const v1::RegistryAgency& a : agencies.agencies()) {
    c.Add(a.agency().id())
        .Add(a.agency().name())
        .Add(static_cast<int>(a.agency().level()))
        .Add(a.agency().parent_id())
        .Add(a.first_year())
        .Add(a.last_year());
  }
  return c.Sha256();
}

namespace {

absl::Status CheckYear(const std::string& where, absl::string_view field, int year) {
  if (year == 0 || (year >= report::kFirstYear && year <= kLastYear)) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(where, ": ", field, " ", year, " is outside ",
                                                 report::kFirstYear, "..", kLastYear));
}

// Every entry on its own, then the hierarchy they make with the stored agencies.
absl::Status Check(const v1::RegistryAgencyList& list, const v1::RegistryAgencyList& stored) {
  std::unordered_map<std::string, std::string> parent_of;  // stored, overlaid by the list
  for (const v1::RegistryAgency& a : stored.agencies()) {
    parent_of[a.agency().id()] = a.agency().parent_id();
  }
  std::unordered_map<std::string, int> index;
  std::vector<std::string> where(list.agencies_size());
  for (int i = 0; i < list.agencies_size(); ++i) {
    const v1::RegistryAgency& a = list.agencies(i);
    const v1::Agency& agency = a.agency();
    where[i] = absl::StrCat("agencies[", i, "]");
    // Stored text must list back as protobuf strings (UTF-8) and print on one line.
    for (const auto& [field, text] : {std::pair{"id", &agency.id()},
                                      {"name", &agency.name()},
                                      {"parent_id", &agency.parent_id()}}) {
      if (const std::optional<size_t> at = FindInvalidUtf8(*text)) {
        return absl::InvalidArgumentError(
            absl::StrCat(where[i], ": ", field, " is not UTF-8 (byte ", *at + 1, ")"));
      }
      if (const std::optional<size_t> at = FindAsciiControl(*text)) {
        return absl::InvalidArgumentError(
            absl::StrCat(where[i], ": ", field, " has a control character (byte ", *at + 1, ")"));
      }
    }
    if (agency.id().empty()) return absl::InvalidArgumentError(where[i] + ": id is empty");
    absl::StrAppend(&where[i], " (id ", agency.id(), ")");
    if (agency.name().empty()) return absl::InvalidArgumentError(where[i] + ": name is empty");
    if (!v1::AgencyLevel_IsValid(agency.level())) {
      return absl::InvalidArgumentError(
          absl::StrCat(where[i], ": level ", agency.level(), " is not known"));
    }
    RETURN_IF_ERROR(CheckYear(where[i], "first_year", a.first_year()));
    RETURN_IF_ERROR(CheckYear(where[i], "last_year", a.last_year()));
    if (a.first_year() != 0 && a.last_year() != 0 && a.first_year() > a.last_year()) {
      return absl::InvalidArgumentError(absl::StrCat(where[i], ": first_year ", a.first_year(),
                                                     " is after last_year ", a.last_year()));
    }
    if (auto [it, inserted] = index.emplace(agency.id(), i); !inserted) {
      return absl::InvalidArgumentError(
          absl::StrCat(where[i], ": the same id as agencies[", it->second, "]"));
    }
    parent_of[agency.id()] = agency.parent_id();
  }
  for (int i = 0; i < list.agencies_size(); ++i) {
    const v1::Agency& agency = list.agencies(i).agency();
    if (agency.parent_id().empty()) continue;
    if (!parent_of.contains(agency.parent_id())) {
      return absl::InvalidArgumentError(
          absl::StrCat(where[i], ": parent ", agency.parent_id(), " is not known"));
    }
    // Up from the agency: a walk longer than the number of agencies has met itself.
    std::vector<std::string> path = {agency.id()};
    std::string at = agency.parent_id();
    while (!at.empty() && path.size() <= parent_of.size()) {
      path.push_back(at);
      if (at == agency.id()) {
        return absl::InvalidArgumentError(
            absl::StrCat(where[i], ": parent ", agency.parent_id(),
                         " would make a cycle: ", absl::StrJoin(path, " → ")));
      }
      auto it = parent_of.find(at);
      at = it == parent_of.end() ? "" : it->second;
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status Registry::PutAgencies(const v1::RegistryAgencyList& agencies) {
  const Db& db = *impl_->db;
  return db.Write("storing agencies", [&]() -> absl::Status {
    ASSIGN_OR_RETURN(const v1::RegistryAgencyList stored, LoadAgencies(db));
    RETURN_IF_ERROR(Check(agencies, stored));
    ASSIGN_OR_RETURN(Stmt put,
                     db.Prepare("INSERT INTO agencies (id, name, level, parent_id, first_year, "
                                "last_year) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
                                "SET name = excluded.name, level = excluded.level, "
                                "parent_id = excluded.parent_id, first_year = excluded.first_year, "
                                "last_year = excluded.last_year",
                                "storing agencies"));
    for (const v1::RegistryAgency& a : agencies.agencies()) {
      put.Bind(1, a.agency().id())
          .Bind(2, a.agency().name())
          .Bind(3, static_cast<int>(a.agency().level()))
          .BindOrNull(4, a.agency().parent_id())
          .Bind(5, a.first_year())
          .Bind(6, a.last_year());
      RETURN_IF_ERROR(put.Run());
      put.Reset();
    }
    ASSIGN_OR_RETURN(const v1::RegistryAgencyList now, LoadAgencies(db));
    ChainEntry entry;
    entry.kind = std::string(kAgencies);
    entry.payload = AgenciesDigest(now);
    entry.at = impl_->Now();
    return AppendEntry(db, std::move(entry)).status();
  });
}

absl::StatusOr<v1::RegistryAgencyList> Registry::ListAgencies() const {
  v1::RegistryAgencyList list;
  RETURN_IF_ERROR(impl_->db->Read("reading the agencies", [&]() -> absl::Status {
    ASSIGN_OR_RETURN(list, LoadAgencies(*impl_->db));
    return absl::OkStatus();
  }));
  return list;
}

}  // namespace gongkai::registry
