#include "document/html_stack.h"

#include "document/html_tags.h"

namespace gongkai::document {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool Never(GumboTag) { return false; }

bool IsRowGroup(GumboTag t) {
  return t == GUMBO_TAG_TBODY || t == GUMBO_TAG_THEAD || t == GUMBO_TAG_TFOOT;
}

// What is inserted into this current node is foster-parented (placed before the table).
bool Fosters(GumboTag t) { return t == GUMBO_TAG_TABLE || IsRowGroup(t) || t == GUMBO_TAG_TR; }

}  // namespace

int OpenElements::InScope(GumboTag tag, GumboTag also_bounds) {
  return Find([&](GumboTag e) { return e == tag; },
              [&](GumboTag e) { return In(TagSet::kScope, e) || e == also_bounds; });
}

int OpenElements::InTableScope(GumboTag tag) {
  return Find([&](GumboTag e) { return e == tag; },
              [](GumboTag e) { return e == GUMBO_TAG_TABLE; });
}

// In a <select> only options are read and the select is the current node or under them.
int OpenElements::SelectIndex() const {
  int i = static_cast<int>(stack_.size()) - 1;
  while (i >= 0 && (stack_[i] == GUMBO_TAG_OPTION || stack_[i] == GUMBO_TAG_OPTGROUP)) --i;
  return i >= 0 && stack_[i] == GUMBO_TAG_SELECT ? i : -1;
}

// The innermost table element (kTable), which sets the insertion mode; GUMBO_TAG_LAST outside
// tables. Elements above a <table>, <tbody> or <tr> on the stack were foster-parented: the mode
// stays that of the table.
GumboTag OpenElements::TableMode() {
  const int i = Find([](GumboTag e) { return In(TagSet::kTable, e); }, Never);
  return i < 0 ? GUMBO_TAG_LAST : stack_[i];
}

bool OpenElements::Push(GumboTag tag) {
  if (static_cast<int>(stack_.size()) >= max_depth_) return false;
  stack_.push_back(tag);
  return true;
}

void OpenElements::PopTo(int i) {
  if (i < 0 || i >= static_cast<int>(stack_.size())) return;
  stack_.resize(i);
  if (form_ >= i) form_ = -1;
}

// "Generate implied end tags".
void OpenElements::CloseImplied(GumboTag except) {
  while (!stack_.empty() && In(TagSet::kImplied, stack_.back()) && stack_.back() != except) {
    PopTop();
  }
}

bool OpenElements::Start(GumboTag tag) {
  raw_text_ = false;
  // Gumbo's own walks over the whole stack that the model does not make: for a <template> at
  // <html>, <body> and <form>, and to find the table when foster-parenting into one.
  const long long depth = static_cast<long long>(stack_.size());
  if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY) steps_ += depth;
  if (tag == GUMBO_TAG_FORM) steps_ += 2 * depth;
  if (!stack_.empty() && Fosters(stack_.back()) && !In(TagSet::kTableMode, tag)) steps_ += depth;
  // In a column group anything but <col> closes it first.
  if (Top(GUMBO_TAG_COLGROUP) && tag != GUMBO_TAG_COL && tag != GUMBO_TAG_HTML) PopTop();
  bool done = false;
  bool ok = true;
  if (in_head_) ok = StartInHead(tag, &done);
  if (done) return ok;
  if (const int select = SelectIndex(); select >= 0) ok = StartInSelect(tag, select, &done);
  if (done) return ok;
  ok = StartInTable(tag, &done);
  if (done) return ok;
  return StartInBody(tag);
}

bool OpenElements::StartInHead(GumboTag tag, bool* done) {
  *done = true;
  if (Top(GUMBO_TAG_NOSCRIPT)) {  // gumbo's "in head noscript"
    switch (tag) {
      case GUMBO_TAG_BASEFONT:
      case GUMBO_TAG_BGSOUND:
      case GUMBO_TAG_LINK:
      case GUMBO_TAG_META:
      case GUMBO_TAG_HEAD:
      case GUMBO_TAG_NOSCRIPT:
      case GUMBO_TAG_HTML:
        return true;
      case GUMBO_TAG_NOFRAMES:
      case GUMBO_TAG_STYLE:
        raw_text_ = true;
        return true;
      default:
        PopTop();  // then read as in the head
    }
  }
  switch (tag) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_BASEFONT:
    case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_MENUITEM:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
      return true;
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_SCRIPT:
      raw_text_ = true;
      return true;
    case GUMBO_TAG_NOSCRIPT:
      return Push(tag);
    default:
      in_head_ = false;  // the body begins
      *done = false;
      return true;
  }
}

