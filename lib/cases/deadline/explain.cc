#include "cases/deadline/explain.h"

#include <iterator>
#include <utility>

#include "absl/strings/str_cat.h"

namespace gongkai::cases::internal {
namespace {

using calendar::FormatDay;

// Indexed by DeadlineKind. Periods: 第三十条 (7 days to ask for a correction), 第三十三条 (20 to
// reply), 第三十二、三十四条 (15 for a consulted party), 国办函〔2020〕109号 (20 to pay).
constexpr Period kPeriods[] = {
    {v1::DEADLINE_KIND_UNSPECIFIED, 0, "", "", ""},
    {v1::DEADLINE_KIND_CORRECTION_NOTICE, 7, "补正告知期限", "correction notice due", "第三十条"},
    {v1::DEADLINE_KIND_CORRECTION, 0, "补正期限", "correction due (applicant)", "第三十条"},
    {v1::DEADLINE_KIND_REPLY, 20, "答复期限", "reply due", "第三十三条"},
    {v1::DEADLINE_KIND_THIRD_PARTY_ANSWER, 15, "征求意见答复期限", "third-party answer due",
     "第三十二、三十四条"},
    {v1::DEADLINE_KIND_FEE_PAYMENT, 20, "缴费期限", "fee payment due", "国办函〔2020〕109号"},
};

const char* Weekday(absl::CivilDay day) {
  switch (absl::GetWeekday(day)) {
    case absl::Weekday::saturday:
      return "Saturday";
    case absl::Weekday::sunday:
      return "Sunday";
    default:
      return "weekday";
  }
}

}  // namespace

const Period& PeriodOf(v1::DeadlineKind kind) {
  const int i = static_cast<int>(kind);
  return (i > 0 && i < static_cast<int>(std::size(kPeriods))) ? kPeriods[i] : kPeriods[0];
}

Text ReceiptReason(v1::Channel channel) {
  switch (channel) {
    case v1::CHANNEL_IN_PERSON:
      return {"当面提交之日", "in person: the day of submission"};
    case v1::CHANNEL_SIGNED_POST:
      return {"邮寄申请签收之日", "post needing a signature: the day the agency signed for it"};
    case v1::CHANNEL_ORDINARY_LETTER:
      return {"与申请人确认之日（平常信函）",
              "ordinary letter: the day the office confirmed with the applicant"};
    case v1::CHANNEL_ONLINE:
      return {"双方确认之日（互联网渠道）", "internet channel: the day both sides confirmed"};
    case v1::CHANNEL_FAX:
      return {"双方确认之日（传真）", "fax: the day both sides confirmed"};
    default:
      return {"收到申请之日", "the receipt date (channel not recorded)"};
  }
}

Text DayOneText(DayOne rule) {
  if (rule == DayOne::kSameDay) {
    return {"起算日为工作日的，当日计为第一日", "the start date is day 1 if it is a working day"};
  }
  return {"自次日起算", "day 1 is the first working day after it"};
}

v1::DeadlineStep* AddStep(v1::Deadline* d, v1::StepKind kind, absl::CivilDay first, Text text) {
  return AddStep(d, kind, first, first, std::move(text));
}

v1::DeadlineStep* AddStep(v1::Deadline* d, v1::StepKind kind, absl::CivilDay first,
                          absl::CivilDay last, Text text) {
  v1::DeadlineStep* step = d->add_steps();
  step->set_kind(kind);
  *step->mutable_first() = calendar::ToProto(first);
  *step->mutable_last() = calendar::ToProto(last);
  step->set_text_zh(std::move(text.zh));
  step->set_text_en(std::move(text.en));
  return step;
}

void AddCalendarSteps(const calendar::Calendar& cal, const calendar::Count& count,
                      v1::Deadline* d) {
  for (const auto& [after, through] : count.counted) {
    if (through <= after) continue;
    const std::vector<calendar::DayInfo> days = cal.Exceptions(after + 1, through);
    for (size_t i = 0; i < days.size(); ++i) {
      const calendar::DayInfo& day = days[i];
      if (day.kind == calendar::DayKind::kMakeupDay) {
        const std::string date = FormatDay(day.day);
        AddStep(d, v1::STEP_KIND_MAKEUP_DAY, day.day,
                {absl::StrCat("计入调休上班日 ", date),
                 absl::StrCat("counted make-up working day ", date, " (", Weekday(day.day), ")")});
        continue;
      }
      // One step per run of consecutive days off of one festival, as the notices list them.
      size_t j = i;
      while (j + 1 < days.size() && days[j + 1].kind == calendar::DayKind::kDayOff &&
             days[j + 1].day == days[j].day + 1 && days[j + 1].name == day.name) {
        ++j;
      }
      const std::string range =
          j == i ? FormatDay(day.day)
                 : absl::StrCat(FormatDay(day.day), " … ", FormatDay(days[j].day));
      v1::DeadlineStep* step =
          AddStep(d, v1::STEP_KIND_DAY_OFF, day.day, days[j].day,
                  {absl::StrCat("跳过休息日 ", range, " ", day.name),
                   absl::StrCat("skipped days off ", range, " (", day.name, ")")});
      step->set_name(day.name);
      i = j;
    }
  }
}

}  // namespace gongkai::cases::internal

namespace gongkai::cases {

DeadlineName NameOf(v1::DeadlineKind kind) {
  const internal::Period& p = internal::PeriodOf(kind);
  return {p.zh, p.en};
}

}  // namespace gongkai::cases
