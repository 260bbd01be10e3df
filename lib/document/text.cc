#include "document/text.h"

#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "common/status_macros.h"
#include "document/charset.h"
#include "document/csv.h"

namespace gongkai::document {
namespace {

absl::Status CheckSize(absl::string_view bytes, const Limits& limits, absl::string_view what) {
  if (bytes.size() > limits.max_input_bytes) {
    return absl::InvalidArgumentError(absl::StrCat(
        what, ": ", bytes.size(), " bytes, more than the limit of ", limits.max_input_bytes));
  }
  return absl::OkStatus();
}

absl::Status CheckCell(absl::string_view cell, const Limits& limits, absl::string_view what,
                       int line) {
  if (cell.size() > limits.max_cell_bytes) {
    return absl::InvalidArgumentError(absl::StrCat(what, " line ", line, ": a cell of ",
                                                   cell.size(), " bytes, more than the limit of ",
                                                   limits.max_cell_bytes));
  }
  return absl::OkStatus();
}

// The first line that is not a comment has a tab and no comma: the file is TSV.
bool LooksTabSeparated(absl::string_view text) {
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    if (line.empty() || line[0] == '#') continue;
    return line.find('\t') != absl::string_view::npos && line.find(',') == absl::string_view::npos;
  }
  return false;
}

std::vector<Cell> CellsOf(const std::vector<std::string>& texts) {
  std::vector<Cell> cells;
  cells.reserve(texts.size());
  for (const std::string& t : texts) cells.push_back({NormalizeSpace(t), false});
  return cells;
}

}  // namespace

absl::StatusOr<Document> ReadCsv(absl::string_view bytes, const Limits& limits) {
  RETURN_IF_ERROR(CheckSize(bytes, limits, "csv"));
  ASSIGN_OR_RETURN(Decoded decoded, ToUtf8(bytes, "", "csv"));
  Document doc;
  doc.format = Format::kCsv;
  if (!decoded.note.empty()) doc.notes.push_back(decoded.note);
  Table table;
  if (LooksTabSeparated(decoded.utf8)) {
    int line_no = 0;
    for (absl::string_view line : absl::StrSplit(decoded.utf8, '\n')) {
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> texts = absl::StrSplit(line, '\t');
      for (const std::string& t : texts) RETURN_IF_ERROR(CheckCell(t, limits, "csv", line_no));
      table.rows.push_back(CellsOf(texts));
      table.printed_rows.push_back(line_no);
    }
    doc.tables.push_back(std::move(table));
    doc.blocks.push_back({"", 0});
    return doc;
  }
  ASSIGN_OR_RETURN(CsvText csv, SplitCsv(decoded.utf8, "csv"));
  // Comment lines are kept as paragraphs, splitting the table: exports and Gongkai's own
  // "csv-labels" put each table's title there.
  std::vector<std::pair<int, std::string>> comments;
  int line_no = 0;
  for (absl::string_view line : absl::StrSplit(decoded.utf8, '\n')) {
    ++line_no;
    if (absl::ConsumePrefix(&line, "#")) comments.push_back({line_no, NormalizeSpace(line)});
  }
  size_t next_comment = 0;
  auto flush = [&]() {
    if (table.rows.empty()) return;
    doc.blocks.push_back({"", static_cast<int>(doc.tables.size())});
    doc.tables.push_back(std::move(table));
    table = Table{};
  };
  for (CsvRecord& record : csv.records) {
    for (; next_comment < comments.size() && comments[next_comment].first < record.line;
         ++next_comment) {
      flush();
      if (!comments[next_comment].second.empty()) {
        doc.blocks.push_back({comments[next_comment].second, -1});
      }
    }
    for (const std::string& t : record.cells) {
      RETURN_IF_ERROR(CheckCell(t, limits, "csv", record.line));
    }
    table.rows.push_back(CellsOf(record.cells));
    table.printed_rows.push_back(record.line);
  }
  flush();
  return doc;
}

absl::StatusOr<Document> ReadText(absl::string_view bytes, const Limits& limits) {
  RETURN_IF_ERROR(CheckSize(bytes, limits, "text"));
  ASSIGN_OR_RETURN(Decoded decoded, ToUtf8(bytes, "", "text"));
  Document doc;
  doc.format = Format::kText;
  if (!decoded.note.empty()) doc.notes.push_back(decoded.note);
  int line_no = 0;
  Table* open = nullptr;  // the table the previous line added to
  for (absl::string_view line : absl::StrSplit(decoded.utf8, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find('\t') != absl::string_view::npos) {
      RETURN_IF_ERROR(CheckCell(line, limits, "text", line_no));
      if (open == nullptr) {
        doc.blocks.push_back({"", static_cast<int>(doc.tables.size())});
        doc.tables.emplace_back();
        open = &doc.tables.back();
      }
      open->rows.push_back(CellsOf(absl::StrSplit(line, '\t')));
      open->printed_rows.push_back(line_no);
      continue;
    }
    std::string text = NormalizeSpace(line);
    if (text.empty()) continue;  // a blank line does not end a table: copies space them out
    open = nullptr;
    if (doc.title.empty()) doc.title = text;
    doc.blocks.push_back({std::move(text), -1});
  }
  return doc;
}

}  // namespace gongkai::document
