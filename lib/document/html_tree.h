// Gumbo's tree of a web page read into a Document, for ReadHtml.
#ifndef GONGKAI_LIB_DOCUMENT_HTML_TREE_H_
#define GONGKAI_LIB_DOCUMENT_HTML_TREE_H_

#include <gumbo.h>

#include "absl/status/status.h"
#include "document/document.h"

namespace gongkai::document {

// Fills doc->title, blocks and tables from the tree under `document` (GumboOutput::document) as
// ReadHtml (html.h) describes, walking it with a stack of its own, not the C stack.
// InvalidArgument naming where a Limits bound is exceeded: elements nested more than
// max_depth deep (the line), or what SpreadSpans (html_tables.h) refuses.
absl::Status ReadTree(const GumboNode* document, const Limits& limits, Document* doc);

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_HTML_TREE_H_
