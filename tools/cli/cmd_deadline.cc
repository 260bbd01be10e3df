// gongkai deadline: the deadlines of one application given on the command line, with their
// explanations. The reply due date comes first, alone on its line, for scripts.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "calendar/calendar.h"
#include "cases/deadline/deadline.h"
#include "command.h"
#include "common/status_macros.h"
#include "dates.h"
#include "exit_codes.h"
#include "flags.h"
#include "report_io.h"
#include "text.h"

namespace gongkai::cli {
namespace {

using calendar::FormatDay;

// The date in flag `name`, or none when the flag was not given.
absl::StatusOr<std::optional<absl::CivilDay>> OptionalDay(const Invocation& in,
                                                          absl::string_view name,
                                                          const std::string& value) {
  if (!in.flags_given.contains(name)) return std::nullopt;
  ASSIGN_OR_RETURN(absl::CivilDay day, ParseDateFlag(value, absl::StrCat("--", name)));
  return day;
}

// "in_person" → CHANNEL_IN_PERSON, from the proto's own names so the list cannot drift.
absl::StatusOr<v1::Channel> ParseChannel(const std::string& text) {
  v1::Channel channel;
  if (text.empty()) return v1::CHANNEL_UNSPECIFIED;
  if (v1::Channel_Parse(absl::StrCat("CHANNEL_", absl::AsciiStrToUpper(text)), &channel) &&
      channel != v1::CHANNEL_UNSPECIFIED) {
    return channel;
  }
  return absl::InvalidArgumentError(
      absl::StrCat("--channel: ", Quote(text),
                   " is not one of in_person, signed_post, ordinary_letter, online, fax"));
}

// --pause FROM:TO,FROM:TO,... as consultations; "FROM:" is one still open.
absl::StatusOr<std::vector<cases::Clock::Consultation>> ParsePauses(const std::string& text) {
  std::vector<cases::Clock::Consultation> out;
  if (text.empty()) return out;
  for (absl::string_view item : absl::StrSplit(text, ',')) {
    std::vector<absl::string_view> ends = absl::StrSplit(item, absl::MaxSplits(':', 1));
    if (ends.size() != 2) {
      return absl::InvalidArgumentError(absl::StrCat("--pause: ", Quote(item), " is not FROM:TO"));
    }
    cases::Clock::Consultation k;
    ASSIGN_OR_RETURN(k.start, ParseDateFlag(ends[0], "--pause"));
    if (!ends[1].empty()) {
      ASSIGN_OR_RETURN(k.end, ParseDateFlag(ends[1], "--pause"));
    }
    out.push_back(k);
  }
  return out;
}

absl::StatusOr<cases::Clock> ClockFromFlags(const Invocation& in) {
  cases::Clock c;
  ASSIGN_OR_RETURN(c.received, ParseDateFlag(absl::GetFlag(FLAGS_received), "--received"));
  ASSIGN_OR_RETURN(c.channel, ParseChannel(absl::GetFlag(FLAGS_channel)));
  ASSIGN_OR_RETURN(c.correction_requested, OptionalDay(in, "correction_requested",
                                                       absl::GetFlag(FLAGS_correction_requested)));
  ASSIGN_OR_RETURN(c.correction_received, OptionalDay(in, "correction_received",
                                                      absl::GetFlag(FLAGS_correction_received)));
  if (c.correction_received && !c.correction_requested) {
    return absl::InvalidArgumentError("--correction_received needs --correction_requested");
  }
  c.correction_period_days = absl::GetFlag(FLAGS_correction_period);
  if (c.correction_period_days < 0 || (c.correction_period_days > 0 && !c.correction_requested)) {
    return absl::InvalidArgumentError(
        "--correction_period: a positive number of working days, "
        "with --correction_requested");
  }
  ASSIGN_OR_RETURN(c.consultations, ParsePauses(absl::GetFlag(FLAGS_pause)));
  c.extension_days = absl::GetFlag(FLAGS_extension);
  if (c.extension_days < 0 || c.extension_days > 20) {
    return absl::InvalidArgumentError(
        absl::StrCat("--extension: ", c.extension_days, " is outside 0..20 (第三十三条)"));
  }
  return c;
}

std::string Day(const v1::Date& date) {
  return FormatDay(absl::CivilDay(date.year(), date.month(), date.day()));
}

std::string WorkingDays(int n) {
  return absl::StrCat(n, n == 1 ? " working day" : " working days");
}

// "20 working days left", "overdue: 3 working days past", "met on 2024-03-07", ...
std::string State(const v1::Deadline& d) {
  if (!d.running()) return "not running";
  std::string state;
  if (d.met())
    state = absl::StrCat("met on ", Day(d.done()));
  else if (d.late())
    state = absl::StrCat("late, on ", Day(d.done()));
  else if (d.lapsed())
    state = "lapsed";
  else if (d.overdue())
    state = absl::StrCat("overdue, ", WorkingDays(-d.working_days_left()), " past");
  else
    state = absl::StrCat(WorkingDays(d.working_days_left()), " left");
  if (d.paused()) absl::StrAppend(&state, ", paused");
  if (d.provisional()) absl::StrAppend(&state, ", provisional");
  return state;
}

std::string DueText(const v1::Deadline& d) { return d.has_due() ? Day(d.due()) : "-"; }

void PrintText(const Invocation& in, const v1::DeadlineReport& report, bool explain) {
  const v1::Deadline* reply = cases::FindDeadline(report, v1::DEADLINE_KIND_REPLY);
  *in.out << (reply == nullptr ? "-" : DueText(*reply)) << "\n";
  *in.out << "as of " << Day(report.as_of()) << ", calendar " << report.calendar_version() << "\n";
  for (const v1::Deadline& d : report.deadlines()) {
    const cases::DeadlineName name = cases::NameOf(d.kind());
    *in.out << name.en << " (" << name.zh << ")";
    if (d.kind() == v1::DEADLINE_KIND_THIRD_PARTY_ANSWER) *in.out << " #" << d.index() + 1;
    *in.out << ": " << DueText(d) << ", " << State(d) << "\n";
    if (!explain) continue;
    for (const v1::DeadlineStep& step : d.steps()) {
      *in.out << "  - " << step.text_zh() << "\n    " << step.text_en() << "\n";
    }
  }
}

int Run(const Invocation& in) {
  const std::string output =
      absl::GetFlag(FLAGS_output).empty() ? "text" : absl::GetFlag(FLAGS_output);
  if (output != "text" && output != "json") {
    return Fail(in, absl::StrCat("--output: ", Quote(output), " is not one of text, json"));
  }
  auto clock = ClockFromFlags(in);
  if (!clock.ok()) return Fail(in, clock.status());
  // Today where the tool runs; a receipt in the future is reported as of its own day.
  absl::CivilDay as_of =
      std::max(absl::ToCivilDay(absl::Now(), absl::LocalTimeZone()), clock->received);
  if (in.flags_given.contains("as_of")) {
    auto day = ParseDateFlag(absl::GetFlag(FLAGS_as_of), "--as_of");
    if (!day.ok()) return Fail(in, day.status());
    as_of = *day;
  }
  cases::DeadlineOptions options;
  if (absl::GetFlag(FLAGS_same_day)) options.day_one = calendar::DayOne::kSameDay;
  auto report = cases::ComputeDeadlines(*clock, as_of, *calendar::Calendar::National(), options);
  if (!report.ok()) return Fail(in, report.status());
  if (output == "json") return WriteJson(in, *report);
  PrintText(in, *report, absl::GetFlag(FLAGS_explain));
  return kExitOk;
}

const RegisterCommand kRegistration({
    .name = "deadline",
    .summary = "Compute an application's deadlines (reply due date first), with explanations",
    .usage =
        "gongkai deadline --received YYYY-MM-DD [--channel C] [--correction_requested D\n"
        "                [--correction_period N] --correction_received D] [--pause FROM:TO,...]\n"
        "                [--extension N] [--as_of D] [--same_day] [--explain] [--output "
        "text|json]\n\n"
        "Prints the reply due date (YYYY-MM-DD; '-' while an awaited correction stops the\n"
        "clock) on the first line, then the as-of date and calendar, then one line per\n"
        "deadline: correction notice, correction, reply, one third-party answer per --pause.\n"
        "Each --pause is a consultation; FROM: with no TO is still open, and the reply is\n"
        "then reported as paused, due as if it ended on the as-of date. --explain adds each\n"
        "deadline's steps (start, stops, days off skipped, make-up days counted). Flag names\n"
        "take _ or - between words. See docs/cases.md, \"Deadlines\".",
    .flags = {Required("received"), Optional("channel"), Optional("correction_requested"),
              Optional("correction_period"), Optional("correction_received"), Optional("pause"),
              Optional("extension"),
              Optional("as_of",
                       "the date to report on (default: today, or the receipt date if later)"),
              Optional("same_day"), Optional("explain"),
              Optional("output", "what to print: text (default) or json (the DeadlineReport)")},
    .run = &Run,
});

}  // namespace
}  // namespace gongkai::cli
