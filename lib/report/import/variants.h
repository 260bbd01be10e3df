// The variants of published copies the grid importer accepts, and their warnings: every
// accepted deviation from the statutory form is reported, once per kind and table.
#ifndef GONGKAI_LIB_REPORT_IMPORT_VARIANTS_H_
#define GONGKAI_LIB_REPORT_IMPORT_VARIANTS_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/functional/function_ref.h"

#include "absl/strings/string_view.h"
#include "gongkai/v1/report.pb.h"
#include "report/figures.h"

namespace gongkai::report::importer {

enum class Variant {
  kBom,               // a UTF-8 byte order mark before the first line
  kGb18030,           // text in GB18030 (GBK, GB2312), not UTF-8
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
  // One occurrence in row `row` (the reader's index), affecting layout cell `cell` (-1 for
  // none); `text` is the cell's text as printed, quoted in the warning for label variants.
  // `typo` indexes KnownLabelTypos() for kLabelTypo.
  void Add(Variant variant, int row, int cell, absl::string_view text, int typo = -1);

  // Where a row is, in Chinese and in English: {"t3.csv 第 7 行", "line 7 of t3.csv"}.
  using RowNames = absl::FunctionRef<std::pair<std::string, std::string>(int row)>;

  // One "import-variant" warning per kind, in order of first occurrence, naming the first
  // affected cell with its imported value and, through `where`, its row; `source` names the
  // input in the warning about a byte order mark.
  std::vector<v1::Finding> Findings(const Figures& figures, absl::string_view source,
                                    RowNames where) const;

 private:
  struct Entry {
    Variant variant;
    int typo;
    int count;
    int row;
    int cell;
    std::string text;
  };
  std::vector<Entry> entries_;
};

}  // namespace gongkai::report::importer

#endif  // GONGKAI_LIB_REPORT_IMPORT_VARIANTS_H_
