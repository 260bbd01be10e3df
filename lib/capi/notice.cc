// The notices module of the C API: a thin layer over lib/notice.
#include "gongkai/notice.h"

#include <string>

#include "capi/buffer.h"
#include "capi/guard.h"
#include "capi/handles.h"
#include "common/status_macros.h"
#include "gongkai/v1/notice.pb.h"
#include "notice/notice.h"

namespace {

namespace capi = gongkai::capi;
namespace notice = gongkai::notice;
namespace v1 = gongkai::v1;

// The checks every request-taking entry point starts with.
absl::Status ParseRequest(const gongkai_calendar* calendar, gongkai_format format,
                          const uint8_t* data, size_t size, v1::NoticeRequest* request) {
  RETURN_IF_ERROR(capi::RequireNonNull(calendar, "calendar"));
  return capi::ParseArg(format, data, size, "request", request);
}

}  // namespace

extern "C" {

gongkai_code gongkai_notice_write(gongkai_buffer** out, const gongkai_calendar* calendar,
                                  gongkai_format format, const uint8_t* data, size_t size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    v1::NoticeRequest request;
    RETURN_IF_ERROR(ParseRequest(calendar, format, data, size, &request));
    ASSIGN_OR_RETURN(std::string bytes, notice::WriteNotice(request, *calendar->calendar));
    *out = capi::NewBuffer(std::move(bytes));
    return absl::OkStatus();
  });
}

gongkai_code gongkai_notice_compose(gongkai_buffer** out, const gongkai_calendar* calendar,
                                    gongkai_format format, const uint8_t* data, size_t size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    v1::NoticeRequest request;
    RETURN_IF_ERROR(ParseRequest(calendar, format, data, size, &request));
    ASSIGN_OR_RETURN(v1::Notice composed, notice::ComposeNotice(request, *calendar->calendar));
    return capi::Output(format, composed, out);
  });
}

gongkai_code gongkai_notice_check(gongkai_buffer** out, const gongkai_calendar* calendar,
                                  gongkai_format format, const uint8_t* data, size_t size,
                                  const uint8_t* text, size_t text_size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    RETURN_IF_ERROR(capi::RequireNonNull(out, "out"));
    v1::NoticeRequest request;
    RETURN_IF_ERROR(ParseRequest(calendar, format, data, size, &request));
    absl::string_view view;
    RETURN_IF_ERROR(capi::ViewBytes(text, text_size, "text", &view));
    ASSIGN_OR_RETURN(v1::NoticeCheck check,
                     notice::CheckNoticeText(view, request, *calendar->calendar));
    return capi::Output(format, check, out);
  });
}

gongkai_code gongkai_notice_template_check(gongkai_format format, const uint8_t* data,
                                           size_t size) {
  return capi::Guard(__func__, [&]() -> absl::Status {
    v1::NoticeTemplate parsed;
    RETURN_IF_ERROR(capi::ParseArg(format, data, size, "notice_template", &parsed));
    return notice::CheckTemplate(parsed);
  });
}

}  // extern "C"
