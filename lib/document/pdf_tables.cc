// Which lines of a page are tables (pdf_layout.h).
#include <algorithm>

#include "absl/strings/match.h"
#include "document/pdf_layout.h"

namespace gongkai::document::pdf {
namespace {

// Neighbouring rows of a table have centres at most this many word heights apart: a row is a
// line with cell padding above and below. A heading or a new paragraph above or below a
// table is set further off.
constexpr double kRowPitch = 2.0;
// The lines of one table cell are closer than this share of a word height (between their
// boxes): lines of text, with no padding or rule between them.
constexpr double kTight = 0.3;
// A line of a single piece at least this wide, as a share of the table's rows, is prose above
// or below the table, not one of its header rows.
constexpr double kProseWidth = 0.6;

bool HasNumber(const Line& line) {
  return std::any_of(line.pieces.begin(), line.pieces.end(),
                     [](const Piece& p) { return p.number; });
}

bool IsRow(const Line& line) { return line.pieces.size() >= 2 && HasNumber(line); }

bool RowPitch(const Line& above, const Line& below) {
  return below.centre - above.centre <= kRowPitch * std::min(above.height, below.height);
}

bool Tight(const Line& above, const Line& below) {
  return below.top - above.bottom <= kTight * std::min(above.height, below.height);
}

// The horizontal extent of the rows of a run.
struct Extent {
  double left, right;
};

bool IsProse(const Line& line, const Extent& extent) {
  if (line.pieces.size() != 1) return false;
  const Piece& p = line.pieces[0];
  return p.right - p.left >= kProseWidth * (extent.right - extent.left) ||
         absl::EndsWith(p.text, "。");
}

}  // namespace

std::vector<std::pair<int, int>> FindTableRuns(const std::vector<Line>& lines) {
  const int n = static_cast<int>(lines.size());
  std::vector<bool> in(n, false);
  // Rows, and the lines between two rows that are no further apart than rows are.
  for (int i = 0, previous = -1; i < n; ++i) {
    if (!IsRow(lines[i])) continue;
    in[i] = true;
    bool joined = previous >= 0;
    for (int k = previous + 1; joined && k <= i; ++k) joined = RowPitch(lines[k - 1], lines[k]);
    for (int k = previous + 1; joined && k < i; ++k) in[k] = true;
    previous = i;
  }
  std::vector<std::pair<int, int>> runs;
  for (int i = 0; i < n;) {
    if (!in[i]) {
      ++i;
      continue;
    }
    int first = i, last = i + 1;
    while (last < n && in[last] && RowPitch(lines[last - 1], lines[last])) ++last;
    Extent extent{lines[first].pieces.front().left, lines[first].pieces.back().right};
    for (int k = first; k < last; ++k) {
      if (!IsRow(lines[k])) continue;
      extent.left = std::min(extent.left, lines[k].pieces.front().left);
      extent.right = std::max(extent.right, lines[k].pieces.back().right);
    }
    // Up over the header rows: any line set as closely as rows are, except prose.
    const int floor = runs.empty() ? 0 : runs.back().second;
    while (first > floor && !in[first - 1] && RowPitch(lines[first - 1], lines[first]) &&
           !IsProse(lines[first - 1], extent)) {
      --first;
    }
    // Down over what wrapped out of the last rows: the lines of a cell, a number alone, or a
    // row of several pieces (a table's own footer).
    while (last < n && !in[last] && RowPitch(lines[last - 1], lines[last]) &&
           !IsProse(lines[last], extent) &&
           (lines[last].pieces.size() >= 2 || HasNumber(lines[last]) ||
            Tight(lines[last - 1], lines[last]))) {
      ++last;
    }
    runs.push_back({first, last});
    i = last;
  }
  return runs;
}

}  // namespace gongkai::document::pdf
