// HTML's tree construction as gumbo 0.10.1 does it (src/parser.c), reduced to what decides how
// deep the tree grows: the stack of open elements. For BoundNesting (html_nesting.h), which
// feeds it the tokens of a page before gumbo parses the page.
#ifndef GONGKAI_LIB_DOCUMENT_HTML_STACK_H_
#define GONGKAI_LIB_DOCUMENT_HTML_STACK_H_

#include <gumbo.h>

#include <vector>

#include "absl/strings/string_view.h"

namespace gongkai::document {

// Gumbo's rules for the head, body, table, row, cell, caption, column group and select
// insertion modes, as far as they open and close elements; the mode is read off the stack, as
// gumbo's "reset the insertion mode" does. Gumbo takes any element it does not know for any
// other (</x-a> closes an open <x-b>), and so does the model. What the model leaves out
// BoundNesting renames away before gumbo sees it: formatting elements (<b>, <font>, <a>, ...,
// whose adoption agency and reconstruction need the list of active formatting elements), SVG,
// MathML, <template>, <frameset>, <isindex>, and the doctype (so that gumbo's mode is always
// "quirks", where a <table> leaves an open <p> open).
class OpenElements {
 public:
  // A stack deeper than `max_depth` is refused.
  explicit OpenElements(int max_depth) : max_depth_(max_depth) {}

  // Each applies one token; false when that makes the stack deeper than max_depth.
  bool Start(GumboTag tag);
  void End(GumboTag tag);
  void Text(absl::string_view text);

  // Whether the last start tag opened a <script>, <style>, <textarea>, ... whose content is
  // text up to its end tag (a <style> in a <select>, say, is ignored, and its content is not).
  bool raw_text() const { return raw_text_; }

  // The positions of the stack visited so far: about gumbo's work for the same tokens.
  long long steps() const { return steps_; }

 private:
  // The index of the topmost element `match` accepts, looking no deeper than the first one
  // `stop` accepts; -1 if none.
  template <typename Match, typename Stop>
  int Find(Match match, Stop stop) {
    for (int i = static_cast<int>(stack_.size()) - 1; i >= 0; --i) {
      ++steps_;
      if (match(stack_[i])) return i;
      if (stop(stack_[i])) return -1;
    }
    return -1;
  }
  int InScope(GumboTag tag, GumboTag also_bounds = GUMBO_TAG_LAST);
  int InTableScope(GumboTag tag);
  int SelectIndex() const;
  GumboTag TableMode();

  bool Top(GumboTag tag) const { return !stack_.empty() && stack_.back() == tag; }
  bool Push(GumboTag tag);
  void PopTo(int i);  // stack_[i] and all above it; nothing for -1
  void PopTop() { PopTo(static_cast<int>(stack_.size()) - 1); }
  void CloseImplied(GumboTag except = GUMBO_TAG_LAST);
  bool StartInHead(GumboTag tag, bool* done);
  bool StartInSelect(GumboTag tag, int select, bool* done);
  bool StartInTable(GumboTag tag, bool* done);
  bool StartInBody(GumboTag tag);
  void EndInBody(GumboTag tag);

  const int max_depth_;
  std::vector<GumboTag> stack_;  // without <html>, <head> and <body>
  long long steps_ = 0;
  bool raw_text_ = false;
  bool in_head_ = true;  // no body content yet
  // Where the <form> is that gumbo's "form element pointer" points to: -1 when it points
  // nowhere, or to a form no longer open (form_set_ tells which).
  int form_ = -1;
  bool form_set_ = false;
};

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_HTML_STACK_H_
