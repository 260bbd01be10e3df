#include "report/import/segment.h"

#include <map>
#include <memory>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "report/import/label.h"

namespace gongkai::report::importer {
namespace {

// Which statutory table owns each label of a layout, by canonical form. A label that two
// tables print ("总计") tells nothing and is left out.
class LabelOwners {
 public:
  explicit LabelOwners(const Layout& layout) {
    for (const v1::TableSpec& table : layout.spec().tables()) {
      Add(table.title(), &table);
      for (const v1::SectionSpec& section : table.sections()) {
        Add(section.label(), &table);
        Add(section.corner(), &table);
        for (const v1::HeaderNode& node : section.columns()) AddTree(node, &table);
        for (const v1::HeaderNode& node : section.rows()) AddTree(node, &table);
      }
    }
    for (auto it = owners_.begin(); it != owners_.end();) {
      if (it->second == nullptr) {
        owners_.erase(it++);
      } else {
        ++it;
      }
    }
  }

  // The table a cell's text names, or nullptr.
  const v1::TableSpec* Owner(absl::string_view text) const {
    if (text.empty()) return nullptr;
    auto it = owners_.find(CanonicalLabel(text));
    return it == owners_.end() ? nullptr : it->second;
  }

  // The labels of `table` (for messages), first few.
  std::vector<std::string> LabelsOf(const v1::TableSpec& table) const {
    std::vector<std::string> labels;
    for (const v1::SectionSpec& section : table.sections()) {
      if (!section.label().empty()) labels.push_back(section.label());
      for (const v1::HeaderNode& node : section.columns()) labels.push_back(node.label());
      if (labels.size() >= 3) break;
    }
    if (labels.size() > 3) labels.resize(3);
    return labels;
  }

 private:
  void AddTree(const v1::HeaderNode& node, const v1::TableSpec* table) {
    Add(node.label(), table);
    for (const v1::HeaderNode& child : node.children()) AddTree(child, table);
  }
  void Add(absl::string_view label, const v1::TableSpec* table) {
    if (label.empty()) return;
    auto [it, inserted] = owners_.emplace(CanonicalLabel(label), table);
    if (!inserted && it->second != table) it->second = nullptr;
  }