bool OpenElements::StartInSelect(GumboTag tag, int select, bool* done) {
  *done = true;
  switch (tag) {
    case GUMBO_TAG_OPTION:
      if (Top(GUMBO_TAG_OPTION)) PopTop();
      return Push(tag);
    case GUMBO_TAG_OPTGROUP:
      if (Top(GUMBO_TAG_OPTION)) PopTop();
      if (Top(GUMBO_TAG_OPTGROUP)) PopTop();
      return Push(tag);
    case GUMBO_TAG_SELECT:
      PopTo(select);
      TableMode();  // gumbo's walk to reset the insertion mode
      return true;
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_TEXTAREA:
      PopTo(select);
      TableMode();    // gumbo's walk to reset the insertion mode
      *done = false;  // then read as usual
      return true;
    case GUMBO_TAG_SCRIPT:
      raw_text_ = true;
      return true;
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
      // A select opened in a table ("in select in table") closes at these.
      if (Find([](GumboTag e) { return e == GUMBO_TAG_TABLE; }, Never) < 0) return true;
      PopTo(select);
      TableMode();
      *done = false;
      return true;
    default:
      return true;  // ignored in a select
  }
}

// The start tags the table modes read themselves; the rest they read as the body does.
bool OpenElements::StartInTable(GumboTag tag, bool* done) {
  *done = false;
  switch (tag) {
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_FORM:
      break;
    default:
      return true;
  }
  const GumboTag mode = TableMode();
  const bool foster = Fosters(mode);
  if (tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_FORM) {
    if (!foster) return true;  // in a cell or caption, as in the body
    *done = tag == GUMBO_TAG_FORM;
    if (tag == GUMBO_TAG_TABLE) {
      PopTo(InTableScope(GUMBO_TAG_TABLE));  // ends the table, then opens one
      TableMode();                           // gumbo's walk to reset the insertion mode
    } else if (!form_set_) {
      form_set_ = true;  // opened and closed at once
      form_ = -1;
    }
    return true;
  }
  *done = true;
  if (mode == GUMBO_TAG_LAST) return true;  // ignored outside tables
  const int table = InTableScope(GUMBO_TAG_TABLE);
  switch (tag) {
    case GUMBO_TAG_COL:
      PopTo(table + 1);
      return Push(GUMBO_TAG_COLGROUP);
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: {
      const bool cell = tag != GUMBO_TAG_TR;
      PopTo(1 + Find(
                    [&](GumboTag e) {
                      return e == GUMBO_TAG_TABLE || IsRowGroup(e) || (cell && e == GUMBO_TAG_TR);
                    },
                    Never));
      if (Top(GUMBO_TAG_TABLE) && !Push(GUMBO_TAG_TBODY)) return false;
      if (cell && !Top(GUMBO_TAG_TR) && !Push(GUMBO_TAG_TR)) return false;
      return Push(tag);
    }
    default:  // caption, colgroup, tbody, thead, tfoot
      PopTo(table + 1);
      return Push(tag);
  }
}

bool OpenElements::StartInBody(GumboTag tag) {
  auto special_but_address_div_p = [](GumboTag e) {
    return In(TagSet::kSpecial, e) && e != GUMBO_TAG_ADDRESS && e != GUMBO_TAG_DIV &&
           e != GUMBO_TAG_P;
  };
  switch (tag) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_BODY:
      return true;  // ignored, or merged into the one the page has
    case GUMBO_TAG_FORM:
      if (form_set_) return true;  // a form inside a form is ignored
      PopTo(InScope(GUMBO_TAG_P, GUMBO_TAG_BUTTON));
      if (!Push(tag)) return false;
      form_set_ = true;
      form_ = static_cast<int>(stack_.size()) - 1;
      return true;
    case GUMBO_TAG_LI:
      PopTo(Find([](GumboTag e) { return e == GUMBO_TAG_LI; }, special_but_address_div_p));
      break;
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
      PopTo(Find([](GumboTag e) { return e == GUMBO_TAG_DD || e == GUMBO_TAG_DT; },
                 special_but_address_div_p));
      break;
    case GUMBO_TAG_BUTTON:
      PopTo(InScope(GUMBO_TAG_BUTTON));
      break;
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
      if (Top(GUMBO_TAG_OPTION)) PopTop();  // not an optgroup, outside a select
      break;
    case GUMBO_TAG_RB:
    case GUMBO_TAG_RTC:
      if (InScope(GUMBO_TAG_RUBY) >= 0) CloseImplied();
      break;
    case GUMBO_TAG_RP:
    case GUMBO_TAG_RT:
      if (InScope(GUMBO_TAG_RUBY) >= 0) CloseImplied(GUMBO_TAG_RTC);
      break;
    default:
      break;
  }
  if (In(TagSet::kClosesP, tag)) PopTo(InScope(GUMBO_TAG_P, GUMBO_TAG_BUTTON));
  if (In(TagSet::kHeading, tag) && !stack_.empty() && In(TagSet::kHeading, stack_.back())) PopTop();
  if (In(TagSet::kVoid, tag)) return true;
  if (In(TagSet::kRawText, tag)) {
    raw_text_ = true;  // opened, and closed at its end tag: the stack is as before
    return true;
  }
  return Push(tag);
}

