// A statutory report layout, indexed for the code that walks it: cells in statutory order with
// keys and labels, sections with their leaf rows and columns. Built from a LayoutSpec (data);
// nothing here knows a label.
#ifndef GONGKAI_LIB_REPORT_LAYOUT_H_
#define GONGKAI_LIB_REPORT_LAYOUT_H_

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "gongkai/v1/layout.pb.h"

namespace gongkai::report {

// One section of one table, with its header trees flattened.
struct Section {
  const v1::TableSpec* table = nullptr;
  const v1::SectionSpec* spec = nullptr;
  // "t3." or "t2.item1.": what every cell key of the section starts with.
  std::string key_prefix;
  // Leaves in statutory order, each with its path from the root (root first, leaf last).
  std::vector<std::vector<const v1::HeaderNode*>> row_paths;
  std::vector<std::vector<const v1::HeaderNode*>> column_paths;
  // Index in Layout::cells() of the cell at (row 0, column 0); cells are row-major.
  int first_cell = 0;

  int rows() const { return static_cast<int>(row_paths.size()); }
  int columns() const { return static_cast<int>(column_paths.size()); }
  int CellAt(int row, int column) const { return first_cell + row * columns() + column; }
  const v1::HeaderNode& row(int r) const { return *row_paths[r].back(); }
  const v1::HeaderNode& column(int c) const { return *column_paths[c].back(); }
  // Index of the leaf row or column with this key, or -1.
  int RowIndex(absl::string_view key) const;
  int ColumnIndex(absl::string_view key) const;
};

// The non-empty labels of a header path, root first, joined by spaces:
// "三、本年度办理结果 （三）不予公开 1.属于国家秘密".
std::string PathLabel(const std::vector<const v1::HeaderNode*>& path);

// One data cell.
struct CellInfo {
  std::string key;  // "t3.refused_state_secret.natural_person"
  int section = 0;  // index into Layout::sections()
  int row = 0;
  int column = 0;
  // Row path and column path labels: "三、本年度办理结果 （三）不予公开 1.属于国家秘密 / 自然人".
  std::string label;
  v1::ValueKind kind = v1::VALUE_KIND_UNSPECIFIED;
  v1::MoneyUnit unit = v1::MONEY_UNIT_UNSPECIFIED;
};

class Layout {
 public:
  // Checks the spec (unique keys, a kind on every leaf column, rules naming existing rows and
  // columns) and indexes it. InvalidArgument naming the offending key otherwise.
  static absl::StatusOr<std::unique_ptr<Layout>> FromSpec(v1::LayoutSpec spec);

  const v1::LayoutSpec& spec() const { return spec_; }
  const std::string& id() const { return spec_.id(); }
  const std::vector<Section>& sections() const { return sections_; }
  const std::vector<CellInfo>& cells() const { return cells_; }
  // Index in cells() of `key`, or nullopt.
  std::optional<int> FindCell(absl::string_view key) const;
  // Index in sections() of the section of `table` with key `section` ("" for the only one).
  std::optional<int> FindSection(absl::string_view table, absl::string_view section) const;
  // The table spec with key `table`, or nullptr.
  const v1::TableSpec* FindTable(absl::string_view table) const;
  // Whether the layout is the default for report year `year`.
  bool Covers(int year) const;

 private:
  explicit Layout(v1::LayoutSpec spec) : spec_(std::move(spec)) {}
  absl::Status Index();
  absl::Status CheckRules() const;

  v1::LayoutSpec spec_;
  std::vector<Section> sections_;
  std::vector<CellInfo> cells_;
  absl::flat_hash_map<std::string, int> cell_index_;
};

// The layouts compiled into the library (lib/report/layouts/*.textproto), sorted by id.
const std::vector<const Layout*>& BuiltinLayouts();

// A T made from each built-in layout, once: kept as a function-local static (the built-in
// layouts, the only ones reports use, live as long as the process), so that work done for
// every report finds what it derives from a layout instead of deriving it again.
template <typename T>
class PerBuiltinLayout {
 public:
  PerBuiltinLayout() = default;
  // Calls make(layout), returning a T, for each built-in layout.
  template <typename Make>
  explicit PerBuiltinLayout(const Make& make) {
    for (const Layout* layout : BuiltinLayouts()) values_.emplace_back(layout, make(*layout));
  }

  // What was made from `layout`, or nullptr if it is not built in.
  const T* Find(const Layout& layout) const {
    for (const auto& [l, value] : values_) {
      if (l == &layout) return &value;
    }
    return nullptr;
  }

 private:
  std::vector<std::pair<const Layout*, T>> values_;
};

// The built-in layout `id`; NotFound listing the known ids otherwise.
absl::StatusOr<const Layout*> FindLayout(absl::string_view id);

// The layout a report names, or, when `id` is empty, the one in force for `year`.
// NotFound for an unknown id or a year no layout covers (before 2019).
absl::StatusOr<const Layout*> LayoutFor(absl::string_view id, int year);

}  // namespace gongkai::report

#endif  // GONGKAI_LIB_REPORT_LAYOUT_H_
