// The disclosure module of the C API: records, 索引号, slips and remedies, one at a time.
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
#include "messages/stream.h"
#include "remedy/table4.h"
#include "slip/slip.h"

struct gongkai_index_registry {
  gongkai::disclosure::IndexRegistry registry;
};

namespace {

using gongkai::capi::Guard;
using gongkai::capi::Output;
using gongkai::capi::ParseArg;
using gongkai::capi::RequireNonNull;
namespace v1 = gongkai::v1;

absl::StatusOr<absl::CivilDay> DateArg(const char* text, absl::string_view param) {
  RETURN_IF_ERROR(RequireNonNull(text, param));
  return gongkai::calendar::ParseDay(text, param);
}

// The built-in workflows plus those of a stream of SlipWorkflow messages.
absl::StatusOr<gongkai::slip::Workflows> WorkflowsArg(int format, const uint8_t* data, size_t size) {
  gongkai::slip::Workflows workflows = gongkai::slip::Workflows::Builtin();
  if (data == nullptr && size == 0) return workflows;
  absl::string_view bytes;
  RETURN_IF_ERROR(gongkai::capi::ViewBytes(data, size, "workflows", &bytes));
  ASSIGN_OR_RETURN(gongkai::messages::Encoding encoding, gongkai::capi::ToEncoding(format));
  v1::SlipWorkflow scratch;
  RETURN_IF_ERROR(gongkai::messages::ForEachInStream(
      encoding, bytes, &scratch, [&](size_t, const google::protobuf::Message&) {
        return workflows.Add(scratch);
      }));
  return workflows;
}

}  // namespace

extern "C" {

gongkai_code gongkai_disclosure_check(int format, const uint8_t* data, size_t size) {
  return Guard(__func__, [&]() -> absl::Status {
    v1::Disclosure record;
    RETURN_IF_ERROR(ParseArg(format, data, size, "record", &record));
    return gongkai::disclosure::CheckDisclosure(record);
  });
}

gongkai_code gongkai_disclosure_timeliness(gongkai_buffer** out, int format,
                                           const gongkai_calendar* calendar,
                                           const gongkai_deadline_options* options,
                                           const uint8_t* data, size_t size, const char* as_of) {
  return Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(RequireNonNull(out, "out"));
    RETURN_IF_ERROR(RequireNonNull(calendar, "calendar"));
    ASSIGN_OR_RETURN(absl::CivilDay day, DateArg(as_of, "as_of"));
    v1::Disclosure record;
    RETURN_IF_ERROR(ParseArg(format, data, size, "record", &record));
    RETURN_IF_ERROR(gongkai::disclosure::CheckDisclosure(record));
    gongkai::disclosure::TimelinessOptions timeliness;
    if (options != nullptr) timeliness.day_one = options->options.day_one;
    ASSIGN_OR_RETURN(v1::PublicationTimeliness result,
                     gongkai::disclosure::CheckTimeliness(record, *calendar->calendar, day, timeliness));
    return Output(format, result, out);
  });
}

gongkai_code gongkai_index_registry_new(gongkai_index_registry** out, int format,
                                        const uint8_t* scheme, size_t size) {
  return Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(RequireNonNull(out, "out"));
    v1::IndexScheme spec;
    if (scheme != nullptr || size != 0) {
      RETURN_IF_ERROR(ParseArg(format, scheme, size, "scheme", &spec));
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
  return Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(RequireNonNull(registry, "registry"));
    RETURN_IF_ERROR(RequireNonNull(index, "index"));
    RETURN_IF_ERROR(RequireNonNull(owner, "owner"));
    return registry->registry.Add(index, owner);
  });
}

gongkai_code gongkai_index_registry_next(gongkai_buffer** out, gongkai_index_registry* registry,
                                         const char* date, const char* owner) {
  return Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(RequireNonNull(out, "out"));
    RETURN_IF_ERROR(RequireNonNull(registry, "registry"));
    RETURN_IF_ERROR(RequireNonNull(owner, "owner"));
    ASSIGN_OR_RETURN(absl::CivilDay day, DateArg(date, "date"));
    // The buffer first: once Next has recorded the index, nothing may fail.
    auto buffer = std::make_unique<gongkai_buffer>();
    ASSIGN_OR_RETURN(std::string index, registry->registry.Next(day, owner));
    buffer->bytes = std::move(index);
    *out = buffer.release();
    return absl::OkStatus();
  });
}

gongkai_code gongkai_slip_replay(gongkai_buffer** out, int format, const uint8_t* data,
                                 size_t size, const uint8_t* workflows, size_t workflows_size) {
  return Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(RequireNonNull(out, "out"));
    v1::IssuanceSlip slip;
    RETURN_IF_ERROR(ParseArg(format, data, size, "slip", &slip));
    ASSIGN_OR_RETURN(gongkai::slip::Workflows known, WorkflowsArg(format, workflows, workflows_size));
    ASSIGN_OR_RETURN(v1::SlipState state, gongkai::slip::ReplaySlip(slip, known));
    return Output(format, state, out);
  });
}

gongkai_code gongkai_slip_apply_event(gongkai_buffer** out, int format, const uint8_t* data,
                                      size_t size, const uint8_t* event_data, size_t event_size,
                                      const uint8_t* workflows, size_t workflows_size) {
  return Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(RequireNonNull(out, "out"));
    v1::IssuanceSlip slip;
    RETURN_IF_ERROR(ParseArg(format, data, size, "slip", &slip));
    v1::SlipEvent event;
    RETURN_IF_ERROR(ParseArg(format, event_data, event_size, "event", &event));
    ASSIGN_OR_RETURN(gongkai::slip::Workflows known, WorkflowsArg(format, workflows, workflows_size));
    ASSIGN_OR_RETURN(v1::IssuanceSlip next, gongkai::slip::ApplySlipEvent(slip, event, known));
    return Output(format, next, out);
  });
}

gongkai_code gongkai_remedy_check(int format, const uint8_t* data, size_t size) {
  return Guard(__func__, [&]() -> absl::Status {
    v1::Remedy record;
    RETURN_IF_ERROR(ParseArg(format, data, size, "record", &record));
    return gongkai::remedy::CheckRemedy(record);
  });
}

}  // extern "C"
