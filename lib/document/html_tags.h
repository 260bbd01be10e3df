// What gumbo 0.10.1's tree construction (its src/parser.c) does with each tag, as sets of tags,
// for the model of it in html_stack.h. They are gumbo's, which differ from today's HTML
// standard here and there: <main> is not special, for one.
#ifndef GONGKAI_LIB_DOCUMENT_HTML_TAGS_H_
#define GONGKAI_LIB_DOCUMENT_HTML_TAGS_H_

#include <gumbo.h>

namespace gongkai::document {

enum class TagSet {
  kSpecial,    // stops "any other end tag" (is_special_node)
  kScope,      // bounds "has an element in scope"
  kVoid,       // inserted and closed at once
  kRawText,    // its content is text up to its end tag
  kClosesP,    // its start tag closes a <p> in button scope
  kBlockEnd,   // its end tag closes what it encloses, when in scope
  kHeading,    // <h1> ... <h6>
  kImplied,    // closed by "generate implied end tags"
  kTable,      // table structure, which decides the insertion mode
  kTableMode,  // start tags the table modes read themselves, not as the body does
};

// Whether `tag` is in `set`.
bool In(TagSet set, GumboTag tag);

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_HTML_TAGS_H_
