// The clock facts of a record: read from its events, checked, and cut at an as-of date.
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "cases/deadline/deadline.h"
#include "cases/history.h"
#include "common/status_macros.h"

namespace gongkai::cases {
namespace {

using calendar::FormatDay;

std::string Where(const std::string& id) {
  return id.empty() ? "application" : absl::StrCat("application ", id);
}

absl::Status CheckDay(const std::string& id, const std::optional<absl::CivilDay>& day,
                      absl::string_view field) {
  if (!day) return absl::OkStatus();
  return calendar::Calendar::CheckRange(*day, absl::StrCat(Where(id), ": ", field));
}

// InvalidArgument unless `later` (when present) is on or after `earlier` (when present).
absl::Status CheckOrder(const std::string& id, const std::optional<absl::CivilDay>& earlier,
                        absl::string_view earlier_field, const std::optional<absl::CivilDay>& later,
                        absl::string_view later_field) {
  if (!earlier || !later || *later >= *earlier) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(Where(id), ": ", later_field, " ",
                                                 FormatDay(*later), " is before ", earlier_field,
                                                 " ", FormatDay(*earlier)));
}

}  // namespace

absl::Status ValidateClock(const Clock& c) {
  const std::string& id = c.application_id;
  const std::optional<absl::CivilDay> received = c.received;
  RETURN_IF_ERROR(CheckDay(id, received, "received"));
  const std::pair<const std::optional<absl::CivilDay>*, absl::string_view> after_receipt[] = {
      {&c.correction_requested, "correction_requested"},
      {&c.correction_received, "correction_received"},
      {&c.extension_approved, "extension_approved"},
      {&c.fee_notice_received, "fee_notice_received"},
      {&c.fee_paid, "fee_paid"},
      {&c.decided, "decided"},
      {&c.withdrawn, "withdrawn"}};
  for (const auto& [day, field] : after_receipt) {
    RETURN_IF_ERROR(CheckDay(id, *day, field));
    RETURN_IF_ERROR(CheckOrder(id, received, "received", *day, field));
  }
  for (size_t i = 0; i < c.consultations.size(); ++i) {
    const Clock::Consultation& k = c.consultations[i];
    const std::string field = absl::StrCat("consultations[", i, "]");
    RETURN_IF_ERROR(CheckDay(id, k.start, absl::StrCat(field, ".start")));
    RETURN_IF_ERROR(CheckDay(id, k.end, absl::StrCat(field, ".end")));
    RETURN_IF_ERROR(CheckOrder(id, received, "received", k.start, absl::StrCat(field, ".start")));
    RETURN_IF_ERROR(
        CheckOrder(id, k.start, absl::StrCat(field, ".start"), k.end, absl::StrCat(field, ".end")));
  }
  if (c.correction_received && !c.correction_requested) {
    return absl::InvalidArgumentError(
        absl::StrCat(Where(id), ": correction_received without correction_requested"));
  }
  RETURN_IF_ERROR(CheckOrder(id, c.correction_requested, "correction_requested",
                             c.correction_received, "correction_received"));
  if (c.fee_paid && !c.fee_notice_received) {
    return absl::InvalidArgumentError(
        absl::StrCat(Where(id), ": fee_paid without fee_notice_received"));
  }
  RETURN_IF_ERROR(
      CheckOrder(id, c.fee_notice_received, "fee_notice_received", c.fee_paid, "fee_paid"));
  if (c.extension_days < 0 || c.extension_days > 20) {
    return absl::InvalidArgumentError(absl::StrCat(Where(id), ": extension_days ", c.extension_days,
                                                   " is outside 0..20 (第三十三条)"));
  }
  if (c.correction_period_days < 0) {
    return absl::InvalidArgumentError(absl::StrCat(Where(id), ": correction_period_days ",
                                                   c.correction_period_days, " is negative"));
  }
  return absl::OkStatus();
}

Clock ClockAsOf(const Clock& clock, absl::CivilDay as_of) {
  Clock c = clock;
  auto cut = [as_of](std::optional<absl::CivilDay>& day) {
    if (day && *day > as_of) day.reset();
  };
  cut(c.correction_requested);
  if (!c.correction_requested) c.correction_period_days = 0;
  cut(c.correction_received);
  if (c.extension_approved && *c.extension_approved > as_of) {
    c.extension_approved.reset();
    c.extension_days = 0;
  }
  cut(c.fee_notice_received);
  cut(c.fee_paid);
  cut(c.decided);
  cut(c.withdrawn);
  std::erase_if(c.consultations, [as_of](const Clock::Consultation& k) { return k.start > as_of; });
  for (Clock::Consultation& k : c.consultations) cut(k.end);
  return c;
}

absl::StatusOr<Clock> ClockOf(const v1::Application& app, const calendar::Calendar& cal) {
  // The history engine is the one reader of events: the clocks take its derived facts, so a
  // history it refuses has no deadlines, and the two can never read an event differently.
  ASSIGN_OR_RETURN(const Replay facts, ReplayHistory(app, cal));
  return ClockFromReplay(app, facts);
}

Clock ClockFromReplay(const v1::Application& app, const Replay& facts) {
  Clock c;
  c.application_id = app.id();
  c.channel = app.channel();
  c.received = facts.received;
  c.correction_requested = facts.correction_requested;
  c.correction_period_days = facts.correction_period_days;
  c.correction_received = facts.correction_received;
  for (const Consultation& k : facts.consultations)
    c.consultations.push_back({k.start, k.end, k.party});
  c.extension_days = facts.extension_days;
  c.extension_approved = facts.extension_approved;
  c.fee_notice_received = facts.fee_notice_received;
  c.fee_paid = facts.fee_paid;
  c.decided = facts.decided;
  c.withdrawn = facts.withdrawn;
  return c;
}

}  // namespace gongkai::cases