void OpenElements::End(GumboTag tag) {
  // Gumbo walks the whole stack at these (see Start).
  if (tag == GUMBO_TAG_FORM || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML) {
    steps_ += 2 * static_cast<long long>(stack_.size());
  }
  if (Top(GUMBO_TAG_COLGROUP) && tag != GUMBO_TAG_COLGROUP && tag != GUMBO_TAG_COL) PopTop();
  if (in_head_) {
    if (Top(GUMBO_TAG_NOSCRIPT)) {
      if (tag == GUMBO_TAG_NOSCRIPT) return PopTop();
      if (tag != GUMBO_TAG_BR) return;  // ignored
      PopTop();
    }
    switch (tag) {
      case GUMBO_TAG_HEAD:
        in_head_ = false;
        return;
      case GUMBO_TAG_BODY:
      case GUMBO_TAG_HTML:
      case GUMBO_TAG_BR:
        in_head_ = false;
        break;
      default:
        return;  // ignored in the head
    }
  }
  if (const int select = SelectIndex(); select >= 0) {
    switch (tag) {
      case GUMBO_TAG_OPTGROUP:
        if (Top(GUMBO_TAG_OPTION) && stack_.size() >= 2 &&
            stack_[stack_.size() - 2] == GUMBO_TAG_OPTGROUP) {
          PopTop();
        }
        if (Top(GUMBO_TAG_OPTGROUP)) PopTop();
        return;
      case GUMBO_TAG_OPTION:
        if (Top(GUMBO_TAG_OPTION)) PopTop();
        return;
      case GUMBO_TAG_SELECT:
        PopTo(select);
        TableMode();  // gumbo's walk to reset the insertion mode
        return;
      case GUMBO_TAG_CAPTION:
      case GUMBO_TAG_TABLE:
      case GUMBO_TAG_TBODY:
      case GUMBO_TAG_TFOOT:
      case GUMBO_TAG_THEAD:
      case GUMBO_TAG_TR:
      case GUMBO_TAG_TD:
      case GUMBO_TAG_TH:
        // In a table, the end of an open table element closes the select, then is read.
        if (InTableScope(tag) < 0) return;
        PopTo(select);
        TableMode();
        break;
      default:
        return;  // ignored in a select
    }
  }
  switch (tag) {
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_COLGROUP:
      // Each table mode closes up to the element when it is in table scope, and ignores it
      // otherwise; outside tables none is open.
      PopTo(InTableScope(tag));
      if (tag == GUMBO_TAG_TABLE) TableMode();  // gumbo's walk to reset the insertion mode
      return;
    default:
      return EndInBody(tag);
  }
}

void OpenElements::EndInBody(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_BR:
      return;
    case GUMBO_TAG_P:
      return PopTo(InScope(GUMBO_TAG_P, GUMBO_TAG_BUTTON));
    case GUMBO_TAG_LI:
      return PopTo(Find([](GumboTag e) { return e == GUMBO_TAG_LI; },
                        [](GumboTag e) {
                          return In(TagSet::kScope, e) || e == GUMBO_TAG_OL || e == GUMBO_TAG_UL;
                        }));
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
      return PopTo(InScope(tag));
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_MARQUEE:
    case GUMBO_TAG_OBJECT:
      return PopTo(InTableScope(tag));  // gumbo's scope here
    case GUMBO_TAG_FORM: {
      // Removes only the form the pointer points to, if it is open and in scope.
      const int form = form_set_ ? form_ : -1;
      form_set_ = false;
      form_ = -1;
      if (form < 0) return;
      for (int i = static_cast<int>(stack_.size()) - 1; i > form; --i, ++steps_) {
        if (In(TagSet::kScope, stack_[i])) return;
      }
      CloseImplied();
      stack_.erase(stack_.begin() + form);
      return;
    }
    default:
      break;
  }
  if (In(TagSet::kHeading, tag)) {
    PopTo(Find([](GumboTag e) { return In(TagSet::kHeading, e); },
               [](GumboTag e) { return In(TagSet::kScope, e); }));
  } else if (In(TagSet::kBlockEnd, tag)) {
    PopTo(InScope(tag));
  } else {  // "any other end tag": closes the same element unless a special one is inside it
    PopTo(Find([&](GumboTag e) { return e == tag; },
               [](GumboTag e) { return In(TagSet::kSpecial, e); }));
  }
}

void OpenElements::Text(absl::string_view text) {
  for (char c : text) {
    if (IsSpace(c)) continue;
    if (!stack_.empty() && Fosters(stack_.back())) {
      steps_ += static_cast<long long>(stack_.size());  // foster-parented: see Start
    }
    if (Top(GUMBO_TAG_COLGROUP)) PopTop();
    if (in_head_ && Top(GUMBO_TAG_NOSCRIPT)) PopTop();
    in_head_ = false;
    return;
  }
}

}  // namespace gongkai::document
