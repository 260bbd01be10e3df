// Streaming XML for the OOXML readers: libxml2's SAX2 parser, with nothing built in memory but
// what the handler keeps. A document type declaration is an error (OOXML never has one;
// refusing it before its declarations are read defeats entity expansion, "billion laughs", and
// external entities); entities are never substituted, the network never used, and libxml2's
// own bounds apply (XML_PARSE_HUGE is off: elements nest at most 256 deep, a text node holds
// at most 10 MB).
#ifndef GONGKAI_LIB_DOCUMENT_XML_H_
#define GONGKAI_LIB_DOCUMENT_XML_H_

#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace gongkai::document {

// An element's or attribute's name: its namespace URI ("" for none) and local name.
struct XmlName {
  absl::string_view ns;
  absl::string_view local;
};

// The attributes of one start tag, valid during the StartElement call only.
class XmlAttributes {
 public:
  // `attributes` as libxml2's SAX2 startElementNs passes them: `count` 5-tuples of local name,
  // prefix, URI, value start, value end.
  XmlAttributes(const unsigned char** attributes, int count)
      : attributes_(attributes), count_(count) {}

  // The value of the attribute `local` in namespace `ns` ("" for an unqualified attribute,
  // as most SpreadsheetML ones are), or nullopt.
  std::optional<std::string> Get(absl::string_view ns, absl::string_view local) const;
  // The same, matching the local name in any namespace (w:val, whatever URI w: is bound to).
  std::optional<std::string> GetAny(absl::string_view local) const;

 private:
  const unsigned char** attributes_;
  int count_;
};

// What a reader does with the parse events. An error it returns stops the parse; ParseXml
// prefixes it with where it happened.
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual absl::Status StartElement(const XmlName& name, const XmlAttributes& attributes) = 0;
  virtual absl::Status EndElement(const XmlName& name) = 0;
  // Character data (text and CDATA, entities and character references resolved), in pieces:
  // one text node may come in several calls.
  virtual absl::Status Text(absl::string_view text) = 0;
};

// Parses `xml`, calling `handler` for each event. `where` starts every message ("docx:
// word/document.xml"), followed by the line: "docx: word/document.xml line 12: ...". Gives
// the handler's own error so prefixed (with its code), or InvalidArgument for a DTD, for
// elements nested deeper than `max_depth` (or libxml2's 256), and for XML that is not
// well-formed, quoting libxml2's message.
absl::Status ParseXml(absl::string_view xml, absl::string_view where, int max_depth,
                      XmlHandler* handler);

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_XML_H_
