// Obviously fake personal data for applications (internal to tools/gen): names marked （虚构）,
// id numbers starting 000000, phone numbers starting 000, example.com and example.org mail.
#ifndef GONGKAI_TOOLS_GEN_PERSONAL_H_
#define GONGKAI_TOOLS_GEN_PERSONAL_H_

#include <cstdint>

#include "absl/strings/string_view.h"
#include "context.h"
#include "gongkai/v1/application.pb.h"
#include "rng.h"

namespace gongkai::gen {

// Fills every personal field of `application->applicant()` for its category (already set),
// and `application->request`; `serial` makes the mail address unique. With a non-empty
// `marker`, every one of these fields contains it, including the organisation of a natural
// person (otherwise empty).
void FillPersonal(const AgencyNames& names, absl::string_view marker, int64_t serial, Rng& rng,
                  v1::Application* application);

}  // namespace gongkai::gen

#endif  // GONGKAI_TOOLS_GEN_PERSONAL_H_
