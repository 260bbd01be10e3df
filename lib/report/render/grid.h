// A statutory table as its official layout draws it: rows of cells with their merged spans,
// derived from the layout's header trees alone (render/html.h prints it).
//
// How the spans follow from the trees, for a table whose sections have a row tree of depth D
// (the deepest over the table's sections; 0 when no section has a corner or a row label, as
// table 四) and a column tree of depth C:
//  - width W: the largest D + leaf-column count over the sections; a narrower section's last
//    leaf column (and every header above it) stretches to fill W (table 二: 本年处理决定数量);
//  - a section label (第二十条第（一）项) is a row of its own, one cell spanning W;
//  - C header rows: the corner cell first (rowspan C, colspan D); then each column node at its
//    level, colspan = its leaves, and rowspan C − level for a leaf (自然人, 总计 in 三);
//  - one row per leaf row: each row node whose first leaf it is, at level d (0-based), a group
//    with rowspan = its leaves, a leaf with colspan D − d (（七）总计: 2); then the values.
#ifndef GONGKAI_LIB_REPORT_RENDER_GRID_H_
#define GONGKAI_LIB_REPORT_RENDER_GRID_H_

#include <string>
#include <vector>

#include "gongkai/v1/layout.pb.h"
#include "report/figures.h"

namespace gongkai::report {

struct GridCell {
  enum class Kind {
    kTitle,         // a section label spanning the table
    kCorner,        // the top-left cell: 信息内容, or table 三's note
    kColumnHeader,  // a column tree node
    kRowHeader,     // a row tree node
    kValue,         // a figure
  };
  Kind kind = Kind::kValue;
  // The label, or for a value CellText(figures, cell, /*with_unit=*/true).
  std::string text;
  int rowspan = 1;
  int colspan = 1;
  // For a value: its index in Layout::cells(); else -1.
  int cell = -1;
};

struct Grid {
  int width = 0;
  // Each row lists the cells that start in it, left to right (cells spanning down from an
  // earlier row are not repeated), as an HTML table lists them.
  std::vector<std::vector<GridCell>> rows;
};

// The grid of `table`, a table of figures.layout.
Grid TableGrid(const Figures& figures, const v1::TableSpec& table);

}  // namespace gongkai::report

#endif  // GONGKAI_LIB_REPORT_RENDER_GRID_H_
