#include "document/csv.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace gongkai::document {
namespace {

class Reader {
 public:
  Reader(absl::string_view text, absl::string_view what) : text_(text), what_(what) {}

  absl::StatusOr<CsvText> Read() {
    CsvText out;
    if (absl::StartsWith(text_, "\xEF\xBB\xBF")) {
      out.had_bom = true;
      pos_ = 3;
    }
    while (pos_ < text_.size()) {
      if (text_[pos_] == '#') {
        SkipLine();
        continue;
      }
      CsvRecord record;
      record.line = line_;
      bool more = true;
      while (more) {
        std::string cell;
        if (pos_ < text_.size() && text_[pos_] == '"') {
          const int start = line_;
          if (!ReadQuoted(&cell)) {
            return absl::InvalidArgumentError(
                absl::StrCat(what_, " line ", start, ": a quoted cell is not closed"));
          }
          if (pos_ < text_.size() && text_[pos_] != ',' && !AtLineEnd()) {
            return absl::InvalidArgumentError(
                absl::StrCat(what_, " line ", line_, ": text after the closing quote of cell ",
                             record.cells.size() + 1));
          }
        } else {
          while (pos_ < text_.size() && text_[pos_] != ',' && !AtLineEnd()) cell += text_[pos_++];
        }
        record.cells.push_back(std::move(cell));
        if (pos_ < text_.size() && text_[pos_] == ',') {
          ++pos_;
        } else {
          SkipLineEnd();
          more = false;
        }
      }
      // An empty line parses as one empty cell: it is no record.
      if (record.cells.size() > 1 || !record.cells[0].empty())
        out.records.push_back(std::move(record));
    }
    return out;
  }

 private:
  bool AtLineEnd() const { return text_[pos_] == '\n' || text_[pos_] == '\r'; }

  // Consumes LF, CRLF or CR if one is next, counting the line.
  void SkipLineEnd() {
    if (pos_ >= text_.size()) return;
    if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
  }

  void SkipLine() {
    while (pos_ < text_.size() && !AtLineEnd()) ++pos_;
    SkipLineEnd();
  }

  // Reads a quoted cell starting at the opening quote; false if the text ends inside it. Line
  // ends inside the cell become '\n'.
  bool ReadQuoted(std::string* cell) {
    ++pos_;
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (c == '"') {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
          *cell += '"';
          pos_ += 2;
          continue;
        }
        ++pos_;
        return true;
      }
      if (AtLineEnd()) {
        SkipLineEnd();
        *cell += '\n';
        continue;
      }
      *cell += c;
      ++pos_;
    }
    return false;
  }

  absl::string_view text_;
  absl::string_view what_;
  size_t pos_ = 0;
  int line_ = 1;
};

}  // namespace

absl::StatusOr<CsvText> SplitCsv(absl::string_view text, absl::string_view what) {
  return Reader(text, what).Read();
}

}  // namespace gongkai::document
