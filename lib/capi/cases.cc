// The applications module of the C API: a thin layer over lib/cases.
#include "gongkai/cases.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "calendar/calendar.h"
#include "capi/buffer.h"
#include "capi/guard.h"
#include "capi/handles.h"
#include "cases/aggregate/aggregate.h"
#include "cases/deadline/deadline.h"
#include "cases/history.h"
#include "common/status_macros.h"
#include "gongkai/v1/aggregation.pb.h"
#include "report/figures.h"

struct gongkai_table3 {
  gongkai::cases::Table3Aggregator aggregator;
};

namespace {

namespace capi = gongkai::capi;
namespace cases = gongkai::cases;
namespace messages = gongkai::messages;
namespace v1 = gongkai::v1;

// A date argument in 2008..2100, named by its parameter in every error.
absl::StatusOr<absl::CivilDay> DayArg(const char* text, absl::string_view param) {
  ASSIGN_OR_RETURN(absl::CivilDay day, capi::DateArg(text, param));
  RETURN_IF_ERROR(gongkai::calendar::Calendar::CheckRange(day, param));
  return day;
}

absl::Status NotBefore(absl::CivilDay later, absl::string_view later_param, absl::CivilDay earlier,
                       absl::string_view earlier_param) {
  if (later >= earlier) return absl::OkStatus();
  return absl::InvalidArgumentError(
      absl::StrCat(later_param, " ", gongkai::calendar::FormatDay(later), " is before ",
                   earlier_param, " ", gongkai::calendar::FormatDay(earlier)));
}

// The clock of gongkai_reply_due's arguments. The correction request's own date does not move
// the reply period (第三十条 restarts it from the correction), so the receipt stands in for it.
absl::StatusOr<cases::Clock> ReplyClock(const char* received, int extension_days,
                                        const char* correction_received,
                                        const char* const* pause_starts,
                                        const char* const* pause_ends, size_t pause_count) {
  cases::Clock clock;
  ASSIGN_OR_RETURN(clock.received, DayArg(received, "received"));
  if (correction_received != nullptr) {
    clock.correction_requested = clock.received;
    ASSIGN_OR_RETURN(clock.correction_received, DayArg(correction_received, "correction_received"));
    RETURN_IF_ERROR(
        NotBefore(*clock.correction_received, "correction_received", clock.received, "received"));
  }
  if (extension_days < 0 || extension_days > 20) {
    return absl::InvalidArgumentError(
        absl::StrCat("extension_days: ", extension_days, " is outside 0..20 (第三十三条第二款)"));
  }
  clock.extension_days = extension_days;
  if (pause_count > 0) {
    RETURN_IF_ERROR(capi::RequireNonNull(pause_starts, "pause_starts"));
    RETURN_IF_ERROR(capi::RequireNonNull(pause_ends, "pause_ends"));
  }
  for (size_t i = 0; i < pause_count; ++i) {
    cases::Clock::Consultation pause;
    const std::string start = absl::StrCat("pause_starts[", i, "]");
    const std::string end = absl::StrCat("pause_ends[", i, "]");
    ASSIGN_OR_RETURN(pause.start, DayArg(pause_starts[i], start));
    ASSIGN_OR_RETURN(pause.end, DayArg(pause_ends[i], end));
    RETURN_IF_ERROR(NotBefore(pause.start, start, clock.received, "received"));
    RETURN_IF_ERROR(NotBefore(*pause.end, end, pause.start, start));
    clock.consultations.push_back(pause);
  }
  // Given in any order; the history allows one consultation at a time, so they may touch but
  // not overlap.
  std::vector<size_t> order(pause_count);
  for (size_t i = 0; i < pause_count; ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return clock.consultations[a].start < clock.consultations[b].start;
  });
  for (size_t k = 1; k < order.size(); ++k) {
    const size_t before = order[k - 1], after = order[k];
    if (clock.consultations[after].start < *clock.consultations[before].end) {
      return absl::InvalidArgumentError(absl::StrCat(
          "pause_starts[", after, "] ",
          gongkai::calendar::FormatDay(clock.consultations[after].start), " is before pause_ends[",
          before, "] ", gongkai::calendar::FormatDay(*clock.consultations[before].end),
          ": consultations follow one another"));
    }
  }
  std::vector<cases::Clock::Consultation> sorted;
  for (size_t i : order) sorted.push_back(clock.consultations[i]);
  clock.consultations = std::move(sorted);
  // The library's own check of the facts, should it ever ask more than the lines above.
  RETURN_IF_ERROR(cases::ValidateClock(clock));
  return clock;
}

