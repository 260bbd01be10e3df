/*
 * gongkai/calendar.h: the official working-day calendar (工作日) and working-day arithmetic.
 *
 * The national schedules 2019–2026 are built in. A newer schedule, or local closures, are
 * loaded at run time as gongkai.v1.CalendarSpec messages (binary or JSON) and layered over a
 * calendar. Dates are "YYYY-MM-DD" strings (NUL-terminated) within 2008-01-01 .. 2100-12-31,
 * written that way only (not 2024-2-3, 2024/02/03 or 2024年2月3日: docs/calendar.md); so are
 * the as_of dates of gongkai/cases.h and gongkai/disclosure.h.
 * A result that depends on a day of a year no schedule covers is computed by the weekday rule
 * and flagged provisional.
 * Thread safety: a gongkai_calendar is immutable; one handle may be used from any number of
 * threads at once. Free each handle once.
 */
#ifndef GONGKAI_CALENDAR_H_
#define GONGKAI_CALENDAR_H_

#include "gongkai/buffer.h"
#include "gongkai/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct gongkai_calendar gongkai_calendar;

/* The size of a date written by this module: "YYYY-MM-DD" and a NUL. */
#define GONGKAI_DATE_SIZE 11

/* The built-in national calendar. Returns GONGKAI_OK, or GONGKAI_INVALID_ARGUMENT if out is
 * NULL. Free with gongkai_calendar_free. */
GONGKAI_API gongkai_code gongkai_calendar_national(gongkai_calendar** out);

/*
 * A new calendar: `base` (NULL for none, i.e. weekdays only) with the gongkai.v1.CalendarSpec
 * `layer` (in `format`) applied over it; a later layer's days off and make-up days win. Returns
 * GONGKAI_OK; GONGKAI_INVALID_ARGUMENT for NULL out, malformed bytes, a date that does not exist, a
 * make-up working day on a weekday, a day both off and a make-up day (the message names the layer,
 * year and date); GONGKAI_OUT_OF_RANGE for a year outside 2008..2100.
 */
GONGKAI_API gongkai_code gongkai_calendar_layer(gongkai_calendar** out,
                                                const gongkai_calendar* base, gongkai_format format,
                                                const uint8_t* layer, size_t size);

/* Frees a calendar; NULL does nothing. */
GONGKAI_API void gongkai_calendar_free(gongkai_calendar* calendar);

/* The calendar's layers and versions ("cn-national@2026-11-29+local@3") into *out. */
GONGKAI_API gongkai_code gongkai_calendar_version(gongkai_buffer** out,
                                                  const gongkai_calendar* calendar);

/*
 * Whether `date` is a working day: *working is 1 or 0, *provisional 1 when no schedule covers
 * its year (either may be NULL). Returns GONGKAI_OK; GONGKAI_INVALID_ARGUMENT for NULL
 * arguments or a malformed date; GONGKAI_OUT_OF_RANGE outside 2008..2100.
 */
GONGKAI_API gongkai_code gongkai_calendar_is_working_day(int* working, int* provisional,
                                                         const gongkai_calendar* calendar,
                                                         const char* date);

/*
 * The n-th working day after `from` (n >= 1; `from` itself not counted) into `out`
 * (GONGKAI_DATE_SIZE bytes). *provisional (may be NULL) is 1 when any day of the span lies in a
 * year no schedule covers. Returns GONGKAI_OK; GONGKAI_INVALID_ARGUMENT for NULL arguments, a
 * malformed date or n < 1; GONGKAI_OUT_OF_RANGE when the result lies beyond 2100.
 */
GONGKAI_API gongkai_code gongkai_calendar_add_working_days(char* out, int* provisional,
                                                           const gongkai_calendar* calendar,
                                                           const char* from, int64_t n);

/* The number of working days in (from, to] into *out (negative when to is before from).
 * Errors as for gongkai_calendar_is_working_day. */
GONGKAI_API gongkai_code gongkai_calendar_working_days_between(int64_t* out,
                                                               const gongkai_calendar* calendar,
                                                               const char* from, const char* to);

/* The year's days off and make-up working days as a gongkai.v1.YearSchedule in `format`: what
 * every layer says about that year, one range per run of days off. Empty lists for a year no
 * layer covers. */
GONGKAI_API gongkai_code gongkai_calendar_year(gongkai_buffer** out,
                                               const gongkai_calendar* calendar,
                                               gongkai_format format, int year);

#ifdef __cplusplus
}
#endif

#endif /* GONGKAI_CALENDAR_H_ */
