#include "report/layout.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/status_macros.h"

namespace gongkai::report {
namespace {

using Path = std::vector<const v1::HeaderNode*>;

void Flatten(const google::protobuf::RepeatedPtrField<v1::HeaderNode>& nodes, Path* prefix,
             std::vector<Path>* out) {
  for (const v1::HeaderNode& node : nodes) {
    prefix->push_back(&node);
    if (node.children().empty()) {
      out->push_back(*prefix);
    } else {
      Flatten(node.children(), prefix, out);
    }
    prefix->pop_back();
  }
}

int IndexOf(const std::vector<Path>& paths, absl::string_view key) {
  for (size_t i = 0; i < paths.size(); ++i) {
    if (paths[i].back()->key() == key) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

std::string PathLabel(const std::vector<const v1::HeaderNode*>& path) {
  std::vector<absl::string_view> labels;
  for (const v1::HeaderNode* node : path) {
    if (!node->label().empty()) labels.push_back(node->label());
  }
  return absl::StrJoin(labels, " ");
}

int Section::RowIndex(absl::string_view key) const { return IndexOf(row_paths, key); }
int Section::ColumnIndex(absl::string_view key) const { return IndexOf(column_paths, key); }

absl::StatusOr<std::unique_ptr<Layout>> Layout::FromSpec(v1::LayoutSpec spec) {
  if (spec.id().empty()) return absl::InvalidArgumentError("layout: id is empty");
  std::unique_ptr<Layout> layout(new Layout(std::move(spec)));
  RETURN_IF_ERROR(layout->Index());
  RETURN_IF_ERROR(layout->CheckRules());
  return layout;
}

absl::Status Layout::Index() {
  const std::string where = absl::StrCat("layout ", spec_.id(), ": ");
  absl::flat_hash_set<std::string> tables;
  for (const v1::TableSpec& table : spec_.tables()) {
    if (table.key().empty() || !tables.insert(table.key()).second) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, "table key \"", table.key(), "\" is empty or repeated"));
    }
    if (table.sections().empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, "table ", table.key(), " has no section"));
    }
    for (const v1::SectionSpec& spec : table.sections()) {
      Section section;
      section.table = &table;
      section.spec = &spec;
      section.key_prefix = spec.key().empty() ? absl::StrCat(table.key(), ".")
                                              : absl::StrCat(table.key(), ".", spec.key(), ".");
      Path prefix;
      Flatten(spec.rows(), &prefix, &section.row_paths);
      Flatten(spec.columns(), &prefix, &section.column_paths);
      if (section.rows() == 0 || section.columns() == 0) {
        return absl::InvalidArgumentError(
            absl::StrCat(where, "section ", section.key_prefix, " has no rows or no columns"));
      }
      for (const Path& column : section.column_paths) {
        if (column.back()->kind() == v1::VALUE_KIND_UNSPECIFIED) {
          return absl::InvalidArgumentError(absl::StrCat(where, "column ", section.key_prefix,
                                                         column.back()->key(), " has no kind"));
        }
      }
      section.first_cell = static_cast<int>(cells_.size());
      const int index = static_cast<int>(sections_.size());
      for (int r = 0; r < section.rows(); ++r) {
        for (int c = 0; c < section.columns(); ++c) {
          CellInfo cell;
          cell.key =
              absl::StrCat(section.key_prefix, section.row(r).key(), ".", section.column(c).key());
          cell.section = index;
          cell.row = r;
          cell.column = c;
          std::string row_label = PathLabel(section.row_paths[r]);
          if (!spec.label().empty()) {
            row_label =
                row_label.empty() ? spec.label() : absl::StrCat(spec.label(), " ", row_label);
          }
          const std::string column_label = PathLabel(section.column_paths[c]);
          cell.label =
              row_label.empty() ? column_label : absl::StrCat(row_label, " / ", column_label);
          cell.kind = section.column(c).kind();
          cell.unit = section.column(c).unit();
          if (!cell_index_.emplace(cell.key, static_cast<int>(cells_.size())).second) {
            return absl::InvalidArgumentError(
                absl::StrCat(where, "cell key ", cell.key, " is repeated"));
          }
          cells_.push_back(std::move(cell));
        }
      }
      sections_.push_back(std::move(section));
    }
  }
  return absl::OkStatus();
}

