// Registry::Diff: the cells whose printed value differs between two versions, read from their
// compact cells.
#include <string>

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "registry/cells.h"
#include "registry/impl.h"
#include "registry/versions.h"
#include "report/layout.h"

namespace gongkai::registry {
namespace {

// A cell as the report prints it ("12", "3.50 万元" for an amount of an open unit); empty when
// the version omits it.
std::string Printed(const report::Figures& f, int c) {
  if (c < 0 || !f.present[c]) return "";
  const report::CellInfo& info = f.layout->cells()[c];
  std::string text = report::Format(f.values[c]);
  if (info.kind == v1::VALUE_KIND_AMOUNT && info.unit == v1::MONEY_UNIT_UNSPECIFIED) {
    if (f.units[c] == v1::MONEY_UNIT_YUAN) absl::StrAppend(&text, " 元");
    if (f.units[c] == v1::MONEY_UNIT_WAN_YUAN) absl::StrAppend(&text, " 万元");
  }
  return text;
}

void AddChange(const report::CellInfo& info, std::string from, std::string to,
               v1::VersionDiff* diff) {
  if (from == to) return;
  v1::CellChange* change = diff->add_changes();
  change->set_key(info.key);
  change->set_label(info.label);
  change->set_from_value(std::move(from));
  change->set_to_value(std::move(to));
}

}  // namespace

absl::StatusOr<v1::VersionDiff> Registry::Diff(absl::string_view agency_id, int year,
                                               int from_number, int to_number) const {
  const Db& db = *impl_->db;
  v1::VersionDiff diff;
  report::Figures from, to;
  RETURN_IF_ERROR(db.Read("comparing versions", [&]() -> absl::Status {
    ASSIGN_OR_RETURN(const v1::FiledVersion a, LoadVersion(db, agency_id, year, from_number));
    ASSIGN_OR_RETURN(const v1::FiledVersion b, LoadVersion(db, agency_id, year, to_number));
    diff.set_from_number(a.number());
    diff.set_to_number(b.number());
    ASSIGN_OR_RETURN(const std::string from_cells,
                     LoadBlob(db, "cells", agency_id, year, a.number()));
    ASSIGN_OR_RETURN(const std::string to_cells,
                     LoadBlob(db, "cells", agency_id, year, b.number()));
    RETURN_IF_ERROR(DecodeCells(from_cells, &from));
    return DecodeCells(to_cells, &to);
  }));
  diff.set_agency_id(std::string(agency_id));
  diff.set_year(year);
  // In the later version's statutory order; then the cells only the earlier layout has.
  const auto& cells = to.layout->cells();
  for (size_t c = 0; c < cells.size(); ++c) {
    const int f = from.layout == to.layout ? static_cast<int>(c)
                                           : from.layout->FindCell(cells[c].key).value_or(-1);
    AddChange(cells[c], Printed(from, f), Printed(to, static_cast<int>(c)), &diff);
  }
  if (from.layout != to.layout) {
    const auto& old_cells = from.layout->cells();
    for (size_t c = 0; c < old_cells.size(); ++c) {
      if (to.layout->FindCell(old_cells[c].key)) continue;
      AddChange(old_cells[c], Printed(from, static_cast<int>(c)), "", &diff);
    }
  }
  return diff;
}

}  // namespace gongkai::registry