// The last day any fact of `clock` happened: the deadline as of then has every fact in view.
absl::CivilDay LastFact(const cases::Clock& clock) {
  absl::CivilDay last = clock.received;
  if (clock.correction_received) last = std::max(last, *clock.correction_received);
  for (const cases::Clock::Consultation& pause : clock.consultations) {
    last = std::max({last, pause.start, *pause.end});
  }
  return last;
}

}  // namespace

extern "C" {

gongkai_code gongkai_application_check(const gongkai_calendar* calendar, gongkai_format format,
                                       const uint8_t* data, size_t size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(calendar, "calendar"));
    v1::Application application;
    RETURN_IF_ERROR(capi::ParseArg(format, data, size, "application", &application));
    return cases::ReplayHistory(application, *calendar->calendar).status();
  });
}

gongkai_code gongkai_application_apply_event(gongkai_buffer** out, const gongkai_calendar* calendar,
                                             gongkai_format format, const uint8_t* data,
                                             size_t size, const uint8_t* event_data,
                                             size_t event_size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(calendar, "calendar"));
    v1::Application application;
    RETURN_IF_ERROR(capi::ParseArg(format, data, size, "application", &application));
    v1::Event event;
    RETURN_IF_ERROR(capi::ParseArg(format, event_data, event_size, "event", &event));
    ASSIGN_OR_RETURN(v1::Application next,
                     cases::ApplyEvent(application, event, *calendar->calendar));
    return capi::Output(format, next, out);
  });
}

gongkai_code gongkai_deadline_options_new(gongkai_deadline_options** out) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    *out = new gongkai_deadline_options();
    return absl::OkStatus();
  });
}

void gongkai_deadline_options_free(gongkai_deadline_options* options) { delete options; }

gongkai_code gongkai_deadline_options_set_count_start_day(gongkai_deadline_options* options,
                                                          int count_start_day) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(options, "options"));
    options->options.day_one = count_start_day ? cases::DayOne::kSameDay : cases::DayOne::kNextDay;
    return absl::OkStatus();
  });
}

gongkai_code gongkai_deadline_options_set_fee_wait_stops_clock(gongkai_deadline_options* options,
                                                               int stops) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(options, "options"));
    options->options.fee_wait_stops_reply = stops != 0;
    return absl::OkStatus();
  });
}

gongkai_code gongkai_application_deadlines(gongkai_buffer** out, const gongkai_calendar* calendar,
                                           const gongkai_deadline_options* options,
                                           gongkai_format format, const uint8_t* data, size_t size,
                                           const char* as_of) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(calendar, "calendar"));
    ASSIGN_OR_RETURN(absl::CivilDay day, capi::DateArg(as_of, "as_of"));
    v1::Application application;
    RETURN_IF_ERROR(capi::ParseArg(format, data, size, "application", &application));
    // ComputeDeadlines replays (and so checks) the whole history first.
    ASSIGN_OR_RETURN(
        v1::DeadlineReport report,
        cases::ComputeDeadlines(application, day, *calendar->calendar,
                                options == nullptr ? cases::DeadlineOptions{} : options->options));
    return capi::Output(format, report, out);
  });
}

