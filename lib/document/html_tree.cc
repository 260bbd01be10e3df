#include "document/html_tree.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "document/html_nesting.h"
#include "document/html_tables.h"

namespace gongkai::document {
namespace {

// Elements a browser does not show as text: scripts, styles, fallbacks for what it does show
// (<noscript>: the reader sees the page as a browser with scripts does), SVG and MathML, and
// <template>s and <frameset>s (all four under the names BoundNesting gives them).
bool Dropped(const GumboElement& e) {
  if (e.tag_namespace != GUMBO_NAMESPACE_HTML) return true;
  switch (e.tag) {
    case GUMBO_TAG_UNKNOWN: {
      GumboStringPiece name = e.original_tag;
      gumbo_tag_from_original_text(&name);
      return IsRenamed(absl::string_view(name.data, name.length));
    }
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
      return true;
    default:
      return false;
  }
}

// Elements that begin and end a line: text on either side is not one word.
bool BreaksLine(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_UL:
      return true;
    default:
      return false;
  }
}

const GumboVector* Children(const GumboNode* node) {
  switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
      return &node->v.document.children;
    case GUMBO_NODE_ELEMENT:
      return &node->v.element.children;
    default:
      return nullptr;
  }
}

std::string Attribute(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a == nullptr ? "" : a->value;
}

class TreeReader {
 public:
  TreeReader(const Limits& limits, Document* doc) : limits_(limits), doc_(*doc) {}

  absl::Status Read(const GumboNode* document) {
    struct Frame {
      const GumboNode* node;
      unsigned next;  // the child to visit next
    };
    std::vector<Frame> stack = {{document, 0}};
    while (!stack.empty()) {
      Frame& top = stack.back();
      const GumboVector* children = Children(top.node);
      if (children == nullptr || top.next >= children->length) {
        if (top.node->type == GUMBO_NODE_ELEMENT) RETURN_IF_ERROR(Leave(top.node->v.element));
        stack.pop_back();
        continue;
      }
      const auto* child = static_cast<const GumboNode*>(children->data[top.next++]);
      switch (child->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
          AddText(child->v.text.text);
          break;
        case GUMBO_NODE_ELEMENT:
          if (Dropped(child->v.element)) break;
          // The stack holds the document, <html> and <body> besides what max_depth counts.
          if (stack.size() > static_cast<size_t>(limits_.max_depth) + 2) {
            return absl::InvalidArgumentError(absl::StrCat(
                "html line ", child->v.element.start_pos.line, ": elements nested more than ",
                limits_.max_depth, " deep (max_depth)"));
          }
          Enter(child);
          stack.push_back({child, 0});
          break;
        default:  // comments, <template> contents
          break;
      }
    }
    EndParagraph();
    doc_.title = NormalizeSpace(title_);
    if (doc_.title.empty()) doc_.title = NormalizeSpace(h1_);
    return absl::OkStatus();
  }

 private:
  // A <table> being read; its cells' texts gather in `rows`.
  struct OpenTable {
    int index = 0;     // into doc_.tables
    size_t block = 0;  // its Block in doc_.blocks
    std::vector<HtmlRow> rows;
    bool in_cell = false;
    bool in_caption = false;
    std::string caption;
  };

  void Enter(const GumboNode* node) {
    const GumboElement& e = node->v.element;
    switch (e.tag) {
      case GUMBO_TAG_HEAD:
        ++in_head_;
        break;
      case GUMBO_TAG_TITLE:
        in_title_ = true;
        break;
      case GUMBO_TAG_PRE:
        ++in_pre_;
        break;
      case GUMBO_TAG_H1:
        if (h1_state_ == kNoH1) h1_state_ = kInH1;
        break;
      case GUMBO_TAG_TABLE: {
        Break();
        const int index = static_cast<int>(doc_.tables.size());
        doc_.tables.emplace_back().where = absl::StrCat("table ", index + 1);
        tables_.emplace_back();
        tables_.back().index = index;
        tables_.back().block = doc_.blocks.size();
        doc_.blocks.push_back({"", index});
        break;
      }
      case GUMBO_TAG_CAPTION:
        if (!tables_.empty()) tables_.back().in_caption = true;
        break;
      case GUMBO_TAG_TR:
        if (!tables_.empty()) tables_.back().rows.push_back({node->parent, {}});
        break;
      case GUMBO_TAG_TD:
      case GUMBO_TAG_TH:
        // Gumbo puts every cell in a row of its table: the check only guards the vector.
        if (!tables_.empty() && !tables_.back().rows.empty()) {
          tables_.back().rows.back().cells.push_back(
              {"", Attribute(e, "rowspan"), Attribute(e, "colspan")});
          tables_.back().in_cell = true;
        }
        break;
      default:
        break;
    }
    if (BreaksLine(e.tag)) Break();
  }

