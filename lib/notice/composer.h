// The composer of one notice (notice.h, ComposeNotice): what a kind draws from the history,
// and the values its template is filled with. Internal to lib/notice: compose.cc walks the
// history, compose_values.cc fills the values of each kind.
#ifndef GONGKAI_LIB_NOTICE_COMPOSER_H_
#define GONGKAI_LIB_NOTICE_COMPOSER_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "calendar/calendar.h"
#include "cases/state.h"
#include "gongkai/v1/deadline.pb.h"
#include "gongkai/v1/notice.pb.h"
#include "notice/template.h"
#include "notice/text.h"

namespace gongkai::notice {

// add_x()->assign, not add_x(std::string): protobuf 3.21's RepeatedPtrField<std::string>::Add
// counts the element before allocating it, so running out of memory there leaves a garbage
// pointer the destructor frees (docs/hardening.md).
inline void Append(google::protobuf::RepeatedPtrField<std::string>* field, absl::string_view text) {
  field->Add()->assign(text.data(), text.size());
}

// What one kind of notice draws from the history.
struct Basis {
  absl::CivilDay date;   // the event the notice belongs to
  absl::CivilDay as_of;  // the day its deadline is computed as of
  v1::DeadlineKind deadline = v1::DEADLINE_KIND_UNSPECIFIED;
  int deadline_index = 0;
  v1::ConsultationParty party = v1::CONSULTATION_PARTY_UNSPECIFIED;
};

class Composer {
 public:
  Composer(const v1::NoticeRequest& request, const v1::NoticeKindRule& rule,
           const calendar::Calendar& cal)
      : request_(request), app_(request.application()), rule_(rule), cal_(cal) {}

  absl::StatusOr<v1::Notice> Compose();

 private:
  absl::Status Refuse(absl::string_view why) const {
    return absl::FailedPreconditionError(
        absl::StrCat("application ", app_.id(), ": no ", rule_.title(), ": ", why));
  }
  // `text`, which may not be empty, as one line (Flatten).
  absl::StatusOr<std::string> Require(absl::string_view text, absl::string_view field,
                                      absl::string_view why) const {
    if (!text.empty()) return Flatten(text, field);
    return absl::InvalidArgumentError(absl::StrCat(field, " is empty: ", why));
  }
  absl::StatusOr<Basis> Support();
  absl::Status KindValues(const v1::Deadline* deadline);
  absl::Status ReplyValues();
  absl::Status Number(absl::CivilDay date);
  const v1::NoticeKindTemplate* KindTemplate() const {
    for (const v1::NoticeKindTemplate& k : request_.template_().kinds()) {
      if (k.kind() == rule_.kind()) return &k;
    }
    return nullptr;
  }
  void Date(absl::string_view element, absl::CivilDay day) {
    v1::NoticeDate* d = notice_.add_dates();
    d->set_element(std::string(element));
    *d->mutable_date() = calendar::ToProto(day);
  }

  const v1::NoticeRequest& request_;
  const v1::Application& app_;
  const v1::NoticeKindRule& rule_;
  const calendar::Calendar& cal_;
  cases::Replay facts_;
  Values values_;
  v1::Notice notice_;
};

}  // namespace gongkai::notice

#endif  // GONGKAI_LIB_NOTICE_COMPOSER_H_
