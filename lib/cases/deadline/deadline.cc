#include "cases/deadline/deadline.h"

#include <optional>

#include "absl/strings/str_cat.h"
#include "cases/deadline/explain.h"
#include "cases/deadline/fill.h"
#include "common/status_macros.h"

namespace gongkai::cases {
namespace {

using calendar::FormatDay;
using internal::Spec;
using internal::Text;

Text PartyText(v1::ConsultationParty party) {
  switch (party) {
    case v1::CONSULTATION_PARTY_THIRD_PARTY:
      return {"征求第三方意见", "consultation (third party)"};
    case v1::CONSULTATION_PARTY_OTHER_AGENCY:
      return {"征求其他机关意见", "consultation (other agency)"};
    default:
      return {"征求意见", "consultation"};
  }
}

}  // namespace

absl::StatusOr<v1::DeadlineReport> ComputeDeadlines(const Clock& clock, absl::CivilDay as_of,
                                                    const calendar::Calendar& cal,
                                                    const DeadlineOptions& options) {
  RETURN_IF_ERROR(ValidateClock(clock));
  if (as_of < clock.received) {
    return absl::InvalidArgumentError(absl::StrCat(
        "application", clock.application_id.empty() ? "" : " ", clock.application_id, ": as_of ",
        FormatDay(as_of), " is before the receipt date ", FormatDay(clock.received)));
  }
  RETURN_IF_ERROR(calendar::Calendar::CheckRange(as_of, "as_of"));
  const Clock c = ClockAsOf(clock, as_of);
  v1::DeadlineReport report;
  report.set_application_id(c.application_id);
  *report.mutable_as_of() = calendar::ToProto(as_of);
  report.set_calendar_version(cal.version());
  report.set_day_one(options.day_one == DayOne::kSameDay ? v1::DAY_ONE_RULE_SAME_DAY
                                                         : v1::DAY_ONE_RULE_NEXT_DAY);
  report.set_fee_wait_stops_reply(options.fee_wait_stops_reply);
  std::optional<absl::CivilDay> ended = c.withdrawn;
  if (c.decided && (!ended || *c.decided < *ended)) ended = c.decided;
  Spec base;
  base.rule = options.day_one;
  base.ended = ended;

  Spec notice = base;
  notice.kind = v1::DEADLINE_KIND_CORRECTION_NOTICE;
  notice.start = c.received;
  notice.start_reason = internal::ReceiptReason(c.channel);
  notice.period = internal::PeriodOf(notice.kind).working_days;
  notice.done = c.correction_requested;
  notice.done_what = {"告知补正", "correction requested"};
  notice.optional_event = true;
  RETURN_IF_ERROR(internal::Fill(cal, as_of, notice, report.add_deadlines()));

  if (c.correction_requested && c.correction_period_days > 0) {
    Spec fix = base;
    fix.kind = v1::DEADLINE_KIND_CORRECTION;
    fix.start = *c.correction_requested;
    fix.start_reason = {
        "告知补正之日（记录无送达日期）",
        "correction requested (counted from the request: the record has no delivery date)"};
    fix.period = c.correction_period_days;
    fix.done = c.correction_received;
    fix.done_what = {"收到补正", "correction received"};
    RETURN_IF_ERROR(internal::Fill(cal, as_of, fix, report.add_deadlines()));
  }

  if (c.correction_requested && !c.correction_received) {
    internal::FillNotRunning(c, report.add_deadlines());
  } else {
    Spec reply = base;
    reply.kind = v1::DEADLINE_KIND_REPLY;
    reply.start = c.correction_received.value_or(c.received);
    reply.start_reason =
        c.correction_received
            ? Text{"收到补正申请之日，答复期限重新起算（第三十条）",
                   "corrected application received: the reply period restarts (第三十条)"}
            : internal::ReceiptReason(c.channel);
    reply.period = internal::PeriodOf(reply.kind).working_days;
    reply.extension = c.extension_days;
    for (const Clock::Consultation& k : c.consultations) {
      reply.pauses.push_back({{k.start, k.end.value_or(as_of)}, !k.end, PartyText(k.party)});
    }
    if (options.fee_wait_stops_reply && c.fee_notice_received) {
      reply.pauses.push_back({{*c.fee_notice_received, c.fee_paid.value_or(as_of)},
                              !c.fee_paid,
                              {"等待缴费", "fee wait"}});
    }
    reply.done = c.decided;
    reply.done_what = {"答复", "replied"};
    reply.ended = c.decided ? std::nullopt : c.withdrawn;
    RETURN_IF_ERROR(internal::Fill(cal, as_of, reply, report.add_deadlines()));
  }

  for (size_t i = 0; i < c.consultations.size(); ++i) {
    Spec answer = base;
    answer.kind = v1::DEADLINE_KIND_THIRD_PARTY_ANSWER;
    answer.index = static_cast<int>(i);
    answer.start = c.consultations[i].start;
    const Text party = PartyText(c.consultations[i].party);
    answer.start_reason = {absl::StrCat(party.zh, "发出之日（记录无送达日期）"),
                           absl::StrCat(party.en,
                                        " started (counted from then: the record has no "
                                        "delivery date of the letter)")};
    answer.period = internal::PeriodOf(answer.kind).working_days;
    answer.done = c.consultations[i].end;
    answer.done_what = {"收到意见", "answered"};
    RETURN_IF_ERROR(internal::Fill(cal, as_of, answer, report.add_deadlines()));
  }

  if (c.fee_notice_received) {
    Spec fee = base;
    fee.kind = v1::DEADLINE_KIND_FEE_PAYMENT;
    fee.start = *c.fee_notice_received;
    fee.rule = DayOne::kNextDay;  // the notice itself says "from the next day"
    fee.start_reason = {"收到收费通知之日", "fee notice received"};
    fee.period = internal::PeriodOf(fee.kind).working_days;
    fee.done = c.fee_paid;
    fee.done_what = {"缴费", "paid"};
    RETURN_IF_ERROR(internal::Fill(cal, as_of, fee, report.add_deadlines()));
  }
  return report;
}

absl::StatusOr<v1::DeadlineReport> ComputeDeadlines(const v1::Application& application,
                                                    absl::CivilDay as_of,
                                                    const calendar::Calendar& cal,
                                                    const DeadlineOptions& options) {
  ASSIGN_OR_RETURN(const Clock clock, ClockOf(application, cal));
  return ComputeDeadlines(clock, as_of, cal, options);
}

const v1::Deadline* FindDeadline(const v1::DeadlineReport& report, v1::DeadlineKind kind) {
  for (const v1::Deadline& d : report.deadlines()) {
    if (d.kind() == kind) return &d;
  }
  return nullptr;
}

}  // namespace gongkai::cases
