#include "disclosure/timeliness.h"

#include <algorithm>
#include <string>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "calendar/working_days.h"
#include "common/status_macros.h"

namespace gongkai::disclosure {
namespace {

std::string Field(const v1::Disclosure& r, absl::string_view field) {
  return absl::StrCat("disclosure ", absl::CHexEscape(r.id()), ": ", field);
}

}  // namespace

absl::StatusOr<std::optional<absl::CivilDay>> FirstPublication(const v1::Disclosure& record) {
  std::optional<absl::CivilDay> first;
  for (int i = 0; i < record.publications_size(); ++i) {
    const v1::Publication& p = record.publications(i);
    const auto field = [&] { return Field(record, absl::StrCat("publications[", i, "].date")); };
    if (!p.has_date()) return absl::InvalidArgumentError(absl::StrCat(field(), ": missing"));
    ASSIGN_OR_RETURN(absl::CivilDay day, calendar::FromProtoNamed(p.date(), field));
    if (!first || day < *first) first = day;
  }
  return first;
}

absl::StatusOr<v1::PublicationTimeliness> CheckTimeliness(const v1::Disclosure& record,
                                                          const calendar::Calendar& cal,
                                                          absl::CivilDay as_of,
                                                          const TimelinessOptions& options) {
  if (!record.has_generated()) {
    return absl::InvalidArgumentError(Field(record, "generated: missing (生成日期)"));
  }
  ASSIGN_OR_RETURN(absl::CivilDay formed, calendar::FromProtoNamed(record.generated(), [&] {
                     return Field(record, "generated");
                   }));
  if (record.has_changed()) {
    ASSIGN_OR_RETURN(absl::CivilDay changed, calendar::FromProtoNamed(record.changed(), [&] {
                       return Field(record, "changed");
                     }));
    formed = std::max(formed, changed);
  }
  int limit = record.publication_limit_days();
  if (limit == 0) limit = options.limit_days == 0 ? kPublicationLimitDays : options.limit_days;
  if (limit < 1 || limit > 365) {
    return absl::InvalidArgumentError(
        Field(record, absl::StrCat("publication_limit_days: ", limit, " is outside 1..365")));
  }
  ASSIGN_OR_RETURN(absl::CivilDay due,
                   cal.AddWorkingDays(calendar::Origin(formed, options.day_one), limit));
  ASSIGN_OR_RETURN(std::optional<absl::CivilDay> first, FirstPublication(record));

  v1::PublicationTimeliness t;
  t.set_disclosure_id(record.id());
  *t.mutable_formed() = calendar::ToProto(formed);
  t.set_limit_days(limit);
  *t.mutable_due() = calendar::ToProto(due);
  if (first) {
    *t.mutable_first_published() = calendar::ToProto(*first);
    if (*first > due) {
      t.set_late(true);
      t.set_working_days_late(static_cast<int32_t>(cal.WorkingDaysBetween(due, *first)));
    }
  } else {
    t.set_overdue(as_of > due);
  }
  return t;
}

}  // namespace gongkai::disclosure
