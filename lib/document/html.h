// Reading a saved web page (HTML5, any CMS) into a Document with Google's gumbo parser.
#ifndef GONGKAI_LIB_DOCUMENT_HTML_H_
#define GONGKAI_LIB_DOCUMENT_HTML_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "document/document.h"

namespace gongkai::document {

// Every <table> becomes a Table ("table N", N counting <table> start tags from 1 in document
// order), with rowspan/colspan spread out; a table nested in a cell is its own Table and its
// text is not part of the outer cell. Text outside tables becomes paragraph Blocks at block
// element boundaries (<p>, <div>, <br>, <h1>..., <li>). <script>, <style>, <noscript> and
// comments are dropped. The charset comes from a byte order mark, then <meta charset> or
// <meta http-equiv content="...charset=...">, then the bytes (charset.h).
absl::StatusOr<Document> ReadHtml(absl::string_view bytes, const Limits& limits);

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_HTML_H_