  absl::Status Leave(const GumboElement& e) {
    if (BreaksLine(e.tag)) Break();
    switch (e.tag) {
      case GUMBO_TAG_HEAD:
        --in_head_;
        break;
      case GUMBO_TAG_TITLE:
        in_title_ = false;
        title_done_ = true;
        break;
      case GUMBO_TAG_PRE:
        --in_pre_;
        break;
      case GUMBO_TAG_H1:
        if (h1_state_ == kInH1) h1_state_ = kH1Done;
        break;
      case GUMBO_TAG_CAPTION:
        if (!tables_.empty()) tables_.back().in_caption = false;
        break;
      case GUMBO_TAG_TD:
      case GUMBO_TAG_TH:
        if (!tables_.empty()) tables_.back().in_cell = false;
        break;
      case GUMBO_TAG_TABLE: {
        OpenTable table = std::move(tables_.back());
        tables_.pop_back();
        RETURN_IF_ERROR(SpreadSpans(table.rows, limits_, &cells_used_, &doc_.tables[table.index]));
        // A caption is the table's title, read before it.
        if (std::string caption = NormalizeSpace(table.caption); !caption.empty()) {
          doc_.blocks.insert(doc_.blocks.begin() + table.block, {std::move(caption), -1});
        }
        Break();
        break;
      }
      default:
        break;
    }
    return absl::OkStatus();
  }

  void AddText(absl::string_view text) {
    if (in_title_) {
      if (!title_done_) absl::StrAppend(&title_, text);
      return;
    }
    if (in_head_ > 0) return;
    if (h1_state_ == kInH1) absl::StrAppend(&h1_, text);
    if (!tables_.empty()) {
      OpenTable& t = tables_.back();
      if (t.in_cell) {
        absl::StrAppend(&t.rows.back().cells.back().text, text);
      } else if (t.in_caption) {
        absl::StrAppend(&t.caption, text);
      }  // else white space between rows and cells (gumbo moves other text before the table)
      return;
    }
    if (in_pre_ == 0) {
      absl::StrAppend(&paragraph_, text);
      return;
    }
    // In <pre> each line is a paragraph: pasted plain text keeps its line breaks there.
    for (size_t nl = text.find('\n'); nl != absl::string_view::npos; nl = text.find('\n')) {
      absl::StrAppend(&paragraph_, text.substr(0, nl));
      EndParagraph();
      text.remove_prefix(nl + 1);
    }
    absl::StrAppend(&paragraph_, text);
  }

  // A line break: a space inside a cell or caption, the end of a paragraph outside tables.
  void Break() {
    if (h1_state_ == kInH1) h1_.push_back(' ');
    if (tables_.empty()) return EndParagraph();
    OpenTable& t = tables_.back();
    if (t.in_cell) {
      t.rows.back().cells.back().text.push_back(' ');
    } else if (t.in_caption) {
      t.caption.push_back(' ');
    }
  }

  void EndParagraph() {
    std::string text = NormalizeSpace(paragraph_);
    paragraph_.clear();
    if (!text.empty()) doc_.blocks.push_back({std::move(text), -1});
  }

  const Limits& limits_;
  Document& doc_;
  std::vector<OpenTable> tables_;  // the tables the walk is in, innermost last
  size_t cells_used_ = 0;
  std::string paragraph_;
  int in_head_ = 0;
  int in_pre_ = 0;
  bool in_title_ = false;
  bool title_done_ = false;  // the first <title> has been read
  std::string title_;
  enum { kNoH1, kInH1, kH1Done } h1_state_ = kNoH1;
  std::string h1_;  // the first <h1>'s text
};

}  // namespace

absl::Status ReadTree(const GumboNode* document, const Limits& limits, Document* doc) {
  return TreeReader(limits, doc).Read(document);
}

}  // namespace gongkai::document
