// A composed notice as the lines every rendering shows, in order, each with its role: the one
// source of a notice's text, so that text, HTML and DOCX say the same.
#ifndef GONGKAI_LIB_NOTICE_LINES_H_
#define GONGKAI_LIB_NOTICE_LINES_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "gongkai/v1/notice.pb.h"

namespace gongkai::notice {

enum class Role {
  kLetterhead,
  kTitle,
  kNumber,
  kAddressee,
  kParagraph,
  kSignature,
  kDate,
  kContact
};

struct Line {
  Role role;
  std::string text;  // as printed: a paragraph starts with two ideographic spaces
};

// The lines of `notice`; InvalidArgument naming the field for one that is empty (title,
// signature) or not a valid date.
absl::StatusOr<std::vector<Line>> LinesOf(const v1::Notice& notice);

// The role's name: the HTML class and the DOCX style id of its lines ("title", "body").
absl::string_view RoleName(Role role);

// Whether a blank line precedes `role` in the plain text (after the number, before the
// signature): the layout of a 公文, which HTML and DOCX show with spacing instead.
bool BlankBefore(Role role);

// The DOCX rendering (docx.cc).
absl::StatusOr<std::string> RenderDocx(const std::vector<Line>& lines);

}  // namespace gongkai::notice

#endif  // GONGKAI_LIB_NOTICE_LINES_H_
