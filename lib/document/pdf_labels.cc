// Wrapped labels joined into their rows (pdf_layout.h).
//
// A table cell whose text wraps prints several lines, and its row's numbers stand beside one
// of them (the first when the cell is aligned to the top, the middle one, or between two, when
// it is centred). The lines of one cell are stacked more tightly than rows are, since rows
// have padding and a rule between them: pieces that overlap horizontally and touch vertically
// are linked into a block, the cell. A block then goes onto the row whose numbers it stands
// beside.
#include <algorithm>
#include <utility>

#include "document/pdf_layout.h"

namespace gongkai::document::pdf {
namespace {

// As in pdf_tables.cc: the lines of one cell are closer than this share of a word height.
constexpr double kTight = 0.3;
// How many lines below a piece its next line may be found: numbers or other columns' lines
// may be grouped between the two lines of a cell.
constexpr int kWindow = 8;
// Pieces looked at in one line below another: more than one as near is already a tie, so a
// few suffice, and a crowded line costs no more.
constexpr int kCandidatesPerLine = 4;

struct Ref {
  int line = -1;
  int piece = -1;
  bool operator==(const Ref& o) const { return line == o.line && piece == o.piece; }
  bool valid() const { return line >= 0; }
};

// The lines of one cell, top to bottom, and one piece covering them, its text theirs joined.
struct Block {
  std::vector<Ref> refs;
  Piece span;
};

bool Overlap(const Piece& a, const Piece& b) { return a.left < b.right && b.left < a.right; }

// The first piece of `pieces` (left to right, not overlapping) that ends after x.
std::vector<Piece>::const_iterator EndingAfter(const std::vector<Piece>& pieces, double x) {
  return std::partition_point(pieces.begin(), pieces.end(),
                              [x](const Piece& q) { return q.right <= x; });
}

class Merger {
 public:
  Merger(std::vector<Line>::iterator first, std::vector<Line>::iterator last)
      : lines_(first, last) {
    for (const Line& line : lines_) {
      block_of_.emplace_back(line.pieces.size(), -1);
      removed_.emplace_back(line.pieces.size(), false);
      added_.emplace_back();
    }
  }

  void Run() {
    MakeBlocks();
    std::vector<std::pair<int, std::vector<int>>> spanning;
    for (int b = 0; b < static_cast<int>(blocks_.size()); ++b) {
      const Block& block = blocks_[b];
      bool conflict = false;
      std::vector<int> rows = RowsBeside(b, &conflict);
      if (conflict) continue;
      if (rows.size() == 1) {
        if (block.refs.size() > 1 || block.refs[0].line != rows[0]) Collapse(b, rows[0]);
      } else if (rows.empty()) {
        if (block.refs.size() > 1) Collapse(b, block.refs[0].line);
      } else {
        spanning.push_back({b, std::move(rows)});
      }
    }
    // A block beside several rows is their group's label ("三、本年度办理结果") if each of
    // them has a label of its own to the right of it; decided once the rows' own labels are
    // in place.
    for (const auto& [b, rows] : spanning) {
      if (std::all_of(rows.begin(), rows.end(),
                      [&, b = b](int row) { return HasLabelRightOf(row, b); })) {
        Collapse(b, blocks_[b].refs[0].line);
      }
    }
  }

  void Write(std::vector<Line>::iterator first) {
    for (size_t i = 0; i < lines_.size(); ++i, ++first) {
      std::vector<Piece> pieces;
      for (size_t j = 0; j < lines_[i].pieces.size(); ++j) {
        if (!removed_[i][j]) pieces.push_back(std::move(lines_[i].pieces[j]));
      }
      for (Piece& p : added_[i]) pieces.push_back(std::move(p));
      std::stable_sort(pieces.begin(), pieces.end(),
                       [](const Piece& a, const Piece& b) { return a.left < b.left; });
      first->pieces = std::move(pieces);
    }
  }

 private:
  const Piece& At(const Ref& r) const { return lines_[r.line].pieces[r.piece]; }

  bool HasNumber(int line) const {
    for (const Piece& p : lines_[line].pieces) {
      if (p.number) return true;
    }
    return false;
  }

  // The nearest piece below (down > 0) or above `r` that overlaps it horizontally, if it is
  // text set tightly against `r` and no other piece is as near.
  Ref Neighbour(const Ref& r, int down) const {
    const Piece& p = At(r);
    Ref best;
    double best_distance = 0;
    bool tie = false;
    const int n = static_cast<int>(lines_.size());
    for (int k = 1; k <= kWindow; ++k) {
      const int i = r.line + down * k;
      if (i < 0 || i >= n) break;
      const std::vector<Piece>& pieces = lines_[i].pieces;
      int seen = 0;
      for (auto it = EndingAfter(pieces, p.left);
           it != pieces.end() && it->left < p.right && seen < kCandidatesPerLine; ++it, ++seen) {
        const double distance = down > 0 ? it->top - p.top : p.bottom - it->bottom;
        if (distance <= 0) continue;
        const Ref q{i, static_cast<int>(it - pieces.begin())};
        if (!best.valid() || distance < best_distance - kTight * p.height) {
          best = q;
          best_distance = distance;
          tie = false;
        } else if (distance < best_distance + kTight * p.height) {
          tie = true;
          if (distance < best_distance) {
            best = q;
            best_distance = distance;
          }
        }
      }
    }
    if (!best.valid() || tie) return Ref{};
    const Piece& q = At(best);
    const double gap = down > 0 ? q.top - p.bottom : p.top - q.bottom;
    if (q.number || gap > kTight * std::min(p.height, q.height)) return Ref{};
    return best;
  }