  // A sorted map: the key is a u32string, and the layouts hold about a hundred labels.
  std::map<std::u32string, const v1::TableSpec*> owners_;
};

const LabelOwners& OwnersOf(const Layout& layout) {
  static const auto* const kOwners =
      new PerBuiltinLayout<LabelOwners>([](const Layout& l) { return LabelOwners(l); });
  if (const LabelOwners* owners = kOwners->Find(layout)) return *owners;
  // A layout not built in (tests make some) is indexed for each call.
  thread_local std::vector<std::pair<const Layout*, std::unique_ptr<LabelOwners>>> other;
  for (const auto& [l, owners] : other) {
    if (l == &layout) return *owners;
  }
  other.emplace_back(&layout, std::make_unique<LabelOwners>(layout));
  return *other.back().second;
}

int DataRowsNeeded(const Layout& layout, const v1::TableSpec& table) {
  int rows = 0;
  for (const Section& section : layout.sections()) {
    if (section.table == &table) rows += section.rows();
  }
  return rows;
}

// The table the row's cells name; the first such cell decides.
const v1::TableSpec* RowOwner(const LabelOwners& owners, const std::vector<document::Cell>& row) {
  for (const document::Cell& cell : row) {
    if (const v1::TableSpec* owner = owners.Owner(cell.text)) return owner;
  }
  return nullptr;
}

// The table whose title a short paragraph prints, or nullptr. Section headings print the same
// titles ("三、收到和处理政府信息公开申请情况"), which is as good.
const v1::TableSpec* TitleIn(const Layout& layout, absl::string_view paragraph) {
  if (paragraph.size() > 300) return nullptr;  // prose that mentions a title, not a title
  const std::u32string text = CanonicalLabel(paragraph);
  for (const v1::TableSpec& table : layout.spec().tables()) {
    if (!table.title().empty() &&
        text.find(CanonicalLabel(table.title())) != std::u32string::npos) {
      return &table;
    }
  }
  return nullptr;
}

}  // namespace

absl::StatusOr<std::vector<Segment>> FindTables(const Layout& layout,
                                                const document::Document& doc) {
  const LabelOwners& owners = OwnersOf(layout);
  std::vector<Segment> segments(layout.spec().tables_size());
  std::vector<int> data_rows(segments.size(), 0);
  std::vector<bool> closed(segments.size(), false);
  std::vector<int> first_table(segments.size(), -1), last_table(segments.size(), -1);
  int current = -1;
  // A table's title printed above it ("表三 收到和处理政府信息公开申请情况"): the rows that
  // follow belong to it until a row names another table.
  const v1::TableSpec* titled = nullptr;
  for (const document::Block& block : doc.blocks) {
    if (block.table < 0) {
      if (const v1::TableSpec* t = TitleIn(layout, block.text)) {
        // The next table's title ends the one before, even if it has too few rows: the
        // reader then says how many it has.
        titled = t;
        if (current >= 0) closed[current] = true;
        current = -1;
      }
      continue;
    }
    const document::Table& table = doc.tables[block.table];
    for (size_t r = 0; r < table.rows.size(); ++r) {
      const v1::TableSpec* owner = RowOwner(owners, table.rows[r]);
      if (owner == nullptr && current < 0) owner = titled;
      titled = nullptr;
      if (owner != nullptr) {
        int k = 0;  // RepeatedPtrField elements are not contiguous: find the index
        while (&layout.spec().tables(k) != owner) ++k;
        if (k != current) {
          if (current >= 0) closed[current] = true;
          // A statutory table named again after it ended (a second copy, a summary) is not
          // read twice: its rows are skipped.
          current = closed[k] ? -1 : k;
        }
      }
      if (current < 0) continue;
      GridRow row;
      row.number = table.printed_rows.size() > r ? table.printed_rows[r] : static_cast<int>(r) + 1;
      row.table = &table;
      row.cells.reserve(table.rows[r].size());
      // A merged cell is one cell of the table, however many grid positions it covers: a
      // value spread over two columns is one value, and a label from a row above is no label
      // of this one (labels may be left out). Column numbers still count grid positions.
      for (size_t c = 0; c < table.rows[r].size(); ++c) {
        if (table.rows[r][c].covered) continue;
        row.cells.push_back(table.rows[r][c].text);
        row.columns.push_back(table.first_column + static_cast<int>(c));
      }
      Segment& segment = segments[current];
      segment.table = &layout.spec().tables(current);
      if (IsDataRow(layout, *segment.table, row)) ++data_rows[current];
      if (first_table[current] < 0) first_table[current] = block.table;
      last_table[current] = block.table;
      segment.rows.push_back(std::move(row));
    }
    if (current >= 0 &&
        data_rows[current] >= DataRowsNeeded(layout, layout.spec().tables(current))) {
      closed[current] = true;
      current = -1;
    }
  }
  for (size_t k = 0; k < segments.size(); ++k) {
    const v1::TableSpec& table = layout.spec().tables(static_cast<int>(k));
    if (segments[k].table == nullptr) {
      return absl::NotFoundError(absl::StrCat(
          "table ", table.number(), " (", table.title(), ") not found: no table row prints ",
          absl::StrJoin(owners.LabelsOf(table), ", "), " or another of its labels"));
    }
    const std::vector<GridRow>& rows = segments[k].rows;
    const document::Table& first = doc.tables[first_table[k]];
    if (first.where.empty()) {
      segments[k].where = absl::StrCat("lines ", rows.front().number, "-", rows.back().number);
    } else if (first_table[k] == last_table[k]) {
      segments[k].where = first.where;
    } else {
      segments[k].where = absl::StrCat(first.where, " to ", doc.tables[last_table[k]].where);
    }
  }
  return segments;
}

}  // namespace gongkai::report::importer
