// How the words of a PDF page become lines, paragraphs and tables: the geometry behind ReadPdf
// (pdf.h), kept apart from poppler so that tests can lay out words of their own.
//
// A PDF has no tables, only words at positions. Each step below says what it assumes:
//  - Lines (pdf_lines.cc): words whose vertical centres lie within 0.3 of the smaller word
//    height of each other are one line. Within a line, a horizontal gap wider than half the
//    smaller word height (half an em, near enough) starts a new piece: a table cell's text on
//    that line. Words closer than that join, without a space when either side is CJK (Chinese
//    is printed without spaces), with one otherwise.
//  - Tables (pdf_tables.cc): a line with at least two pieces, one a number, is a table row.
//    Rows whose centres are at most two word heights apart form one run, with the lines
//    between them; the run grows up over its header lines and down over wrapped label text.
//    Each run is a Table.
//  - Wrapped labels (pdf_labels.cc): within a run, pieces stacked so tightly that they are
//    lines of one cell are joined into that cell, and the cell is put on the row whose numbers
//    it stands beside. A cell that stands beside several rows' numbers is a group label when
//    every one of those rows has its own label to its right (it goes on the first of them),
//    and ambiguous otherwise: then it is left as it was printed, and the importer names the
//    row that does not read.
//  - Rows broken across pages (pdf_page.cc): the rest of a label alone at the top of a page,
//    in the column of the label of the last row of the page before, is joined to that label.
//  - Paragraphs (pdf_page.cc): the other lines. A line that reaches the right edge of the text
//    and does not end a sentence continues on the next; paragraphs end with their page.
#ifndef GONGKAI_LIB_DOCUMENT_PDF_LAYOUT_H_
#define GONGKAI_LIB_DOCUMENT_PDF_LAYOUT_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "document/document.h"

namespace gongkai::document::pdf {

// One word as poppler reports it: its box in points, y growing downwards.
struct Word {
  double left = 0, top = 0, right = 0, bottom = 0;
  std::string text;          // valid UTF-8
  bool space_after = false;  // the PDF puts a space after the word
};

// The text of one line that gaps set apart from the rest of the line: what a table cell
// prints on that line, or a line of prose.
struct Piece {
  double left = 0, top = 0, right = 0, bottom = 0;
  double height = 0;  // of its smallest word: about the font size
  std::string text;
  bool number = false;  // IsNumber(text)
};

struct Line {
  int number = 0;  // 1-based on the page, top to bottom
  double top = 0, bottom = 0, centre = 0;
  double height = 0;          // of its smallest word
  std::vector<Piece> pieces;  // left to right, not overlapping
};

// The page's words as lines, top to bottom. Words without text or with a box that is not a
// finite rectangle are dropped.
std::vector<Line> GroupLines(std::vector<Word> words);

// Whether a piece prints a value: digits with a sign, a decimal point, thousands separators,
// a trailing % or money unit (元, 万元).
bool IsNumber(absl::string_view text);

// Appends `more` to *text as the next word or line of the same text, with a space between
// them when `space` says so and neither of the two characters that meet is CJK.
void AppendJoined(absl::string_view more, bool space, std::string* text);

// The runs of lines that are tables, as [first, last) indexes into `lines`.
std::vector<std::pair<int, int>> FindTableRuns(const std::vector<Line>& lines);

// Joins the wrapped labels of the run lines[first, last) into their rows, as the file comment
// says. Lines may be left without pieces.
void MergeWrappedLabels(std::vector<Line>::iterator first, std::vector<Line>::iterator last);

// What one page hands on to the next.
struct Carry {
  size_t cells = 0;  // table cells so far, against limits.max_cells
  // The label of the last row of the table that ended the page before, for a row broken
  // across the page break (JoinBrokenRow in pdf_page.cc): doc.tables[table].rows[row][cell],
  // printed on `line` between `left` and `right`. table is -1 when the page did not end with
  // a row of numbers.
  int table = -1;
  size_t row = 0, cell = 0;
  int line = 0;
  double left = 0, right = 0;
};

// Appends page `page`'s (1-based) paragraphs and tables to *doc. InvalidArgument "pdf page N
// ..." for a cell or paragraph longer than limits.max_cell_bytes, or more table cells in the
// document than limits.max_cells.
absl::Status AddPage(int page, std::vector<Word> words, const Limits& limits, Document* doc,
                     Carry* carry);

}  // namespace gongkai::document::pdf

#endif  // GONGKAI_LIB_DOCUMENT_PDF_LAYOUT_H_
