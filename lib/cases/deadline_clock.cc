// The clock facts of a record: read from its events, checked, and cut at an as-of date.
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "cases/deadline.h"
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

absl::StatusOr<Clock> ClockOf(const v1::Application& app) {
  Clock c;
  c.application_id = app.id();
  c.channel = app.channel();
  ASSIGN_OR_RETURN(
      c.received, calendar::FromProto(app.received(), absl::StrCat(Where(app.id()), ": received")));
  for (int i = 0; i < app.events_size(); ++i) {
    const v1::Event& e = app.events(i);
    const std::string field =
        absl::StrCat(Where(app.id()), ": events[", i, "] ", v1::EventType_Name(e.type()));
    ASSIGN_OR_RETURN(const absl::CivilDay day,
                     calendar::FromProto(e.date(), absl::StrCat(field, " date")));
    switch (e.type()) {
      case v1::EVENT_TYPE_CORRECTION_REQUESTED:
        if (e.correction_period_days() < 0) {
          return absl::InvalidArgumentError(absl::StrCat(
              field, ": correction_period_days ", e.correction_period_days(), " is negative"));
        }
        c.correction_requested = day;
        c.correction_period_days = e.correction_period_days();
        c.correction_received.reset();  // a later notice supersedes an earlier one
        break;
      case v1::EVENT_TYPE_CORRECTION_RECEIVED:
        c.correction_received = day;
        break;
      case v1::EVENT_TYPE_CONSULTATION_STARTED:
        c.consultations.push_back({day, std::nullopt, e.party()});
        break;
      case v1::EVENT_TYPE_CONSULTATION_ANSWERED: {
        // The answer closes the earliest open consultation of the same party.
        Clock::Consultation* open = nullptr;
        for (Clock::Consultation& k : c.consultations) {
          if (!k.end && (k.party == e.party() || e.party() == v1::CONSULTATION_PARTY_UNSPECIFIED)) {
            open = &k;
            break;
          }
        }
        if (open == nullptr) {
          return absl::InvalidArgumentError(
              absl::StrCat(field, ": no open consultation to answer"));
        }
        open->end = day;
        break;
      }
      case v1::EVENT_TYPE_EXTENSION_APPROVED:
        if (c.extension_approved) {
          return absl::InvalidArgumentError(
              absl::StrCat(field, ": a second extension (第三十三条 allows one)"));
        }
        if (e.extension_days() < 1 || e.extension_days() > 20) {
          return absl::InvalidArgumentError(absl::StrCat(
              field, ": extension_days ", e.extension_days(), " is outside 1..20 (第三十三条)"));
        }
        c.extension_approved = day;
        c.extension_days = e.extension_days();
        break;
      case v1::EVENT_TYPE_FEE_NOTICE_SENT: {
        // The 20 days run from the applicant's receipt of the notice; unknown until recorded.
        if (e.has_fee_notice_received()) {
          ASSIGN_OR_RETURN(c.fee_notice_received,
                           calendar::FromProto(e.fee_notice_received(),
                                               absl::StrCat(field, " fee_notice_received")));
        }
        c.fee_paid.reset();
        break;
      }
      case v1::EVENT_TYPE_FEE_PAID:
        c.fee_paid = day;
        break;
      case v1::EVENT_TYPE_DECIDED:
        if (!c.decided) c.decided = day;
        break;
      case v1::EVENT_TYPE_WITHDRAWN:
        if (!c.withdrawn) c.withdrawn = day;
        break;
      default:
        break;  // registration, delivery, archiving: no clock of their own here
    }
  }
  return c;
}

}  // namespace gongkai::cases
