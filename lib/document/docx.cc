// ReadDocx (ooxml.h): word/document.xml walked as a stream of parse events. Tables are built
// as they open and close, so a table nested in a cell is simply the innermost open one.
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "document/ooxml.h"
#include "document/opc.h"
#include "document/xml.h"
#include "document/zip.h"

namespace gongkai::document {
namespace {

constexpr absl::string_view kMarkupCompatibility =
    "http://schemas.openxmlformats.org/markup-compatibility/2006";

// What an open element is, as far as the reader cares.
enum class Kind { kOther, kRun, kText, kParagraph, kTable, kRow, kCell, kCellProps, kRowProps };

struct OpenCell {
  std::string text;        // its paragraphs so far, each followed by a space
  int span = 1;            // w:gridSpan
  bool continues = false;  // a w:vMerge or w:hMerge continuation: covered
};

// Elements whose content is not the document's: deletions, the properties before a tracked
// change (w:tcPrChange holds the old w:gridSpan), a content control's properties (its
// placeholder), and the fallback of markup-compatible content, which repeats its choice.
bool Skipped(const XmlName& name) {
  if (name.ns == kMarkupCompatibility) return name.local == "Fallback";
  return IsWordNamespace(name.ns) &&
         (name.local == "del" || name.local == "moveFrom" || absl::EndsWith(name.local, "Change") ||
          name.local == "sdtPr" || name.local == "sdtEndPr");
}

class BodyHandler : public XmlHandler {
 public:
  BodyHandler(const Limits& limits, Document* doc) : limits_(limits), doc_(doc) {}

  absl::Status StartElement(const XmlName& name, const XmlAttributes& attributes) override {
    if (skipped_ > 0 || Skipped(name)) {
      ++skipped_;
      return absl::OkStatus();
    }
    if (open_.empty() && !(IsWordNamespace(name.ns) && name.local == "document")) {
      return absl::InvalidArgumentError(
          absl::StrCat("the root element is ", name.local, ", not w:document"));
    }
    const Kind parent = open_.empty() ? Kind::kOther : open_.back();
    Kind kind = Kind::kOther;
    if (IsWordNamespace(name.ns)) {
      const absl::string_view local = name.local;
      if (local == "p") {
        kind = Kind::kParagraph;
        paragraphs_.emplace_back();
        containers_.push_back(kind);
      } else if (local == "tbl") {
        kind = Kind::kTable;
        OpenTable();
      } else if (local == "tr") {
        kind = Kind::kRow;
        RETURN_IF_ERROR(OpenRow());
      } else if (local == "tc") {
        kind = Kind::kCell;
        RETURN_IF_ERROR(OpenCellAt());
      } else if (local == "tcPr") {
        kind = Kind::kCellProps;
      } else if (local == "trPr") {
        kind = Kind::kRowProps;
      } else if (local == "r") {
        kind = Kind::kRun;
      } else if (local == "t" && parent == Kind::kRun) {
        kind = Kind::kText;
      } else if ((local == "tab" || local == "br" || local == "cr") && parent == Kind::kRun) {
        RETURN_IF_ERROR(Append(" "));
      } else if (local == "noBreakHyphen" && parent == Kind::kRun) {
        RETURN_IF_ERROR(Append("-"));
      } else if (parent == Kind::kCellProps) {
        RETURN_IF_ERROR(CellProperty(local, attributes.GetAny("val")));
      } else if (parent == Kind::kRowProps && local == "gridBefore") {
        RETURN_IF_ERROR(GridBefore(attributes.GetAny("val")));
      }
    }
    open_.push_back(kind);
    return absl::OkStatus();
  }

  absl::Status EndElement(const XmlName&) override {
    if (skipped_ > 0) {
      --skipped_;
      return absl::OkStatus();
    }
    const Kind kind = open_.back();
    open_.pop_back();
    switch (kind) {
      case Kind::kParagraph:
        return CloseParagraph();
      case Kind::kTable:
        tables_.pop_back();
        break;
      case Kind::kCell:
        return CloseCell();
      default:
        break;
    }
    return absl::OkStatus();
  }

  absl::Status Text(absl::string_view text) override {
    if (skipped_ > 0 || open_.empty() || open_.back() != Kind::kText) return absl::OkStatus();
    return Append(text);
  }

 private:
  Table& Current() { return doc_->tables[tables_.back()]; }

  // "table 2 row 3", for messages.
  std::string Here() {
    return tables_.empty() ? std::string("outside tables")
                           : absl::StrCat(Current().where, " row ", Current().rows.size());
  }

  void OpenTable() {
    const int index = static_cast<int>(doc_->tables.size());
    doc_->tables.emplace_back();
    doc_->tables.back().where = absl::StrCat("table ", index + 1);
    // At its start, so that a nested table's block follows its outer table's.
    doc_->blocks.push_back({"", index});
    tables_.push_back(index);
  }

  absl::Status OpenRow() {
    if (tables_.empty()) return absl::InvalidArgumentError("a w:tr outside a w:tbl");
    Current().rows.emplace_back();
    Current().printed_rows.push_back(static_cast<int>(Current().rows.size()));
    return absl::OkStatus();
  }

