// The state machine of an issuance slip: what the events so far establish, and whether an event
// may come next (docs/slip.md, "Rules" and "States"). Internal to lib/slip: the API is slip.h.
#ifndef GONGKAI_LIB_SLIP_STATE_H_
#define GONGKAI_LIB_SLIP_STATE_H_

#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "gongkai/v1/slip.pb.h"

namespace gongkai::slip {

// What a history establishes while it is replayed: the state it reports, and what the state
// does not show but the next event is checked against.
struct Facts {
  Facts();
  v1::SlipState state;  // DRAFTING, next_step 0, before any event
  // The date of the latest event; the next may not be earlier.
  std::optional<absl::CivilDay> last;
  // state.signed, as a day.
  std::optional<absl::CivilDay> last_signed;
  // The open round's PASS_SECRECY steps are done (a round runs from a PROPOSE or
  // PROPOSE_CHANGE to its SIGN or RETURN). state.secrecy_passed is the signed round's.
  bool round_secrecy = false;
  // The proposal of the round last signed: `state.proposed` again when a change is returned.
  v1::PublicAttribute signed_round_proposed = v1::PUBLIC_ATTRIBUTE_UNSPECIFIED;
};

// What an attribute requires of the proposal that names it. A ground and a plan are required
// where marked and refused elsewhere; a reason is required where marked, allowed everywhere.
struct AttributeNeeds {
  v1::PublicAttribute attribute;
  bool reason;  // a written reason
  bool ground;  // the legal ground of 不予公开 (第十四–十六条)
  bool plan;    // planned_disclosure and planned_channels
};
// `attribute` must be one of PublicAttribute's values other than UNSPECIFIED.
const AttributeNeeds& NeedsOf(v1::PublicAttribute attribute);

// Whether a document of `origin` takes its attribute from another (inherited_attribute)
// instead of deciding it; UNSPECIFIED reads as OWN. `origin` must be a DocumentOrigin value.
bool Inherits(v1::DocumentOrigin origin);

// "slip 2023-017: events[3] SIGN (2023-05-06) by SIGNER"; without the date when `date` is null.
std::string EventWhere(const v1::IssuanceSlip& slip, const v1::SlipEvent& event, int index,
                       const absl::CivilDay* date);

// Checks `event`, at `index` in `slip`'s history, on its own and against the record's origin:
// the rules S-action to S-change-reason of docs/slip.md, in that order. Returns its date.
absl::StatusOr<absl::CivilDay> CheckEventAlone(const v1::IssuanceSlip& slip,
                                               const v1::SlipEvent& event, int index);

// Checks `event`, already checked alone, against the state `facts` reached under `workflow`:
// whether its action and role are due (FailedPrecondition), then the fields whose need depends
// on the state (S-sign-reason, S-ground-required on a SIGN, S-change-same-attribute).
// Refusals start with `where`.
absl::Status CheckTransition(const Facts& facts, const v1::SlipWorkflow& workflow,
                             const v1::SlipEvent& event, absl::string_view where);

// Records an event CheckTransition allowed, dated `date`.
void Advance(Facts& facts, const v1::SlipWorkflow& workflow, const v1::SlipEvent& event,
             absl::CivilDay date);

}  // namespace gongkai::slip

#endif  // GONGKAI_LIB_SLIP_STATE_H_
