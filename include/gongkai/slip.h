/*
 * gongkai/slip.h: the issuance slip (发文稿纸) review of a record's public attribute (公开属性):
 * replaying it and appending steps (docs/slip.md).
 *
 * Slips are gongkai.v1.IssuanceSlip messages, steps gongkai.v1.SlipEvent, extra review
 * workflows gongkai.v1.SlipWorkflow, in the `format` the call names (gongkai_format,
 * gongkai/common.h). Messages name slips by id.
 * Thread safety: the functions may be called from any number of threads at once.
 */
#ifndef GONGKAI_SLIP_H_
#define GONGKAI_SLIP_H_

#include "gongkai/buffer.h"
#include "gongkai/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Replays an issuance slip's review (docs/slip.md) and writes its gongkai.v1.SlipState to *out.
 * `workflows` (a stream of gongkai.v1.SlipWorkflow in `format`: length-delimited or JSON lines;
 * NULL with size 0 for none) adds to the built-in "common" and "chaoyang". GONGKAI_OK;
 * GONGKAI_INVALID_ARGUMENT for a malformed slip, event or workflow; GONGKAI_FAILED_PRECONDITION
 * for a step the review does not allow (the message names the rule, e.g. S-secrecy-first);
 * GONGKAI_NOT_FOUND for an unknown workflow; GONGKAI_ALREADY_EXISTS for a workflow id given
 * twice; GONGKAI_OUT_OF_RANGE for a date outside 2008..2100.
 */
GONGKAI_API gongkai_code gongkai_slip_replay(gongkai_buffer** out, gongkai_format format,
                                             const uint8_t* slip, size_t size,
                                             const uint8_t* workflows, size_t workflows_size);

/*
 * Appends `event` (a gongkai.v1.SlipEvent) to a copy of the slip if the review allows it, and
 * writes the new slip to *out. The input is never changed; on failure *out is left as it was.
 * Errors as for gongkai_slip_replay.
 */
GONGKAI_API gongkai_code gongkai_slip_apply_event(gongkai_buffer** out, gongkai_format format,
                                                  const uint8_t* slip, size_t size,
                                                  const uint8_t* event, size_t event_size,
                                                  const uint8_t* workflows, size_t workflows_size);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* GONGKAI_SLIP_H_ */