  absl::Status OpenCellAt() {
    if (tables_.empty() || Current().rows.empty()) {
      return absl::InvalidArgumentError("a w:tc outside a w:tr");
    }
    cells_.emplace_back();
    containers_.push_back(Kind::kCell);
    return absl::OkStatus();
  }

  // A w:gridSpan's or w:gridBefore's count of grid columns; 1 when absent or not a count.
  absl::StatusOr<int> Span(const std::optional<std::string>& value, absl::string_view element) {
    int span = 1;
    if (!value.has_value() || !absl::SimpleAtoi(*value, &span) || span < 1) return 1;
    if (span > limits_.max_col_span) {
      return absl::InvalidArgumentError(absl::StrCat(Here(), ": a span of ", span, " columns (",
                                                     element, "), more than the limit of ",
                                                     limits_.max_col_span));
    }
    return span;
  }

  absl::Status CellProperty(absl::string_view local, const std::optional<std::string>& value) {
    if (cells_.empty()) return absl::OkStatus();
    OpenCell& cell = cells_.back();
    if (local == "gridSpan") {
      ASSIGN_OR_RETURN(cell.span, Span(value, "w:gridSpan"));
    } else if (local == "vMerge" || local == "hMerge") {
      // Without w:val, or with "continue": the cell continues the merge above or to the left.
      cell.continues = value.value_or("continue") != "restart";
      // A continuation in a table's first row has nothing above it to continue.
      if (local == "vMerge" && Current().rows.size() == 1) cell.continues = false;
    }
    return absl::OkStatus();
  }

  // w:gridBefore: grid columns left out before the row's first cell, as empty cells.
  absl::Status GridBefore(const std::optional<std::string>& value) {
    if (!value.has_value()) return absl::OkStatus();
    ASSIGN_OR_RETURN(const int n, Span(value, "w:gridBefore"));
    return Place(std::vector<Cell>(n));
  }

  absl::Status Place(std::vector<Cell> cells) {
    cells_used_ += cells.size();
    if (cells_used_ > limits_.max_cells) {
      return absl::InvalidArgumentError(absl::StrCat(
          Here(), ": the tables have more than the limit of ", limits_.max_cells, " cells"));
    }
    std::vector<Cell>& row = Current().rows.back();
    for (Cell& c : cells) row.push_back(std::move(c));
    return absl::OkStatus();
  }

  absl::Status CloseCell() {
    OpenCell cell = std::move(cells_.back());
    cells_.pop_back();
    containers_.pop_back();
    std::vector<Cell> cells(cell.span, Cell{"", true});
    if (!cell.continues) cells[0] = {NormalizeSpace(cell.text), false};
    return Place(std::move(cells));
  }

  absl::Status CloseParagraph() {
    std::string text = std::move(paragraphs_.back());
    paragraphs_.pop_back();
    containers_.pop_back();
    if (containers_.empty()) {
      text = NormalizeSpace(text);
      if (!text.empty()) doc_->blocks.push_back({std::move(text), -1});
      return absl::OkStatus();
    }
    // A paragraph in a text box belongs to the paragraph it is anchored in.
    return Append(absl::StrCat(containers_.back() == Kind::kParagraph ? " " : "", text, " "));
  }

  // Adds text to the innermost open paragraph or cell.
  absl::Status Append(absl::string_view text) {
    if (containers_.empty()) return absl::OkStatus();
    const bool to_cell = containers_.back() == Kind::kCell;
    std::string& to = to_cell ? cells_.back().text : paragraphs_.back();
    absl::StrAppend(&to, text);
    if (cells_.empty()) return absl::OkStatus();
    // A paragraph in a cell will be added to the cell's text.
    if (to.size() + (to_cell ? 0 : cells_.back().text.size()) > limits_.max_cell_bytes) {
      return absl::InvalidArgumentError(absl::StrCat(Here(), ": a cell longer than the limit of ",
                                                     limits_.max_cell_bytes, " bytes"));
    }
    return absl::OkStatus();
  }

  const Limits& limits_;
  Document* doc_;
  int skipped_ = 0;          // depth within a skipped element
  std::vector<Kind> open_;   // the open elements that are not skipped
  std::vector<int> tables_;  // the open tables, innermost last
  std::vector<OpenCell> cells_;
  std::vector<std::string> paragraphs_;
  std::vector<Kind> containers_;  // the open paragraphs and cells, innermost last
  size_t cells_used_ = 0;
};

}  // namespace

absl::StatusOr<Document> ReadDocx(absl::string_view bytes, const Limits& limits) {
  ASSIGN_OR_RETURN(ZipArchive zip, ZipArchive::Open(bytes, "docx", limits));
  ASSIGN_OR_RETURN(const std::vector<Relationship> package,
                   ReadRelationships(zip, "", "docx", limits));
  const std::string main = PartOfKind(package, "officeDocument", "word/document.xml");
  ASSIGN_OR_RETURN(const std::string xml, zip.Read(main));
  Document doc;
  doc.format = Format::kDocx;
  BodyHandler handler(limits, &doc);
  RETURN_IF_ERROR(ParseXml(xml, absl::StrCat("docx: ", main), limits.max_depth, &handler));
  ASSIGN_OR_RETURN(doc.title, ReadTitle(zip, package, "docx", limits));
  return doc;
}

}  // namespace gongkai::document