  // Chains of text pieces, each piece linked to the next when each is the other's nearest
  // tight neighbour.
  void MakeBlocks() {
    std::vector<std::vector<Ref>> below(lines_.size());
    std::vector<std::vector<bool>> linked_from_above(lines_.size());
    for (size_t i = 0; i < lines_.size(); ++i) {
      below[i].resize(lines_[i].pieces.size());
      linked_from_above[i].resize(lines_[i].pieces.size(), false);
    }
    for (size_t i = 0; i < lines_.size(); ++i) {
      for (size_t j = 0; j < lines_[i].pieces.size(); ++j) {
        const Ref r{static_cast<int>(i), static_cast<int>(j)};
        if (At(r).number) continue;
        const Ref q = Neighbour(r, +1);
        if (!q.valid() || !(Neighbour(q, -1) == r)) continue;
        below[i][j] = q;
        linked_from_above[q.line][q.piece] = true;
      }
    }
    for (size_t i = 0; i < lines_.size(); ++i) {
      for (size_t j = 0; j < lines_[i].pieces.size(); ++j) {
        if (linked_from_above[i][j] || lines_[i].pieces[j].number) continue;
        Block block;
        for (Ref r{static_cast<int>(i), static_cast<int>(j)}; r.valid();
             r = below[r.line][r.piece]) {
          block_of_[r.line][r.piece] = static_cast<int>(blocks_.size());
          const Piece& p = At(r);
          if (block.refs.empty()) {
            block.span = p;
          } else {
            block.span.left = std::min(block.span.left, p.left);
            block.span.right = std::max(block.span.right, p.right);
            block.span.bottom = std::max(block.span.bottom, p.bottom);
            block.span.height = std::min(block.span.height, p.height);
            AppendJoined(p.text, true, &block.span.text);
          }
          block.refs.push_back(r);
        }
        blocks_.push_back(std::move(block));
      }
    }
  }

  // The lines with numbers that block `b` stands beside: those holding one of its pieces, and
  // those whose centre lies within its height. *conflict when one of the latter prints a
  // text of its own where the block is: then the block is not that row's label.
  std::vector<int> RowsBeside(int b, bool* conflict) const {
    const Block& block = blocks_[b];
    std::vector<int> rows;
    for (const Ref& r : block.refs) {
      if (HasNumber(r.line) && (rows.empty() || rows.back() != r.line)) rows.push_back(r.line);
    }
    // Lines are in order of their centres, near enough: those beside the block are within a
    // window of its own.
    const int n = static_cast<int>(lines_.size());
    const int from = std::max(0, block.refs.front().line - kWindow);
    const int to = std::min(n, block.refs.back().line + kWindow + 1);
    for (int i = from; i < to; ++i) {
      const Line& line = lines_[i];
      if (line.centre < block.span.top || line.centre > block.span.bottom || !HasNumber(i) ||
          std::find(rows.begin(), rows.end(), i) != rows.end()) {
        continue;
      }
      for (auto it = EndingAfter(line.pieces, block.span.left);
           it != line.pieces.end() && it->left < block.span.right; ++it) {
        if (!it->number) *conflict = true;
      }
      rows.push_back(i);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
  }

  bool InBlock(int line, int piece, int b) const { return block_of_[line][piece] == b; }

  // Whether line `row` (as changed so far) has a text to the right of block `b` other than
  // the block's own.
  bool HasLabelRightOf(int row, int b) const {
    const Piece& span = blocks_[b].span;
    const double x = span.right - kTight * span.height;
    const std::vector<Piece>& pieces = lines_[row].pieces;
    for (size_t j = 0; j < pieces.size(); ++j) {
      if (!removed_[row][j] && !pieces[j].number && !InBlock(row, static_cast<int>(j), b) &&
          pieces[j].left >= x) {
        return true;
      }
    }
    for (const Piece& p : added_[row]) {
      if (p.left >= x) return true;
    }
    return false;
  }

  // Moves block `b` onto line `target` as one piece, unless the line prints something else
  // where the block would go.
  void Collapse(int b, int target) {
    const Block& block = blocks_[b];
    const std::vector<Piece>& pieces = lines_[target].pieces;
    for (auto it = EndingAfter(pieces, block.span.left);
         it != pieces.end() && it->left < block.span.right; ++it) {
      const int j = static_cast<int>(it - pieces.begin());
      if (!removed_[target][j] && !InBlock(target, j, b)) return;
    }
    for (const Piece& p : added_[target]) {
      if (Overlap(p, block.span)) return;
    }
    for (const Ref& r : block.refs) removed_[r.line][r.piece] = true;
    added_[target].push_back(block.span);
  }

  std::vector<Line> lines_;
  std::vector<Block> blocks_;
  std::vector<std::vector<int>> block_of_;  // the block of each text piece
  std::vector<std::vector<bool>> removed_;
  std::vector<std::vector<Piece>> added_;
};

}  // namespace

void MergeWrappedLabels(std::vector<Line>::iterator first, std::vector<Line>::iterator last) {
  Merger merger(first, last);
  merger.Run();
  merger.Write(first);
}

}  // namespace gongkai::document::pdf
