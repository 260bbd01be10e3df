// The Open Packaging Conventions (ECMA-376 Part 2) as the OOXML readers need them: the
// relationships that lead from the package to its parts, and the namespaces of the two
// vocabularies (transitional and strict) the parts are written in.
#ifndef GONGKAI_LIB_DOCUMENT_OPC_H_
#define GONGKAI_LIB_DOCUMENT_OPC_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "document/document.h"
#include "document/zip.h"

namespace gongkai::document {

// One relationship of a part to another part of the package (external targets are dropped).
struct Relationship {
  std::string id;    // "rId3"
  std::string type;  // ".../relationships/worksheet"
  std::string part;  // the target as a zip member name: "xl/worksheets/sheet3.xml"
};

// The relationships of `part` ("" for the package itself: _rels/.rels), read from its .rels
// member; none when it has none. `format` ("docx") starts messages.
absl::StatusOr<std::vector<Relationship>> ReadRelationships(ZipArchive& zip, absl::string_view part,
                                                            absl::string_view format,
                                                            const Limits& limits);

// Whether `rel` is of the kind named by the last segment of its type ("officeDocument",
// "worksheet", "sharedStrings", "core-properties"), in either vocabulary.
bool IsOfKind(const Relationship& rel, absl::string_view kind);

// The part of the first relationship of `kind` in `rels`, else `fallback` (the name every
// producer uses, for a package that leaves the relationship out).
std::string PartOfKind(const std::vector<Relationship>& rels, absl::string_view kind,
                       absl::string_view fallback);

// `target`, as a relationship of `source_part` gives it, as a zip member name: relative to
// the source's folder unless it starts with '/', "." and ".." resolved.
std::string ResolveTarget(absl::string_view source_part, absl::string_view target);

// The namespaces of WordprocessingML and SpreadsheetML, transitional or strict.
bool IsWordNamespace(absl::string_view uri);
bool IsSheetNamespace(absl::string_view uri);

// The core properties' dc:title, normalised (NormalizeSpace); "" when there is none.
// `package_rels` are the package's relationships.
absl::StatusOr<std::string> ReadTitle(ZipArchive& zip,
                                      const std::vector<Relationship>& package_rels,
                                      absl::string_view format, const Limits& limits);

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_OPC_H_
