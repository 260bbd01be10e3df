// gongkai disclosure status: 第二十六条 for each disclosure record of a file as of a date.
#include <string>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "calendar/calendar.h"
#include "command.h"
#include "dates.h"
#include "disclosure/counter.h"
#include "disclosure/timeliness.h"
#include "exit_codes.h"
#include "flags.h"
#include "input.h"
#include "messages/stream.h"
#include "text.h"

namespace gongkai::cli {
namespace {

std::string Day(const v1::Date& d) {
  return calendar::FormatDay(absl::CivilDay(d.year(), d.month(), d.day()));
}

int Run(const Invocation& in) {
  if (in.args.size() != 2 || in.args[0] != "status") {
    return Fail(in, "usage: gongkai disclosure status FILE --as_of YYYY-MM-DD");
  }
  auto as_of = ParseDateFlag(absl::GetFlag(FLAGS_as_of), "--as_of");
  if (!as_of.ok()) return Fail(in, as_of.status());
  auto text = ReadInput(in.args[1]);
  if (!text.ok()) return Fail(in, text.status());
  disclosure::TimelinessOptions options;
  if (absl::GetFlag(FLAGS_same_day)) options.day_one = calendar::DayOne::kSameDay;
  const auto cal = calendar::Calendar::National();
  std::string lines;
  int overdue = 0;
  v1::Disclosure scratch;
  absl::Status status = messages::ForEachInStream(
      messages::Encoding::kJson, *text, &scratch,
      [&](size_t, const google::protobuf::Message&) -> absl::Status {
        if (absl::Status ok = disclosure::CheckDisclosure(scratch); !ok.ok()) return ok;
        auto t = disclosure::CheckTimeliness(scratch, *cal, *as_of, options);
        if (!t.ok()) return t.status();
        std::string standing = "not yet due";
        if (t->has_first_published()) {
          standing = t->late()
                         ? absl::StrCat("published ", t->working_days_late(), " working days late")
                         : "published in time";
        } else if (t->overdue()) {
          standing = "OVERDUE";
          ++overdue;
        }
        absl::StrAppend(&lines, Printable(scratch.id()), "\t", Printable(scratch.index_number()),
                        "\t", Day(t->due()), "\t",
                        t->has_first_published() ? Day(t->first_published()) : "-", "\t", standing,
                        "\n");
        return absl::OkStatus();
      });
  if (!status.ok()) return Fail(in, absl::StrCat(InputName(in.args[1]), ": ", status.message()));
  *in.out << lines;
  return overdue > 0 ? kExitFindings : kExitOk;
}

const RegisterCommand kRegistration({
    .name = "disclosure",
    .summary = "第二十六条 for each proactive disclosure record of a file as of a date",
    .usage = "gongkai disclosure status FILE --as_of YYYY-MM-DD [--same_day]\n\n"
             "Reads disclosure records (gongkai.v1.Disclosure, one JSON object per line) and\n"
             "prints one line per record: id, 索引号, the due date (20 working days after it was\n"
             "formed or changed, or its own limit), the first publication, and whether it was\n"
             "published in time, late, or is overdue as of the date (national calendar). Exits 1\n"
             "when a record is overdue, 2 when a record is malformed (the message names it).",
    .flags = {Required("as_of"), Optional("same_day")},
    .max_args = 2,
    .run = &Run,
});

}  // namespace
}  // namespace gongkai::cli
