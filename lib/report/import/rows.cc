#include "report/import/rows.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/status_macros.h"
#include "report/import/label.h"
#include "report/import/number.h"
#include "report/import/variants.h"

namespace gongkai::report::importer {
namespace {

// A data row of the table, in statutory order.
struct Slot {
  int section;
  int row;
};

// A line that may carry a data row, with the class of each cell.
struct Candidate {
  int index;  // into the rows read
  std::vector<CellClass> classes;
  bool only_blank;  // nothing but empty cells: a row of zeros or padding
};

// The labels a labelled line may carry for a row, in order: the section's (table 二), then the
// row's path from its outermost group down to itself.
std::vector<absl::string_view> RowPath(const Section& section, int row) {
  std::vector<absl::string_view> path;
  if (!section.spec->label().empty()) path.push_back(section.spec->label());
  for (const v1::HeaderNode* node : section.row_paths[row]) {
    if (!node->label().empty()) path.push_back(node->label());
  }
  return path;
}

std::string ColumnLabel(const Section& section, int column) {
  std::vector<absl::string_view> labels;
  for (const v1::HeaderNode* node : section.column_paths[column]) labels.push_back(node->label());
  return absl::StrJoin(labels, " ");
}

// "自然人 … 总计": the first and last value columns, for shape errors.
std::string ColumnRange(const Section& section) {
  const int n = section.columns();
  if (n == 1) return section.column(0).label();
  return absl::StrCat(section.column(0).label(), " … ", section.column(n - 1).label());
}

std::vector<Slot> SlotsOf(const Layout& layout, const v1::TableSpec& table) {
  std::vector<Slot> slots;
  for (size_t s = 0; s < layout.sections().size(); ++s) {
    if (layout.sections()[s].table != &table) continue;
    for (int r = 0; r < layout.sections()[s].rows(); ++r) slots.push_back({static_cast<int>(s), r});
  }
  return slots;
}

// Whether a line without numbers is a labelled row with blank values: its last text cell is
// the own label of one of the table's rows.
bool EndsWithRowLabel(const Layout& layout, absl::Span<const Slot> slots, const GridRow& row,
                      absl::Span<const CellClass> classes) {
  size_t last = 0;
  for (size_t j = 0; j < classes.size(); ++j) {
    if (classes[j] == CellClass::kText) last = j;
  }
  for (const Slot& slot : slots) {
    const std::string& label = layout.sections()[slot.section].row(slot.row).label();
    if (!label.empty() && MatchLabel(row.cells[last], label)) return true;
  }
  return false;
}

class RowReader {
 public:
  RowReader(const Layout& layout, const v1::TableSpec& table, absl::Span<const GridRow> rows,
            absl::string_view source)
      : layout_(layout),
        table_(table),
        rows_(rows),
        source_(source),
        slots_(SlotsOf(layout, table)),
        figures_(Figures::Empty(layout)) {}

  absl::StatusOr<ImportResult> Read(absl::Span<const Variant> input_variants) {
    for (Variant v : input_variants) log_.Add(v, 0, -1, "");
    std::vector<Candidate> lines;
    int data = 0, blank = 0;
    for (size_t i = 0; i < rows_.size(); ++i) {
      const GridRow& row = rows_[i];
      Candidate line{static_cast<int>(i), {}, false};
      bool number = false, text = false;
      for (const std::string& cell : row.cells) {
        line.classes.push_back(Classify(cell));
        number = number || line.classes.back() == CellClass::kNumber;
        text = text || line.classes.back() == CellClass::kText;
      }
      if (!number && !text) {
        if (row.cells.size() <= 1) continue;  // a line of spaces
        line.only_blank = true;
        ++blank;
      } else if (number || EndsWithRowLabel(layout_, slots_, row, line.classes)) {
        ++data;
      } else {
        continue;  // a header line
      }
      lines.push_back(std::move(line));
    }
    const int expected = static_cast<int>(slots_.size());
    const bool blank_rows = data != expected && data + blank == expected;
    if (data != expected && !blank_rows) return CountError(lines, data, blank);
    int next = 0;
    for (const Candidate& line : lines) {
      if (line.only_blank && !blank_rows) continue;
      RETURN_IF_ERROR(ReadRow(line, slots_[next++]));
    }
    ImportResult result;
    result.warnings = log_.Findings(figures_, source_, [this](int i) { return RowNames(i); });
    result.figures = std::move(figures_);
    return result;
  }

 private:
  const GridRow& RowAt(const Candidate& line) const { return rows_[line.index]; }

