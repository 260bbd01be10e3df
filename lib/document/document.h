// A published document as the importers see it, whatever format it came in: the text outside
// tables in reading order, and every table as a grid of cell texts with merged cells spread
// out, each cell knowing where it was printed. The readers (html.h, ooxml.h, pdf.h, text.h)
// make one; report/import/document.h finds the statutory tables in it.
#ifndef GONGKAI_LIB_DOCUMENT_DOCUMENT_H_
#define GONGKAI_LIB_DOCUMENT_DOCUMENT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace gongkai::document {

enum class Format { kAuto, kHtml, kDocx, kXlsx, kPdf, kCsv, kText };

// "html", "docx", ...; "auto" for kAuto.
absl::string_view FormatName(Format format);
// The format named `name` ("html", "htm", "docx", "xlsx", "pdf", "csv", "tsv", "text", "txt",
// "auto"), or false.
bool ParseFormat(absl::string_view name, Format* format);

// One position of a table's grid.
struct Cell {
  // The cell's text, valid UTF-8: line breaks (<br>, paragraphs, wrapped lines) become one
  // space, runs of white space one space, leading and trailing white space removed. U+00A0
  // and U+3000 count as white space. Empty for a covered position.
  std::string text;
  // This position is covered by a merged cell that starts above or to the left of it
  // (rowspan/colspan, w:vMerge/w:gridSpan, an XLSX merge range).
  bool covered = false;
};

struct Table {
  // How a person finds the table in the document, used in every provenance and message:
  // "table 3" (the 3rd <table> or w:tbl, counting from 1), "sheet 表三", "page 2". Empty for
  // CSV and text, whose rows are found by their line numbers alone.
  std::string where;
  // rows[r][c]; rows may differ in length (a table's last cells may be left out).
  std::vector<std::vector<Cell>> rows;
  // The row number a person sees for rows[r]: 1-based within the table for HTML and DOCX, the
  // sheet's row number for XLSX, the line on the page for PDF.
  std::vector<int> printed_rows;
  // The column number a person sees for column 0 (1 except for an XLSX range starting at B).
  int first_column = 1;
};

// A paragraph or a table, in reading order.
struct Block {
  std::string text;  // a paragraph's text, normalised as Cell::text; empty for a table
  int table = -1;    // index into Document::tables, or -1 for a paragraph
};

struct Document {
  Format format = Format::kAuto;
  // The document's own title when it has one (<title> or the first <h1>, DOCX core properties
  // or its first paragraph, the PDF's Title); empty otherwise. Normalised as Cell::text.
  std::string title;
  std::vector<Block> blocks;
  std::vector<Table> tables;
  // What the reader had to assume, in English, for warnings: "decoded from GB18030 (no charset
  // was declared and the bytes are not UTF-8)".
  std::vector<std::string> notes;
};

// Bounds on what a reader accepts, so that hostile input fails fast with a message naming the
// bound, rather than exhausting memory: a zip bomb, a million-deep tree, a 100 MB cell.
struct Limits {
  size_t max_input_bytes = size_t{64} << 20;
  // A web page, lower: gumbo's tree takes up to about 54 bytes a byte of tag-dense HTML (16 MB
  // of <br> took 860 MB), and a real portal page is well under 1 MB.
  size_t max_html_bytes = size_t{8} << 20;
  // Uncompressed bytes of all zip members read (DOCX, XLSX), and the largest ratio of one
  // member's uncompressed to compressed size.
  size_t max_unzipped_bytes = size_t{256} << 20;
  size_t max_zip_ratio = 1000;
  size_t max_cell_bytes = size_t{1} << 20;
  // Grid positions of all tables together, spans spread out.
  size_t max_cells = size_t{2} << 20;
  // rowspan/colspan/merge extents beyond these are errors, not clamps.
  int max_row_span = 65534;
  int max_col_span = 1000;
  // Element nesting (HTML, XML); readers walk trees iteratively, so this bounds memory only.
  int max_depth = 100000;
  size_t max_pages = 2000;
  // The cross-reference table a PDF may make poppler build (pdf_xref.h): entries, and entries
  // copied over all pages (entries times pages; poppler-cpp copies the table for each page).
  // A real report has a few hundred objects a page; 1 million entries take poppler 0.3 s and
  // 95 MB, and 40 million copies about 6 s.
  int64_t max_pdf_objects = 1000000;
  int64_t max_pdf_xref_copies = 40000000;
};

// Normalises `text` as Cell::text says. `text` must be valid UTF-8.
std::string NormalizeSpace(absl::string_view text);

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_DOCUMENT_H_
