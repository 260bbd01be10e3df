#include "report/import/grid.h"

#include <algorithm>
#include <optional>
#include <string>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/status_macros.h"
#include "common/utf8.h"
#include "document/csv.h"
#include "report/import/label.h"
#include "report/import/number.h"
#include "report/import/variants.h"

namespace gongkai::report {
namespace {

using importer::CellClass;
using document::CsvRecord;
using importer::Variant;

// A data row of the table, in statutory order.
struct Slot {
  int section;
  int row;
};

// A line that may carry a data row, with the class of each cell.
struct Candidate {
  const CsvRecord* record;
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

class GridReader {
 public:
  GridReader(const Layout& layout, const v1::TableSpec& table, absl::string_view source)
      : layout_(layout), table_(table), source_(source), figures_(Figures::Empty(layout)) {
    for (size_t s = 0; s < layout.sections().size(); ++s) {
      if (layout.sections()[s].table != &table) continue;
      for (int r = 0; r < layout.sections()[s].rows(); ++r) {
        slots_.push_back({static_cast<int>(s), r});
      }
    }
  }

  absl::StatusOr<ImportResult> Read(absl::string_view csv_text) {
    RETURN_IF_ERROR(CheckUtf8(csv_text));
    ASSIGN_OR_RETURN(document::CsvText csv,
                     document::SplitCsv(csv_text, absl::StrCat(table_.key(), " grid")));
    if (csv.had_bom) log_.Add(Variant::kBom, 1, -1, "");
    std::vector<Candidate> lines;
    int data = 0, blank = 0;
    for (const CsvRecord& record : csv.records) {
      Candidate line{&record, {}, false};
      bool number = false, text = false;
      for (const std::string& cell : record.cells) {
        line.classes.push_back(importer::Classify(cell));
        number = number || line.classes.back() == CellClass::kNumber;
        text = text || line.classes.back() == CellClass::kText;
      }
      if (!number && !text) {
        if (record.cells.size() == 1) continue;  // a line of spaces
        line.only_blank = true;
        ++blank;
      } else if (number || EndsWithRowLabel(line)) {
        ++data;
      } else {
        continue;  // a header line
      }
      lines.push_back(std::move(line));
    }
    const int rows = static_cast<int>(slots_.size());
    const bool blank_rows = data != rows && data + blank == rows;
    if (data != rows && !blank_rows) return CountError(lines, data, blank);
    int next = 0;
    for (const Candidate& line : lines) {
      if (line.only_blank && !blank_rows) continue;
      RETURN_IF_ERROR(ReadRow(line, slots_[next++]));
    }
    ImportResult result;
    result.warnings = log_.Findings(figures_, source_);
    result.figures = std::move(figures_);
    return result;
  }

 private:
  std::string Where(int line) const { return absl::StrCat(table_.key(), " grid line ", line); }

  absl::Status CheckUtf8(absl::string_view text) const {
    const std::optional<size_t> bad = FindInvalidUtf8(text);
    if (!bad) return absl::OkStatus();
    int line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < *bad; ++i) {
      if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
        ++line;
        line_start = i + 1;
      }
    }
    return absl::InvalidArgumentError(
        absl::StrCat(Where(line), ", byte ", *bad - line_start + 1, ": not valid UTF-8"));
  }

  // Whether a line without numbers is a labelled row with blank values: its last text cell is
  // the own label of one of the table's rows.
  bool EndsWithRowLabel(const Candidate& line) const {
    size_t last = 0;
    for (size_t j = 0; j < line.classes.size(); ++j) {
      if (line.classes[j] == CellClass::kText) last = j;
    }
    for (const Slot& slot : slots_) {
      const std::string& label = layout_.sections()[slot.section].row(slot.row).label();
      if (!label.empty() && importer::MatchLabel(line.record->cells[last], label)) return true;
    }
    return false;
  }

  absl::Status CountError(const std::vector<Candidate>& lines, int data, int blank) const {
    std::string extra;
    if (data > static_cast<int>(slots_.size())) {
      int seen = 0;
      for (const Candidate& line : lines) {
        if (!line.only_blank && ++seen == static_cast<int>(slots_.size()) + 1) {
          extra = absl::StrCat("; the first extra one is line ", line.record->line);
          break;
        }
      }
    }
    return absl::InvalidArgumentError(absl::StrCat(
        table_.key(), " grid: table ", table_.number(), " of layout ", layout_.id(), " has ",
        slots_.size(), " data lines, found ", data,
        blank > 0 ? absl::StrCat(" and ", blank, " lines of empty cells") : "", extra));
  }

