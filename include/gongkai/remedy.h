/*
 * gongkai/remedy.h: remedy cases (行政复议 / 行政诉讼) one at a time (docs/remedy.md).
 *
 * Cases are gongkai.v1.Remedy messages in the `format` the call names (gongkai_format,
 * gongkai/common.h). Messages name cases by id; table 四 is counted from them through
 * gongkai/annual.h.
 * Thread safety: the functions may be called from any number of threads at once.
 */
#ifndef GONGKAI_REMEDY_H_
#define GONGKAI_REMEDY_H_

#include "gongkai/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Checks a remedy case (gongkai.v1.Remedy): kind, dates, a result exactly when concluded.
 * GONGKAI_INVALID_ARGUMENT naming the field; GONGKAI_OUT_OF_RANGE for a date outside 2008..2100.
 */
GONGKAI_API gongkai_code gongkai_remedy_check(gongkai_format format, const uint8_t* record,
                                              size_t size);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* GONGKAI_REMEDY_H_ */
