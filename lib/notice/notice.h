// The written notices of an application (docs/notices.md): composed from its replayed history
// with every date from the case engine, rendered as text, HTML or DOCX, and checked.
//
// Personal data (the applicant's name, the request, the details) appears only in a Notice and
// its rendering; no error message repeats it.
#ifndef GONGKAI_LIB_NOTICE_NOTICE_H_
#define GONGKAI_LIB_NOTICE_NOTICE_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "calendar/calendar.h"
#include "gongkai/v1/notice.pb.h"

namespace gongkai::notice {

// Checks an agency's template: every body, title and decision parses; every element it names
// exists; every element the law requires of the kind (and, in a decision, the citation) is
// kept; every 文号 scheme is valid. InvalidArgument naming the field and, for a dropped element,
// its name and label ("template.kinds[0].body: drops {correction_due} (补正期限的最后一日),
// which a 政府信息公开申请补正告知书 must contain").
absl::Status CheckTemplate(const v1::NoticeTemplate& notice_template);

// Composes the notice `request` asks for. Errors:
// - InvalidArgument for an unknown kind or format, a bad template (CheckTemplate), a detail the
//   kind or outcome requires and the request lacks ("details.correction_items is empty: ..."),
//   a missing addressee, a consultation index the history lacks;
// - the errors of cases::ReplayHistory for a history that breaks its rules;
// - FailedPrecondition when the history does not support the notice, with the rule
//   ("application 2025-0042: no 政府信息公开申请延期答复告知书: the history has no approved
//   extension (EXTENSION_APPROVED, 第三十三条第二款)");
// - OutOfRange when a date leaves the calendar, or the 文号 serial does not fit its scheme.
absl::StatusOr<v1::Notice> ComposeNotice(const v1::NoticeRequest& request,
                                         const calendar::Calendar& cal);

// `notice` as plain text (UTF-8, LF line ends), a printable A4 HTML page, or a DOCX document.
// The text of the HTML and the DOCX, read back paragraph by paragraph, equals the plain text.
// InvalidArgument for an unknown format.
absl::StatusOr<std::string> RenderNotice(const v1::Notice& notice, v1::NoticeFormat format);

// ComposeNotice, then RenderNotice in request.format().
absl::StatusOr<std::string> WriteNotice(const v1::NoticeRequest& request,
                                        const calendar::Calendar& cal);

// Checks `text`, a notice of request.kind() written elsewhere (its plain text), against the
// case: the dates it states against those the case engine computes, the provisions it cites
// against the outcome's, and, for a reply, the remedy clause and its periods. The findings are
// disagreements; an empty list means none was found. Errors: those of ComposeNotice, except that
// a template is not needed.
absl::StatusOr<v1::NoticeCheck> CheckNoticeText(absl::string_view text,
                                                const v1::NoticeRequest& request,
                                                const calendar::Calendar& cal);

// "correction" → NOTICE_KIND_CORRECTION; NOTICE_KIND_UNSPECIFIED for an unknown name.
v1::NoticeKind KindFromName(absl::string_view name);
// The CLI name of `kind` ("reply"), or "" for an unknown kind.
std::string KindName(v1::NoticeKind kind);

}  // namespace gongkai::notice

#endif  // GONGKAI_LIB_NOTICE_NOTICE_H_
