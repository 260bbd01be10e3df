// Label cells of a pasted grid compared with the statutory labels, accepting the variants that
// published copies print (tables.md: half-width brackets, misprints).
#ifndef GONGKAI_LIB_REPORT_IMPORT_LABEL_H_
#define GONGKAI_LIB_REPORT_IMPORT_LABEL_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "report/import/variants.h"

namespace gongkai::report::importer {

// A misprint found in published reports: `printed` stands where the statute has `statutory`.
struct LabelTypo {
  absl::string_view printed;
  absl::string_view statutory;
};

// The misprints the importer accepts, each reported as a kLabelTypo variant.
absl::Span<const LabelTypo> KnownLabelTypos();

struct LabelMatch {
  // How the cell differs from the statutory text; empty when it is the statutory text.
  std::vector<Variant> variants;
  // Index into KnownLabelTypos() of the misprint the cell carries, or -1.
  int typo = -1;
};

// The form MatchLabel compares: without spaces, brackets and punctuation of one width, "1." for
// "1、", one quote character. Equal forms are the same label as printed (misprints aside).
std::u32string CanonicalLabel(absl::string_view text);

// Whether `cell` is the statutory label `statutory` as a published copy may print it: equal
// after ignoring spaces, half- versus full-width brackets, digits and punctuation, the quote
// style and "1、" for "1.", possibly with one known misprint. nullopt if it is another label.
std::optional<LabelMatch> MatchLabel(absl::string_view cell, absl::string_view statutory);

}  // namespace gongkai::report::importer

#endif  // GONGKAI_LIB_REPORT_IMPORT_LABEL_H_
