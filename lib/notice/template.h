// Notice templates: text with {element} placeholders ({{ and }} are literal braces), one
// paragraph per line (docs/notices.md, "Templates").
#ifndef GONGKAI_LIB_NOTICE_TEMPLATE_H_
#define GONGKAI_LIB_NOTICE_TEMPLATE_H_

#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace gongkai::notice {

// The longest template text accepted, in bytes: a letter, not a book.
inline constexpr size_t kMaxTemplateBytes = 64 * 1024;

// A parsed template: literal text and element names, in order.
struct Piece {
  bool element = false;
  std::string text;  // the literal, or the element's name
};
using Pieces = std::vector<Piece>;

// Parses `text`. InvalidArgument naming `field` for text that is not UTF-8, holds a control
// character other than a line feed, is longer than kMaxTemplateBytes, has an unclosed '{', a
// lone '}', an empty placeholder or one naming no element of the catalogue.
absl::StatusOr<Pieces> ParseTemplate(absl::string_view text, absl::string_view field);

// Whether `pieces` names element `name`.
bool Names(const Pieces& pieces, absl::string_view name);

// A node-based map: a failed allocation leaves it intact (this Abseil's flat_hash_map is left
// broken, and its destructor then frees what was never allocated).
using Values = std::map<std::string, std::string, std::less<>>;

// `pieces` with each element replaced by its value in `values`. InvalidArgument naming `field`
// and the element for one `values` lacks (the template names an element this notice has no
// value for, e.g. {fee_amount} in a correction notice).
absl::StatusOr<std::string> Fill(const Pieces& pieces, const Values& values,
                                 absl::string_view field);

}  // namespace gongkai::notice

#endif  // GONGKAI_LIB_NOTICE_TEMPLATE_H_
