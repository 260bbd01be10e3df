// A page's lines into paragraphs and tables (pdf_layout.h).
#include <algorithm>
#include <string>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "document/pdf_layout.h"

namespace gongkai::document::pdf {
namespace {

// A paragraph's next line follows within this many word heights (centre to centre).
constexpr double kParagraphPitch = 1.6;
// A line that ends within this many word heights of the text's right edge is full: the
// paragraph may go on.
constexpr double kFullLine = 2.0;

// What a sentence (or a heading's colon) ends with: no paragraph goes on past it.
bool EndsSentence(absl::string_view text) {
  for (absl::string_view end : {"。", "！", "？", "；", "：", ".", "!", "?", ";", ":"}) {
    if (absl::EndsWith(text, end)) return true;
  }
  return false;
}

std::string LineText(const Line& line) {
  std::string text;
  for (const Piece& p : line.pieces) absl::StrAppend(&text, text.empty() ? "" : " ", p.text);
  return text;
}

absl::Status CheckBytes(size_t size, const Limits& limits, int page, int line,
                        absl::string_view what) {
  if (size <= limits.max_cell_bytes) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat("pdf page ", page, " line ", line, ": ", what,
                                                 " of ", size, " bytes, more than the limit of ",
                                                 limits.max_cell_bytes));
}

// The piece above the first row of numbers of lines [first, last) if it is the only one there.
Piece* AloneAboveRows(std::vector<Line>::iterator first, std::vector<Line>::iterator last) {
  Piece* alone = nullptr;
  for (auto line = first; line != last; ++line) {
    for (Piece& p : line->pieces) {
      if (p.number) return alone;
    }
    for (Piece& p : line->pieces) {
      if (alone != nullptr) return nullptr;
      alone = &p;
    }
  }
  return nullptr;
}

// A row broken across the page break leaves the rest of its label at the top of the next
// page: the piece alone above the first row of numbers of the page's first table, in the
// column of the label of the last row on the page before. A repeated header is not alone (it
// names the columns of the numbers), and the first lines of a label whose numbers are on this
// page stand beside those numbers (MergeWrappedLabels put them there).
absl::Status JoinBrokenRow(const Carry& carry, std::vector<Line>::iterator first,
                           std::vector<Line>::iterator last, const Limits& limits, int page,
                           Document* doc) {
  Piece* rest = AloneAboveRows(first, last);
  if (rest == nullptr || rest->right <= carry.left || rest->left >= carry.right) {
    return absl::OkStatus();
  }
  std::string& label = doc->tables[carry.table].rows[carry.row][carry.cell].text;
  AppendJoined(rest->text, true, &label);
  RETURN_IF_ERROR(CheckBytes(label.size(), limits, page - 1, carry.line, "a cell"));
  rest->text.clear();
  return absl::OkStatus();
}

// What the last row of a table that ends a page tells the next page: where its label is.
void CarryLabel(const Line& last_row, int table, Document* doc, Carry* carry) {
  carry->table = -1;
  const std::vector<Piece>& pieces = last_row.pieces;
  int label = -1;
  for (int j = 0; j < static_cast<int>(pieces.size()) && !pieces[j].number; ++j) label = j;
  if (label < 0 || label + 1 == static_cast<int>(pieces.size())) return;  // no label or numbers
  carry->table = table;
  carry->row = doc->tables[table].rows.size() - 1;
  carry->cell = label;
  carry->line = last_row.number;
  carry->left = pieces[label].left;
  carry->right = pieces[label].right;
}

// Appends lines [first, last) as a table.
absl::Status AddTable(int page, std::vector<Line>::iterator first, std::vector<Line>::iterator last,
                      const Limits& limits, Document* doc, Carry* carry) {
  Table table;
  table.where = absl::StrCat("page ", page);
  const Line* last_row = nullptr;
  for (auto line = first; line != last; ++line) {
    std::vector<Cell> row;
    for (Piece& p : line->pieces) {
      if (p.text.empty()) continue;  // joined to the page before
      RETURN_IF_ERROR(CheckBytes(p.text.size(), limits, page, line->number, "a cell"));
      row.push_back({p.text, false});
    }
    if (row.empty()) continue;
    carry->cells += row.size();
    if (carry->cells > limits.max_cells) {
      return absl::InvalidArgumentError(absl::StrCat(
          "pdf page ", page, ": more table cells than the limit of ", limits.max_cells));
    }
    table.rows.push_back(std::move(row));
    table.printed_rows.push_back(line->number);
    last_row = &*line;
  }
  carry->table = -1;
  if (table.rows.empty()) return absl::OkStatus();
  doc->blocks.push_back({"", static_cast<int>(doc->tables.size())});
  doc->tables.push_back(std::move(table));
  CarryLabel(*last_row, static_cast<int>(doc->tables.size()) - 1, doc, carry);
  return absl::OkStatus();
}

}  // namespace

absl::Status AddPage(int page, std::vector<Word> words, const Limits& limits, Document* doc,
                     Carry* carry) {
  std::vector<Line> lines = GroupLines(std::move(words));
  double right_edge = 0;
  for (const Line& line : lines) right_edge = std::max(right_edge, line.pieces.back().right);
  const std::vector<std::pair<int, int>> runs = FindTableRuns(lines);
  size_t next_run = 0;
  bool paragraph_open = false;  // the last block is a paragraph that line i - 1 ended
  for (int i = 0; i < static_cast<int>(lines.size());) {
    if (next_run < runs.size() && runs[next_run].first == i) {
      const auto [first, last] = runs[next_run++];
      MergeWrappedLabels(lines.begin() + first, lines.begin() + last);
      if (i == 0 && carry->table >= 0) {
        RETURN_IF_ERROR(
            JoinBrokenRow(*carry, lines.begin() + first, lines.begin() + last, limits, page, doc));
      }
      RETURN_IF_ERROR(
          AddTable(page, lines.begin() + first, lines.begin() + last, limits, doc, carry));
      paragraph_open = false;
      i = last;
      continue;
    }
    carry->table = -1;
    const Line& line = lines[i];
    std::string text = LineText(line);
    if (paragraph_open) {
      const Line& above = lines[i - 1];
      std::string& paragraph = doc->blocks.back().text;
      if (line.centre - above.centre <= kParagraphPitch * std::min(line.height, above.height) &&
          above.pieces.back().right >= right_edge - kFullLine * above.height &&
          !EndsSentence(paragraph)) {
        AppendJoined(text, true, &paragraph);
        RETURN_IF_ERROR(CheckBytes(paragraph.size(), limits, page, line.number, "a paragraph"));
        ++i;
        continue;
      }
    }
    RETURN_IF_ERROR(CheckBytes(text.size(), limits, page, line.number, "a paragraph"));
    doc->blocks.push_back({std::move(text), -1});
    paragraph_open = true;
    ++i;
  }
  // A page without text ends no table: the next page's first lines continue nothing.
  if (lines.empty()) carry->table = -1;
  return absl::OkStatus();
}

}  // namespace gongkai::document::pdf
