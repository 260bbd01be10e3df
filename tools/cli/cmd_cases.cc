// gongkai cases status: where each application of a file stands as of a date.
#include <string>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "calendar/calendar.h"
#include "cases/deadline/deadline.h"
#include "cases/history.h"
#include "command.h"
#include "dates.h"
#include "exit_codes.h"
#include "flags.h"
#include "input.h"
#include "messages/stream.h"

namespace gongkai::cli {
namespace {

// One line per application: id, state, reply due date and where it stands.
std::string StatusLine(const v1::Application& app, const cases::Replay& replay,
                       const v1::DeadlineReport& report) {
  std::string reply = "-", standing = "";
  if (const v1::Deadline* d = cases::FindDeadline(report, v1::DEADLINE_KIND_REPLY); d != nullptr) {
    if (d->has_due()) {
      reply = absl::StrFormat("%04d-%02d-%02d", d->due().year(), d->due().month(), d->due().day());
    }
    if (!d->running())
      standing = "clock stopped (correction awaited)";
    else if (d->met())
      standing = "replied in time";
    else if (d->late())
      standing = "replied late";
    else if (d->overdue())
      standing = absl::StrCat("OVERDUE by ", -d->working_days_left(), " working days");
    else if (d->has_working_days_left())
      standing = absl::StrCat(d->working_days_left(), " working days left");
    if (d->paused()) absl::StrAppend(&standing, ", paused");
    if (d->provisional()) absl::StrAppend(&standing, ", provisional");
  }
  return absl::StrCat(app.id(), "\t", cases::CaseStateName(replay.state), "\t", reply, "\t",
                      standing, "\n");
}

int Run(const Invocation& in) {
  if (in.args.size() != 2 || in.args[0] != "status") {
    return Fail(in, "usage: gongkai cases status FILE --as_of YYYY-MM-DD");
  }
  auto as_of = ParseDateFlag(absl::GetFlag(FLAGS_as_of), "--as_of");
  if (!as_of.ok()) return Fail(in, as_of.status());
  auto text = ReadInput(in.args[1]);
  if (!text.ok()) return Fail(in, text.status());
  const auto cal = calendar::Calendar::National();
  int overdue = 0;
  std::string lines;  // printed only once every record has been read: nothing half-written
  v1::Application scratch;
  absl::Status status = messages::ForEachInStream(
      messages::Encoding::kJson, *text, &scratch,
      [&](size_t, const google::protobuf::Message& m) -> absl::Status {
        const auto& app = static_cast<const v1::Application&>(m);
        auto replay = cases::ReplayHistory(app, *cal);
        if (!replay.ok()) return replay.status();
        auto report = cases::ComputeDeadlines(cases::ClockFromReplay(app, *replay), *as_of, *cal);
        if (!report.ok()) return report.status();
        const v1::Deadline* reply = cases::FindDeadline(*report, v1::DEADLINE_KIND_REPLY);
        if (reply != nullptr && reply->overdue()) ++overdue;
        lines += StatusLine(app, *replay, *report);
        return absl::OkStatus();
      });
  if (!status.ok()) return Fail(in, absl::StrCat(InputName(in.args[1]), ": ", status.message()));
  *in.out << lines;
  // Overdue replies are what a supervisor checks for: they make the run "found wanting".
  return overdue > 0 ? kExitFindings : kExitOk;
}

const RegisterCommand kRegistration({
    .name = "cases",
    .summary = "Where each application of a file stands as of a date",
    .usage = "gongkai cases status FILE --as_of YYYY-MM-DD\n\n"
             "Reads applications (gongkai.v1.Application, one JSON object per line), checks each\n"
             "history, and prints one line per application: id, state, reply due date and\n"
             "whether it was met, is overdue, or how many working days are left (national\n"
             "calendar, default counting rules). Exits 1 when any reply is overdue, 2 when a\n"
             "record is malformed or its history breaks a rule (the message names it).",
    .flags = {Required("as_of")},
    .max_args = 2,
    .run = &Run,
});

}  // namespace
}  // namespace gongkai::cli
