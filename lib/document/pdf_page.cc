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

}  // namespace

absl::Status AddPage(int page, std::vector<Word> words, const Limits& limits, Document* doc,
                     size_t* cells) {
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
      Table table;
      table.where = absl::StrCat("page ", page);
      for (int k = first; k < last; ++k) {
        if (lines[k].pieces.empty()) continue;
        std::vector<Cell> row;
        for (Piece& p : lines[k].pieces) {
          RETURN_IF_ERROR(CheckBytes(p.text.size(), limits, page, lines[k].number, "a cell"));
          row.push_back({std::move(p.text), false});
        }
        *cells += row.size();
        if (*cells > limits.max_cells) {
          return absl::InvalidArgumentError(absl::StrCat(
              "pdf page ", page, ": more table cells than the limit of ", limits.max_cells));
        }
        table.rows.push_back(std::move(row));
        table.printed_rows.push_back(lines[k].number);
      }
      doc->blocks.push_back({"", static_cast<int>(doc->tables.size())});
      doc->tables.push_back(std::move(table));
      paragraph_open = false;
      i = last;
      continue;
    }
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
  return absl::OkStatus();
}

}  // namespace gongkai::document::pdf
