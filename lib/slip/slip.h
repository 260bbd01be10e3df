// The review of a document's public attribute (公开属性) on its issuance slip (发文签批单):
// checking a slip, replaying its events into the state, and appending an event (docs/slip.md).
//
// Like an application's, a slip's history is append-only and its state is recomputed from the
// events, never stored. Every refusal names the slip's id, the event's index, action, date and
// role, and the rule broken, by its stable id (slip/rules.h):
//   slip 2023-017: events[3] SIGN (2023-05-06) by SIGNER refused by rule S-secrecy-first:
//   the confidentiality review has not passed (...)
// None repeats the title, the actor, a reason or a channel: free text may be sensitive.
#ifndef GONGKAI_LIB_SLIP_SLIP_H_
#define GONGKAI_LIB_SLIP_SLIP_H_

#include "absl/status/statusor.h"
#include "gongkai/v1/slip.pb.h"
#include "slip/workflow.h"

namespace gongkai::slip {

// Checks the record and every event in order, and returns what the history establishes.
// The record: a non-empty id (S-id); a workflow `workflows` knows, "" meaning "common"
// (NotFound, S-workflow); an origin among DocumentOrigin's values (S-origin);
// inherited_attribute set for JOINT_PARTNER and FORWARDED (S-inherited-required) and for no
// other origin (S-inherited-misplaced). Each event: first on its own (InvalidArgument, or
// OutOfRange for a date outside 2008–2100), then against the state (FailedPrecondition when
// its action or role is not due; InvalidArgument for a field the state makes necessary), then
// its date against the event before it (InvalidArgument). The first error found is returned.
absl::StatusOr<v1::SlipState> ReplaySlip(const v1::IssuanceSlip& slip,
                                         const Workflows& workflows = Workflows::Builtin());

// Replays `slip` and checks `event` as its next one (index events_size()); returns a copy of
// the slip with the event appended. `slip` is never modified. Errors as ReplaySlip.
absl::StatusOr<v1::IssuanceSlip> ApplySlipEvent(const v1::IssuanceSlip& slip,
                                                const v1::SlipEvent& event,
                                                const Workflows& workflows = Workflows::Builtin());

// As above, and, when it succeeds and `state` is not null, writes the state after the event
// to *state (what ReplaySlip of the result returns, without a second replay).
absl::StatusOr<v1::IssuanceSlip> ApplySlipEvent(const v1::IssuanceSlip& slip,
                                                const v1::SlipEvent& event,
                                                const Workflows& workflows, v1::SlipState* state);

// Whether the document may be published proactively: the attribute in force was signed
// 主动公开 and the confidentiality review of the round signed passed (procedure.md §2).
// ReplaySlip sets SlipState.may_publish to this; a change under review does not alter it.
bool MayPublish(const v1::SlipState& state);

}  // namespace gongkai::slip

#endif  // GONGKAI_LIB_SLIP_SLIP_H_
