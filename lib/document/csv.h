// An RFC 4180 reader for grids pasted from spreadsheets and web pages.
#ifndef GONGKAI_LIB_DOCUMENT_CSV_H_
#define GONGKAI_LIB_DOCUMENT_CSV_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace gongkai::document {

// One CSV record: the cells of one table line.
struct CsvRecord {
  // 1-based physical line where the record starts; every line counts, comments and blank lines
  // included, so that the number is the one an editor shows.
  int line = 0;
  std::vector<std::string> cells;
};

struct CsvText {
  std::vector<CsvRecord> records;
  // The text began with a UTF-8 byte order mark (which is not part of the first cell).
  bool had_bom = false;
};

// Splits `text` into records. Cells may be quoted ("a,b", doubled quotes for a quote, line ends
// inside); records end with LF, CRLF or a lone CR. A record starting with '#' is a comment and
// an empty line is no record: neither appears in the result. A quote inside an unquoted cell is
// kept as text (hand-typed copies write 危及"三安全一稳定"). InvalidArgument, prefixed by `what`
// and naming the line, for a quoted cell that is not closed or text after a closing quote.
absl::StatusOr<CsvText> SplitCsv(absl::string_view text, absl::string_view what);

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_CSV_H_
