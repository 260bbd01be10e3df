// The variants of published copies the grid importer accepts, and their warnings: every
// accepted deviation from the statutory form is reported, once per kind and table.
#ifndef GONGKAI_LIB_REPORT_IMPORT_VARIANTS_H_
#define GONGKAI_LIB_REPORT_IMPORT_VARIANTS_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "gongkai/v1/report.pb.h"
#include "report/figures.h"

namespace gongkai::report::importer {

enum class Variant {
  kBom,               // a UTF-8 byte order mark before the first line
  kTrailingCells,     // empty cells after a row's last number
  kBlankZero,         // a blank value cell read as 0
  kDashZero,          // "-", "—", "－" read as 0
  kSlashZero,         // "/", "／" read as 0
  kSpaces,            // spaces around a number
  kFullWidth,         // full-width digits, point or sign (１２．５, －３)
  kThousands,         // thousands separators ("1,234", "1，234")
  kLabelBrackets,     // half-width brackets in a label: (一) for （一）
  kLabelPunctuation,  // other punctuation differences: 1、 for 1., ASCII quotes, commas, colons
  kLabelSpaces,       // spaces inside a label
  kLabelTypo,         // a known misprint (see KnownLabelTypos)
};

// Counts variants per kind (and, for typos, per misprint), remembering the first occurrence.
class VariantLog {
 public:
  // One occurrence on physical line `line`, affecting layout cell `cell` (-1 for none); `text`
  // is the cell's text as printed, quoted in the warning for label variants. `typo` indexes
  // KnownLabelTypos() for kLabelTypo.
  void Add(Variant variant, int line, int cell, absl::string_view text, int typo = -1);

  // One "import-variant" warning per kind, in order of first occurrence, naming the first
  // affected cell with its imported value; `source` names the grid in the explanations.
  std::vector<v1::Finding> Findings(const Figures& figures, absl::string_view source) const;

 private:
  struct Entry {
    Variant variant;
    int typo;
    int count;
    int line;
    int cell;
    std::string text;
  };
  std::vector<Entry> entries_;
};

}  // namespace gongkai::report::importer

#endif  // GONGKAI_LIB_REPORT_IMPORT_VARIANTS_H_
