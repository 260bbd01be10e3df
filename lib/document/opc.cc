#include "document/opc.h"

#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "common/status_macros.h"
#include "document/xml.h"

namespace gongkai::document {
namespace {

constexpr absl::string_view kDublinCore = "http://purl.org/dc/elements/1.1/";

// Where the relationships of `part` are kept: word/document.xml → word/_rels/document.xml.rels.
std::string RelsPart(absl::string_view part) {
  const size_t slash = part.rfind('/');
  if (slash == absl::string_view::npos) return absl::StrCat("_rels/", part, ".rels");
  return absl::StrCat(part.substr(0, slash + 1), "_rels/", part.substr(slash + 1), ".rels");
}

class RelationshipsHandler : public XmlHandler {
 public:
  explicit RelationshipsHandler(absl::string_view source) : source_(source) {}

  absl::Status StartElement(const XmlName& name, const XmlAttributes& attributes) override {
    if (name.local != "Relationship") return absl::OkStatus();
    if (attributes.Get("", "TargetMode").value_or("") == "External") return absl::OkStatus();
    std::optional<std::string> target = attributes.Get("", "Target");
    if (!target.has_value()) return absl::OkStatus();
    rels_.push_back({attributes.Get("", "Id").value_or(""), attributes.Get("", "Type").value_or(""),
                     ResolveTarget(source_, *target)});
    return absl::OkStatus();
  }
  absl::Status EndElement(const XmlName&) override { return absl::OkStatus(); }
  absl::Status Text(absl::string_view) override { return absl::OkStatus(); }

  std::vector<Relationship> rels_;

 private:
  absl::string_view source_;
};

// Gathers the text of the first dc:title.
class TitleHandler : public XmlHandler {
 public:
  explicit TitleHandler(size_t max_bytes) : max_bytes_(max_bytes) {}

  absl::Status StartElement(const XmlName& name, const XmlAttributes&) override {
    if (name.ns == kDublinCore && name.local == "title" && !done_) in_title_ = true;
    return absl::OkStatus();
  }
  absl::Status EndElement(const XmlName& name) override {
    if (in_title_ && name.ns == kDublinCore && name.local == "title") {
      in_title_ = false;
      done_ = true;
    }
    return absl::OkStatus();
  }
  absl::Status Text(absl::string_view text) override {
    if (!in_title_) return absl::OkStatus();
    absl::StrAppend(&title_, text);
    if (title_.size() > max_bytes_) {
      return absl::InvalidArgumentError(
          absl::StrCat("a title longer than the limit of ", max_bytes_, " bytes"));
    }
    return absl::OkStatus();
  }

  std::string title_;

 private:
  size_t max_bytes_;
  bool in_title_ = false;
  bool done_ = false;
};

}  // namespace

absl::StatusOr<std::vector<Relationship>> ReadRelationships(ZipArchive& zip, absl::string_view part,
                                                            absl::string_view format,
                                                            const Limits& limits) {
  const std::string rels_part = part.empty() ? "_rels/.rels" : RelsPart(part);
  if (!zip.Has(rels_part)) return std::vector<Relationship>();
  ASSIGN_OR_RETURN(const std::string xml, zip.Read(rels_part));
  RelationshipsHandler handler(part);
  RETURN_IF_ERROR(ParseXml(xml, absl::StrCat(format, ": ", rels_part), limits.max_depth, &handler));
  return std::move(handler.rels_);
}

bool IsOfKind(const Relationship& rel, absl::string_view kind) {
  return absl::EndsWith(rel.type, absl::StrCat("/", kind));
}

std::string PartOfKind(const std::vector<Relationship>& rels, absl::string_view kind,
                       absl::string_view fallback) {
  for (const Relationship& rel : rels) {
    if (IsOfKind(rel, kind)) return rel.part;
  }
  return std::string(fallback);
}

std::string ResolveTarget(absl::string_view source_part, absl::string_view target) {
  std::vector<absl::string_view> segments;
  if (!absl::StartsWith(target, "/")) {
    // Relative to the source's folder: every segment of its name but the last.
    segments = absl::StrSplit(source_part, '/');
    segments.pop_back();
  }
  for (absl::string_view segment : absl::StrSplit(target, '/')) {
    if (segment.empty() || segment == ".") continue;
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
      continue;
    }
    segments.push_back(segment);
  }
  return absl::StrJoin(segments, "/");
}

bool IsWordNamespace(absl::string_view uri) {
  return uri == "http://schemas.openxmlformats.org/wordprocessingml/2006/main" ||
         uri == "http://purl.oclc.org/ooxml/wordprocessingml/main";
}

bool IsSheetNamespace(absl::string_view uri) {
  return uri == "http://schemas.openxmlformats.org/spreadsheetml/2006/main" ||
         uri == "http://purl.oclc.org/ooxml/spreadsheetml/main";
}

absl::StatusOr<std::string> ReadTitle(ZipArchive& zip,
                                      const std::vector<Relationship>& package_rels,
                                      absl::string_view format, const Limits& limits) {
  const std::string part = PartOfKind(package_rels, "core-properties", "docProps/core.xml");
  if (!zip.Has(part)) return std::string();
  ASSIGN_OR_RETURN(const std::string xml, zip.Read(part));
  TitleHandler handler(limits.max_cell_bytes);
  RETURN_IF_ERROR(ParseXml(xml, absl::StrCat(format, ": ", part), limits.max_depth, &handler));
  return NormalizeSpace(handler.title_);
}

}  // namespace gongkai::document
