// ReadXlsx (ooxml.h): the workbook's sheet list, its relationships to the worksheets, the
// shared strings, then each worksheet (xlsx_sheet.h).
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "document/ooxml.h"
#include "document/opc.h"
#include "document/xlsx_sheet.h"
#include "document/xml.h"
#include "document/zip.h"

namespace gongkai::document {
namespace {

struct SheetEntry {
  std::string name;
  std::string relationship;  // r:id
};

class WorkbookHandler : public XmlHandler {
 public:
  absl::Status StartElement(const XmlName& name, const XmlAttributes& attributes) override {
    if (!started_) {
      started_ = true;
      if (!IsSheetNamespace(name.ns) || name.local != "workbook") {
        return absl::InvalidArgumentError(
            absl::StrCat("the root element is ", name.local, ", not workbook"));
      }
    }
    if (!IsSheetNamespace(name.ns) || name.local != "sheet") return absl::OkStatus();
    // r:id is the only attribute of <sheet> with the local name "id".
    SheetEntry sheet{attributes.Get("", "name").value_or(""), attributes.GetAny("id").value_or("")};
    sheets_.push_back(std::move(sheet));
    return absl::OkStatus();
  }
  absl::Status EndElement(const XmlName&) override { return absl::OkStatus(); }
  absl::Status Text(absl::string_view) override { return absl::OkStatus(); }

  std::vector<SheetEntry> sheets_;

 private:
  bool started_ = false;
};

// The strings of xl/sharedStrings.xml: each si's text, its rich-text runs joined, without its
// phonetic readings (rPh).
class SharedStringsHandler : public XmlHandler {
 public:
  absl::Status StartElement(const XmlName& name, const XmlAttributes&) override {
    if (!IsSheetNamespace(name.ns)) return absl::OkStatus();
    if (name.local == "si") {
      strings_.emplace_back();
      in_string_ = true;
    } else if (name.local == "rPh") {
      ++phonetic_;
    } else if (name.local == "t") {
      in_text_ = in_string_ && phonetic_ == 0;
    }
    return absl::OkStatus();
  }
  absl::Status EndElement(const XmlName& name) override {
    if (!IsSheetNamespace(name.ns)) return absl::OkStatus();
    if (name.local == "si") in_string_ = false;
    if (name.local == "rPh") --phonetic_;
    if (name.local == "t") in_text_ = false;
    return absl::OkStatus();
  }
  absl::Status Text(absl::string_view text) override {
    if (in_text_) absl::StrAppend(&strings_.back(), text);
    return absl::OkStatus();
  }

  std::vector<std::string> strings_;

 private:
  bool in_string_ = false;
  bool in_text_ = false;
  int phonetic_ = 0;
};

}  // namespace

absl::StatusOr<Document> ReadXlsx(absl::string_view bytes, const Limits& limits) {
  ASSIGN_OR_RETURN(ZipArchive zip, ZipArchive::Open(bytes, "xlsx", limits));
  ASSIGN_OR_RETURN(const std::vector<Relationship> package,
                   ReadRelationships(zip, "", "xlsx", limits));
  const std::string workbook = PartOfKind(package, "officeDocument", "xl/workbook.xml");
  ASSIGN_OR_RETURN(const std::string workbook_xml, zip.Read(workbook));
  WorkbookHandler sheets;
  RETURN_IF_ERROR(
      ParseXml(workbook_xml, absl::StrCat("xlsx: ", workbook), limits.max_depth, &sheets));
  ASSIGN_OR_RETURN(const std::vector<Relationship> rels,
                   ReadRelationships(zip, workbook, "xlsx", limits));

  SharedStringsHandler shared;
  const std::string shared_part = PartOfKind(rels, "sharedStrings", "xl/sharedStrings.xml");
  if (zip.Has(shared_part)) {
    ASSIGN_OR_RETURN(const std::string xml, zip.Read(shared_part));
    RETURN_IF_ERROR(ParseXml(xml, absl::StrCat("xlsx: ", shared_part), limits.max_depth, &shared));
  }

  Document doc;
  doc.format = Format::kXlsx;
  size_t cells_used = 0;
  for (const SheetEntry& sheet : sheets.sheets_) {
    const Relationship* rel = nullptr;
    for (const Relationship& r : rels) {
      if (r.id == sheet.relationship) rel = &r;
    }
    if (rel == nullptr) {
      return absl::InvalidArgumentError(absl::StrCat("xlsx: ", workbook, ": sheet ", sheet.name,
                                                     " names relationship \"", sheet.relationship,
                                                     "\", which the workbook does not have"));
    }
    if (!IsOfKind(*rel, "worksheet")) {
      // A chart sheet, dialog sheet or macro sheet has no cells.
      doc.notes.push_back(absl::StrCat("sheet ", sheet.name, " is not a worksheet (",
                                       rel->type.substr(rel->type.rfind('/') + 1), "): skipped"));
      continue;
    }
    ASSIGN_OR_RETURN(const std::string xml, zip.Read(rel->part));
    const SheetContext context{sheet.name, rel->part, &shared.strings_, &limits, &cells_used};
    ASSIGN_OR_RETURN(Table table, ReadSheet(xml, context, &doc.notes));
    doc.blocks.push_back({"", static_cast<int>(doc.tables.size())});
    doc.tables.push_back(std::move(table));
  }
  return doc;
}

}  // namespace gongkai::document
