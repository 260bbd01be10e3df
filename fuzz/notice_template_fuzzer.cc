// notice::ParseTemplate, notice::CheckTemplate and what composes with an accepted template; and
// notice::CheckNoticeText on any text. These are C++ entry points (notices have no C API yet):
// an agency's template and a notice written elsewhere are outside text.
//
// Input: the bytes, whole (no selector): as a template text (ParseTemplate), as a NoticeTemplate
// in JSON (CheckTemplate, then ComposeNotice and RenderNotice of a reply and a correction notice
// with it), and as a notice's text (CheckNoticeText against the reply's case).
// Promises checked beyond fuzz_support.h: every failure is InvalidArgument (or, composing,
// OutOfRange) with one line of UTF-8 that names a field; a parsed template written back with its
// braces escaped parses to the same pieces and fills; a template CheckTemplate accepts composes
// and renders, and the text it renders checks without error.
#include <string>

#include "absl/strings/str_cat.h"
#include "calendar/calendar.h"
#include "fuzz_support.h"
#include "gongkai/v1/notice.pb.h"
#include "messages/registry.h"
#include "notice/notice.h"
#include "notice/template.h"

namespace {

using gongkai::fuzz::Fail;
namespace notice = gongkai::notice;
namespace v1 = gongkai::v1;

void Expect(const absl::Status& status, bool out_of_range_too, const char* call) {
  if (status.ok()) return;
  const bool allowed = status.code() == absl::StatusCode::kInvalidArgument ||
                       (out_of_range_too && status.code() == absl::StatusCode::kOutOfRange);
  if (!allowed) Fail(call, std::string(status.ToString()).c_str());
  const std::string message(status.message());
  if (message.empty() || !gongkai::fuzz::OneLineOfUtf8(message.c_str())) {
    Fail(call, "a message that is not one line of UTF-8");
  }
}

v1::Date Day(int y, int m, int d) {
  v1::Date date;
  date.set_year(y);
  date.set_month(m);
  date.set_day(d);
  return date;
}

// Application 2019-0042, received 2019-05-20, with a correction request or a decision.
v1::NoticeRequest Request(v1::NoticeKind kind) {
  v1::NoticeRequest r;
  r.set_kind(kind);
  r.set_serial(7);
  v1::Application* a = r.mutable_application();
  a->set_id("2019-0042");
  a->set_channel(v1::CHANNEL_IN_PERSON);
  a->mutable_applicant()->set_category(v1::APPLICANT_CATEGORY_NATURAL_PERSON);
  a->mutable_applicant()->set_name("申请人");
  a->set_request("示例信息");
  *a->mutable_received() = Day(2019, 5, 20);
  v1::Event* e = a->add_events();
  e->set_type(v1::EVENT_TYPE_REGISTERED);
  *e->mutable_date() = Day(2019, 5, 20);
  e = a->add_events();
  if (kind == v1::NOTICE_KIND_CORRECTION) {
    e->set_type(v1::EVENT_TYPE_CORRECTION_REQUESTED);
    e->set_correction_period_days(10);
    *e->mutable_date() = Day(2019, 5, 22);
  } else {
    e->set_type(v1::EVENT_TYPE_DECIDED);
    e->set_outcome(v1::OUTCOME_GRANTED);
    *e->mutable_date() = Day(2019, 6, 3);
  }
  r.mutable_details()->add_correction_items("请明确所需信息");
  return r;
}

const gongkai::calendar::Calendar& Cal() { return *gongkai::calendar::Calendar::National(); }

void Template(const std::string& bytes) {
  absl::StatusOr<notice::Pieces> pieces = notice::ParseTemplate(bytes, "fuzz");
  Expect(pieces.status(), false, "ParseTemplate");
  if (!pieces.ok()) return;
  std::string again;
  notice::Values values;
  for (const notice::Piece& p : *pieces) {
    if (p.element) {
      absl::StrAppend(&again, "{", p.text, "}");
      values[p.text] = p.text;
      continue;
    }
    for (const char c : p.text) {
      again += c;
      if (c == '{' || c == '}') again += c;
    }
  }
  absl::StatusOr<notice::Pieces> reparsed = notice::ParseTemplate(again, "fuzz");
  if (!reparsed.ok() || reparsed->size() != pieces->size()) {
    Fail("ParseTemplate", "a template written back does not parse to the same pieces");
  }
  for (size_t i = 0; i < pieces->size(); ++i) {
    if ((*pieces)[i].element != (*reparsed)[i].element ||
        (*pieces)[i].text != (*reparsed)[i].text) {
      Fail("ParseTemplate", "a template written back does not parse to the same pieces");
    }
  }
  if (!notice::Fill(*pieces, values, "fuzz").ok()) Fail("Fill", "an element with a value");
}

// An accepted template composes (the agency and 复议机关 filled where it leaves them out).
void Compose(v1::NoticeTemplate t) {
  if (t.agency_name().empty()) t.set_agency_name("示例机关");
  if (t.reconsideration_body().empty()) t.set_reconsideration_body("示例复议机关");
  for (const v1::NoticeKind kind : {v1::NOTICE_KIND_REPLY, v1::NOTICE_KIND_CORRECTION}) {
    v1::NoticeRequest r = Request(kind);
    *r.mutable_template_() = t;
    absl::StatusOr<v1::Notice> n = notice::ComposeNotice(r, Cal());
    Expect(n.status(), true, "ComposeNotice");
    if (!n.ok()) continue;
    if (!notice::RenderNotice(*n, v1::NOTICE_FORMAT_HTML).ok()) Fail("RenderNotice", "HTML");
    absl::StatusOr<std::string> text = notice::RenderNotice(*n, v1::NOTICE_FORMAT_TEXT);
    if (!text.ok()) Fail("RenderNotice", std::string(text.status().message()).c_str());
    absl::StatusOr<v1::NoticeCheck> check = notice::CheckNoticeText(*text, r, Cal());
    if (!check.ok()) Fail("CheckNoticeText", std::string(check.status().message()).c_str());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  Template(bytes);
  Expect(notice::CheckNoticeText(bytes, Request(v1::NOTICE_KIND_REPLY), Cal()).status(), false,
         "CheckNoticeText");
  v1::NoticeTemplate t;
  if (!gongkai::messages::ParseJson(bytes, false, &t).ok()) return 0;
  const absl::Status checked = notice::CheckTemplate(t);
  Expect(checked, false, "CheckTemplate");
  if (checked.ok()) Compose(t);
  return 0;
}
