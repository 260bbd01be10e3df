// Value cells of a pasted grid: what counts as a number, and its exact value.
#ifndef GONGKAI_LIB_REPORT_IMPORT_NUMBER_H_
#define GONGKAI_LIB_REPORT_IMPORT_NUMBER_H_

#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "gongkai/v1/layout.pb.h"
#include "report/decimal.h"
#include "report/import/variants.h"

namespace gongkai::report::importer {

enum class CellClass {
  kBlank,   // empty or only spaces
  kNumber,  // looks like a value: digits with signs, points and separators, or a zero mark
  kText,    // anything else: a label or a header
};

// How the grid reader sees a cell. kNumber is generous ("1.1234567", "1,23"): ParseGridNumber
// then says precisely what is wrong with the cell rather than calling it a label.
CellClass Classify(absl::string_view cell);

struct GridNumber {
  Dec value;
  // The variants of the published form this cell used (none for "12", "-3", "3021.4567").
  std::vector<Variant> variants;
};

// The value of a cell of a column of `kind`. Accepts ASCII or full-width digits, a sign, a
// point, thousands separators between groups of three, surrounding spaces, and blank, dashes
// or slashes for zero. Negative values are kept in any column (the validator's nonneg rule
// reports them). InvalidArgument about the cell text alone (the caller names line and column)
// for a point in a count column, more than kMaxScale decimals, a value beyond 64 bits, or
// anything else.
absl::StatusOr<GridNumber> ParseGridNumber(absl::string_view cell, v1::ValueKind kind);

// Removes a trailing money unit (元 or 万元, as published copies of the 2019 采购总金额 print
// it) from *cell and returns it; MONEY_UNIT_UNSPECIFIED, leaving *cell alone, if there is none.
v1::MoneyUnit StripMoneyUnit(absl::string_view* cell);

}  // namespace gongkai::report::importer

#endif  // GONGKAI_LIB_REPORT_IMPORT_NUMBER_H_
