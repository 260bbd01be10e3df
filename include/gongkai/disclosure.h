/*
 * gongkai/disclosure.h: proactive disclosure (主动公开) records, the issuance-slip review of their
 * public attribute, and remedy cases (复议 / 诉讼): checking single records. Whole years of
 * records become an annual report through gongkai/annual.h.
 *
 * Records are gongkai.v1.Disclosure, gongkai.v1.IssuanceSlip (with gongkai.v1.SlipEvent) and
 * gongkai.v1.Remedy messages in the `format` the call names (GONGKAI_FORMAT_BINARY or
 * GONGKAI_FORMAT_JSON). Dates are "YYYY-MM-DD" (NUL-terminated). Messages name records by id.
 * Thread safety: the functions may be called from any number of threads at once, sharing a
 * gongkai_calendar; a gongkai_index_registry must not be used by two threads at once.
 */
#ifndef GONGKAI_DISCLOSURE_H_
#define GONGKAI_DISCLOSURE_H_

#include "gongkai/buffer.h"
#include "gongkai/calendar.h"
#include "gongkai/cases.h"
#include "gongkai/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Checks a disclosure record's own fields (docs/disclosure.md). GONGKAI_OK;
 * GONGKAI_INVALID_ARGUMENT naming the field (a missing 生成日期, an impossible date, a
 * publication without channel or date, repealed before written, ...); GONGKAI_OUT_OF_RANGE for
 * a date outside 2008..2100.
 */
GONGKAI_API gongkai_code gongkai_disclosure_check(int format, const uint8_t* record, size_t size);

/*
 * 第二十六条 for one record (a gongkai.v1.PublicationTimeliness in *out): due 20 working days
 * (or the record's own limit) after it was formed or changed; late, or overdue as of `as_of`.
 * `options` may be NULL; only its count-start-day setting is used. Errors as for
 * gongkai_disclosure_check, and for a malformed as_of.
 */
GONGKAI_API gongkai_code gongkai_disclosure_timeliness(gongkai_buffer** out, int format,
                                                       const gongkai_calendar* calendar,
                                                       const gongkai_deadline_options* options,
                                                       const uint8_t* record, size_t size,
                                                       const char* as_of);

/* The 索引号 an agency has used, under one scheme. */
typedef struct gongkai_index_registry gongkai_index_registry;

/*
 * A new, empty registry with `scheme` (a gongkai.v1.IndexScheme; NULL with size 0 for the
 * default "{org}/{yyyy}-{nnnnn}" with no organisation code, which checks any code and makes
 * none). GONGKAI_INVALID_ARGUMENT naming index_scheme.template.
 */
GONGKAI_API gongkai_code gongkai_index_registry_new(gongkai_index_registry** out, int format,
                                                    const uint8_t* scheme, size_t size);
GONGKAI_API void gongkai_index_registry_free(gongkai_index_registry* registry);

/*
 * Records `index` as used by record `owner` (both NUL-terminated UTF-8). GONGKAI_ALREADY_EXISTS
 * naming both records when it is taken; GONGKAI_INVALID_ARGUMENT when it does not fit the
 * scheme or is empty. Nothing is recorded on failure.
 */
GONGKAI_API gongkai_code gongkai_index_registry_add(gongkai_index_registry* registry,
                                                    const char* index, const char* owner);

/*
 * Makes the next free 索引号 of the period of `date` for `owner`, records it, and writes it to
 * *out (NUL-terminated text). GONGKAI_OUT_OF_RANGE when the period's serials are exhausted;
 * GONGKAI_FAILED_PRECONDITION when the scheme has {org} but no organisation code.
 */
GONGKAI_API gongkai_code gongkai_index_registry_next(gongkai_buffer** out,
                                                     gongkai_index_registry* registry,
                                                     const char* date, const char* owner);

/*
 * Replays an issuance slip's review (docs/slip.md) and writes its gongkai.v1.SlipState to *out.
 * `workflows` (a stream of gongkai.v1.SlipWorkflow in `format`: length-delimited or JSON lines;
 * NULL with size 0 for none) adds to the built-in "common" and "chaoyang". GONGKAI_OK;
 * GONGKAI_INVALID_ARGUMENT for a malformed slip, event or workflow; GONGKAI_FAILED_PRECONDITION
 * for a step the review does not allow (the message names the rule, e.g. S-secrecy-first);
 * GONGKAI_NOT_FOUND for an unknown workflow; GONGKAI_ALREADY_EXISTS for a workflow id given
 * twice; GONGKAI_OUT_OF_RANGE for a date outside 2008..2100.
 */
GONGKAI_API gongkai_code gongkai_slip_replay(gongkai_buffer** out, int format,
                                             const uint8_t* slip, size_t size,
                                             const uint8_t* workflows, size_t workflows_size);

/*
 * Appends `event` (a gongkai.v1.SlipEvent) to a copy of the slip if the review allows it, and
 * writes the new slip to *out. The input is never changed; on failure *out is left as it was.
 * Errors as for gongkai_slip_replay.
 */
GONGKAI_API gongkai_code gongkai_slip_apply_event(gongkai_buffer** out, int format,
                                                  const uint8_t* slip, size_t size,
                                                  const uint8_t* event, size_t event_size,
                                                  const uint8_t* workflows, size_t workflows_size);

/*
 * Checks a remedy case (gongkai.v1.Remedy): kind, dates, a result exactly when concluded.
 * GONGKAI_INVALID_ARGUMENT naming the field; GONGKAI_OUT_OF_RANGE for a date outside 2008..2100.
 */
GONGKAI_API gongkai_code gongkai_remedy_check(int format, const uint8_t* record, size_t size);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* GONGKAI_DISCLOSURE_H_ */
