/*
 * gongkai/cases.h: disclosure applications (依申请公开): their append-only history, deadlines
 * as of a date with explanations, and table 三 of the annual report counted from them.
 *
 * Records are gongkai.v1.Application messages, events gongkai.v1.Event, in the `format` the
 * call names (gongkai_format, gongkai/common.h); several records
 * are a length-delimited stream or JSON lines. Dates are "YYYY-MM-DD" (NUL-terminated).
 * Messages about a record name it by its id and never repeat the applicant's personal data.
 * Thread safety: the functions may be called from any number of threads at once, sharing a
 * gongkai_calendar; a gongkai_table3 or gongkai_deadline_options handle must not be used by two
 * threads at once, not even to read it (use one aggregator per thread and merge them).
 */
#ifndef GONGKAI_CASES_H_
#define GONGKAI_CASES_H_

#include "gongkai/buffer.h"
#include "gongkai/calendar.h"
#include "gongkai/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Checks a record and its whole history against the rules (docs/cases.md). Returns GONGKAI_OK;
 * GONGKAI_INVALID_ARGUMENT for a malformed record (a missing or impossible date, an unknown
 * enum value); GONGKAI_FAILED_PRECONDITION for an event not allowed where it stands (the
 * message names the record, the event's index and type, and the state); GONGKAI_OUT_OF_RANGE
 * for a date outside 2008..2100.
 */
GONGKAI_API gongkai_code gongkai_application_check(const gongkai_calendar* calendar,
                                                   gongkai_format format,
                                                   const uint8_t* application, size_t size);

/*
 * Appends `event` to a copy of `application` if the history allows it, and writes the new
 * record to *out. The input is never changed; on failure *out is left as it was. Errors as for
 * gongkai_application_check, for the record and for the new event.
 */
GONGKAI_API gongkai_code gongkai_application_apply_event(gongkai_buffer** out,
                                                         const gongkai_calendar* calendar,
                                                         gongkai_format format,
                                                         const uint8_t* application, size_t size,
                                                         const uint8_t* event, size_t event_size);

/* How deadlines are counted where the law is silent; defaults in docs/cases.md. */
typedef struct gongkai_deadline_options gongkai_deadline_options;

/* New options holding the defaults. GONGKAI_OK, or GONGKAI_INVALID_ARGUMENT if out is NULL.
 * Free them with gongkai_deadline_options_free. */
GONGKAI_API gongkai_code gongkai_deadline_options_new(gongkai_deadline_options** out);

/* Frees options; NULL does nothing. */
GONGKAI_API void gongkai_deadline_options_free(gongkai_deadline_options* options);

/* 1: the start date is day one when it is a working day; 0 (default): day one is the next
 * working day. */
GONGKAI_API gongkai_code gongkai_deadline_options_set_count_start_day(
    gongkai_deadline_options* options, int count_start_day);
/* 1 (default): the wait from a fee notice's receipt to payment stops the reply clock. */
GONGKAI_API gongkai_code
gongkai_deadline_options_set_fee_wait_stops_clock(gongkai_deadline_options* options, int stops);

/*
 * The deadlines of `application` as of `as_of` (a gongkai.v1.DeadlineReport in *out): reply,
 * correction notice, correction, third-party answers, fee payment; each with its due date, met
 * or overdue, working days left, provisional flag and a step-by-step explanation. `options`
 * may be NULL. Errors as for gongkai_application_check, and for a malformed as_of.
 */
GONGKAI_API gongkai_code gongkai_application_deadlines(
    gongkai_buffer** out, const gongkai_calendar* calendar, const gongkai_deadline_options* options,
    gongkai_format format, const uint8_t* application, size_t size, const char* as_of);

/*
 * The reply due date (答复期限, 第三十三条) of an application, in one call: the question most
 * callers ask. `received` is the day the application counts as received (第三十一条 fixes it
 * per channel). The rest is optional:
 *   options              NULL for the defaults (docs/cases.md);
 *   extension_days       0, or the 1..20 working days approved under 第三十三条第二款;
 *   correction_received  NULL, or the day the corrected application arrived: the period
 *                        then runs from it (第三十条);
 *   pause_count          finished consultations (第三十二条: their time is not counted), the
 *                        i-th from pause_starts[i] (the request) to pause_ends[i] (the answer);
 *                        in any order, one after another (they may touch, not overlap).
 * The date goes to `out` (GONGKAI_DATE_SIZE bytes); *provisional (may be NULL) is 1 when the
 * period reaches a year no official schedule covers. It equals the reply deadline that
 * gongkai_application_deadlines gives for the same facts. While a consultation is still open
 * the date is not known; gongkai_application_deadlines reports that deadline as paused.
 * Returns GONGKAI_OK; GONGKAI_INVALID_ARGUMENT for NULL out, calendar or received, NULL pause
 * arrays with a count, a malformed date (named, e.g. "pause_ends[1]"), dates out of order,
 * overlapping consultations or an extension outside 0..20; GONGKAI_OUT_OF_RANGE for a date outside
 * 2008..2100. On failure `out` and *provisional are left as they were.
 */
GONGKAI_API gongkai_code gongkai_reply_due(char* out, int* provisional,
                                           const gongkai_calendar* calendar,
                                           const gongkai_deadline_options* options,
                                           const char* received, int extension_days,
                                           const char* correction_received,
                                           const char* const* pause_starts,
                                           const char* const* pause_ends, size_t pause_count);

/* An aggregator of table 三 for one report year. */
typedef struct gongkai_table3 gongkai_table3;

/*
 * A new, empty aggregator for report year `year` in layout `layout` ("" for the layout in force
 * for the year). `mapping` (a gongkai.v1.OutcomeMapping in `format`, NULL with size 0 for the
 * built-in one) overrides which row each outcome lands in. Returns GONGKAI_OK;
 * GONGKAI_INVALID_ARGUMENT for NULL out or layout or a mapping naming rows the layout lacks;
 * GONGKAI_NOT_FOUND for an unknown layout; GONGKAI_OUT_OF_RANGE for a year outside 2019..2100.
 */
GONGKAI_API gongkai_code gongkai_table3_new(gongkai_table3** out, gongkai_format format, int year,
                                            const char* layout, const uint8_t* mapping,
                                            size_t mapping_size);

/* Frees an aggregator; NULL does nothing. */
GONGKAI_API void gongkai_table3_free(gongkai_table3* table);

/*
 * Adds a stream of applications (one call for millions of records). Records that cannot be
 * placed are counted as problems, not errors. Returns GONGKAI_OK; GONGKAI_INVALID_ARGUMENT
 * for NULL table or a malformed stream (naming the message index; nothing of the stream is then
 * added).
 */
GONGKAI_API gongkai_code gongkai_table3_add(gongkai_table3* table, gongkai_format format,
                                            const uint8_t* stream, size_t size);

/* Adds `from`'s counts into `into` (same year, layout and mapping). GONGKAI_INVALID_ARGUMENT
 * for a mismatch; GONGKAI_OUT_OF_RANGE, changing nothing, if a count would overflow. */
GONGKAI_API gongkai_code gongkai_table3_merge(gongkai_table3* into, const gongkai_table3* from);

/* The result so far as a gongkai.v1.Table3Result: the report of `agency` (a gongkai.v1.Agency
 * in `format`; NULL with size 0 for none) with table 三 derived, record counts and problems. */
GONGKAI_API gongkai_code gongkai_table3_result(gongkai_buffer** out, const gongkai_table3* table,
                                               gongkai_format format, const uint8_t* agency,
                                               size_t agency_size);

#ifdef __cplusplus
}
#endif

#endif /* GONGKAI_CASES_H_ */
