// The definitions behind opaque handles that more than one module of the C API uses.
#ifndef GONGKAI_LIB_CAPI_HANDLES_H_
#define GONGKAI_LIB_CAPI_HANDLES_H_

#include <memory>

#include "calendar/calendar.h"
#include "cases/deadline/deadline.h"
#include "gongkai/calendar.h"
#include "gongkai/cases.h"

struct gongkai_calendar {
  // Immutable and shared: copies of a handle's calendar cost a reference count.
  std::shared_ptr<const gongkai::calendar::Calendar> calendar;
};

struct gongkai_deadline_options {
  gongkai::cases::DeadlineOptions options;
};

#endif  // GONGKAI_LIB_CAPI_HANDLES_H_
