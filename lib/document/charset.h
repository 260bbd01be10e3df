// Text encodings of published documents: UTF-8 (with or without a byte order mark), GB18030
// and its subsets GBK and GB2312 (what Chinese Windows and many portals write), and UTF-16
// with a byte order mark (Notepad's "Unicode"). Transcoding uses iconv (glibc).
#ifndef GONGKAI_LIB_DOCUMENT_CHARSET_H_
#define GONGKAI_LIB_DOCUMENT_CHARSET_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace gongkai::document {

struct Decoded {
  std::string utf8;  // the text, valid UTF-8, without a byte order mark
  // How it was read: "UTF-8", "UTF-8 with a byte order mark", "GB18030", "UTF-16LE", ...
  std::string encoding;
  // An English sentence for a warning when the text was not plain UTF-8 ("decoded from GB18030
  // (declared gb2312)"); empty for UTF-8 without a byte order mark.
  std::string note;
};

// Whether `name` (any case, "-"/"_" ignored) names GB18030 or a subset: gb18030, gbk, gb2312,
// cp936, windows-936, x-gbk, euc-cn.
bool IsGbCharset(absl::string_view name);

// Decodes `bytes`. `declared` is the charset the document names (an HTML <meta>, an XML
// declaration), empty if none. A byte order mark wins over a declaration. Declared UTF-8 or a
// GB charset must decode wholly; with nothing declared, UTF-8 is tried first, then GB18030.
// InvalidArgument, starting with `what` ("html") and naming the byte offset of the first byte
// that cannot be decoded, or the charset if it is one this library does not read.
absl::StatusOr<Decoded> ToUtf8(absl::string_view bytes, absl::string_view declared,
                               absl::string_view what);

}  // namespace gongkai::document

#endif  // GONGKAI_LIB_DOCUMENT_CHARSET_H_
