// Wrapped labels joined into their rows (pdf_layout.h).
//
// A table cell whose text wraps prints several lines, and its row's numbers stand beside one
// of them (the first when the cell is aligned to the top, the middle one, or between two, when
// it is centred). The lines of one cell are stacked more tightly than rows are, since rows
// have padding and a rule between them: pieces that overlap horizontally and touch vertically
// are linked into a block, the cell. A block then goes onto the row whose numbers it stands
// beside.
#include <algorithm>
#include <set>
#include <utility>

#include "document/pdf_layout.h"

namespace gongkai::document::pdf {
namespace {

// As in pdf_tables.cc: the lines of one cell are closer than this share of a word height.
constexpr double kTight = 0.3;
// How many lines below a piece its next line may be found: numbers or other columns' lines
// may be grouped between the two lines of a cell.
constexpr int kWindow = 8;

struct Ref {
  int line = -1;
  int piece = -1;
  bool operator==(const Ref& o) const { return line == o.line && piece == o.piece; }
  bool valid() const { return line >= 0; }
};

bool Overlap(const Piece& a, const Piece& b) { return a.left < b.right && b.left < a.right; }

class Merger {
 public:
  Merger(std::vector<Line>::iterator first, std::vector<Line>::iterator last)
      : lines_(first, last) {
    for (const Line& line : lines_) {
      removed_.emplace_back(line.pieces.size(), false);
      added_.emplace_back();
    }
  }

  void Run() {
    std::vector<std::vector<Ref>> blocks = Blocks();
    std::vector<std::pair<std::vector<Ref>, std::vector<int>>> spanning;
    for (std::vector<Ref>& block : blocks) {
      bool conflict = false;
      std::vector<int> rows = RowsBeside(block, &conflict);
      if (conflict) continue;
      if (rows.size() == 1) {
        if (block.size() > 1 || block[0].line != rows[0]) Collapse(block, rows[0]);
      } else if (rows.empty()) {
        if (block.size() > 1) Collapse(block, block[0].line);
      } else {
        spanning.push_back({std::move(block), std::move(rows)});
      }
    }
    // A block beside several rows is their group's label ("三、本年度办理结果") if each of
    // them has a label of its own to the right of it; decided once the rows' own labels are
    // in place.
    for (auto& [block, rows] : spanning) {
      if (std::all_of(rows.begin(), rows.end(),
                      [&](int row) { return HasLabelRightOf(row, block); })) {
        Collapse(block, block[0].line);
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
      // Pieces of a line do not overlap: skip those that end before p starts.
      auto it = std::partition_point(pieces.begin(), pieces.end(),
                                     [&](const Piece& q) { return q.right <= p.left; });
      for (; it != pieces.end() && it->left < p.right; ++it) {
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
  // tight neighbour; each chain top to bottom.
  std::vector<std::vector<Ref>> Blocks() const {
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
    std::vector<std::vector<Ref>> blocks;
    for (size_t i = 0; i < lines_.size(); ++i) {
      for (size_t j = 0; j < lines_[i].pieces.size(); ++j) {
        if (linked_from_above[i][j] || lines_[i].pieces[j].number) continue;
        std::vector<Ref> block;
        for (Ref r{static_cast<int>(i), static_cast<int>(j)}; r.valid();
             r = below[r.line][r.piece]) {
          block.push_back(r);
        }
        blocks.push_back(std::move(block));
      }
    }
    return blocks;
  }

  // The lines with numbers that `block` stands beside: those holding one of its pieces, and
  // those whose centre lies within its height. *conflict when one of the latter prints a
  // text of its own where the block is: then the block is not that row's label.
  std::vector<int> RowsBeside(const std::vector<Ref>& block, bool* conflict) const {
    const Piece span = Span(block);
    std::set<int> rows;
    for (const Ref& r : block) {
      if (HasNumber(r.line)) rows.insert(r.line);
    }
    for (int i = 0; i < static_cast<int>(lines_.size()); ++i) {
      const Line& line = lines_[i];
      if (rows.count(i) || !HasNumber(i) || line.centre < span.top || line.centre > span.bottom) {
        continue;
      }
      for (const Piece& p : line.pieces) {
        if (!p.number && Overlap(p, span)) *conflict = true;
      }
      rows.insert(i);
    }
    return std::vector<int>(rows.begin(), rows.end());
  }

  // One piece covering the block's pieces, its text their lines joined.
  Piece Span(const std::vector<Ref>& block) const {
    Piece span = At(block[0]);
    for (size_t k = 1; k < block.size(); ++k) {
      const Piece& p = At(block[k]);
      span.left = std::min(span.left, p.left);
      span.right = std::max(span.right, p.right);
      span.top = std::min(span.top, p.top);
      span.bottom = std::max(span.bottom, p.bottom);
      span.height = std::min(span.height, p.height);
      AppendJoined(p.text, true, &span.text);
    }
    span.number = false;
    return span;
  }

  // Whether line `row` (as changed so far) has a text to the right of `block` other than the
  // block's own.
  bool HasLabelRightOf(int row, const std::vector<Ref>& block) const {
    const Piece span = Span(block);
    const std::vector<Piece>& pieces = lines_[row].pieces;
    for (size_t j = 0; j < pieces.size(); ++j) {
      if (removed_[row][j] || pieces[j].number) continue;
      if (std::find(block.begin(), block.end(), Ref{row, static_cast<int>(j)}) != block.end()) {
        continue;
      }
      if (pieces[j].left >= span.right - kTight * span.height) return true;
    }
    for (const Piece& p : added_[row]) {
      if (p.left >= span.right - kTight * span.height) return true;
    }
    return false;
  }

  // Moves the block onto line `target` as one piece, unless the line prints something else
  // where the block would go.
  void Collapse(const std::vector<Ref>& block, int target) {
    Piece span = Span(block);
    const std::vector<Piece>& pieces = lines_[target].pieces;
    for (size_t j = 0; j < pieces.size(); ++j) {
      const Ref r{target, static_cast<int>(j)};
      if (removed_[target][j] || std::find(block.begin(), block.end(), r) != block.end()) {
        continue;
      }
      if (Overlap(pieces[j], span)) return;
    }
    for (const Piece& p : added_[target]) {
      if (Overlap(p, span)) return;
    }
    for (const Ref& r : block) removed_[r.line][r.piece] = true;
    added_[target].push_back(std::move(span));
  }

  std::vector<Line> lines_;
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
