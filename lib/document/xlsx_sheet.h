// One worksheet of an .xlsx as a Table, for ReadXlsx (ooxml.h), and the two conversions it
// rests on: cell references and numbers as text.
#ifndef GONGKAI_LIB_DOCUMENT_XLSX_SHEET_H_
#define GONGKAI_LIB_DOCUMENT_XLSX_SHEET_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "document/document.h"

namespace gongkai::document {

struct SheetContext {
  absl::string_view name;                          // the sheet's name, "表三"
  absl::string_view part;                          // its zip member, "xl/worksheets/sheet3.xml"
  const std::vector<std::string>* shared_strings;  // xl/sharedStrings.xml's, in order
  const Limits* limits;
  size_t* cells_used;  // grid positions of the tables read so far; this sheet's are added
};

// The worksheet `xml` as Table "sheet NAME": the rows that have a value or lie in a merged
// range, by their sheet numbers; columns from the leftmost used one (first_column). A formula
// without a saved value is an empty cell and a note. InvalidArgument "xlsx: PART line N: ..."
// for a malformed reference, a shared string index out of range, a cell given twice, a cell
// or merged range beyond the limits, or more grid positions than limits->max_cells allows.
absl::StatusOr<Table> ReadSheet(absl::string_view xml, const SheetContext& context,
                                std::vector<std::string>* notes);

// Whether `ref` is a cell reference within Excel's grid ("C7", "XFD1048576"); sets its 1-based
// row and column.
bool ParseCellRef(absl::string_view ref, int* row, int* column);

// `value`, a number as SpreadsheetML stores it ("12", "1.2345E3"), as the shortest plain
// decimal that reads back as the same double ("1234.5", "0.30000000000000004"), never in
// exponent notation; `value` itself when it is not a finite number.
std::string FormatNumber(absl::string_view value);

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_XLSX_SHEET_H_
