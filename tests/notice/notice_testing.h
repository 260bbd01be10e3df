// Requests for the notice tests: an application with a named applicant and a request, the
// district's template, and the national calendar.
#ifndef GONGKAI_TESTS_NOTICE_NOTICE_TESTING_H_
#define GONGKAI_TESTS_NOTICE_NOTICE_TESTING_H_

#include <string>
#include <vector>

#include "calendar/calendar.h"
#include "gongkai/v1/notice.pb.h"

namespace gongkai::notice::testing {

// The national calendar the tests count on.
const calendar::Calendar& National();

// A template with every field an agency fills: name, 文号 scheme, contact, 复议机关.
v1::NoticeTemplate DistrictTemplate();

// Application "2019-0042" received on `received` (YYYY-MM-DD) from 张三（虚构）, with `events`
// in the notation of tests/cases/history/fixture.h ("DECIDED 2019-06-03 outcome=GRANTED").
v1::Application Case(absl::string_view received, const std::vector<std::string>& events);

// A request of `kind` for `application`, with the district template and every detail filled.
v1::NoticeRequest Request(v1::NoticeKind kind, const v1::Application& application);

}  // namespace gongkai::notice::testing

#endif  // GONGKAI_TESTS_NOTICE_NOTICE_TESTING_H_
