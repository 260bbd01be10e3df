#include "document/xlsx_sheet.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <map>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "document/opc.h"
#include "document/xml.h"

namespace gongkai::document {
namespace {

constexpr int kMaxRow = 1048576;
constexpr int kMaxColumn = 16384;  // XFD

std::string ColumnName(int column) {
  std::string name;
  for (; column > 0; column = (column - 1) / 26) {
    name.insert(name.begin(), static_cast<char>('A' + (column - 1) % 26));
  }
  return name;
}

// `value` quoted for a message, cut short (at a character boundary) when long.
std::string Quoted(absl::string_view value) {
  if (value.size() <= 24) return absl::StrCat("\"", value, "\"");
  size_t n = 20;
  while (n > 0 && (static_cast<unsigned char>(value[n]) & 0xC0) == 0x80) --n;
  return absl::StrCat("\"", value.substr(0, n), "...\"");
}

struct Range {
  int top, left, bottom, right;
};

class SheetHandler : public XmlHandler {
 public:
  SheetHandler(const SheetContext& context, std::vector<std::string>* notes)
      : context_(context), limits_(*context.limits), notes_(notes) {}

  absl::Status StartElement(const XmlName& name, const XmlAttributes& attributes) override {
    if (!started_) {
      started_ = true;
      if (!IsSheetNamespace(name.ns) || name.local != "worksheet") {
        return absl::InvalidArgumentError(
            absl::StrCat("the root element is ", name.local, ", not worksheet"));
      }
    }
    if (!IsSheetNamespace(name.ns)) return absl::OkStatus();
    const absl::string_view local = name.local;
    if (local == "row") {
      const std::optional<std::string> r = attributes.Get("", "r");
      if (!r.has_value()) {
        ++row_;
      } else if (!absl::SimpleAtoi(*r, &row_) || row_ < 1 || row_ > kMaxRow) {
        return absl::InvalidArgumentError(absl::StrCat("row number ", Quoted(*r), " is not a row"));
      }
      column_ = 0;
    } else if (local == "c") {
      const std::optional<std::string> r = attributes.Get("", "r");
      if (r.has_value()) {
        if (!ParseCellRef(*r, &cell_row_, &column_)) {
          return absl::InvalidArgumentError(
              absl::StrCat("cell reference ", Quoted(*r), " is not a cell"));
        }
      } else {
        cell_row_ = std::max(row_, 1);
        if (++column_ > kMaxColumn) return absl::InvalidArgumentError("a cell beyond column XFD");
      }
      in_cell_ = true;
      type_ = attributes.Get("", "t").value_or("n");
      value_.clear();
      has_value_ = has_formula_ = false;
    } else if (in_cell_ && local == "v") {
      in_text_ = has_value_ = true;
    } else if (in_cell_ && local == "f") {
      has_formula_ = true;
    } else if (in_cell_ && local == "rPh") {
      ++phonetic_;
    } else if (in_cell_ && local == "t" && phonetic_ == 0) {
      in_text_ = true;  // is/t or is/r/t
    } else if (local == "mergeCell") {
      return AddMerge(attributes.Get("", "ref").value_or(""));
    }
    return absl::OkStatus();
  }

  absl::Status EndElement(const XmlName& name) override {
    if (!IsSheetNamespace(name.ns)) return absl::OkStatus();
    if (name.local == "v" || name.local == "t") in_text_ = false;
    if (name.local == "rPh") --phonetic_;
    if (name.local == "c") {
      in_cell_ = false;
      return FinishCell();
    }
    return absl::OkStatus();
  }

  absl::Status Text(absl::string_view text) override {
    if (!in_text_) return absl::OkStatus();
    absl::StrAppend(&value_, text);
    if (value_.size() > limits_.max_cell_bytes) return TooLong();
    return absl::OkStatus();
  }

  // The grid, once the whole sheet is read.
  absl::StatusOr<Table> Build();

 private:
  std::string CellName() const { return absl::StrCat(ColumnName(column_), cell_row_); }

  absl::Status TooLong() const {
    return absl::InvalidArgumentError(absl::StrCat(
        "cell ", CellName(), ": longer than the limit of ", limits_.max_cell_bytes, " bytes"));
  }

  absl::StatusOr<std::string> CellText() const {
    if (type_ == "s") {
      const auto& strings = *context_.shared_strings;
      size_t index = 0;
      if (!has_value_) return std::string();
      if (!absl::SimpleAtoi(value_, &index) || index >= strings.size()) {
        return absl::InvalidArgumentError(absl::StrCat("cell ", CellName(), ": shared string ",
                                                       Quoted(value_), " is not one of the ",
                                                       strings.size()));
      }
      return strings[index];
    }
    if (type_ == "b" && (value_ == "0" || value_ == "1")) return value_ == "1" ? "TRUE" : "FALSE";
    if (type_ == "n") return FormatNumber(value_);
    return value_;  // inlineStr, str (a formula's text), e (#DIV/0!), d (an ISO date)
  }

  absl::Status FinishCell() {
    if (has_formula_ && !has_value_) {
      notes_->push_back(absl::StrCat("sheet ", context_.name, " cell ", CellName(),
                                     ": a formula without a saved value"));
    }
    ASSIGN_OR_RETURN(std::string text, CellText());
    if (text.size() > limits_.max_cell_bytes) return TooLong();
    text = NormalizeSpace(text);
    if (text.empty()) return absl::OkStatus();
    if (!cells_[cell_row_].emplace(column_, std::move(text)).second) {
      return absl::InvalidArgumentError(absl::StrCat("cell ", CellName(), " is given twice"));
    }
    if (++stored_ > limits_.max_cells) {
      return absl::InvalidArgumentError(
          absl::StrCat("more than the limit of ", limits_.max_cells, " cells"));
    }
    return absl::OkStatus();
  }