  // "t3 grid line 7", or "page.html table 3 row 7".
  std::string Where(const GridRow& row) const {
    if (row.table == nullptr) return absl::StrCat(table_.key(), " grid line ", row.number);
    if (row.table->where.empty()) return absl::StrCat(source_, " line ", row.number);
    return absl::StrCat(source_, " ", row.table->where, " row ", row.number);
  }
  static int ColumnOf(const GridRow& row, int j) {
    return j < static_cast<int>(row.columns.size()) ? row.columns[j] : row.table->first_column + j;
  }
  // ", cell 4" of a grid line, ", column 4" of a document's row.
  std::string CellName(const GridRow& row, int j) const {
    if (row.table == nullptr) return absl::StrCat(", cell ", j + 1);
    return absl::StrCat(", column ", ColumnOf(row, j));
  }
  std::string Provenance(const GridRow& row, int j) const {
    if (row.table == nullptr) return absl::StrCat(source_, " line ", row.number);
    return absl::StrCat(Where(row), " column ", ColumnOf(row, j));
  }
  std::pair<std::string, std::string> RowNames(int i) const {
    const GridRow& row = rows_[i];
    if (row.table == nullptr || row.table->where.empty()) {
      return {absl::StrCat(source_, " 第 ", row.number, " 行"),
              absl::StrCat("line ", row.number, " of ", source_)};
    }
    return {absl::StrCat(source_, " ", row.table->where, " 第 ", row.number, " 行"),
            absl::StrCat("row ", row.number, " of ", row.table->where, " of ", source_)};
  }

  absl::Status CountError(const std::vector<Candidate>& lines, int data, int blank) const {
    const bool document = !rows_.empty() && rows_.front().table != nullptr;
    const char* lines_word = document ? " data rows" : " data lines";
    std::string extra;
    if (data > static_cast<int>(slots_.size())) {
      int seen = 0;
      for (const Candidate& line : lines) {
        if (!line.only_blank && ++seen == static_cast<int>(slots_.size()) + 1) {
          const GridRow& row = RowAt(line);
          extra = document ? absl::StrCat("; the first extra one is ", Where(row))
                           : absl::StrCat("; the first extra one is line ", row.number);
          break;
        }
      }
    }
    return absl::InvalidArgumentError(absl::StrCat(
        document ? "" : absl::StrCat(table_.key(), " grid: "), "table ", table_.number(),
        " of layout ", layout_.id(), " has ", slots_.size(), lines_word, ", found ", data,
        blank > 0 ? absl::StrCat(" and ", blank, document ? " rows" : " lines", " of empty cells")
                  : "",
        extra));
  }

  absl::Status ReadRow(const Candidate& line, const Slot& slot) {
    const Section& section = layout_.sections()[slot.section];
    const GridRow& row = RowAt(line);
    const std::vector<std::string>& cells = row.cells;
    const std::vector<CellClass>& classes = line.classes;
    const int k = static_cast<int>(cells.size()), n = section.columns();
    // Labels end at the last text cell; a number before it means text among the values.
    int label_end = 0;
    for (int j = 0; j < k; ++j) {
      if (classes[j] == CellClass::kText) label_end = j + 1;
    }
    for (int j = 0, number = -1; j < label_end; ++j) {
      if (classes[j] == CellClass::kNumber && number < 0) number = j;
      if (classes[j] == CellClass::kText && number >= 0) {
        return absl::InvalidArgumentError(
            absl::StrCat(Where(row), CellName(row, j), ": “", cells[j], "” is not a number"));
      }
    }
    auto shape_error = [&](int found) {
      return absl::InvalidArgumentError(absl::StrCat(Where(row), ": expected ", n, " numbers (",
                                                     ColumnRange(section), "), found ", found));
    };
    if (k - label_end < n) return shape_error(k - label_end);
    // The values are the last n cells, less empty cells of padding after the last number.
    int first = -1, last = -1;
    for (int j = label_end; j < k; ++j) {
      if (classes[j] == CellClass::kBlank) continue;
      if (first < 0) first = j;
      last = j;
    }
    int start = k - n;
    if (first >= 0) {
      start = std::min(start, first);
      if (last >= start + n) return shape_error(last - first + 1);
    }
    for (int j = start + n; j < k; ++j) {
      log_.Add(Variant::kTrailingCells, line.index, section.CellAt(slot.row, n - 1), "");
    }
    RETURN_IF_ERROR(CheckLabels(line, label_end, section, slot.row));
    for (int c = 0; c < n; ++c) {
      const std::string& text = cells[start + c];
      absl::string_view digits = text;
      const v1::MoneyUnit unit = StripMoneyUnit(&digits);
      const v1::HeaderNode& column = section.column(c);
      if (unit != v1::MONEY_UNIT_UNSPECIFIED &&
          (column.kind() != v1::VALUE_KIND_AMOUNT ||
           (column.unit() != v1::MONEY_UNIT_UNSPECIFIED && column.unit() != unit))) {
        return absl::InvalidArgumentError(absl::StrCat(Where(row), CellName(row, start + c), " (",
                                                       ColumnLabel(section, c), "): “", text,
                                                       "” has a unit this column does not take"));
      }
      absl::StatusOr<GridNumber> number = ParseGridNumber(digits, column.kind());
      if (!number.ok()) {
        return absl::InvalidArgumentError(absl::StrCat(Where(row), CellName(row, start + c), " (",
                                                       ColumnLabel(section, c),
                                                       "): ", number.status().message()));
      }
      const int index = section.CellAt(slot.row, c);
      figures_.values[index] = number->value;
      figures_.present[index] = true;
      if (unit != v1::MONEY_UNIT_UNSPECIFIED) figures_.units[index] = unit;
      figures_.provenance[index].set_source(v1::SOURCE_IMPORTED);
      figures_.provenance[index].set_detail(Provenance(row, start + c));
      for (Variant v : number->variants) log_.Add(v, line.index, index, text);
    }
    return absl::OkStatus();
  }

