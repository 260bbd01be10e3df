// A report's figures as a dense array in its layout's cell order: the form validation, merging,
// import and rendering work on.
#ifndef GONGKAI_LIB_REPORT_FIGURES_H_
#define GONGKAI_LIB_REPORT_FIGURES_H_

#include <vector>

#include "absl/status/statusor.h"
#include "common/years.h"
#include "gongkai/v1/report.pb.h"
#include "report/decimal.h"
#include "report/layout.h"

namespace gongkai::report {

// Report years the library accepts: from the first year of the current forms to the library's
// last year (common/years.h).
inline constexpr int kFirstYear = 2019;
using ::gongkai::kLastYear;

// OutOfRange ("year: 2101 is outside 2019..2100") unless kFirstYear <= year <= kLastYear.
absl::Status CheckReportYear(int year);

struct Figures {
  const Layout* layout = nullptr;
  // One entry per Layout::cells() entry. Absent cells hold 0 and present[i] == false.
  std::vector<Dec> values;
  std::vector<bool> present;
  std::vector<v1::MoneyUnit> units;
  std::vector<v1::Provenance> provenance;

  // Zero figures for every cell of `layout`, none present.
  static Figures Empty(const Layout& layout);
};

// Resolves the report's layout and reads its cells. InvalidArgument naming the cell (by index
// and key) for an unknown or repeated key, a value of the wrong kind (a count where the layout
// wants an amount, or the reverse), a cell without a value, a scale outside 0..6, or a unit
// that contradicts the layout; NotFound for an unknown layout; OutOfRange for a year outside
// 2019..2100. Negative values are read as they are: they are the validator's business.
absl::StatusOr<Figures> ReadFigures(const v1::AnnualReport& report);

// Replaces report->cells with every cell of figures.layout in statutory order (absent cells as
// zero), and sets report->layout to the layout's id.
void WriteFigures(const Figures& figures, v1::AnnualReport* report);

namespace internal {

// ReadFigures' work, into `f`, whose vectors are reused (values, present and units resized to
// the report's layout; provenance filled only when `with_provenance`, else left empty). For
// the checks that never look at provenance (Validate, SumFigures): copying every cell's
// provenance would cost more than everything else they do.
absl::Status ReadFiguresInto(const v1::AnnualReport& report, bool with_provenance, Figures* f);

}  // namespace internal

}  // namespace gongkai::report

#endif  // GONGKAI_LIB_REPORT_FIGURES_H_
