// Grids as the CSV renderer writes them (its documented format, restated here so that these
// tests do not depend on the renderer's progress), and random figures to fill them.
#ifndef GONGKAI_TESTS_REPORT_IMPORT_GRID_TEXT_H_
#define GONGKAI_TESTS_REPORT_IMPORT_GRID_TEXT_H_

#include <random>
#include <string>

#include "report/figures.h"
#include "report/layout.h"

namespace gongkai::report::testing {

// One line per data row of `table` in statutory order, values joined by ',' (Format; absent
// cells as 0). With `labels`, each line starts with the row's label cells: the section label
// for table 二, then one cell per level of the row header tree (blank below a shallow row).
std::string RenderGrid(const Figures& figures, const std::string& table, bool labels);

// Figures with every cell of `table` present and random: counts 0..99999, signed counts also
// negative, amounts at a random scale 0..6.
Figures RandomTable(const Layout& layout, const std::string& table, std::mt19937& rng);

}  // namespace gongkai::report::testing

#endif  // GONGKAI_TESTS_REPORT_IMPORT_GRID_TEXT_H_
