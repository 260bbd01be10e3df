/*
 * gongkai/common.h: status codes and the last-error message, shared by every module.
 *
 * Conventions of the whole C API (the rest of the headers rely on them):
 *  1. Every fallible function returns a gongkai_code; GONGKAI_OK (0) is success.
 *  2. On failure, gongkai_last_error_message() describes what failed, naming the argument or
 *     field. It is per thread and stays valid until the next Gongkai call on that thread.
 *  3. A failed call changes nothing: output arguments are left as they were, handles too.
 *  4. One argument order everywhere: output arguments first; then the handle the call works
 *     on (and, after it, any options handle); then `format` (or, for JSON conversion, the
 *     `flags`); then the inputs. Outputs allocated by the library are released by the
 *     matching gongkai_*_free function, which accepts NULL; never by free().
 *  5. Text is UTF-8, given as pointer + length unless a parameter says "NUL-terminated".
 *     A length of 0 with a NULL pointer is an empty input.
 *  6. No C++ exception ever leaves the library.
 *  7. Thread safety is stated in each header's opening comment, per handle type. Functions
 *     without a handle may be called from any number of threads at once; so may
 *     gongkai_code_name. gongkai_last_error_message reports the calling thread's last failure.
 *  8. A fixed set of choices is a typed enum (gongkai_format, gongkai_record_kind,
 *     gongkai_render_output, gongkai_disposition); a value outside the enum gives
 *     GONGKAI_INVALID_ARGUMENT. Sets of bit flags are enum constants too, combined with | into
 *     an unsigned int. Names the data defines (layout ids, table and cell keys, message type
 *     names) stay strings.
 */
#ifndef GONGKAI_COMMON_H_
#define GONGKAI_COMMON_H_

#include <stddef.h>
#include <stdint.h>

#if defined(GONGKAI_BUILDING_LIBRARY) && defined(__GNUC__)
#define GONGKAI_API __attribute__((visibility("default")))
#else
#define GONGKAI_API
#endif

/*
 * The enums of fixed choices below (gongkai_format, gongkai_record_kind, gongkai_render_output)
 * take any int: a value outside the enum is refused with GONGKAI_INVALID_ARGUMENT (convention
 * 8). In C an enum is an integer type already; in C++ it is given int as its underlying type,
 * without which a value outside the listed ones would not be a value of the type at all.
 */
#if defined(__cplusplus) && __cplusplus >= 201103L
#define GONGKAI_ENUM_BASE : int
#else
#define GONGKAI_ENUM_BASE
#endif

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The result of a call. Values follow absl::StatusCode and never change; new ones may be
 * added in a minor version, so treat an unknown nonzero value as failure.
 */
typedef enum gongkai_code {
  GONGKAI_OK = 0,
  /* Malformed input: bad bytes, bad JSON, invalid UTF-8, a date that does not exist. */
  GONGKAI_INVALID_ARGUMENT = 3,
  /* A named thing (message type, record, layout) does not exist. */
  GONGKAI_NOT_FOUND = 5,
  /* The thing to be created exists already (a duplicate id). */
  GONGKAI_ALREADY_EXISTS = 6,
  /* Memory or another limit ran out. */
  GONGKAI_RESOURCE_EXHAUSTED = 8,
  /* Well-formed input, but not allowed in the current state (an illegal transition). */
  GONGKAI_FAILED_PRECONDITION = 9,
  /* A number or date outside the range the library supports, or a sum that would overflow. */
  GONGKAI_OUT_OF_RANGE = 11,
  /* A bug in Gongkai; please report it with the message. */
  GONGKAI_INTERNAL = 13,
  /* Busy, or a source failed: another writer holds a store longer than the wait allows, or a
   * reader the caller gave (gongkai_read_fn) reported a failure. Nothing was changed; the same
   * call may succeed later. */
  GONGKAI_UNAVAILABLE = 14,
  /* A store is damaged (or is not what it should be at all): data cannot be trusted. */
  GONGKAI_DATA_LOSS = 15
} gongkai_code;

/*
 * How a message crosses the API: serialized protobuf, or the protobuf JSON mapping (UTF-8).
 * A stream of messages is length-delimited binary (a varint size before each message) or JSON
 * lines (one message per line). Outputs use the format of the call's inputs.
 */
typedef enum gongkai_format GONGKAI_ENUM_BASE {
  GONGKAI_FORMAT_BINARY = 0,
  GONGKAI_FORMAT_JSON = 1
} gongkai_format;

/* The constant's name without prefix ("OK", "INVALID_ARGUMENT", ...), or "UNKNOWN" for a value
 * not listed above. Static storage; never NULL. */
GONGKAI_API const char* gongkai_code_name(int code);

/*
 * What the last failed call on this thread reported, as NUL-terminated UTF-8. Never NULL: ""
 * when no call has failed on this thread. Owned by the library; do not free it.
 */
GONGKAI_API const char* gongkai_last_error_message(void);

#ifdef __cplusplus
}
#endif

#endif /* GONGKAI_COMMON_H_ */
