// The national calendar compiled into the library from lib/calendar/data/cn-national.textproto.
#include <cstdlib>

#include "calendar/calendar.h"
#include "common/embedded.h"

namespace gongkai::calendar {
namespace {

constexpr const char* kNationalTexts[] = {
#include "cn_national_calendar.inc"
};
constexpr const char* kNationalText = kNationalTexts[0];

}  // namespace

std::shared_ptr<const Calendar> Calendar::National() {
  static const std::shared_ptr<const Calendar>* national = [] {
    v1::CalendarSpec spec;
    ParseEmbeddedOrDie(kNationalText, &spec);
    auto built = Build({std::move(spec)});
    if (!built.ok()) std::abort();
    return new std::shared_ptr<const Calendar>(*std::move(built));
  }();
  return *national;
}

}  // namespace gongkai::calendar