  absl::Status AddMerge(absl::string_view ref) {
    const size_t colon = ref.find(':');
    Range m;
    if (colon == absl::string_view::npos || !ParseCellRef(ref.substr(0, colon), &m.top, &m.left) ||
        !ParseCellRef(ref.substr(colon + 1), &m.bottom, &m.right)) {
      return absl::InvalidArgumentError(
          absl::StrCat("merge range ", Quoted(ref), " is not a cell range"));
    }
    if (m.top > m.bottom) std::swap(m.top, m.bottom);
    if (m.left > m.right) std::swap(m.left, m.right);
    const int rows = m.bottom - m.top + 1;
    const int columns = m.right - m.left + 1;
    if (rows > limits_.max_row_span || columns > limits_.max_col_span) {
      return absl::InvalidArgumentError(
          absl::StrCat("merge range ", Quoted(ref), " spans ", rows, " rows and ", columns,
                       " columns, more than the limits of ", limits_.max_row_span, " and ",
                       limits_.max_col_span));
    }
    // Bounds the work Build does for the ranges before it allocates anything.
    merged_ += static_cast<size_t>(rows) * static_cast<size_t>(columns);
    if (merged_ > limits_.max_cells) {
      return absl::InvalidArgumentError(
          absl::StrCat("merged ranges cover more than the limit of ", limits_.max_cells, " cells"));
    }
    merges_.push_back(m);
    return absl::OkStatus();
  }

  const SheetContext& context_;
  const Limits& limits_;
  std::vector<std::string>* notes_;
  bool started_ = false;
  int row_ = 0;  // the current row's number
  // The current cell.
  bool in_cell_ = false;
  int cell_row_ = 0;
  int column_ = 0;
  std::string type_;
  std::string value_;
  bool has_value_ = false;
  bool has_formula_ = false;
  bool in_text_ = false;
  int phonetic_ = 0;  // within rPh, whose text is a reading aid, not the value
  // The sheet so far.
  std::map<int, std::map<int, std::string>> cells_;  // row → column → text
  size_t stored_ = 0;
  std::vector<Range> merges_;
  size_t merged_ = 0;
};

absl::StatusOr<Table> SheetHandler::Build() {
  Table table;
  table.where = absl::StrCat("sheet ", context_.name);
  std::map<int, int> last;  // row → its last used column
  int first = INT_MAX;
  for (const auto& [r, row] : cells_) {
    first = std::min(first, row.begin()->first);
    last[r] = row.rbegin()->first;
  }
  for (const Range& m : merges_) {
    first = std::min(first, m.left);
    for (int r = m.top; r <= m.bottom; ++r) last[r] = std::max(last[r], m.right);
  }
  size_t positions = 0;
  for (const auto& [r, end] : last) positions += static_cast<size_t>(end - first + 1);
  const size_t left = limits_.max_cells - std::min(limits_.max_cells, *context_.cells_used);
  if (positions > left) {
    return absl::InvalidArgumentError(absl::StrCat("xlsx: ", context_.part, ": ", positions,
                                                   " cells, more than the ", left,
                                                   " left of the limit of ", limits_.max_cells));
  }
  *context_.cells_used += positions;
  if (last.empty()) return table;
  table.first_column = first;
  std::map<int, size_t> index;  // row number → index in table.rows
  for (const auto& [r, end] : last) {
    index[r] = table.rows.size();
    table.rows.emplace_back(static_cast<size_t>(end - first + 1));
    table.printed_rows.push_back(r);
  }
  for (auto& [r, row] : cells_) {
    for (auto& [c, text] : row) table.rows[index[r]][c - first].text = std::move(text);
  }
  for (const Range& m : merges_) {
    for (int r = m.top; r <= m.bottom; ++r) {
      std::vector<Cell>& row = table.rows[index[r]];
      for (int c = m.left; c <= m.right; ++c) {
        if (r != m.top || c != m.left) row[c - first] = {"", true};
      }
    }
  }
  return table;
}

}  // namespace

absl::StatusOr<Table> ReadSheet(absl::string_view xml, const SheetContext& context,
                                std::vector<std::string>* notes) {
  SheetHandler handler(context, notes);
  RETURN_IF_ERROR(
      ParseXml(xml, absl::StrCat("xlsx: ", context.part), context.limits->max_depth, &handler));
  return handler.Build();
}

bool ParseCellRef(absl::string_view ref, int* row, int* column) {
  size_t i = 0;
  int c = 0;
  for (; i < ref.size() && absl::ascii_isalpha(ref[i]) && i < 3; ++i) {
    c = c * 26 + (absl::ascii_toupper(ref[i]) - 'A' + 1);
  }
  int r = 0;
  if (i == 0 || c > kMaxColumn || i == ref.size() || ref[i] == '0') return false;
  for (; i < ref.size(); ++i) {
    if (!absl::ascii_isdigit(ref[i]) || r > kMaxRow) return false;
    r = r * 10 + (ref[i] - '0');
  }
  if (r < 1 || r > kMaxRow) return false;
  *row = r;
  *column = c;
  return true;
}

std::string FormatNumber(absl::string_view value) {
  double number = 0;
  if (!absl::SimpleAtod(value, &number) || !std::isfinite(number)) return std::string(value);
  if (number == 0) return "0";  // not "-0"
  // Shortest round trip in fixed notation: at most 309 digits before the point (DBL_MAX) or
  // about 330 after it (the smallest subnormal).
  char text[400];
  const std::to_chars_result result =
      std::to_chars(text, text + sizeof text, number, std::chars_format::fixed);
  if (result.ec != std::errc()) return std::string(value);
  return std::string(text, result.ptr);
}

}  // namespace gongkai::document
