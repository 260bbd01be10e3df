// The slip module of the C API: the issuance-slip review, one slip at a time.
#include "gongkai/slip.h"

#include "capi/buffer.h"
#include "capi/guard.h"
#include "common/status_macros.h"
#include "messages/stream.h"
#include "slip/slip.h"

namespace {

namespace capi = gongkai::capi;
namespace v1 = gongkai::v1;

// The built-in workflows plus those of a stream of SlipWorkflow messages.
absl::StatusOr<gongkai::slip::Workflows> WorkflowsArg(gongkai_format format, const uint8_t* data,
                                                      size_t size) {
  gongkai::slip::Workflows workflows = gongkai::slip::Workflows::Builtin();
  if (data == nullptr && size == 0) return workflows;
  absl::string_view bytes;
  RETURN_IF_ERROR(gongkai::capi::ViewBytes(data, size, "workflows", &bytes));
  ASSIGN_OR_RETURN(gongkai::messages::Encoding encoding, gongkai::capi::ToEncoding(format));
  v1::SlipWorkflow scratch;
  RETURN_IF_ERROR(gongkai::messages::ForEachInStream(
      encoding, bytes, &scratch,
      [&](size_t, const google::protobuf::Message&) { return workflows.Add(scratch); }));
  return workflows;
}

}  // namespace

extern "C" {

gongkai_code gongkai_slip_replay(gongkai_buffer** out, gongkai_format format, const uint8_t* data,
                                 size_t size, const uint8_t* workflows, size_t workflows_size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    v1::IssuanceSlip slip;
    RETURN_IF_ERROR(capi::ParseArg(format, data, size, "slip", &slip));
    ASSIGN_OR_RETURN(gongkai::slip::Workflows known,
                     WorkflowsArg(format, workflows, workflows_size));
    ASSIGN_OR_RETURN(v1::SlipState state, gongkai::slip::ReplaySlip(slip, known));
    return capi::Output(format, state, out);
  });
}

gongkai_code gongkai_slip_apply_event(gongkai_buffer** out, gongkai_format format,
                                      const uint8_t* data, size_t size, const uint8_t* event_data,
                                      size_t event_size, const uint8_t* workflows,
                                      size_t workflows_size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    v1::IssuanceSlip slip;
    RETURN_IF_ERROR(capi::ParseArg(format, data, size, "slip", &slip));
    v1::SlipEvent event;
    RETURN_IF_ERROR(capi::ParseArg(format, event_data, event_size, "event", &event));
    ASSIGN_OR_RETURN(gongkai::slip::Workflows known,
                     WorkflowsArg(format, workflows, workflows_size));
    ASSIGN_OR_RETURN(v1::IssuanceSlip next, gongkai::slip::ApplySlipEvent(slip, event, known));
    return capi::Output(format, next, out);
  });
}

}  // extern "C"
