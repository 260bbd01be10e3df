#include "cases/deadline/fill.h"

#include <algorithm>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"

namespace gongkai::cases::internal {
namespace {

using calendar::FormatDay;

// Orders dates without converting them back to civil days.
int DateKey(const v1::Date& d) { return (d.year() * 100 + d.month()) * 100 + d.day(); }

// "1 working day", "20 working days".
std::string WorkingDays(int64_t n) {
  return absl::StrCat(n, n == 1 ? " working day" : " working days");
}

// One step per stop, saying how many working days it kept out of the count: with overlapping
// stops the later one only adds what the earlier did not cover.
void AddPauseSteps(const Spec& spec, const calendar::Count& count, v1::Deadline* d) {
  for (size_t i = 0; i < spec.pauses.size(); ++i) {
    const NamedPause& p = spec.pauses[i];
    const std::string from = FormatDay(p.pause.first), to = FormatDay(p.pause.last);
    const int64_t days = count.paused_days[i];
    v1::DeadlineStep* step;
    if (count.after_due[i]) {
      step = AddStep(
          d, v1::STEP_KIND_PAUSE_IGNORED, p.pause.first, p.pause.last,
          {absl::StrCat(p.what.zh, " 自 ", from, " 起：期限届满后才开始，不影响期限"),
           absl::StrCat(p.what.en, " from ", from, ": began after the clock ran out, no effect")});
    } else if (p.open) {
      d->set_paused(true);
      step = AddStep(d, v1::STEP_KIND_PAUSE_OPEN, p.pause.first, p.pause.last,
                     {absl::StrCat(p.what.zh, " 自 ", from, " 起尚未结束，暂按截至 ", to,
                                   " 计算（不计入 ", days, " 个工作日）"),
                      absl::StrCat(p.what.en, " open since ", from, ": due assumes it ends on ", to,
                                   " (", WorkingDays(days), " not counted so far)")});
    } else {
      step = AddStep(
          d, v1::STEP_KIND_PAUSE, p.pause.first, p.pause.last,
          {absl::StrCat(p.what.zh, " ", from, " 至 ", to, "，不计入 ", days, " 个工作日"),
           absl::StrCat(p.what.en, " ", from, " → ", to, ": ", WorkingDays(days), " not counted")});
    }
    step->set_name(p.what.zh);
    step->set_working_days(static_cast<int32_t>(days));
  }
}

// The years in [from, to] that no calendar layer covers, as "2027、2028" for the explanation.
std::string UncoveredYears(const calendar::Calendar& cal, absl::CivilDay from, absl::CivilDay to) {
  std::string years;
  for (auto y = from.year(); y <= to.year(); ++y) {
    if (cal.AnyProvisional(absl::CivilDay(y, 1, 1), absl::CivilDay(y, 1, 1))) {
      absl::StrAppend(&years, years.empty() ? "" : "、", y);
    }
  }
  return years;
}
}  // namespace

absl::Status Fill(const calendar::Calendar& cal, absl::CivilDay as_of, const Spec& spec,
                  v1::Deadline* d) {
  const Period& law = PeriodOf(spec.kind);
  d->set_kind(spec.kind);
  d->set_index(spec.index);
  *d->mutable_start() = calendar::ToProto(spec.start);
  d->set_working_days(spec.period + spec.extension);
  d->set_running(true);
  const absl::CivilDay origin = calendar::Origin(spec.start, spec.rule);
  RETURN_IF_ERROR(calendar::Calendar::CheckRange(origin, "deadline start"));
  const Text day_one = DayOneText(spec.rule);
  const std::string start = FormatDay(spec.start);
  AddStep(d, v1::STEP_KIND_START, spec.start,
          {absl::StrCat("起算日 ", start, "：", spec.start_reason.zh, "；", day_one.zh),
           absl::StrCat("start ", start, ": ", spec.start_reason.en, "; ", day_one.en)});
  AddStep(d, v1::STEP_KIND_PERIOD, spec.start,
          {absl::StrCat(spec.period, " 个工作日（", law.ground, "）"),
           absl::StrCat(WorkingDays(spec.period), " (", law.ground, ")")})
      ->set_working_days(spec.period);
  if (spec.extension > 0) {
    AddStep(d, v1::STEP_KIND_EXTENSION, spec.start,
            {absl::StrCat("经批准延长 ", spec.extension, " 个工作日（第三十三条）"),
             absl::StrCat("extended by ", WorkingDays(spec.extension), " (第三十三条)")})
        ->set_working_days(spec.extension);
  }
  std::vector<calendar::Pause> pauses;
  for (const NamedPause& p : spec.pauses) pauses.push_back(p.pause);
  ASSIGN_OR_RETURN(const calendar::Count count,
                   calendar::CountWorkingDays(cal, origin, spec.period + spec.extension, pauses));
  // Stops, days off and make-up days read as one timeline: in date order, stops first on a tie.
  const int timeline = d->steps_size();
  AddPauseSteps(spec, count, d);
  AddCalendarSteps(cal, count, d);
  std::stable_sort(d->mutable_steps()->pointer_begin() + timeline,
                   d->mutable_steps()->pointer_end(),
                   [](const v1::DeadlineStep* a, const v1::DeadlineStep* b) {
                     return DateKey(a->first()) < DateKey(b->first());
                   });
  *d->mutable_due() = calendar::ToProto(count.due);

  absl::CivilDay last_day = count.due;  // the last day the computation looked at
  const std::string due = FormatDay(count.due);
  Text outcome;
  if (spec.done) {
    d->set_paused(false);
    *d->mutable_done() = calendar::ToProto(*spec.done);
    const bool on_time = *spec.done <= count.due;
    d->set_met(on_time);
    d->set_late(!on_time);
    const std::string when = FormatDay(*spec.done);
    outcome = {absl::StrCat(when, " ", spec.done_what.zh, on_time ? "，按期" : "，逾期"),
               absl::StrCat(spec.done_what.en, " ", when, on_time ? ", on time" : ", late")};
  } else if (spec.ended || (spec.optional_event && as_of > count.due)) {
    d->set_paused(false);
    d->set_lapsed(true);
    outcome = spec.ended ? Text{absl::StrCat(FormatDay(*spec.ended), " 案件已结束，该期限不再适用"),
                                absl::StrCat("the case ended on ", FormatDay(*spec.ended),
                                             ": no longer applies")}
                         : Text{"期限内未告知补正（无需补正）",
                                "the window closed without a notice (none was needed)"};
  } else {
    d->set_working_days_left(static_cast<int32_t>(cal.WorkingDaysBetween(as_of, count.due)));
    d->set_overdue(as_of > count.due);
    last_day = std::max(last_day, as_of);
  }
  d->set_provisional(cal.AnyProvisional(std::min(spec.start, last_day), last_day));
  if (d->provisional()) {
    const std::string years = UncoveredYears(cal, std::min(spec.start, last_day), last_day);
    AddStep(d, v1::STEP_KIND_PROVISIONAL, count.due,
            {absl::StrCat("涉及尚无节假日安排的年份 ", years, "，按周末规则计算，结果为暂定"),
             absl::StrCat("reaches ", years,
                          ", a year with no known holiday schedule: weekday rule "
                          "used, the result is provisional")});
  }
  AddStep(d, v1::STEP_KIND_DUE, count.due,
          {absl::StrCat(law.zh, " ", due), absl::StrCat(law.en, " ", due)})
      ->set_working_days(spec.period + spec.extension);
  if (!outcome.en.empty()) {
    AddStep(d, v1::STEP_KIND_DONE,
            spec.done    ? *spec.done
            : spec.ended ? *spec.ended
                         : count.due,
            std::move(outcome));
  }
  return absl::OkStatus();
}

void FillNotRunning(const Clock& c, v1::Deadline* d) {
  d->set_kind(v1::DEADLINE_KIND_REPLY);
  *d->mutable_start() = calendar::ToProto(c.received);
  d->set_running(false);
  const std::string asked = FormatDay(*c.correction_requested);
  AddStep(d, v1::STEP_KIND_NOT_RUNNING, *c.correction_requested,
          {absl::StrCat(asked, " 已告知补正：答复期限不计算，收到补正申请之日重新起算（第三十条）"),
           absl::StrCat("correction requested ", asked,
                        ": the reply clock does not run; it restarts "
                        "on the day the corrected application arrives (第三十条)")});
  if (const auto end = c.decided ? c.decided : c.withdrawn) {
    *d->mutable_done() = calendar::ToProto(*end);
    AddStep(d, v1::STEP_KIND_DONE, *end,
            {absl::StrCat(FormatDay(*end), " 案件已结束"),
             absl::StrCat("the case ended on ", FormatDay(*end))});
  }
}

}  // namespace gongkai::cases::internal
