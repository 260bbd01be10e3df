// The charset of a saved web page, found the way browsers find it before they parse: a byte
// order mark, else a <meta> near the top, else the bytes themselves.
#ifndef GONGKAI_LIB_DOCUMENT_HTML_CHARSET_H_
#define GONGKAI_LIB_DOCUMENT_HTML_CHARSET_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "document/charset.h"

namespace gongkai::document {

// The charset a <meta charset="..."> or <meta http-equiv="Content-Type" content="...;
// charset=..."> names within the first 4096 bytes of `bytes`, or empty. A simplified form of
// HTML's prescan: comments and the attributes of other tags are skipped, so a "charset" in
// them does not count; the first <meta> naming a charset wins.
std::string DeclaredCharset(absl::string_view bytes);

// `bytes` as UTF-8 (charset.h's ToUtf8 with the DeclaredCharset, messages starting "html").
// A page that declares a GB charset but whose bytes are valid UTF-8 with some non-ASCII is read
// as UTF-8 (a template's stale <meta>; real GB18030 text is almost never valid UTF-8), and the
// note says so. UTF-16 named in a <meta> means UTF-8, as in browsers: a page that really is
// UTF-16 starts with a byte order mark.
absl::StatusOr<Decoded> DecodeHtml(absl::string_view bytes);

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_HTML_CHARSET_H_
