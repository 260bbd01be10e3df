// CheckNoticeText: placeholder until the checker lands.
#include "notice/notice.h"

namespace gongkai::notice {

absl::StatusOr<v1::NoticeCheck> CheckNoticeText(absl::string_view text,
                                                const v1::NoticeRequest& request,
                                                const calendar::Calendar& cal) {
  (void)text;
  (void)request;
  (void)cal;
  return absl::UnimplementedError("notice checks are not written yet");
}

}  // namespace gongkai::notice
