// Small text helpers of the notices: the checks every inserted string passes, Chinese dates and
// amounts, and the internal steps CheckTemplate and ComposeNotice share.
#ifndef GONGKAI_LIB_NOTICE_TEXT_H_
#define GONGKAI_LIB_NOTICE_TEXT_H_

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "gongkai/v1/notice.pb.h"

namespace gongkai::notice {

// OK for UTF-8 text without control characters (a line: no line feed either); else
// InvalidArgument naming `field` and the byte, never the text (it may be personal data).
absl::Status CheckLine(absl::string_view text, absl::string_view field);

// `text`, free text from a record or the caller, as one line: CR, LF and tab become spaces (a
// CR LF pair one space). InvalidArgument naming `field` for other control characters or text
// that is not UTF-8.
absl::StatusOr<std::string> Flatten(absl::string_view text, absl::string_view field);

// `text` with & < > " escaped, for HTML and XML (DOCX) alike; one pass, so an escape's "&" is
// not escaped again.
std::string Escaped(absl::string_view text);

// "2025年1月8日".
std::string ChineseDate(absl::CivilDay day);
// 12345 分 → "人民币123.45元"; exact, never through floating point.
std::string Yuan(int64_t fen);

absl::Status CheckNumberTemplate(absl::string_view scheme, absl::string_view field);
absl::Status CheckKindBody(const v1::NoticeKindRule& rule, absl::string_view body,
                           absl::string_view field);
absl::Status CheckDecision(const v1::NoticeOutcomeRule& rule, absl::string_view decision,
                           absl::string_view field);

}  // namespace gongkai::notice

#endif  // GONGKAI_LIB_NOTICE_TEXT_H_
