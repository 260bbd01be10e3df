// The remedy module of the C API: remedy cases, one at a time.
#include "gongkai/remedy.h"

#include "capi/guard.h"
#include "common/status_macros.h"
#include "remedy/table4.h"

namespace {

namespace capi = gongkai::capi;
namespace v1 = gongkai::v1;

}  // namespace

extern "C" {

gongkai_code gongkai_remedy_check(gongkai_format format, const uint8_t* data, size_t size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    v1::Remedy record;
    RETURN_IF_ERROR(capi::ParseArg(format, data, size, "record", &record));
    return gongkai::remedy::CheckRemedy(record);
  });
}

}  // extern "C"
