// The disclosure module of the C API: records and 索引号, one at a time.
#include "gongkai/disclosure.h"

#include <memory>
#include <optional>
#include <string>

#include "capi/buffer.h"
#include "capi/guard.h"
#include "capi/handles.h"
#include "common/status_macros.h"
#include "disclosure/counter.h"
#include "disclosure/index_scheme.h"
#include "disclosure/timeliness.h"

struct gongkai_index_registry {
  gongkai::disclosure::IndexRegistry registry;
};

namespace {

namespace capi = gongkai::capi;
namespace v1 = gongkai::v1;

using capi::DateArg;

}  // namespace

extern "C" {

gongkai_code gongkai_disclosure_check(gongkai_format format, const uint8_t* data, size_t size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    v1::Disclosure record;
    RETURN_IF_ERROR(capi::ParseArg(format, data, size, "record", &record));
    return gongkai::disclosure::CheckDisclosure(record);
  });
}

gongkai_code gongkai_disclosure_timeliness(gongkai_buffer** out, const gongkai_calendar* calendar,
                                           const gongkai_deadline_options* options,
                                           gongkai_format format, const uint8_t* data, size_t size,
                                           const char* as_of) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(calendar, "calendar"));
    ASSIGN_OR_RETURN(absl::CivilDay day, DateArg(as_of, "as_of"));
    v1::Disclosure record;
    RETURN_IF_ERROR(capi::ParseArg(format, data, size, "record", &record));
    RETURN_IF_ERROR(gongkai::disclosure::CheckDisclosure(record));
    gongkai::disclosure::TimelinessOptions timeliness;
    if (options != nullptr) timeliness.day_one = options->options.day_one;
    ASSIGN_OR_RETURN(
        v1::PublicationTimeliness result,
        gongkai::disclosure::CheckTimeliness(record, *calendar->calendar, day, timeliness));
    return capi::Output(format, result, out);
  });
}

gongkai_code gongkai_index_registry_new(gongkai_index_registry** out, gongkai_format format,
                                        const uint8_t* scheme, size_t size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    v1::IndexScheme spec;
    if (scheme != nullptr || size != 0) {
      RETURN_IF_ERROR(capi::ParseArg(format, scheme, size, "scheme", &spec));
    }
    ASSIGN_OR_RETURN(gongkai::disclosure::IndexScheme parsed,
                     gongkai::disclosure::IndexScheme::Create(spec));
    *out = new gongkai_index_registry{gongkai::disclosure::IndexRegistry(std::move(parsed))};
    return absl::OkStatus();
  });
}

void gongkai_index_registry_free(gongkai_index_registry* registry) { delete registry; }

gongkai_code gongkai_index_registry_add(gongkai_index_registry* registry, const char* index,
                                        const char* owner) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(registry, "registry"));
    RETURN_IF_ERROR(capi::RequireNonNull(index, "index"));
    RETURN_IF_ERROR(capi::RequireNonNull(owner, "owner"));
    return registry->registry.Add(index, owner);
  });
}

gongkai_code gongkai_index_registry_next(gongkai_buffer** out, gongkai_index_registry* registry,
                                         const char* date, const char* owner) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    RETURN_IF_ERROR(capi::RequireNonNull(registry, "registry"));
    RETURN_IF_ERROR(capi::RequireNonNull(owner, "owner"));
    ASSIGN_OR_RETURN(absl::CivilDay day, DateArg(date, "date"));
    // The buffer first: once Next has recorded the index, nothing may fail.
    auto buffer = std::make_unique<gongkai_buffer>();
    ASSIGN_OR_RETURN(std::string index, registry->registry.Next(day, owner));
    buffer->bytes = std::move(index);
    *out = buffer.release();
    return absl::OkStatus();
  });
}

}  // extern "C"
