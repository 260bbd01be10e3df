// Reading a saved web page (HTML5, any CMS) into a Document with Google's gumbo parser.
#ifndef GONGKAI_LIB_DOCUMENT_HTML_H_
#define GONGKAI_LIB_DOCUMENT_HTML_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "document/document.h"

namespace gongkai::document {

// Every <table> becomes a Table ("table N", N counting <table> start tags from 1 in document
// order), with rowspan/colspan spread out as the HTML table model does (html_tables.h); a table
// nested in a cell is its own Table and its text is not part of the outer cell. All text in a
// table is table text, even in a layout table that holds a whole article. Text outside tables
// becomes paragraph Blocks at block element boundaries (<p>, <div>, <br>, <h1>..., <li>, each
// line of a <pre>), in document order with each table's Block at its start tag; a <caption>
// is a paragraph just before its table. Inline elements join text without a space, so
// <span>1</span><span>2</span> is "12". <script>, <style>, <noscript>, <template>, <iframe>,
// SVG, MathML, comments and the head but its <title> are dropped. The title is the first
// <title>, else the first <h1>.
//
// The charset comes from a byte order mark, then <meta charset> or <meta http-equiv
// content="...charset=..."> in the first 4 KB, then the bytes (html_charset.h); Document::notes
// says what was assumed. The page is parsed as gumbo 0.10.1 parses it, but for the renaming
// html_nesting.h describes, which bounds gumbo's time beforehand.
//
// InvalidArgument, the message starting "html" and naming the line, table, row or column, for
// bytes that do not decode in the charset found, and for a page beyond `limits`: more than
// max_input_bytes; elements nested more than max_depth deep, or so many tags inside deeply
// nested elements that parsing would take seconds; a span above max_row_span or max_col_span;
// a cell over max_cell_bytes; more than max_cells grid positions in all tables together.
absl::StatusOr<Document> ReadHtml(absl::string_view bytes, const Limits& limits);

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_HTML_H_
