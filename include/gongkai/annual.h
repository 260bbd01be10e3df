/*
 * gongkai/annual.h: the full annual report (政府信息公开工作年度报告) from records
 * (docs/annual.md).
 *
 * A builder is made from a gongkai.v1.AnnualRequest (agency, year, entered figures and
 * narratives, options), takes streams of records of each kind, and finishes into a
 * gongkai.v1.AnnualResult: the report with tables 二 三 四 derived, its validation findings, the
 * headline figures for section 一 with their sentences, the records skipped or found wrong,
 * and, when the request's options name a cell, the ids of the records behind it.
 * Thread safety: a gongkai_annual must not be used by two threads at once, not even to read it
 * (finish, or as the `from` of a merge); build one per thread over shards of the records and
 * merge them, or let one builder parse on several threads (gongkai_annual_set_threads). A
 * gongkai_read_fn is called on the calling thread only. The calendar given to gongkai_annual_new
 * may be freed, or used by other threads, while the builder lives.
 */
#ifndef GONGKAI_ANNUAL_H_
#define GONGKAI_ANNUAL_H_

#include "gongkai/buffer.h"
#include "gongkai/calendar.h"
#include "gongkai/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct gongkai_annual gongkai_annual;

/*
 * A new builder for `request` (a gongkai.v1.AnnualRequest in `format`). `calendar` may be NULL
 * for the built-in national calendar; the builder keeps its own reference. GONGKAI_OK;
 * GONGKAI_INVALID_ARGUMENT naming the field (agency.id empty, entered cells that are derived
 * from records, a bad workflow or option); GONGKAI_NOT_FOUND for an unknown layout or trace
 * cell; GONGKAI_OUT_OF_RANGE for a year outside 2019..2100.
 */
GONGKAI_API gongkai_code gongkai_annual_new(gongkai_annual** out, const gongkai_calendar* calendar,
                                            gongkai_format format, const uint8_t* request,
                                            size_t size);

/* Frees a builder; NULL does nothing. */
GONGKAI_API void gongkai_annual_free(gongkai_annual* annual);

/* The kinds of record a builder takes (the record_kind of a gongkai.v1.RecordProblem is the
 * lower-case name: "disclosure", "slip", "application", "remedy"). */
typedef enum gongkai_record_kind GONGKAI_ENUM_BASE {
  GONGKAI_RECORD_DISCLOSURE = 1,  /* gongkai.v1.Disclosure */
  GONGKAI_RECORD_SLIP = 2,        /* gongkai.v1.IssuanceSlip */
  GONGKAI_RECORD_APPLICATION = 3, /* gongkai.v1.Application */
  GONGKAI_RECORD_REMEDY = 4       /* gongkai.v1.Remedy */
} gongkai_record_kind;

/*
 * Adds a stream of records of `kind`: length-delimited binary or JSON lines, as `format` says.
 * A record that breaks a rule does not fail the call: it is listed among the result's problems.
 * GONGKAI_INVALID_ARGUMENT for a kind outside gongkai_record_kind or a malformed stream (the
 * message names the record's index); then nothing of the stream is added.
 */
GONGKAI_API gongkai_code gongkai_annual_add(gongkai_annual* annual, gongkai_format format,
                                            gongkai_record_kind kind, const uint8_t* stream,
                                            size_t size);

/*
 * Sets how many threads the builder's adds parse records on: 1, the default, is the calling
 * thread alone; with N, N threads parse (the calling one among them) while the calling thread
 * adds the records in order, so the result and every error are those of one thread. Worth it
 * only for streams of megabytes (docs/performance.md). GONGKAI_OK; GONGKAI_OUT_OF_RANGE,
 * changing nothing, for a number outside 1..64.
 */
GONGKAI_API gongkai_code gongkai_annual_set_threads(gongkai_annual* annual, int threads);

/*
 * A source of a stream's bytes for gongkai_annual_add_reader. Writes up to `capacity` bytes to
 * `buffer` and returns how many; fewer than asked for is fine, 0 means the stream has ended and
 * a negative number that reading failed. Called only on the thread that called add_reader,
 * never after add_reader has returned.
 */
typedef int64_t (*gongkai_read_fn)(void* context, uint8_t* buffer, size_t capacity);

/*
 * gongkai_annual_add over a stream that `read` gives in blocks (passing it `context`), never
 * held whole: memory stays flat however long the stream. Errors as gongkai_annual_add's, and
 * GONGKAI_INVALID_ARGUMENT if `read` is NULL or returns more than it was asked for;
 * GONGKAI_UNAVAILABLE if it returns a negative number. On any error nothing of the stream is
 * added.
 */
GONGKAI_API gongkai_code gongkai_annual_add_reader(gongkai_annual* annual, gongkai_format format,
                                                   gongkai_record_kind kind, gongkai_read_fn read,
                                                   void* context);

/*
 * gongkai_annual_add over the file `path` (NUL-terminated), read in blocks. Errors as
 * gongkai_annual_add's, and GONGKAI_NOT_FOUND when the file does not exist;
 * GONGKAI_INVALID_ARGUMENT, naming the path and the system's reason, when it cannot be opened
 * or read (a folder, no permission). On any error nothing of the file is added.
 */
GONGKAI_API gongkai_code gongkai_annual_add_file(gongkai_annual* annual, gongkai_format format,
                                                 gongkai_record_kind kind, const char* path);

/*
 * Adds what `from` has seen to `into`, as if its records had been added after into's own.
 * GONGKAI_INVALID_ARGUMENT unless both were made from the same request, or if they are the same
 * handle; GONGKAI_OUT_OF_RANGE, changing nothing, if a count would overflow.
 */
GONGKAI_API gongkai_code gongkai_annual_merge(gongkai_annual* into, const gongkai_annual* from);

/*
 * Writes the gongkai.v1.AnnualResult (in `format`) to *out: the report, its validation, the
 * headline figures of section 一 and their sentences (narrative), the records read and the
 * problems found. The builder is unchanged and can take more records.
 */
GONGKAI_API gongkai_code gongkai_annual_finish(gongkai_buffer** out, const gongkai_annual* annual,
                                               gongkai_format format);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* GONGKAI_ANNUAL_H_ */
