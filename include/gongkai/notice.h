/*
 * gongkai/notice.h: the written notices (文书) of a disclosure application: 补正告知书,
 * 延期答复告知书, 征求意见书, 收费通知书 and the reply (答复书), composed from the application's
 * replayed history with every date from the case engine, rendered, and checked (docs/notices.md).
 *
 * Requests are gongkai.v1.NoticeRequest messages (the kind, the application, the agency's
 * gongkai.v1.NoticeTemplate, the gongkai.v1.NoticeDetails, the 文号 serial, the output format)
 * in the `format` the call names (gongkai_format, gongkai/common.h); message outputs use the
 * same format. A notice, composed or rendered, holds personal data (the applicant's name, the
 * request, the details): it is the document itself. Error messages name the application by its
 * id and the field at fault, and never repeat personal data.
 * Thread safety: the functions may be called from any number of threads at once, sharing a
 * gongkai_calendar.
 */
#ifndef GONGKAI_NOTICE_H_
#define GONGKAI_NOTICE_H_

#include "gongkai/buffer.h"
#include "gongkai/calendar.h"
#include "gongkai/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Composes the notice `request` asks for and renders it in request.format into *out: UTF-8
 * text (LF line ends) for NOTICE_FORMAT_TEXT or UNSPECIFIED, a printable A4 UTF-8 HTML page for
 * NOTICE_FORMAT_HTML, the bytes of a .docx file for NOTICE_FORMAT_DOCX. Returns GONGKAI_OK;
 * GONGKAI_INVALID_ARGUMENT for NULL out or calendar, a malformed request, an unknown kind or
 * format, a template that drops an element the law requires, or a detail the kind or outcome
 * needs and the request lacks (the message names the field, e.g. "details.correction_items");
 * GONGKAI_FAILED_PRECONDITION when the history does not support the notice, the message giving
 * the rule ("application 2025-0042: no 政府信息公开申请延期答复告知书: the history has no approved
 * extension (EXTENSION_APPROVED, 第三十三条第二款)"), or when the history breaks its own rules;
 * GONGKAI_OUT_OF_RANGE for a date outside the calendar or a 文号 serial its scheme cannot hold.
 */
GONGKAI_API gongkai_code gongkai_notice_write(gongkai_buffer** out,
                                              const gongkai_calendar* calendar,
                                              gongkai_format format, const uint8_t* request,
                                              size_t size);

/*
 * Composes the notice `request` asks for, before rendering, as a gongkai.v1.Notice in *out:
 * title, 文号, addressee, paragraphs, signature, date, the provisions cited and the dates stated
 * by element. Notice.provisional is set when a date was counted in a year no calendar layer
 * covers: check it before sending. Errors as for gongkai_notice_write.
 */
GONGKAI_API gongkai_code gongkai_notice_compose(gongkai_buffer** out,
                                                const gongkai_calendar* calendar,
                                                gongkai_format format, const uint8_t* request,
                                                size_t size);

/*
 * Checks `text` (UTF-8: the plain text of a notice of request.kind written elsewhere) against
 * the case, and writes a gongkai.v1.NoticeCheck to *out: each disagreement (a date, a
 * provision, the remedy clause) is a finding. Findings are not a failure; an empty list means
 * none was found. The request's template is not needed. Errors as for gongkai_notice_write, and
 * GONGKAI_INVALID_ARGUMENT for NULL text with a nonzero text_size or text that is not UTF-8
 * (the message gives the byte offset, never the text).
 */
GONGKAI_API gongkai_code gongkai_notice_check(gongkai_buffer** out,
                                              const gongkai_calendar* calendar,
                                              gongkai_format format, const uint8_t* request,
                                              size_t size, const uint8_t* text, size_t text_size);

/*
 * Checks an agency's gongkai.v1.NoticeTemplate: every title, body and decision parses, names
 * only known elements and keeps every element the law requires of its kind; every 文号 scheme
 * is valid. Returns GONGKAI_OK, or GONGKAI_INVALID_ARGUMENT for a malformed message or an
 * unusable template, naming the field and, for a dropped element, its name and label.
 */
GONGKAI_API gongkai_code gongkai_notice_template_check(gongkai_format format,
                                                       const uint8_t* notice_template, size_t size);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* GONGKAI_NOTICE_H_ */