  // Each non-blank label cell must name the next level of the row's path; levels may be left
  // out (merged cells copy as blanks, or a copy keeps only the row's own label). A label that
  // a page split over neighbouring cells is read as their concatenation.
  absl::Status CheckLabels(const Candidate& line, int label_end, const Section& section, int r) {
    const std::vector<absl::string_view> path = RowPath(section, r);
    const GridRow& row = RowAt(line);
    size_t next = 0;
    for (int j = 0; j < label_end; ++j) {
      if (line.classes[j] == CellClass::kBlank) continue;
      std::string cell = row.cells[j];
      std::optional<LabelMatch> match;
      size_t level = next;
      while (level < path.size() && !(match = MatchLabel(cell, path[level]))) ++level;
      // Not a label on its own: the start of one split over the next text cells?
      for (int k = j + 1; !match && k < label_end; ++k) {
        if (line.classes[k] == CellClass::kBlank) continue;
        cell += row.cells[k];
        for (level = next; level < path.size(); ++level) {
          if ((match = MatchLabel(cell, path[level]))) {
            j = k;
            break;
          }
        }
      }
      if (!match) {
        const std::string expected = absl::StrJoin(path, " ");
        return absl::InvalidArgumentError(absl::StrCat(
            Where(row), CellName(row, j), ": label “", row.cells[j], "” does not name ",
            expected.empty() ? "this row, which has no label"
                             : absl::StrCat("the row “", expected, "”")));
      }
      next = level + 1;
      const int first_cell = section.CellAt(r, 0);
      for (Variant v : match->variants) log_.Add(v, line.index, first_cell, cell);
      if (match->typo >= 0)
        log_.Add(Variant::kLabelTypo, line.index, first_cell, cell, match->typo);
    }
    return absl::OkStatus();
  }

  const Layout& layout_;
  const v1::TableSpec& table_;
  absl::Span<const GridRow> rows_;
  std::string source_;
  std::vector<Slot> slots_;
  Figures figures_;
  VariantLog log_;
};

}  // namespace

absl::StatusOr<ImportResult> ReadRows(const Layout& layout, const v1::TableSpec& table,
                                      absl::Span<const GridRow> rows, absl::string_view source,
                                      absl::Span<const Variant> input_variants) {
  return RowReader(layout, table, rows, source).Read(input_variants);
}

void MergeImported(ImportResult one, Figures* figures, std::vector<v1::Finding>* warnings) {
  for (size_t i = 0; i < one.figures.present.size(); ++i) {
    if (!one.figures.present[i]) continue;
    figures->values[i] = one.figures.values[i];
    figures->present[i] = true;
    figures->units[i] = one.figures.units[i];
    figures->provenance[i] = std::move(one.figures.provenance[i]);
  }
  for (v1::Finding& f : one.warnings) warnings->push_back(std::move(f));
}

bool IsDataRow(const Layout& layout, const v1::TableSpec& table, const GridRow& row) {
  std::vector<CellClass> classes;
  bool text = false;
  for (const std::string& cell : row.cells) {
    classes.push_back(Classify(cell));
    if (classes.back() == CellClass::kNumber) return true;
    text = text || classes.back() == CellClass::kText;
  }
  return text && EndsWithRowLabel(layout, SlotsOf(layout, table), row, classes);
}

}  // namespace gongkai::report::importer
