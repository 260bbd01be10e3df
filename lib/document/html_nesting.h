// What gumbo is given to parse, and a bound on the work that will take, settled before gumbo
// starts: gumbo 0.10.1 cannot be stopped once it runs.
//
// Gumbo searches its stack of open elements on many tokens, so its time grows with the depth
// of nesting times the number of tokens: 100,000 nested <div>s take it about 35 s, and a
// 64 MB page made for it would take days. The tokens are therefore first fed to a model of
// gumbo's tree construction (html_stack.h) that counts the same searches.
#ifndef GONGKAI_LIB_DOCUMENT_HTML_NESTING_H_
#define GONGKAI_LIB_DOCUMENT_HTML_NESTING_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace gongkai::document {

// `html` (UTF-8) as gumbo is to parse it, with the tags the model does not follow renamed to
// unknown elements ("<b" becomes "<gk-b", wherever it stands): the formatting elements (<a>,
// <b>, <big>, <code>, <em>, <font>, <i>, <nobr>, <s>, <small>, <strike>, <strong>, <tt>, <u>),
// <svg>, <math>, <template>, <frameset>, <isindex>, and "<!DOCTYPE" (then a comment, so that
// gumbo is in quirks mode). The text and the block structure a reader takes from the page
// stay as they were; SVG, MathML, templates and framesets are dropped by ReadHtml anyway
// (IsRenamed). InvalidArgument naming the line where the model's stack grows deeper than
// `max_depth`, or where its searches pass 2^27 steps (about half a second of gumbo's time; a
// real page takes under one step per byte).
absl::StatusOr<std::string> BoundNesting(absl::string_view html, int max_depth);

// Whether `name` (as written, any case) is a renamed <svg>, <math>, <template> or <frameset>.
bool IsRenamed(absl::string_view name);

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_HTML_NESTING_H_
