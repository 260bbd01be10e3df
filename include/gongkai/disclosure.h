/*
 * gongkai/disclosure.h: proactive disclosure (主动公开) records one at a time: their own fields,
 * 第二十六条 timeliness, and the 索引号 an agency has used (docs/disclosure.md). The review of a
 * record's public attribute is in gongkai/slip.h; whole years of records become an annual
 * report through gongkai/annual.h.
 *
 * Records are gongkai.v1.Disclosure messages in the `format` the call names (gongkai_format,
 * gongkai/common.h). Dates are "YYYY-MM-DD" (NUL-terminated). Messages name records by id.
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
GONGKAI_API gongkai_code gongkai_disclosure_check(gongkai_format format, const uint8_t* record,
                                                  size_t size);

/*
 * 第二十六条 for one record (a gongkai.v1.PublicationTimeliness in *out): due 20 working days
 * (or the record's own limit) after it was formed or changed; late, or overdue as of `as_of`.
 * `options` may be NULL; only its count-start-day setting is used. Errors as for
 * gongkai_disclosure_check, and for a malformed as_of.
 */
GONGKAI_API gongkai_code gongkai_disclosure_timeliness(gongkai_buffer** out,
                                                       const gongkai_calendar* calendar,
                                                       const gongkai_deadline_options* options,
                                                       gongkai_format format, const uint8_t* record,
                                                       size_t size, const char* as_of);

/* The 索引号 an agency has used, under one scheme. */
typedef struct gongkai_index_registry gongkai_index_registry;

/*
 * A new, empty registry with `scheme` (a gongkai.v1.IndexScheme; NULL with size 0 for the
 * default "{org}/{yyyy}-{nnnnn}" with no organisation code, which checks any code and makes
 * none). GONGKAI_INVALID_ARGUMENT naming index_scheme.template.
 */
GONGKAI_API gongkai_code gongkai_index_registry_new(gongkai_index_registry** out,
                                                    gongkai_format format, const uint8_t* scheme,
                                                    size_t size);

/* Frees a registry; NULL does nothing. */
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

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* GONGKAI_DISCLOSURE_H_ */