gongkai_code gongkai_reply_due(char* out, int* provisional, const gongkai_calendar* calendar,
                               const gongkai_deadline_options* options, const char* received,
                               int extension_days, const char* correction_received,
                               const char* const* pause_starts, const char* const* pause_ends,
                               size_t pause_count) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(calendar, "calendar"));
    ASSIGN_OR_RETURN(cases::Clock clock, ReplyClock(received, extension_days, correction_received,
                                                    pause_starts, pause_ends, pause_count));
    ASSIGN_OR_RETURN(
        v1::DeadlineReport report,
        cases::ComputeDeadlines(clock, LastFact(clock), *calendar->calendar,
                                options == nullptr ? cases::DeadlineOptions{} : options->options));
    const v1::Deadline* reply = cases::FindDeadline(report, v1::DEADLINE_KIND_REPLY);
    if (reply == nullptr || !reply->has_due()) {
      return absl::InternalError("the reply deadline has no due date");
    }
    const std::string text = gongkai::calendar::FormatDay(
        absl::CivilDay(reply->due().year(), reply->due().month(), reply->due().day()));
    std::memcpy(out, text.c_str(), GONGKAI_DATE_SIZE);
    if (provisional != nullptr) *provisional = reply->provisional() ? 1 : 0;
    return absl::OkStatus();
  });
}

gongkai_code gongkai_table3_new(gongkai_table3** out, gongkai_format format, int year,
                                const char* layout, const uint8_t* mapping, size_t mapping_size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(layout, "layout"));
    std::optional<v1::OutcomeMapping> override;
    if (mapping != nullptr || mapping_size != 0) {
      override.emplace();
      RETURN_IF_ERROR(capi::ParseArg(format, mapping, mapping_size, "mapping", &*override));
    }
    // Before the layout lookup, so that 2018 is out of range rather than "no layout".
    RETURN_IF_ERROR(gongkai::report::CheckReportYear(year));
    ASSIGN_OR_RETURN(const gongkai::report::Layout* resolved,
                     gongkai::report::LayoutFor(layout, year));
    ASSIGN_OR_RETURN(
        cases::Table3Aggregator aggregator,
        cases::Table3Aggregator::Create(year, *resolved, override ? &*override : nullptr));
    *out = new gongkai_table3{std::move(aggregator)};
    return absl::OkStatus();
  });
}

void gongkai_table3_free(gongkai_table3* table) { delete table; }

gongkai_code gongkai_table3_add(gongkai_table3* table, gongkai_format format, const uint8_t* stream,
                                size_t size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(table, "table"));
    absl::string_view bytes;
    RETURN_IF_ERROR(gongkai::capi::ViewBytes(stream, size, "stream", &bytes));
    ASSIGN_OR_RETURN(messages::Encoding encoding, gongkai::capi::ToEncoding(format));
    return table->aggregator.AddStream(encoding, bytes);
  });
}

gongkai_code gongkai_table3_merge(gongkai_table3* into, const gongkai_table3* from) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(into, "into"));
    RETURN_IF_ERROR(capi::RequireNonNull(from, "from"));
    if (into == from) return absl::InvalidArgumentError("from: the same aggregator as into");
    return into->aggregator.Merge(from->aggregator);
  });
}

gongkai_code gongkai_table3_result(gongkai_buffer** out, const gongkai_table3* table,
                                   gongkai_format format, const uint8_t* agency_data,
                                   size_t agency_size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(table, "table"));
    v1::Agency agency;
    if (agency_data != nullptr || agency_size != 0) {
      RETURN_IF_ERROR(capi::ParseArg(format, agency_data, agency_size, "agency", &agency));
    } else {
      RETURN_IF_ERROR(gongkai::capi::ToEncoding(format).status());
    }
    const cases::Table3Aggregator& a = table->aggregator;
    v1::Table3Result result;
    *result.mutable_report() = a.ToReport(agency);
    result.set_records_seen(a.records_seen());
    result.set_records_counted(a.records_counted());
    result.set_records_outside_year(a.records_outside_year());
    for (int k = 0; k < cases::kPlacementProblemKinds; ++k) {
      const auto kind = static_cast<cases::PlacementProblem>(k);
      if (a.problems().count(kind) > 0) {
        (*result.mutable_problem_counts())[std::string(cases::PlacementProblemName(kind))] =
            a.problems().count(kind);
      }
    }
    for (const cases::PlacementIssue& issue : a.problems().samples()) {
      v1::PlacementIssue* p = result.add_problem_samples();
      p->set_application_id(issue.application_id);
      p->set_kind(std::string(cases::PlacementProblemName(issue.kind)));
      p->set_message(issue.message);
    }
    return capi::Output(format, result, out);
  });
}

}  // extern "C"
