// The HTML table model for ReadHtml: the <tr>s and cells of one <table> as the page wrote them,
// spread into a grid with each rowspan/colspan's positions covered.
#ifndef GONGKAI_LIB_DOCUMENT_HTML_TABLES_H_
#define GONGKAI_LIB_DOCUMENT_HTML_TABLES_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "document/document.h"

namespace gongkai::document {

// A <td> or <th> as written: its text before NormalizeSpace, and its span attributes' values
// (empty when absent).
struct HtmlCell {
  std::string text;
  std::string rowspan;
  std::string colspan;
};

// A <tr>. `group` identifies its row group (<thead>, <tbody>, <tfoot>): a rowspan ends with it.
struct HtmlRow {
  const void* group = nullptr;
  std::vector<HtmlCell> cells;
};

// Fills table->rows and table->printed_rows from `rows` with the slot algorithm of the HTML
// table model: each cell takes the first position of its row not covered from above, its text
// goes there and the other positions it spans become covered cells. A rowspan stops at the end
// of its row group; where spans overlap, the position keeps what reached it first. Rowspan or
// colspan 0 or not a number counts as 1. Adds the positions made (and each position a span
// reaches again where spans overlap) to *cells_used. InvalidArgument naming table->where, the
// row, and the span or the column, when a span exceeds Limits::max_row_span or max_col_span, a
// cell's text exceeds max_cell_bytes, or *cells_used exceeds max_cells.
absl::Status SpreadSpans(const std::vector<HtmlRow>& rows, const Limits& limits, size_t* cells_used,
                         Table* table);

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_HTML_TABLES_H_
