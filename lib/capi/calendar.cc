// The calendar module of the C API.
#include "gongkai/calendar.h"

#include <cstring>
#include <memory>

#include "calendar/calendar.h"
#include "capi/buffer.h"
#include "capi/guard.h"
#include "capi/handles.h"
#include "common/status_macros.h"

namespace {

namespace capi = gongkai::capi;
namespace calendar = gongkai::calendar;
namespace v1 = gongkai::v1;

using capi::DateArg;

}  // namespace

extern "C" {

gongkai_code gongkai_calendar_national(gongkai_calendar** out) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    *out = new gongkai_calendar{calendar::Calendar::National()};
    return absl::OkStatus();
  });
}

gongkai_code gongkai_calendar_layer(gongkai_calendar** out, const gongkai_calendar* base,
                                    gongkai_format format, const uint8_t* layer, size_t size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    v1::CalendarSpec spec;
    RETURN_IF_ERROR(gongkai::capi::ParseArg(format, layer, size, "layer", &spec));
    std::vector<v1::CalendarSpec> layers;
    if (base != nullptr) layers = base->calendar->layers();
    layers.push_back(std::move(spec));
    ASSIGN_OR_RETURN(auto built, calendar::Calendar::Build(std::move(layers)));
    *out = new gongkai_calendar{std::move(built)};
    return absl::OkStatus();
  });
}

void gongkai_calendar_free(gongkai_calendar* cal) { delete cal; }

gongkai_code gongkai_calendar_version(gongkai_buffer** out, const gongkai_calendar* cal) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(cal, "calendar"));
    *out = capi::NewBuffer(cal->calendar->version());
    return absl::OkStatus();
  });
}

gongkai_code gongkai_calendar_is_working_day(int* working, int* provisional,
                                             const gongkai_calendar* cal, const char* date) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(cal, "calendar"));
    ASSIGN_OR_RETURN(absl::CivilDay day, DateArg(date, "date"));
    if (working != nullptr) *working = cal->calendar->IsWorkingDay(day) ? 1 : 0;
    if (provisional != nullptr) *provisional = cal->calendar->IsProvisional(day) ? 1 : 0;
    return absl::OkStatus();
  });
}

gongkai_code gongkai_calendar_add_working_days(char* out, int* provisional,
                                               const gongkai_calendar* cal, const char* from,
                                               int64_t n) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(cal, "calendar"));
    ASSIGN_OR_RETURN(absl::CivilDay start, DateArg(from, "from"));
    ASSIGN_OR_RETURN(absl::CivilDay due, cal->calendar->AddWorkingDays(start, n));
    const std::string text = calendar::FormatDay(due);
    std::memcpy(out, text.c_str(), GONGKAI_DATE_SIZE);
    if (provisional != nullptr) *provisional = cal->calendar->AnyProvisional(start, due) ? 1 : 0;
    return absl::OkStatus();
  });
}

gongkai_code gongkai_calendar_working_days_between(int64_t* out, const gongkai_calendar* cal,
                                                   const char* from, const char* to) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(cal, "calendar"));
    ASSIGN_OR_RETURN(absl::CivilDay a, DateArg(from, "from"));
    ASSIGN_OR_RETURN(absl::CivilDay b, DateArg(to, "to"));
    *out = cal->calendar->WorkingDaysBetween(a, b);
    return absl::OkStatus();
  });
}

gongkai_code gongkai_calendar_year(gongkai_buffer** out, const gongkai_calendar* cal,
                                   gongkai_format format, int year) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(cal, "calendar"));
    RETURN_IF_ERROR(calendar::CheckYear(year, "year"));
    return gongkai::capi::Output(format, calendar::YearView(*cal->calendar, year), out);
  });
}

}  // extern "C"
