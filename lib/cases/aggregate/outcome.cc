#include "cases/aggregate/outcome.h"

#include <cstdlib>
#include <optional>
#include <string>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/embedded.h"
#include "common/status_macros.h"

namespace gongkai::cases {
namespace {

constexpr const char* kPlacementTexts[] = {
#include "outcome_rows.inc"
};
constexpr const char* kPlacementText = kPlacementTexts[0];

std::string Quoted(absl::string_view s) { return absl::StrCat("\"", absl::CHexEscape(s), "\""); }

std::string OutcomeLabel(int outcome) {
  return v1::Outcome_IsValid(outcome) ? v1::Outcome_Name(static_cast<v1::Outcome>(outcome))
                                      : absl::StrCat(outcome);
}

// Index of the leaf row or column `key`; InvalidArgument naming what it is for otherwise.
absl::StatusOr<int> Leaf(const report::Layout& layout, const report::Section& section, bool row,
                         absl::string_view key, absl::string_view role) {
  const int index = row ? section.RowIndex(key) : section.ColumnIndex(key);
  if (index < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("layout ", layout.id(), ": table ", section.table->key(), " has no leaf ",
                     row ? "row " : "column ", Quoted(key), " (", role, ")"));
  }
  return index;
}

absl::Status IndexOutcomes(const report::Layout& layout, const report::Section& section,
                           const v1::OutcomeMapping& mapping, Table3Index* index) {
  if (!mapping.layout().empty() && mapping.layout() != layout.id()) {
    return absl::InvalidArgumentError(absl::StrCat("mapping.layout: ", Quoted(mapping.layout()),
                                                   " is not the layout used (", layout.id(), ")"));
  }
  std::array<int, Table3Index::kOutcomes> first_at;
  first_at.fill(-1);
  for (int o = 0; o < Table3Index::kOutcomes; ++o) {
    const bool known = o != v1::OUTCOME_UNSPECIFIED && v1::Outcome_IsValid(o);
    index->row_of_outcome[o] = known ? Table3Index::kUnmapped : Table3Index::kUnknownOutcome;
  }
  for (int i = 0; i < mapping.rows_size(); ++i) {
    const v1::OutcomeRow& entry = mapping.rows(i);
    const int o = entry.outcome();
    const std::string where = absl::StrCat("mapping.rows[", i, "] (outcome ", OutcomeLabel(o),
                                           ", row ", Quoted(entry.row()), "): ");
    if (o <= v1::OUTCOME_UNSPECIFIED || o >= Table3Index::kOutcomes || !v1::Outcome_IsValid(o)) {
      return absl::InvalidArgumentError(absl::StrCat(where, "not an outcome"));
    }
    if (first_at[o] >= 0) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, "outcome mapped twice (first at mapping.rows[", first_at[o], "])"));
    }
    first_at[o] = i;
    const int row = section.RowIndex(entry.row());
    if (row < 0 || row == index->new_row || row == index->carried_over_row ||
        row == index->total_row || row == index->carried_forward_row) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, "not an outcome row of table ", section.table->key(), " in layout ",
                       layout.id(), " (a leaf of 三 other than the total)"));
    }
    index->row_of_outcome[o] = static_cast<int8_t>(row);
  }
  return absl::OkStatus();
}

}  // namespace

const v1::Table3Placement& BuiltinPlacement() {
  static const v1::Table3Placement* placement = [] {
    auto* p = new v1::Table3Placement;
    ParseEmbeddedOrDie(kPlacementText, p);
    return p;
  }();
  return *placement;
}

absl::StatusOr<v1::OutcomeMapping> DefaultOutcomeMapping(absl::string_view layout_id) {
  for (const v1::OutcomeMapping& m : BuiltinPlacement().mappings()) {
    if (m.layout() == layout_id) return m;
  }
  return absl::NotFoundError(absl::StrCat(
      "layout ", Quoted(layout_id), ": no built-in outcome mapping (built in for: ",
      absl::StrJoin(BuiltinPlacement().mappings(), ", ",
                    [](std::string* out, const v1::OutcomeMapping& m) { out->append(m.layout()); }),
      "); pass one"));
}

bool Table3Index::SamePlacement(const Table3Index& other) const {
  return layout->id() == other.layout->id() && section == other.section &&
         new_row == other.new_row && carried_over_row == other.carried_over_row &&
         total_row == other.total_row && carried_forward_row == other.carried_forward_row &&
         total_column == other.total_column && column_of_category == other.column_of_category &&
         row_of_outcome == other.row_of_outcome;
}

absl::StatusOr<Table3Index> IndexTable3(const report::Layout& layout,
                                        const v1::OutcomeMapping* mapping) {
  const v1::Table3Placement& p = BuiltinPlacement();
  Table3Index index;
  index.layout = &layout;
  std::optional<int> section_index = layout.FindSection(p.table(), "");
  if (!section_index) {
    return absl::InvalidArgumentError(
        absl::StrCat("layout ", layout.id(), ": no table ", Quoted(p.table())));
  }
  index.section = *section_index;
  const report::Section& section = layout.sections()[index.section];
  if (section.rows() > Table3Index::kMaxRows) {
    return absl::InvalidArgumentError(absl::StrCat("layout ", layout.id(), ": table ", p.table(),
                                                   " has ", section.rows(), " leaf rows (at most ",
                                                   Table3Index::kMaxRows, ")"));
  }
  ASSIGN_OR_RETURN(index.new_row, Leaf(layout, section, true, p.new_row(), "new"));
  ASSIGN_OR_RETURN(index.carried_over_row,
                   Leaf(layout, section, true, p.carried_over_row(), "carried over"));
  ASSIGN_OR_RETURN(index.total_row, Leaf(layout, section, true, p.total_row(), "total"));
  ASSIGN_OR_RETURN(index.carried_forward_row,
                   Leaf(layout, section, true, p.carried_forward_row(), "carried forward"));
  ASSIGN_OR_RETURN(index.total_column,
                   Leaf(layout, section, false, p.total_column(), "total column"));
  index.column_of_category.fill(-1);
  for (const v1::CategoryColumn& c : p.columns()) {
    ASSIGN_OR_RETURN(const int column, Leaf(layout, section, false, c.column(),
                                            v1::ApplicantCategory_Name(c.category())));
    index.column_of_category[c.category()] = static_cast<int8_t>(column);
  }
  v1::OutcomeMapping builtin;
  if (mapping == nullptr) {
    ASSIGN_OR_RETURN(builtin, DefaultOutcomeMapping(layout.id()));
    mapping = &builtin;
  }
  RETURN_IF_ERROR(IndexOutcomes(layout, section, *mapping, &index));
  return index;
}

}  // namespace gongkai::cases