absl::Status Layout::CheckRules() const {
  const std::string where = absl::StrCat("layout ", spec_.id(), ": ");
  auto section_of = [&](const std::string& rule, const std::string& table,
                        const std::string& section) -> absl::StatusOr<const Section*> {
    std::optional<int> s = FindSection(table, section);
    if (!s) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, "rule ", rule, " names no section \"", table, ".", section, "\""));
    }
    return &sections_[*s];
  };
  auto require = [&](const std::string& rule, int index, absl::string_view what,
                     absl::string_view key) -> absl::Status {
    if (index >= 0) return absl::OkStatus();
    return absl::InvalidArgumentError(
        absl::StrCat(where, "rule ", rule, " names no ", what, " \"", key, "\""));
  };
  for (const v1::SumRule& rule : spec_.sum_rules()) {
    ASSIGN_OR_RETURN(const Section* section, section_of(rule.id(), rule.table(), rule.section()));
    const bool per_column = rule.axis() == v1::SUM_AXIS_PER_COLUMN;
    if (!per_column && rule.axis() != v1::SUM_AXIS_PER_ROW) {
      return absl::InvalidArgumentError(absl::StrCat(where, "rule ", rule.id(), " has no axis"));
    }
    for (const auto* terms : {&rule.lhs(), &rule.rhs()}) {
      for (const std::string& key : *terms) {
        RETURN_IF_ERROR(per_column ? require(rule.id(), section->RowIndex(key), "row", key)
                                   : require(rule.id(), section->ColumnIndex(key), "column", key));
      }
    }
  }
  for (const v1::CarryRule& rule : spec_.carry_rules()) {
    ASSIGN_OR_RETURN(const Section* section, section_of(rule.id(), rule.table(), rule.section()));
    RETURN_IF_ERROR(require(rule.id(), section->RowIndex(rule.from_row()), "row", rule.from_row()));
    RETURN_IF_ERROR(require(rule.id(), section->RowIndex(rule.to_row()), "row", rule.to_row()));
  }
  for (const v1::StockRule& rule : spec_.stock_rules()) {
    ASSIGN_OR_RETURN(const Section* section, section_of(rule.id(), rule.table(), rule.section()));
    RETURN_IF_ERROR(require(rule.id(), section->ColumnIndex(rule.stock_column()), "column",
                            rule.stock_column()));
    RETURN_IF_ERROR(require(rule.id(), section->ColumnIndex(rule.inflow_column()), "column",
                            rule.inflow_column()));
    if (!rule.outflow_column().empty()) {
      RETURN_IF_ERROR(require(rule.id(), section->ColumnIndex(rule.outflow_column()), "column",
                              rule.outflow_column()));
    }
  }
  for (const v1::ReportSectionSpec& part : spec_.report_sections()) {
    const bool table = !part.table().empty() && FindTable(part.table()) != nullptr;
    const bool narrative = part.narrative() == "overview" || part.narrative() == "problems" ||
                           part.narrative() == "other_matters";
    if (table == narrative) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, "report section ", part.number(),
                       " must name one table of the layout or one of "
                       "the narratives overview, problems, other_matters"));
    }
  }
  return absl::OkStatus();
}

std::optional<int> Layout::FindCell(absl::string_view key) const {
  auto it = cell_index_.find(key);
  if (it == cell_index_.end()) return std::nullopt;
  return it->second;
}

std::optional<int> Layout::FindSection(absl::string_view table, absl::string_view section) const {
  for (size_t i = 0; i < sections_.size(); ++i) {
    if (sections_[i].table->key() == table && sections_[i].spec->key() == section) {
      return static_cast<int>(i);
    }
  }
  return std::nullopt;
}

const v1::TableSpec* Layout::FindTable(absl::string_view table) const {
  for (const v1::TableSpec& t : spec_.tables()) {
    if (t.key() == table) return &t;
  }
  return nullptr;
}

bool Layout::Covers(int year) const {
  return year >= spec_.first_year() && (spec_.last_year() == 0 || year <= spec_.last_year());
}

}  // namespace gongkai::report