  absl::Status ReadRow(const Candidate& line, const Slot& slot) {
    const Section& section = layout_.sections()[slot.section];
    const std::vector<std::string>& cells = line.record->cells;
    const std::vector<CellClass>& classes = line.classes;
    const int line_no = line.record->line;
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
            absl::StrCat(Where(line_no), ", cell ", j + 1, ": “", cells[j], "” is not a number"));
      }
    }
    auto shape_error = [&](int found) {
      return absl::InvalidArgumentError(absl::StrCat(Where(line_no), ": expected ", n, " numbers (",
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
      log_.Add(Variant::kTrailingCells, line_no, section.CellAt(slot.row, n - 1), "");
    }
    RETURN_IF_ERROR(CheckLabels(line, label_end, section, slot.row));
    for (int c = 0; c < n; ++c) {
      const std::string& text = cells[start + c];
      absl::string_view digits = text;
      const v1::MoneyUnit unit = importer::StripMoneyUnit(&digits);
      const v1::HeaderNode& column = section.column(c);
      if (unit != v1::MONEY_UNIT_UNSPECIFIED &&
          (column.kind() != v1::VALUE_KIND_AMOUNT ||
           (column.unit() != v1::MONEY_UNIT_UNSPECIFIED && column.unit() != unit))) {
        return absl::InvalidArgumentError(absl::StrCat(Where(line_no), ", cell ", start + c + 1,
                                                       " (", ColumnLabel(section, c), "): “", text,
                                                       "” has a unit this column does not take"));
      }
      absl::StatusOr<importer::GridNumber> number =
          importer::ParseGridNumber(digits, column.kind());
      if (!number.ok()) {
        return absl::InvalidArgumentError(absl::StrCat(Where(line_no), ", cell ", start + c + 1,
                                                       " (", ColumnLabel(section, c),
                                                       "): ", number.status().message()));
      }
      const int index = section.CellAt(slot.row, c);
      figures_.values[index] = number->value;
      figures_.present[index] = true;
      if (unit != v1::MONEY_UNIT_UNSPECIFIED) figures_.units[index] = unit;
      figures_.provenance[index].set_source(v1::SOURCE_IMPORTED);
      figures_.provenance[index].set_detail(absl::StrCat(source_, " line ", line_no));
      for (Variant v : number->variants) log_.Add(v, line_no, index, text);
    }
    return absl::OkStatus();
  }

  // Each non-blank label cell must name the next level of the row's path; levels may be left
  // out (merged cells copy as blanks, or a copy keeps only the row's own label).
  absl::Status CheckLabels(const Candidate& line, int label_end, const Section& section, int row) {
    const std::vector<absl::string_view> path = RowPath(section, row);
    const int line_no = line.record->line;
    size_t next = 0;
    for (int j = 0; j < label_end; ++j) {
      if (line.classes[j] == CellClass::kBlank) continue;
      const std::string& cell = line.record->cells[j];
      std::optional<importer::LabelMatch> match;
      while (next < path.size() && !(match = importer::MatchLabel(cell, path[next]))) ++next;
      if (!match) {
        const std::string expected = absl::StrJoin(path, " ");
        return absl::InvalidArgumentError(
            absl::StrCat(Where(line_no), ", cell ", j + 1, ": label “", cell, "” does not name ",
                         expected.empty() ? "this row, which has no label"
                                          : absl::StrCat("the row “", expected, "”")));
      }
      ++next;
      const int first_cell = section.CellAt(row, 0);
      for (Variant v : match->variants) log_.Add(v, line_no, first_cell, cell);
      if (match->typo >= 0) log_.Add(Variant::kLabelTypo, line_no, first_cell, cell, match->typo);
    }
    return absl::OkStatus();
  }

  const Layout& layout_;
  const v1::TableSpec& table_;
  absl::string_view source_;
  std::vector<Slot> slots_;
  Figures figures_;
  importer::VariantLog log_;
};

}  // namespace

absl::StatusOr<ImportResult> ImportGrid(const Layout& layout, absl::string_view table_key,
                                        absl::string_view csv_text, absl::string_view source_name) {
  const v1::TableSpec* table = layout.FindTable(table_key);
  if (table == nullptr) {
    return absl::InvalidArgumentError(absl::StrCat("table \"", absl::CHexEscape(table_key),
                                                   "\" is not a table of layout ", layout.id()));
  }
  return GridReader(layout, *table, source_name).Read(csv_text);
}

absl::StatusOr<ImportedReport> ImportReport(const v1::Agency& agency, int year,
                                            absl::string_view layout_id,
                                            absl::Span<const TableGrid> grids) {
  RETURN_IF_ERROR(CheckReportYear(year));
  ASSIGN_OR_RETURN(const Layout* layout, LayoutFor(layout_id, year));
  ImportedReport out;
  out.figures = Figures::Empty(*layout);
  // A vector, not a flat_hash_set: this Abseil's hash set is left broken (and crashes when
  // destroyed) if allocation fails while it grows (tests/hardening/alloc_failure_test.cc).
  std::vector<absl::string_view> seen;
  for (size_t g = 0; g < grids.size(); ++g) {
    if (std::find(seen.begin(), seen.end(), grids[g].table_key) != seen.end()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "grids[", g, "]: table \"", absl::CHexEscape(grids[g].table_key), "\" is given twice"));
    }
    seen.push_back(grids[g].table_key);
    const TableGrid& grid = grids[g];
    ASSIGN_OR_RETURN(ImportResult one,
                     ImportGrid(*layout, grid.table_key, grid.csv_text, grid.source_name));
    for (size_t i = 0; i < one.figures.present.size(); ++i) {
      if (!one.figures.present[i]) continue;
      out.figures.values[i] = one.figures.values[i];
      out.figures.present[i] = true;
      out.figures.units[i] = one.figures.units[i];
      out.figures.provenance[i] = std::move(one.figures.provenance[i]);
    }
    for (v1::Finding& f : one.warnings) out.warnings.push_back(std::move(f));
  }
  *out.report.mutable_agency() = agency;
  out.report.set_year(year);
  WriteFigures(out.figures, &out.report);
  return out;
}

}  // namespace gongkai::report
